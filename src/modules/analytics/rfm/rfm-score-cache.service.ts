import type { TenantScope } from '../../../context.js';
import { tryBuildLockSql } from '../customer-totals/customer-totals.query.js';
import { computedScoredCtes, type RfmScoring } from './rfm.query.js';
import { evictCachedScoresSql, lockCachedScoresSql, scoringKeyOf, writeCachedScoresSql } from './rfm-score-cache.query.js';

// Entries a tenant keeps: a dashboard's dates (today, a month ago, a year ago...) and methods.
// Each is a few megabytes at 100,000 buyers.
const ENTRIES_KEPT = 8;

/**
 * Keeps RFM scorings that were asked for with an explicit asOf, so a dashboard asking again
 * (summary, a segment's customers, NPS by segment, transitions) reads them instead of scoring
 * every buyer again. One per request: an entry is found or written, and locked, once.
 */
export class RfmScoreCache {
  private readonly ready = new Map<string, Promise<string | null>>();

  constructor(private readonly scope: TenantScope) {}

  /**
   * The id of a kept entry with this scoring's scores (written now if there is none), or null
   * when it cannot be kept: the scoring is not cacheable, or another transaction (an order
   * write, or a request building) holds the build lock; the caller then scores it itself.
   * `measured` gives the scoring with its per-customer totals, needed only to write an entry.
   */
  async entryFor(scoring: RfmScoring, measured: () => Promise<RfmScoring>): Promise<string | null> {
    if (!scoring.cacheable) return null;
    const key = scoringKeyOf(scoring);
    let ready = this.ready.get(key);
    if (!ready) {
      ready = this.prepare(key, measured);
      this.ready.set(key, ready);
    }
    return ready;
  }

  private async prepare(key: string, measured: () => Promise<RfmScoring>): Promise<string | null> {
    const existing = await this.lockExisting(key);
    if (existing) return existing;
    // Held until the request ends: an order write changing what this entry counts waits for
    // it, then marks the entry stale. Taken before reading, so no such write is in between.
    const [{ locked }] = await this.scope.sql.query<{ locked: boolean }>(tryBuildLockSql(this.scope.tenantId));
    if (!locked) return null;
    // Another request may have written it between the look and the lock.
    const written = await this.lockExisting(key);
    if (written) return written;
    const scoring = await measured();
    const [{ id }] = await this.scope.sql.query<{ id: string }>(writeCachedScoresSql(scoring, key, computedScoredCtes(scoring)));
    await this.scope.sql.query(evictCachedScoresSql(this.scope.tenantId, ENTRIES_KEPT));
    return id;
  }

  private async lockExisting(key: string): Promise<string | null> {
    const [row] = await this.scope.sql.query<{ id: string }>(lockCachedScoresSql(this.scope.tenantId, key));
    return row?.id ?? null;
  }
}
