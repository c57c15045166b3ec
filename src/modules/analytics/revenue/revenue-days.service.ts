import type { TenantScope } from '../../../context.js';
import { baseStateSql, evictOtherZonesSql, sumDaysSql, tryBuildLockSql, upsertBaseSql } from './revenue-days.query.js';

// Zones a tenant keeps days for: its own and the one or two a dashboard switches to. Each is
// about 20,000 rows a year for a tenant with ten channels and a hundred regions.
const ZONES_KEPT = 3;

interface BaseState {
  through_day: string;
  current: boolean;
}

/**
 * Keeps the tenant's revenue days of a time zone up to today: built on first use, extended by
 * the first request of each new day, kept true by triggers on "order" and "customer" meanwhile.
 * The series reads them whatever their state (revenue-days.query.ts revenueSeriesFromDaysSql), so
 * when another request is building, this one does not wait: it reads more orders instead.
 */
export class RevenueDaysService {
  constructor(
    private readonly scope: TenantScope,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async prepare(timeZone: string): Promise<void> {
    const { tenantId, sql } = this.scope;
    const now = this.now();
    const [state] = await sql.query<BaseState>(baseStateSql(tenantId, timeZone, now));
    if (state?.current) return;
    const [{ locked }] = await sql.query<{ locked: boolean }>(tryBuildLockSql(tenantId));
    if (!locked) return;
    // Another request may have built or extended it between the two statements.
    const [latest] = await sql.query<BaseState>(baseStateSql(tenantId, timeZone, now));
    if (latest?.current) return;
    if (!latest) await sql.query(evictOtherZonesSql(tenantId, timeZone, ZONES_KEPT));
    await sql.query(upsertBaseSql(tenantId, timeZone, now));
    await sql.query(sumDaysSql(tenantId, timeZone, now, latest?.through_day ?? null));
  }
}
