import { badInput } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { toDate } from '../../db/sql-runner.js';
import { toChange, type ChangeRow } from './segment-change.js';
import { recentChangesSql, refreshHistorySql } from './segment-recent-changes.query.js';
import type { Segment } from './segment.entity.js';
import type { SegmentChange, SegmentRecentChangesArgs, SegmentRefreshHistoryArgs, SegmentRefreshSummary } from './segment.types.js';

const DEFAULT_RECENT_CHANGES = 20;
const DEFAULT_REFRESHES = 10;
const MAX_LAST = 100;

/**
 * What happened to a segment lately, newest first, for people looking at it (the console):
 * its latest changes and the refreshes that made them. Partners syncing a copy read
 * `changes(since:)` instead, oldest first from their cursor.
 */
export class SegmentRecentChanges {
  constructor(private readonly context: RequestContext) {}

  async changes(segment: Segment, args: SegmentRecentChangesArgs): Promise<SegmentChange[]> {
    const last = newestCount(args.last, DEFAULT_RECENT_CHANGES);
    const rows = await this.context.sql.query<ChangeRow>(recentChangesSql(this.context.tenantId, segment.id, last));
    return rows.map(toChange);
  }

  async refreshes(segment: Segment, args: SegmentRefreshHistoryArgs): Promise<SegmentRefreshSummary[]> {
    const last = newestCount(args.last, DEFAULT_REFRESHES);
    const rows = await this.context.sql.query<{ refreshed_at: unknown; segment_version: number; entered: number; exited: number }>(
      refreshHistorySql(this.context.tenantId, segment.id, last),
    );
    return rows.map((row) => ({ at: toDate(row.refreshed_at) as Date, segmentVersion: row.segment_version, entered: row.entered, exited: row.exited }));
  }
}

/** `last` as given (null: the default), refused by name outside 1..MAX_LAST. */
function newestCount(last: number | null | undefined, fallback: number): number {
  const count = last ?? fallback;
  if (!Number.isInteger(count) || count < 1 || count > MAX_LAST) throw badInput('last', `must be a whole number from 1 to ${MAX_LAST}`);
  return count;
}
