import { badInput } from '../../../common/errors.js';
import { EMPTY_SQL, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER } from '../../customer/customer.query.js';
import { MetricDimension } from './metric.enums.js';
import type { MetricWindow } from './metric-window.js';

/**
 * The table a metric counts rows of, and which of its columns the shared filters and
 * breakdowns read. Columns are code-written identifiers, never input.
 */
export interface FactTable {
  /** Plural noun for error messages ("orders"). */
  name: string;
  alias: string;
  customerColumn: string;
  channelColumn?: string;
  stageColumn?: string;
  categoryColumn?: string;
}

export const ORDER_FACT: FactTable = { name: 'orders', alias: 'o', customerColumn: 'o.customer_id', channelColumn: 'o.channel' };
export const FEEDBACK_FACT: FactTable = {
  name: 'feedback',
  alias: 'f',
  customerColumn: 'f.customer_id',
  channelColumn: 'f.channel',
  stageColumn: 'f.stage_id',
  categoryColumn: 'f.category',
};
export const TOUCHPOINT_FACT: FactTable = { name: 'touchpoints', alias: 't', customerColumn: 't.customer_id', channelColumn: 't.channel', stageColumn: 't.stage_id' };
export const CUSTOMER_FACT: FactTable = { name: 'customers', alias: 'c', customerColumn: 'c.id' };
/** Per-customer order totals (customer-totals), one row per buyer aliased t: only the buyer filters apply. */
export const TOTALS_FACT: FactTable = { name: 'customers', alias: 't', customerColumn: 't.customer_id' };

/** A purchase (METRICS.md): status COMPLETED and amount > 0, on an order aliased `o`. */
export const COMPLETED_ORDER_SQL: SqlFragment = trusted(COMPLETED_ORDER);

const ACTIVE_TAG = `(ct.expires_at is null or ct.expires_at > now())`;

/**
 * The filter of a metric query as SQL conditions on the fact table. A filter that cannot apply
 * to the fact (a channel on customers) is refused rather than ignored.
 */
export function filterConditions(fact: FactTable, window: MetricWindow, tenantId: string, path = 'input'): SqlFragment[] {
  const { filter } = window;
  const customer = trusted(fact.customerColumn);
  const conditions: SqlFragment[] = [];
  if (filter.tagKeys?.length) {
    const keys = [...new Set(filter.tagKeys)];
    // A semi-join computed once, not a count per fact row.
    conditions.push(sql`${customer} in (select ct.customer_id from customer_tag ct join tag tg on tg.tenant_id = ct.tenant_id and tg.id = ct.tag_id
       where ct.tenant_id = ${tenantId} and ${trusted(ACTIVE_TAG)} and tg.key = any(${keys}::text[])
       group by ct.customer_id having count(distinct tg.key) = ${keys.length})`);
  }
  if (filter.channels?.length) {
    if (!fact.channelColumn) throw badInput(`${path}.filter.channels`, `does not apply to ${fact.name}, which have no channel`);
    conditions.push(sql`${trusted(fact.channelColumn)} = any(${filter.channels}::text[])`);
  }
  if (filter.regions?.length) {
    conditions.push(sql`exists (select 1 from customer fc where fc.tenant_id = ${tenantId} and fc.id = ${customer} and fc.region = any(${filter.regions}::text[]))`);
  }
  if (filter.rfmSegments?.length) {
    conditions.push(sql`${customer} in (select m.customer_id from (${rfmMembershipOf(window)}) m where m.segment = any(${filter.rfmSegments}::text[]))`);
  }
  if (filter.segmentIds?.length) {
    const ids = [...new Set(filter.segmentIds)];
    conditions.push(sql`${customer} in (select m.customer_id from (${savedSegmentMembershipOf(window)}) m
       where m.segment_id = any(${ids}::uuid[]) group by m.customer_id having count(distinct m.segment_id) = ${ids.length})`);
  }
  return conditions;
}

/** The window's saved-segment membership; analyticsWindow() prepares it when the query uses saved segments. */
export function savedSegmentMembershipOf(window: MetricWindow): SqlFragment {
  if (!window.savedSegmentMembership) throw new Error('saved-segment membership used but not prepared: resolve the window with analyticsWindow()');
  return window.savedSegmentMembership;
}

/** The window's RFM membership; every service that accepts RFM breakdowns prepares it first. */
export function rfmMembershipOf(window: MetricWindow): SqlFragment {
  if (!window.rfmMembership) throw new Error('RFM membership used but not prepared: resolve the window with analyticsWindow()');
  return window.rfmMembership;
}

/** A breakdown: joins to add after the fact table, and the expression naming the group. */
export interface DimensionSql {
  joins: SqlFragment;
  key: SqlFragment;
}

const NO_GROUP: DimensionSql = { joins: EMPTY_SQL, key: trusted('null::text') };

export function dimensionSql(fact: FactTable, window: MetricWindow, tenantId: string, path = 'input'): DimensionSql {
  const dimension = window.groupBy;
  if (!dimension) return NO_GROUP;
  const customer = trusted(fact.customerColumn);
  const unsupported = () => badInput(`${path}.groupBy`, `${dimension} does not apply to ${fact.name}`);
  switch (dimension) {
    case MetricDimension.CHANNEL:
      if (!fact.channelColumn) throw unsupported();
      return { joins: EMPTY_SQL, key: trusted(fact.channelColumn) };
    case MetricDimension.REGION:
      return {
        joins: sql` left join customer dim_c on dim_c.tenant_id = ${tenantId} and dim_c.id = ${customer}`,
        key: trusted('dim_c.region'),
      };
    case MetricDimension.TAG:
      return {
        joins: sql` left join lateral (select tg.key from customer_tag ct join tag tg on tg.tenant_id = ct.tenant_id and tg.id = ct.tag_id
                      where ct.tenant_id = ${tenantId} and ct.customer_id = ${customer} and ${trusted(ACTIVE_TAG)}) dim_t on true`,
        key: trusted('dim_t.key'),
      };
    case MetricDimension.TAG_CATEGORY:
      return {
        joins: sql` left join lateral (select distinct tg.category from customer_tag ct join tag tg on tg.tenant_id = ct.tenant_id and tg.id = ct.tag_id
                      where ct.tenant_id = ${tenantId} and ct.customer_id = ${customer} and ${trusted(ACTIVE_TAG)}) dim_tc on true`,
        key: trusted('dim_tc.category'),
      };
    case MetricDimension.JOURNEY_STAGE:
      if (!fact.stageColumn) throw unsupported();
      return {
        joins: sql` left join journey_stage dim_s on dim_s.tenant_id = ${tenantId} and dim_s.id = ${trusted(fact.stageColumn)}
                    left join journey dim_j on dim_j.tenant_id = ${tenantId} and dim_j.id = dim_s.journey_id`,
        key: trusted(`dim_j.key || '/' || dim_s.key`),
      };
    case MetricDimension.RFM_SEGMENT:
      return {
        joins: sql` left join (${rfmMembershipOf(window)}) dim_rfm on dim_rfm.customer_id = ${customer}`,
        key: trusted('dim_rfm.segment'),
      };
    case MetricDimension.SAVED_SEGMENT:
      return {
        joins: sql` left join (${savedSegmentMembershipOf(window)}) dim_seg on dim_seg.customer_id = ${customer}`,
        key: trusted('dim_seg.segment'),
      };
    case MetricDimension.FEEDBACK_CATEGORY:
      if (!fact.categoryColumn) throw unsupported();
      return { joins: EMPTY_SQL, key: trusted(fact.categoryColumn) };
  }
}
