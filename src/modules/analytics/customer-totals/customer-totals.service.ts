import type { SqlFragment } from '../../../common/sql-fragment.js';
import type { TenantScope } from '../../../context.js';
import { toDate } from '../../../db/sql-runner.js';
import {
  buildBaseFromEarlierSql, buildBaseSql, earlierBaseSql, evictBasesSql, lockBaseSql, totalsAsOfSql, tryBuildLockSql, type TotalsBase,
} from './customer-totals.query.js';

const DAY_MS = 86_400_000;

// Bases a tenant keeps (today's, yesterday's, the dates a dashboard compares): each is one row
// per buyer, so a handful costs little and covers the common queries.
const BASES_KEPT = 8;

// Building from an earlier base reads the orders between the two ends twice (added and left the
// window); beyond a month that approaches reading them all.
const EARLIER_BASE_MAX_DAYS = 31;

export interface TotalsWindow {
  asOf: Date;
  from: Date;
  /** Where the window's data ends: min(to, asOf). */
  dataEnd: Date;
}

/**
 * Serves per-customer order totals for a window from a base (built on first use, kept true by
 * triggers on "order"), so metrics over every buyer read one row per customer. One per
 * request: a base is checked and share-locked once, then reused by every metric of the request.
 */
export class CustomerTotalsService {
  private readonly ready = new Map<string, Promise<TotalsBase | null>>();

  constructor(
    private readonly scope: TenantScope,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The SQL of per-customer totals (customer_id, window_orders, window_revenue, first_order_at,
   * last_order_at, lifetime_orders, lifetime_revenue) as of window.asOf over [from, asOf), or
   * null when no base can serve this window: it does not end at asOf, is not a whole number of
   * days, lies in the future, or another request is building the base right now. Callers then
   * read the orders themselves.
   */
  async totalsSql(window: TotalsWindow): Promise<SqlFragment | null> {
    const base = this.baseFor(window);
    if (!base) return null;
    const key = `${base.baseEnd.toISOString()}/${base.windowDays}`;
    let ready = this.ready.get(key);
    if (!ready) {
      ready = this.prepare(base);
      this.ready.set(key, ready);
    }
    return (await ready) ? totalsAsOfSql(base, window.asOf) : null;
  }

  private baseFor(window: TotalsWindow): TotalsBase | null {
    const span = window.asOf.getTime() - window.from.getTime();
    const windowDays = span / DAY_MS;
    if (window.dataEnd.getTime() !== window.asOf.getTime() || !Number.isInteger(windowDays) || windowDays < 1 || windowDays > 3650) return null;
    const baseEnd = new Date(Math.floor(window.asOf.getTime() / DAY_MS) * DAY_MS);
    // A base in the future would be patched by every new order until its day comes.
    if (baseEnd.getTime() > this.now().getTime()) return null;
    return { tenantId: this.scope.tenantId, baseEnd, windowDays };
  }

  private async prepare(base: TotalsBase): Promise<TotalsBase | null> {
    if (await this.lockExisting(base)) return base;
    // One request builds a base at a time; the others (and any request while a long import
    // holds the lock shared) read the orders directly rather than wait.
    const [{ locked }] = await this.scope.sql.query<{ locked: boolean }>(tryBuildLockSql(base.tenantId));
    if (!locked) return null;
    if (await this.lockExisting(base)) return base;
    // Usually yesterday's base exists: today's is yesterday's plus a day of orders.
    const [earlier] = await this.scope.sql.query<{ base_end: Date }>(earlierBaseSql(base, EARLIER_BASE_MAX_DAYS));
    await this.scope.sql.query(earlier ? buildBaseFromEarlierSql(base, { ...base, baseEnd: toDate(earlier.base_end) as Date }) : buildBaseSql(base));
    await this.scope.sql.query(evictBasesSql(base.tenantId, BASES_KEPT));
    return base;
  }

  private async lockExisting(base: TotalsBase): Promise<boolean> {
    const rows = await this.scope.sql.query(lockBaseSql(base));
    return rows.length > 0;
  }
}
