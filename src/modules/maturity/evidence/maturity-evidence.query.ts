import { joinSql, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { answeredAtSql, type ServiceTargets } from '../../analytics/feedback-ops/feedback-ops.query.js';
import { COMPLETED_ORDER_SQL } from '../../analytics/metric/metric-scope.js';
import { DAY_MS } from '../../analytics/metric/metric-window.js';
import { ScopeName } from '../../auth/scopes.js';
import { SegmentField } from '../../segment/definition/segment-terms.js';
import type { EvidenceMeasureKey } from '../model/maturity-model.types.js';
import { CUSTOMER_VALUE_METRIC } from '../../analytics/metric/metric-usage.query.js';

/**
 * SQL of the maturity evidence (MATURITY.md, "Evidence from the company's own data"): the
 * figures of all fifteen measures in one read-only statement, every table filtered by the
 * tenant. Every window is half-open, [asOf − N days, asOf), with days of 24 hours, so nothing
 * after asOf counts and an observation as of a past date is reproducible. "Recent" is the
 * last 35 days: without data of the kind there, a measure has no evidence.
 */

export const RECENT_DAYS = 35;

/**
 * Source systems that are offline touchpoints (6.1 needs one of them). The demo vocabulary
 * (seeds/demo-vocabulary.ts) has web, app, crm, pos and store; pos and store are the offline
 * ones there, and call_center is the usual name of the third offline channel imports bring.
 */
export const OFFLINE_SOURCE_SYSTEMS = ['pos', 'store', 'call_center'] as const;

/**
 * Segment fields that read behaviour or transactions (4.1): RFM scores and segments, order
 * counts, revenue and order dates.
 */
export const BEHAVIOURAL_SEGMENT_FIELDS: readonly SegmentField[] = [
  SegmentField.RFM_SEGMENT,
  SegmentField.RFM_RECENCY_SCORE,
  SegmentField.RFM_FREQUENCY_SCORE,
  SegmentField.RFM_MONETARY_SCORE,
  SegmentField.ORDER_COUNT,
  SegmentField.ORDER_REVENUE,
  SegmentField.FIRST_ORDER_AT,
  SegmentField.LAST_ORDER_AT,
];

/**
 * How a referred customer shows in the data model (7.3): the demo and the usual imports keep
 * the acquisition source in attributes.acquisitionSource ("referral" is one of its values);
 * some load it as a source system or a tag (any tag key containing "referral").
 */
export const REFERRAL = 'referral';

/** RFM scores buyers with a completed order in the 365 days before asOf (METRICS.md). */
const RFM_WINDOW_DAYS = 365;

export interface EvidenceQuery {
  tenantId: string;
  asOf: Date;
  /** The tenant's churn window: active buyers have a completed order in [asOf − it, asOf). */
  churnWindowDays: number;
  /** The tenant's first-response targets, as feedback operations use them. */
  targets: ServiceTargets;
}

/** The tenant row's settings (analytics settings are under settings.analytics). */
export function tenantSettingsSql(tenantId: string): SqlFragment {
  return sql`select t.settings from tenant t where t.id = ${tenantId}`;
}

interface Bounds extends EvidenceQuery {
  /** asOf minus whole days of 24 hours. */
  since(days: number): Date;
}

/** 1.3: customers created before asOf with a non-blank email or phone ÷ all of them; recent = created or updated in 35 days. */
function contactableCustomerShareSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  return sql`
    select count(*)::int as customers,
           count(*) filter (where btrim(c.email) <> '' or btrim(c.phone) <> '')::int as contactable,
           count(*) filter (where c.created_at >= ${since(RECENT_DAYS)} or (c.updated_at >= ${since(RECENT_DAYS)} and c.updated_at < ${asOf}))::int as recent
      from customer c
     where c.tenant_id = ${tenantId} and c.created_at < ${asOf}`;
}

/** 2.2, 3.2: completed orders of [asOf − 90 d, asOf) with a non-blank channel ÷ those orders; recent = placed in 35 days. */
function ordersWithChannelShareSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  return sql`
    select count(*)::int as orders,
           count(*) filter (where btrim(o.channel) <> '')::int as with_channel,
           count(*) filter (where o.placed_at >= ${since(RECENT_DAYS)})::int as recent
      from "order" o
     where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL} and o.placed_at >= ${since(90)} and o.placed_at < ${asOf}`;
}

