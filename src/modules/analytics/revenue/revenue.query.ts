import { allOf, sql, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER_SQL, dimensionSql, filterConditions, ORDER_FACT } from '../metric/metric-scope.js';
import { bucketOf, seriesSql } from '../metric/metric-series.js';
import type { MetricWindow } from '../metric/metric-window.js';

/** Revenue, orders and AOV of completed orders (status COMPLETED, amount > 0), base currency. */

export function revenueSeriesSql(tenantId: string, window: MetricWindow): SqlFragment {
  const dimension = dimensionSql(ORDER_FACT, window, tenantId);
  return seriesSql(window, sql`
    select ${bucketOf(sql`o.placed_at`, window)} as bucket, ${dimension.key} as group_key,
           count(*)::int as orders, sum(o.amount)::text as revenue
      from "order" o ${dimension.joins}
     where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL}
       and o.placed_at >= ${window.from} and o.placed_at < ${window.dataEnd}
       and ${allOf(filterConditions(ORDER_FACT, window, tenantId))}
     group by 1, 2`);
}

/**
 * Orders and revenue over [from, to) capped at asOf. The window and the previous period are two
 * statements: one over both would read most of the tenant's orders, and PostgreSQL then scans
 * the table instead of the covering index, which took twice as long.
 */
export function revenueTotalSql(tenantId: string, window: MetricWindow, from: Date, to: Date): SqlFragment {
  return sql`
    select count(*)::int as orders, coalesce(sum(o.amount), 0)::text as revenue
      from "order" o
     where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL}
       and o.placed_at >= ${from} and o.placed_at < ${new Date(Math.min(to.getTime(), window.asOf.getTime()))}
       and ${allOf(filterConditions(ORDER_FACT, window, tenantId))}`;
}
