import { sql, type SqlFragment } from '../../common/sql-fragment.js';

export interface MembershipDiff {
  tenantId: string;
  segmentId: string;
  /** The statement selecting (customer_id, external_id) of the members now (segment.query.ts). */
  members: SqlFragment;
  /** The segment's newest sequence number before this refresh, as decimal text. */
  lastSequence: string;
  version: number;
  at: Date;
}

/**
 * One statement that moves a segment's membership to `members`: customers who are members now
 * and were not are ENTERED, members who no longer are EXITED. Changes are numbered after
 * lastSequence (exits first, then entries, each by external id, so a refresh numbers the same
 * way every time), logged, summed up in one row of the refresh log when there are any, and
 * applied to the membership. The caller holds the segment row locked, so no other refresh
 * numbers changes at the same time.
 */
export function membershipDiffSql(diff: MembershipDiff): SqlFragment {
  const { tenantId, segmentId } = diff;
  return sql`
    with target as materialized (${diff.members}),
    entered as (
      select t.customer_id, t.external_id from target t
       where not exists (select 1 from segment_membership m
                          where m.tenant_id = ${tenantId} and m.segment_id = ${segmentId} and m.customer_id = t.customer_id)
    ),
    exited as (
      select m.customer_id, m.external_id from segment_membership m
       where m.tenant_id = ${tenantId} and m.segment_id = ${segmentId}
         and not exists (select 1 from target t where t.customer_id = m.customer_id)
    ),
    numbered as materialized (
      select x.customer_id, x.external_id, x.change,
             ${diff.lastSequence}::bigint + row_number() over (order by x.change desc, x.external_id) as sequence
        from (select customer_id, external_id, 'ENTERED'::text as change from entered
              union all
              select customer_id, external_id, 'EXITED'::text from exited) x
    ),
    logged as (
      insert into segment_membership_change (tenant_id, segment_id, sequence, customer_id, external_id, change, changed_at, segment_version)
      select ${tenantId}, ${segmentId}, n.sequence, n.customer_id, n.external_id, n.change, ${diff.at}, ${diff.version} from numbered n
      returning 1
    ),
    -- Written here, with the changes, so listing a segment's refreshes (refreshHistory) never
    -- has to regroup its large change log; a refresh that changed nothing leaves no row.
    refresh_logged as (
      insert into segment_refresh_log (tenant_id, segment_id, segment_version, refreshed_at, entered, exited, first_sequence, last_sequence)
      select ${tenantId}, ${segmentId}, ${diff.version}, ${diff.at},
             count(*) filter (where n.change = 'ENTERED'), count(*) filter (where n.change = 'EXITED'),
             min(n.sequence), max(n.sequence)
        from numbered n
      having count(*) > 0
    ),
    added as (
      insert into segment_membership (tenant_id, segment_id, customer_id, external_id, entered_at, entered_sequence)
      select ${tenantId}, ${segmentId}, n.customer_id, n.external_id, ${diff.at}, n.sequence from numbered n where n.change = 'ENTERED'
      returning 1
    ),
    removed as (
      delete from segment_membership m using numbered n
       where n.change = 'EXITED' and m.tenant_id = ${tenantId} and m.segment_id = ${segmentId} and m.customer_id = n.customer_id
      returning 1
    )
    select (select count(*) from added)::int as entered,
           (select count(*) from removed)::int as exited,
           (select count(*) from logged)::int as logged,
           (select count(*) from target)::int as members`;
}