/** 3.4: active buyers whose profile names at least one source system (linked to a CRM or order system) ÷ active buyers. */
function buyersWithExternalIdShareSql(): SqlFragment {
  return sql`
    select count(*)::int as active_buyers, count(*) filter (where cardinality(a.source_systems) > 0)::int as linked
      from active_buyer a`;
}

/**
 * 4.1: fresh segments (refreshed in 35 days, definition using an RFM or order field) and the
 * active buyers scored by RFM (a completed order in [asOf − 365 d, asOf)) ÷ active buyers.
 */
function freshBehaviouralSegmentCoverageSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  // Every `field` anywhere in the definition tree; lax mode skips nodes without one.
  return sql`
    select count(*)::int as active_buyers,
           count(*) filter (where a.last_order_at >= ${since(RFM_WINDOW_DAYS)})::int as scored,
           (select count(*)::int from segment s
             where s.tenant_id = ${tenantId} and s.last_refreshed_at >= ${since(RECENT_DAYS)} and s.last_refreshed_at < ${asOf}
               and exists (select 1 from jsonb_path_query(s.definition, ${'lax $.**.field'}::jsonpath) field
                            where field #>> '{}' = any(${BEHAVIOURAL_SEGMENT_FIELDS}::text[]))) as fresh_segments
      from active_buyer a`;
}

/** 4.2: segments refreshed in 35 days, or named by a key not revoked at asOf and used in 90 days (a partner pulls them). */
function activeSegmentCountSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  return sql`
    select count(*)::int as segments
      from segment s
     where s.tenant_id = ${tenantId}
       and ((s.last_refreshed_at >= ${since(RECENT_DAYS)} and s.last_refreshed_at < ${asOf})
            or s.id in (select unnest(k.segment_ids) from api_key k
                         where k.tenant_id = ${tenantId} and (k.revoked_at is null or k.revoked_at > ${asOf})
                           and k.last_used_at >= ${since(90)} and k.last_used_at < ${asOf}))`;
}

/** 5.2: whole months from the first completed order to asOf, and the saved segments created before asOf. */
function lifecycleMeasurabilitySql({ tenantId, asOf }: Bounds): SqlFragment {
  return sql`
    select h.months as history_months,
           (select count(*)::int from segment s where s.tenant_id = ${tenantId} and s.created_at < ${asOf}) as segments
      from history h`;
}

/** 5.3: active buyers with a consent recorded (email or SMS, given or refused) ÷ active buyers. */
function consentCoverageSql(): SqlFragment {
  return sql`
    select count(*)::int as active_buyers,
           count(*) filter (where a.consent_email is not null or a.consent_sms is not null)::int as with_consent
      from active_buyer a`;
}

/** 5.5: active buyers with a touchpoint in [asOf − 30 d, asOf) ÷ active buyers; recent = any touchpoint in 35 days. */
function leadScoreOrJourneyCoverageSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  return sql`
    select count(*)::int as active_buyers,
           count(*) filter (where a.customer_id in (select t.customer_id from touchpoint t
                                                   where t.tenant_id = ${tenantId} and t.occurred_at >= ${since(30)} and t.occurred_at < ${asOf}))::int as tracked,
           exists (select 1 from touchpoint t where t.tenant_id = ${tenantId} and t.occurred_at >= ${since(RECENT_DAYS)} and t.occurred_at < ${asOf}) as recent
      from active_buyer a`;
}

/** 6.1: active buyers with two or more distinct source systems, one of them offline ÷ active buyers. */
function unifiedProfileCoverageSql(): SqlFragment {
  return sql`
    select count(*)::int as active_buyers,
           count(*) filter (where (select count(distinct system) from unnest(a.source_systems) system) >= 2
                              and a.source_systems && ${OFFLINE_SOURCE_SYSTEMS}::text[])::int as unified
      from active_buyer a`;
}

/** 6.2: NPS, CSAT and CES answers with a score received in [asOf − 90 d, asOf), the distinct journey stages among them, and the active buyers. */
function feedbackVolumeAndStagesSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  return sql`
    select count(*)::int as answers,
           count(distinct f.stage_id)::int as stages,
           count(*) filter (where f.received_at >= ${since(RECENT_DAYS)})::int as recent,
           (select count(*)::int from active_buyer) as active_buyers
      from feedback f
     where f.tenant_id = ${tenantId} and f.kind in ('NPS', 'CSAT', 'CES') and f.score is not null
       and f.received_at >= ${since(90)} and f.received_at < ${asOf}`;
}

