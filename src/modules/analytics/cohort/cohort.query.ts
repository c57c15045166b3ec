import { sql, type SqlFragment } from '../../../common/sql-fragment.js';
import { positionOf } from '../growth/calendar-buckets.js';
import { COMPLETED_ORDER_SQL } from '../metric/metric-scope.js';
import type { MetricWindow } from '../metric/metric-window.js';

/**
 * The cohort matrix as (cohort, position, active_customers, revenue). `starts` are the local
 * calendar periods from the first cohort's to the one holding asOf (positions 1, 2, …); cohorts
 * are positions 1 … cohortCount. A member's cohort is the position of their first completed
 * order ever: one pass over the (customer, placed_at) index finds it for every customer and
 * keeps the members; their orders are then read through the same index and summed per member
 * and period: one row per period in which the member is active. Reading only the members'
 * orders makes the usual case (cohorts of the last year on a tenant with a longer history)
 * cheap; cohorts spanning the whole history read every order twice.
 */
export function cohortMatrixSql(tenantId: string, window: MetricWindow, starts: Date[], cohortCount: number, maxOffset: number): SqlFragment {
  const afterLastCohort = cohortCount < starts.length ? starts[cohortCount] : window.asOf;
  // A cell is one integer, cohort × span + position: one narrow grouping key.
  const span = starts.length + 1;
  return sql`
    with members as (
      select o.customer_id, ${positionOf(sql`min(o.placed_at)`, starts)} as cohort
        from "order" o
       where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL} and o.placed_at < ${window.asOf}
       group by o.customer_id
      having min(o.placed_at) >= ${starts[0]} and min(o.placed_at) < ${afterLastCohort}
    ), member_periods as (
      select m.cohort * ${span}::int + ${positionOf(sql`o.placed_at`, starts)} as cell, m.customer_id, sum(o.amount) as revenue
        from members m
        join "order" o on o.tenant_id = ${tenantId} and o.customer_id = m.customer_id
       where ${COMPLETED_ORDER_SQL} and o.placed_at >= ${starts[0]} and o.placed_at < ${window.asOf}
       group by m.customer_id, 1
    )
    select cell / ${span}::int as cohort, cell % ${span}::int as position, count(*)::int as active_customers, sum(revenue)::text as revenue
      from member_periods
     where cell % ${span}::int - cell / ${span}::int <= ${maxOffset}::int
     group by cell
     order by cell`;
}
