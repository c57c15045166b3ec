import type { SqlFragment } from '../../../common/sql-fragment.js';
import type { TenantScope } from '../../../context.js';
import { toDate } from '../../../db/sql-runner.js';
import { CUSTOMER_TOTALS_SLOTS } from '../../../db/migrations/Migration20261129000000_customer_totals_slots.js';
import {
  analyzeSlotSql, buildBaseFromEarlierSql, buildBaseSql, earlierBaseSql, evictBasesSql, freeSlotSql, lockBaseSql, totalsAsOfSql, tryBuildLockSql,
  type KeptBase, type TotalsBase,
} from './customer-totals.query.js';

const DAY_MS = 86_400_000;

// Bases a tenant keeps (today's, yesterday's, the dates a dashboard compares): each is one row
// per buyer, so a handful costs little and covers the common queries. One per slot, each slot a
// partition of the rows, so a base is read without scanning the others.
const BASES_KEPT = CUSTOMER_TOTALS_SLOTS;

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
  private readonly ready = new Map<string, Promise<KeptBase | null>>();

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
    const kept = await this.keptBase(window);
    return kept ? totalsAsOfSql(kept, window.asOf) : null;
  }

  /** The kept base serving this window (built now if need be), or null as for totalsSql. */
  async keptBase(window: TotalsWindow): Promise<KeptBase | null> {
    const base = this.baseFor(window);
    if (!base) return null;
    const key = `${base.baseEnd.toISOString()}/${base.windowDays}`;
    let ready = this.ready.get(key);
    if (!ready) {
      ready = this.prepare(base);
      this.ready.set(key, ready);
    }
    return ready;
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

  private async prepare(base: TotalsBase): Promise<KeptBase | null> {
    const existing = await this.lockExisting(base);
    if (existing) return existing;
    // One request builds a base at a time; the others (and any request while a long import
    // holds the lock shared) read the orders directly rather than wait.
    const [{ locked }] = await this.scope.sql.query<{ locked: boolean }>(tryBuildLockSql(base.tenantId));
    if (!locked) return null;
    const built = await this.lockExisting(base);
    if (built) return built;
    // Usually yesterday's base exists: today's is yesterday's plus a day of orders.
    const [earlierRow] = await this.scope.sql.query<{ base_end: Date; slot: number }>(earlierBaseSql(base, EARLIER_BASE_MAX_DAYS));
    const earlier: KeptBase | null = earlierRow ? { ...base, baseEnd: toDate(earlierRow.base_end) as Date, slot: earlierRow.slot } : null;
    // Make room first: the new base takes the slot of the oldest one (never the base it is
    // built from). When every slot holds a base other requests are reading, read the orders.
    await this.scope.sql.query(evictBasesSql(base.tenantId, BASES_KEPT - 1, earlier?.slot ?? null));
    const [free] = await this.scope.sql.query<{ slot: number }>(freeSlotSql(base.tenantId, BASES_KEPT));
    if (!free) return null;
    const kept: KeptBase = { ...base, slot: free.slot };
    // Places serve RFM as of now only, which reads today's base.
    const ranked = kept.baseEnd.getTime() === Math.floor(this.now().getTime() / DAY_MS) * DAY_MS;
    await this.scope.sql.query(earlier ? buildBaseFromEarlierSql(kept, earlier, ranked) : buildBaseSql(kept, ranked));
    await this.scope.sql.query(analyzeSlotSql(kept.slot));
    return { ...kept, ranked };
  }

  private async lockExisting(base: TotalsBase): Promise<KeptBase | null> {
    const [row] = await this.scope.sql.query<{ slot: number; ranked: boolean }>(lockBaseSql(base));
    return row ? { ...base, slot: row.slot, ranked: row.ranked } : null;
  }
}
