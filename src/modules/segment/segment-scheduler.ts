import type { EntityManager } from '@mikro-orm/postgresql';
import { ADVISORY_LOCK } from '../../db/advisory-locks.js';
import type { Orm } from '../../db/orm.js';
import { SqlRunner } from '../../db/sql-runner.js';
import { beginTenantTransaction } from '../../db/tenancy.js';
import type { TenantScope } from '../../context.js';
import type { Logger } from '../../logger.js';
import { effectiveSettings } from '../analytics/settings/analytics-settings.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { refreshSegment } from './segment-refresh.js';
import { deliverDueWebhooks, type DeliveryOptions } from './webhook/webhook-delivery.js';

export interface SchedulerOptions {
  /** Time between looks at the schedule. */
  tickMs: number;
  /** Segments served per look; the rest wait for the next. */
  batchSize: number;
  /** Statement timeout of a scheduled refresh, longer than a request's: nobody is waiting. */
  refreshTimeoutMs: number;
  delivery: Partial<DeliveryOptions>;
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = { tickMs: 15_000, batchSize: 20, refreshTimeoutMs: 300_000, delivery: {} };

export interface TickSummary {
  /** False when another replica holds the scheduler lock: this one did nothing. */
  leader: boolean;
  refreshed: number;
  failed: number;
  deliveryRuns: number;
}

interface DueRow {
  tenant_id: string;
  segment_id: string;
  refresh_due: boolean;
  delivery_due: boolean;
}

/**
 * Refreshes segments when their interval is up and sends their pending webhook deliveries,
 * inside the server process. Each look at the schedule first takes a PostgreSQL advisory lock,
 * so with several replicas exactly one works at a time; the lock lives in a transaction held
 * open for the look, so a replica that dies mid-look frees it with its connection.
 */
export class SegmentScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly options: SchedulerOptions = DEFAULT_SCHEDULER_OPTIONS,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Stops looking; waits for the look in progress, so nothing is cut off midway. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, 'segment scheduler tick failed'))
        .finally(() => this.schedule());
    }, this.options.tickMs);
    this.timer.unref();
  }

  /** One look at the schedule: everything due at `now`. */
  async tick(now: Date = new Date()): Promise<TickSummary> {
    const summary: TickSummary = { leader: false, refreshed: 0, failed: 0, deliveryRuns: 0 };
    const knex = (this.orm.em as EntityManager).getKnex();
    await knex.transaction(async (leader) => {
      const locked = await leader.raw('select pg_try_advisory_xact_lock(?) as locked', [ADVISORY_LOCK.segmentScheduler]);
      if (!locked.rows[0].locked) return;
      summary.leader = true;
      // Read as the connecting user across tenants: segment_schedule's row security is not forced.
      const due = await leader.raw(
        `select tenant_id, segment_id, next_refresh_at <= ? as refresh_due, coalesce(next_delivery_at <= ?, false) as delivery_due
           from segment_schedule
          where next_refresh_at <= ? or next_delivery_at <= ?
          order by least(next_refresh_at, coalesce(next_delivery_at, next_refresh_at))
          limit ?`,
        [now, now, now, now, this.options.batchSize],
      );
      for (const row of due.rows as DueRow[]) {
        if (this.stopped) break;
        if (row.refresh_due) {
          if (await this.refresh(row.tenant_id, row.segment_id, now)) summary.refreshed += 1;
          else summary.failed += 1;
        }
        // A refresh may have queued deliveries; sending them now saves a tick.
        await deliverDueWebhooks(this.orm, row.tenant_id, row.segment_id, { ...this.options.delivery, now: () => now });
        summary.deliveryRuns += 1;
      }
    });
    return summary;
  }

  /** Refreshes one segment in its own tenant transaction; a failure is recorded on the segment. */
  private async refresh(tenantId: string, segmentId: string, now: Date): Promise<boolean> {
    try {
      await this.inTenant(tenantId, async (scope, settings) => {
        await refreshSegment(scope, segmentId, effectiveSettings(settings), now);
      });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ err: error, tenantId, segmentId }, 'scheduled segment refresh failed');
      // Retried at the next interval, not at every tick: a broken definition stays broken.
      await this.inTenant(tenantId, async (scope) => {
        await scope.sql.rows('update segment set last_refresh_error = ? where tenant_id = ? and id = ?', [message.slice(0, 1000), tenantId, segmentId]);
        await scope.sql.rows(
          `update segment_schedule sc set next_refresh_at = ?::timestamptz + make_interval(mins => s.refresh_interval_minutes)
             from segment s where s.tenant_id = sc.tenant_id and s.id = sc.segment_id and sc.tenant_id = ? and sc.segment_id = ?`,
          [now, tenantId, segmentId],
        );
      }).catch((recordError: unknown) => this.logger.error({ err: recordError, tenantId, segmentId }, 'could not record a failed segment refresh'));
      return false;
    }
  }

  private async inTenant(tenantId: string, work: (scope: TenantScope, settings: unknown) => Promise<void>): Promise<void> {
    const em = this.orm.em.fork() as EntityManager;
    const sql = new SqlRunner(em, { count: 0 });
    await beginTenantTransaction(em, sql, tenantId, this.options.refreshTimeoutMs);
    try {
      const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
      await work({ tenantId, em, sql }, tenant.settings.analytics);
      await em.commit();
    } catch (error) {
      await em.rollback();
      throw error;
    }
  }
}