/**
 * 6.3: complaints and NPS detractors (0–6) received in [asOf − 90 d, asOf): the median first
 * response in hours over the answered ones, and how many were answered within their target.
 * As in feedback operations, a case is answered at its first response or, without one, at its
 * resolution, if that is by asOf; complaints use the complaint target, detractors theirs.
 */
function closedLoopResponseSql({ tenantId, asOf, since, targets }: Bounds): SqlFragment {
  return sql`
    select count(*)::int as cases,
           count(*) filter (where c.received_at >= ${since(RECENT_DAYS)})::int as recent,
           count(*) filter (where c.answered_at is not null)::int as answered,
           percentile_cont(0.5) within group (order by date_part('epoch', c.answered_at - c.received_at) / 3600) as median_hours,
           count(*) filter (where c.answered_at <= c.received_at + c.target_hours * interval '1 hour')::int as within_sla
      from (select f.received_at,
                   ${answeredAtSql(asOf)} as answered_at,
                   case when f.kind = 'COMPLAINT' then ${targets.complaintSlaHours}::float8 else ${targets.detractorSlaHours}::float8 end as target_hours
              from feedback f
             where f.tenant_id = ${tenantId} and (f.kind = 'COMPLAINT' or (f.kind = 'NPS' and f.score <= 6))
               and f.received_at >= ${since(90)} and f.received_at < ${asOf}) c`;
}

/**
 * 6.4: keys not revoked at asOf, last used in [asOf − 7 d, asOf), that serve data to a partner
 * or the frontline: not admin keys, and not keys that only run assessments (the consultant's own
 * key would otherwise corroborate the item it is answering).
 */
function activeApiKeysSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  return sql`
    select count(*)::int as keys
      from api_key k
     where k.tenant_id = ${tenantId} and (k.revoked_at is null or k.revoked_at > ${asOf})
       and not (${ScopeName.ADMIN}::text = any(k.scopes))
       and exists (select 1 from unnest(k.scopes) scope where scope not in (${ScopeName.ASSESSMENTS_READ}, ${ScopeName.ASSESSMENTS_WRITE}))
       and k.last_used_at >= ${since(7)} and k.last_used_at < ${asOf}`;
}

/** 7.1: active buyers with a PREDICTIVE tag from a MODEL assigned in [asOf − 35 d, asOf) and not expired at asOf ÷ active buyers; recent = any such assignment. */
function predictiveTagCoverageSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  const modelAssignment = sql`
    select ct.customer_id, ct.expires_at from customer_tag ct join tag t on t.tenant_id = ct.tenant_id and t.id = ct.tag_id
     where ct.tenant_id = ${tenantId} and t.category = 'PREDICTIVE' and ct.source = 'MODEL'
       and ct.assigned_at >= ${since(RECENT_DAYS)} and ct.assigned_at < ${asOf}`;
  return sql`
    select count(*)::int as active_buyers,
           count(*) filter (where a.customer_id in (select m.customer_id from (${modelAssignment}) m
                                                   where m.expires_at is null or m.expires_at > ${asOf}))::int as tagged,
           exists (${modelAssignment}) as recent
      from active_buyer a`;
}

/** 7.2: whole months from the first completed order to asOf, and whether CUSTOMER_VALUE was queried in [asOf − 90 d, asOf). */
function clvReadinessSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  return sql`
    select h.months as history_months,
           exists (select 1 from metric_usage u where u.tenant_id = ${tenantId} and u.metric = ${CUSTOMER_VALUE_METRIC}
                      and u.last_queried_at >= ${since(90)} and u.last_queried_at < ${asOf}) as customer_value_queried
      from history h`;
}

/**
 * 7.3: NPS answers received in [asOf − 90 d, asOf) by category, and the new buyers (first
 * completed order in the same 90 days) that came by referral (see REFERRAL).
 */
