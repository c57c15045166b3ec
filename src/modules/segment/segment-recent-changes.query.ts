import { sql, trusted, type SqlFragment } from '../../common/sql-fragment.js';
import { CHANGE_COLUMNS } from './segment-change.js';

/** The newest `last` changes of a segment, newest first: a backward scan of the primary key. */
export function recentChangesSql(tenantId: string, segmentId: string, last: number): SqlFragment {
  return sql`
    select ${trusted(CHANGE_COLUMNS)}
      from segment_membership_change ch
      left join customer c on c.tenant_id = ch.tenant_id and c.id = ch.customer_id
     where ch.tenant_id = ${tenantId} and ch.segment_id = ${segmentId}
     order by ch.sequence desc
     limit ${last}`;
}

/**
 * The newest `last` refreshes that changed the membership, newest first: a backward scan of the
 * refresh log's primary key. Ordered by sequence number, not by instant: a refresh's instant is
 * taken before it waits for the segment's lock, so only the numbering is sure to follow the
 * order in which refreshes committed.
 */
export function refreshHistorySql(tenantId: string, segmentId: string, last: number): SqlFragment {
  return sql`
    select refreshed_at, segment_version, entered, exited
      from segment_refresh_log
     where tenant_id = ${tenantId} and segment_id = ${segmentId}
     order by last_sequence desc
     limit ${last}`;
}
