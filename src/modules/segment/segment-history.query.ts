import { EMPTY_SQL, sql, type SqlFragment } from '../../common/sql-fragment.js';

/**
 * (customer_id, segment_id, segment) of every member of the tenant's saved segments at asOf, as
 * their refreshes recorded it: a customer is a member when its last change at or before asOf is
 * ENTERED. The analytics module groups and filters by it (MetricDimension.SAVED_SEGMENT), so a
 * breakdown as of a past date uses the membership of that date, not today's. `segmentIds`
 * limits it to some segments.
 */
export function segmentMembershipAtSql(tenantId: string, asOf: Date, segmentIds: readonly string[] | null): SqlFragment {
  const only = segmentIds ? sql` and ch.segment_id = any(${[...segmentIds]}::uuid[])` : EMPTY_SQL;
  return sql`
    select latest.customer_id, latest.segment_id, s.name as segment
      from (select distinct on (ch.segment_id, ch.customer_id) ch.segment_id, ch.customer_id, ch.change
              from segment_membership_change ch
             where ch.tenant_id = ${tenantId} and ch.changed_at <= ${asOf}${only}
             order by ch.segment_id, ch.customer_id, ch.sequence desc) latest
      join segment s on s.tenant_id = ${tenantId} and s.id = latest.segment_id
     where latest.change = 'ENTERED'`;
}