function advocacyNpsSql({ tenantId, asOf, since }: Bounds): SqlFragment {
  const referred = sql`(c.attributes ->> 'acquisitionSource' = ${REFERRAL} or ${REFERRAL}::text = any(c.source_systems)
    or exists (select 1 from customer_tag ct join tag t on t.tenant_id = ct.tenant_id and t.id = ct.tag_id
                where ct.tenant_id = ${tenantId} and ct.customer_id = c.id and strpos(t.key, ${REFERRAL}) > 0
                  and ct.assigned_at <= ${asOf} and (ct.expires_at is null or ct.expires_at > ${asOf})))`;
  return sql`
    select count(*)::int as answers,
           count(*) filter (where f.score >= 9)::int as promoters,
           count(*) filter (where f.score <= 6)::int as detractors,
           count(*) filter (where f.received_at >= ${since(RECENT_DAYS)})::int as recent,
           (select count(*)::int from buyer b where b.first_order_at >= ${since(90)}) as new_buyers,
           (select count(*)::int from buyer b join customer c on c.tenant_id = ${tenantId} and c.id = b.customer_id
             where b.first_order_at >= ${since(90)} and ${referred}) as referred_new_buyers
      from feedback f
     where f.tenant_id = ${tenantId} and f.kind = 'NPS' and f.score is not null
       and f.received_at >= ${since(90)} and f.received_at < ${asOf}`;
}

const MEASURE_SQL: Record<EvidenceMeasureKey, (bounds: Bounds) => SqlFragment> = {
  CONTACTABLE_CUSTOMER_SHARE: contactableCustomerShareSql,
  ORDERS_WITH_CHANNEL_SHARE: ordersWithChannelShareSql,
  BUYERS_WITH_EXTERNAL_ID_SHARE: buyersWithExternalIdShareSql,
  FRESH_BEHAVIOURAL_SEGMENT_COVERAGE: freshBehaviouralSegmentCoverageSql,
  ACTIVE_SEGMENT_COUNT: activeSegmentCountSql,
  LIFECYCLE_MEASURABILITY: lifecycleMeasurabilitySql,
  CONSENT_COVERAGE: consentCoverageSql,
  LEAD_SCORE_OR_JOURNEY_COVERAGE: leadScoreOrJourneyCoverageSql,
  UNIFIED_PROFILE_COVERAGE: unifiedProfileCoverageSql,
  FEEDBACK_VOLUME_AND_STAGES: feedbackVolumeAndStagesSql,
  CLOSED_LOOP_RESPONSE: closedLoopResponseSql,
  ACTIVE_API_KEYS: activeApiKeysSql,
  PREDICTIVE_TAG_COVERAGE: predictiveTagCoverageSql,
  CLV_READINESS: clvReadinessSql,
  ADVOCACY_NPS: advocacyNpsSql,
};

export const EVIDENCE_MEASURES = Object.keys(MEASURE_SQL) as EvidenceMeasureKey[];

/**
 * One row with a jsonb column per measure (named by its key) holding that measure's figures.
 * Shared parts: `buyer`, every customer with a completed order before asOf (first and last
 * order); `active_buyer`, those with one in the churn window; `history`, whole calendar
 * months (UTC) from the first completed order to asOf, null without orders.
 */
export function evidenceSql(query: EvidenceQuery): SqlFragment {
  const { tenantId, asOf, churnWindowDays } = query;
  const bounds: Bounds = { ...query, since: (days) => new Date(asOf.getTime() - days * DAY_MS) };
  const measures = EVIDENCE_MEASURES.map((measure, index) => ({ measure, alias: trusted(`m${index + 1}`), statement: MEASURE_SQL[measure](bounds) }));
  return sql`
    with buyer as materialized (
      select o.customer_id, min(o.placed_at) as first_order_at, max(o.placed_at) as last_order_at
        from "order" o
       where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL} and o.placed_at < ${asOf}
       group by o.customer_id
    ), active_buyer as materialized (
      select b.customer_id, b.last_order_at, c.source_systems, c.consent_email, c.consent_sms
        from buyer b join customer c on c.tenant_id = ${tenantId} and c.id = b.customer_id
       where b.last_order_at >= ${bounds.since(churnWindowDays)}
    ), history as (
      select (extract(year from span) * 12 + extract(month from span))::int as months
        from (select age(${asOf}::timestamptz at time zone 'UTC', min(b.first_order_at) at time zone 'UTC') as span from buyer b) first_order
    )
    select ${joinSql(measures.map(({ measure, alias }) => sql`to_jsonb(${alias}) as ${trusted(`"${measure}"`)}`), ', ')}
      from ${joinSql(measures.map(({ alias, statement }) => sql`(${statement}) ${alias}`), ' cross join ')}`;
}
