import { sql, type SqlFragment } from '../../../common/sql-fragment.js';

/** The metric_usage name of customer lifetime value: querying it is the evidence that CLV is used (maturity item 7.2). */
export const CUSTOMER_VALUE_METRIC = 'CUSTOMER_VALUE';

// A dashboard may poll a metric every minute; the evidence needs the day, not the minute, so
// the row is rewritten at most once an hour.
const USAGE_RESOLUTION = '1 hour';

/**
 * Records that the tenant queried `metric` at `at`, keeping only the latest time: an earlier
 * time (a late or concurrent request), or one within the resolution of the recorded one,
 * leaves the row alone and so writes nothing.
 */
export function recordMetricUsageSql(tenantId: string, metric: string, at: Date): SqlFragment {
  return sql`
    insert into metric_usage (tenant_id, metric, last_queried_at) values (${tenantId}, ${metric}, ${at})
    on conflict (tenant_id, metric) do update set last_queried_at = excluded.last_queried_at
     where metric_usage.last_queried_at < excluded.last_queried_at - ${USAGE_RESOLUTION}::interval`;
}
