import { EMPTY_SQL, joinSql, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { openCaseAtSql } from '../../analytics/feedback-ops/feedback-ops.query.js';
import { leadScorePageSql } from '../../analytics/lead-score/lead-score.query.js';
import { RfmMethod } from '../../analytics/rfm/rfm.enums.js';
import { rfmScoredCtes } from '../../analytics/rfm/rfm.query.js';
import { segmentCells, type AnalyticsSettings } from '../../analytics/settings/analytics-settings.js';
import { COMPLETED_ORDER } from '../../customer/customer.query.js';
import type { SegmentDefinition, SegmentNode } from './segment-definition.js';
import { FIELD_SPECS, ATTRIBUTE_SHAPES, type SegmentSources } from './segment-fields.js';
import { COMPLEMENT_OF, SegmentField } from './segment-terms.js';

/** SQL of segment membership. Every value is a bind parameter; see segment-fields.ts for each field. */

export interface SegmentQueryContext {
  tenantId: string;
  /** The instant the definition is evaluated at: nothing after it counts. */
  asOf: Date;
  settings: AnalyticsSettings;
  /**
   * Per-customer order totals of the 365 days before asOf (analytics/customer-totals), when a
   * base can serve them: RFM scores, lifetime order counts and revenue, and the first and last
   * order are then read from one row per buyer instead of from every order.
   */
  totals?: SqlFragment | null;
}

const DAY_MS = 86_400_000;
const RFM_WINDOW_DAYS = 365;
// The most rows a LIMIT can name: the lead-score page builder always limits, a segment wants every customer.
const EVERY_ROW = 2_147_483_647;

/** The window RFM conditions score over: the 365 days before asOf. */
export function segmentRfmWindowStart(asOf: Date): Date {
  return new Date(asOf.getTime() - RFM_WINDOW_DAYS * DAY_MS);
}

/**
 * One statement selecting `customer_id` and `external_id` of every customer of the tenant the definition holds
 * for at asOf. Aggregated sources (order stats, RFM, lead score, latest answers, touchpoint
 * counts, open cases) are each one CTE, present only when a condition reads them, joined once
 * per customer; tag and journey conditions are uncorrelated subqueries hashed once.
 */
export function segmentMembersSql(definition: SegmentDefinition, context: SegmentQueryContext): SqlFragment {
  const sources = new SourceSet(context);
  // Compiled first: compiling the conditions is what tells which sources are needed.
  const condition = nodeSql(definition, sources);
  return sql`${sources.withClause()}
    select c.id as customer_id, c.external_id
      from customer c${sources.joins()}
     where c.tenant_id = ${context.tenantId} and (${condition})`;
}

// Every group is parenthesised: an `or` must never bind to the tenant filter it follows.
function nodeSql(node: SegmentNode, sources: SourceSet): SqlFragment {
  if ('all' in node) return sql`(${joinSql(node.all.map((child) => nodeSql(child, sources)), ' and ')})`;
  if ('any' in node) return sql`(${joinSql(node.any.map((child) => nodeSql(child, sources)), ' or ')})`;
  if ('not' in node) return sql`not (${nodeSql(node.not, sources)})`;
  const spec = FIELD_SPECS.get(node.field);
  if (!spec) throw new Error(`segment field ${String(node.field)} is not known; parse definitions with parseSegmentDefinition first`);
  const kind = node.field === SegmentField.ATTRIBUTE && node.type ? ATTRIBUTE_SHAPES[node.type].kind : spec.kind;
  const complementOf = COMPLEMENT_OF[node.operator];
  const test = spec.compile(node, complementOf ?? node.operator, sources, kind);
  // A missing value makes a comparison null; null is read as false so `not` is the exact complement.
  return complementOf ? sql`not coalesce((${test}), false)` : sql`coalesce((${test}), false)`;
}

interface TouchpointVariant {
  withinDays: number | null;
  journey: string | null;
}

/** The sources a definition reads, each registered by the first condition that asks for it. */
class SourceSet implements SegmentSources {
  readonly tenantId: string;
  readonly asOf: Date;
  private readonly settings: AnalyticsSettings;
  private readonly totals: SqlFragment | null;
  /** Order windows in days (null = ever) and whether first/last order times are read. */
  private readonly orderWindows: (number | null)[] = [];
  private orderDates = false;
  private rfmUsed = false;
  private leadUsed = false;
  private readonly answerKinds = new Set<'NPS' | 'CSAT'>();
  private readonly touchpointVariants: TouchpointVariant[] = [];
  private openCasesUsed = false;

  constructor(context: SegmentQueryContext) {
    this.tenantId = context.tenantId;
    this.asOf = context.asOf;
    this.settings = context.settings;
    this.totals = context.totals ?? null;
  }

  daysBeforeAsOf(days: number): Date {
    return new Date(this.asOf.getTime() - days * DAY_MS);
  }

  private orderWindow(withinDays: number | null): number {
    if (!this.orderWindows.includes(withinDays)) this.orderWindows.push(withinDays);
    return this.orderWindows.indexOf(withinDays);
  }

  orderCount(withinDays: number | null): SqlFragment {
    return trusted(`coalesce(segment_orders.order_count_${this.orderWindow(withinDays)}, 0)`);
  }

  orderRevenue(withinDays: number | null): SqlFragment {
    return trusted(`coalesce(segment_orders.revenue_${this.orderWindow(withinDays)}, 0)`);
  }

  firstOrderAt(): SqlFragment {
    this.orderDates = true;
    return trusted('segment_orders.first_order_at');
  }

  lastOrderAt(): SqlFragment {
    this.orderDates = true;
    return trusted('segment_orders.last_order_at');
  }

  rfm() {
    this.rfmUsed = true;
    return { segment: trusted('segment_rfm.segment'), r: trusted('segment_rfm.r'), f: trusted('segment_rfm.f'), m: trusted('segment_rfm.m') };
  }

  leadScore() {
    this.leadUsed = true;
    return { grade: trusted('segment_lead.grade'), score: trusted('segment_lead.score') };
  }

  latestAnswer(kind: 'NPS' | 'CSAT'): SqlFragment {
    this.answerKinds.add(kind);
    return trusted(`segment_latest_${kind.toLowerCase()}.score`);
  }

  touchpointCount(withinDays: number | null, journey: string | null): SqlFragment {
    let index = this.touchpointVariants.findIndex((variant) => variant.withinDays === withinDays && variant.journey === journey);
    if (index < 0) index = this.touchpointVariants.push({ withinDays, journey }) - 1;
    return trusted(`coalesce(segment_touchpoints.touchpoints_${index}, 0)`);
  }

  openFeedbackCases(): SqlFragment {
    this.openCasesUsed = true;
    return trusted('coalesce(segment_open_cases.open_cases, 0)');
  }

  private orderStatsUsed(): boolean {
    return this.orderWindows.length > 0 || this.orderDates;
  }

  withClause(): SqlFragment {
    const ctes: SqlFragment[] = [];
    if (this.orderStatsUsed()) ctes.push(sql`segment_orders as (${this.orderStatsSql()})`);
    if (this.rfmUsed) ctes.push(sql`segment_rfm as materialized (${this.rfmSql()})`);
    if (this.leadUsed) ctes.push(sql`segment_lead as materialized (${this.leadSql()})`);
    for (const kind of this.answerKinds) ctes.push(sql`${trusted(`segment_latest_${kind.toLowerCase()}`)} as (${this.latestAnswerSql(kind)})`);
    if (this.touchpointVariants.length > 0) ctes.push(sql`segment_touchpoints as (${this.touchpointsSql()})`);
    if (this.openCasesUsed) ctes.push(sql`segment_open_cases as (${openCasesSql(this.tenantId, this.asOf)})`);
    return ctes.length === 0 ? EMPTY_SQL : sql`with ${joinSql(ctes, ',\n')}`;
  }

  joins(): SqlFragment {
    const joined = (name: string) => trusted(`\n      left join ${name} on ${name}.customer_id = c.id`);
    const joins: SqlFragment[] = [];
    if (this.orderStatsUsed()) joins.push(joined('segment_orders'));
    if (this.rfmUsed) joins.push(joined('segment_rfm'));
    if (this.leadUsed) joins.push(joined('segment_lead'));
    for (const kind of this.answerKinds) joins.push(joined(`segment_latest_${kind.toLowerCase()}`));
    if (this.touchpointVariants.length > 0) joins.push(joined('segment_touchpoints'));
    if (this.openCasesUsed) joins.push(joined('segment_open_cases'));
    return joinSql(joins, '');
  }

  /**
   * Per buyer: completed orders and revenue for each window asked, and the first and last
   * order. All-time figures and dates come from the per-customer totals when there are some;
   * windows of N days are filtered aggregates of one scan of the orders since the oldest
   * window, which the (tenant_id, placed_at) partial index serves.
   */
  private orderStatsSql(): SqlFragment {
    const totals = this.totals;
    if (!totals) return this.scannedOrderStatsSql(this.orderWindows, this.orderDates);
    const columns = this.orderWindows.flatMap((withinDays, index) =>
      withinDays === null
        ? [trusted(`t.lifetime_orders as order_count_${index}, t.lifetime_revenue as revenue_${index}`)]
        : [trusted(`r.order_count_${index}, r.revenue_${index}`)],
    );
    if (this.orderDates) columns.push(trusted('t.first_order_at, t.last_order_at'));
    // Every customer with an order in a window has a lifetime total, so the scan joins the totals.
    const scanned = this.orderWindows.some((withinDays) => withinDays !== null)
      ? sql` left join (${this.scannedOrderStatsSql(this.orderWindows, false)}) r on r.customer_id = t.customer_id`
      : EMPTY_SQL;
    return sql`select t.customer_id, ${joinSql(columns, ', ')} from (${totals}) t${scanned}`;
  }

  /** Order stats from the orders themselves; windows named null are all time. Columns are numbered by position in `windows`. */
  private scannedOrderStatsSql(windows: readonly (number | null)[], dates: boolean): SqlFragment {
    const columns = windows.flatMap((withinDays, index) => {
      if (withinDays === null && this.totals) return [];
      const inWindow = withinDays === null ? trusted('true') : sql`o.placed_at > ${this.daysBeforeAsOf(withinDays)}`;
      return [
        sql`(count(*) filter (where ${inWindow}))::int as ${trusted(`order_count_${index}`)}`,
        sql`sum(o.amount) filter (where ${inWindow}) as ${trusted(`revenue_${index}`)}`,
      ];
    });
    if (dates) columns.push(trusted('min(o.placed_at) as first_order_at, max(o.placed_at) as last_order_at'));
    const scannedWindows = windows.filter((withinDays) => !(withinDays === null && this.totals));
    const everything = dates || scannedWindows.includes(null);
    const oldest = everything ? null : Math.max(...(scannedWindows as number[]));
    const since = oldest === null ? EMPTY_SQL : sql` and o.placed_at > ${this.daysBeforeAsOf(oldest)}`;
    return sql`
      select o.customer_id, ${joinSql(columns, ', ')}
        from "order" o
       where o.tenant_id = ${this.tenantId} and ${trusted(COMPLETED_ORDER)} and o.placed_at <= ${this.asOf}${since}
       group by o.customer_id`;
  }

  /**
   * RFM scores and segment of every buyer as of asOf over the 365-day window, with the tenant's
   * segment map and method. FIXED needs thresholds that settings do not hold, so it scores by
   * QUANTILE, the default.
   */
  private rfmSql(): SqlFragment {
    const method = this.settings.rfmMethod === RfmMethod.FIXED ? RfmMethod.QUANTILE : this.settings.rfmMethod;
    const from = segmentRfmWindowStart(this.asOf);
    const scoring = { tenantId: this.tenantId, asOf: this.asOf, from, to: this.asOf, method, cells: segmentCells(this.settings), totals: this.totals };
    return sql`with ${rfmScoredCtes(scoring)}
      select s.customer_id, map.segment, s.r, s.f, s.m from scored s join segment_map map on map.cell = s.cell`;
  }

  /** Grade and score of every customer (buyers too), with the tenant's rules, half-life and thresholds. */
  private leadSql(): SqlFragment {
    const scoring = {
      tenantId: this.tenantId,
      asOf: this.asOf,
      rules: this.settings.leadScoreRules,
      halfLifeDays: this.settings.leadScoreHalfLifeDays,
      thresholds: this.settings.leadGradeThresholds,
    };
    const everyCustomer = leadScorePageSql(scoring, { conditions: [], narrow: false }, { grade: null, after: null, limit: EVERY_ROW });
    return sql`select scores.customer_id, scores.grade, scores.score::numeric as score from (${everyCustomer}) scores`;
  }

  /** Latest answer per customer; of two at the same instant the lower score counts (as the NPS module does). */
  private latestAnswerSql(kind: 'NPS' | 'CSAT'): SqlFragment {
    return sql`
      select distinct on (f.customer_id) f.customer_id, f.score
        from feedback f
       where f.tenant_id = ${this.tenantId} and f.kind = ${kind}::text and f.score is not null
         and f.customer_id is not null and f.received_at <= ${this.asOf}
       order by f.customer_id, f.received_at desc, f.score`;
  }

  /** Touchpoints per customer for each (window, journey) asked, from one scan. */
  private touchpointsSql(): SqlFragment {
    const columns = this.touchpointVariants.map(({ withinDays, journey }, index) => {
      const inWindow = withinDays === null ? trusted('true') : sql`t.occurred_at > ${this.daysBeforeAsOf(withinDays)}`;
      const ofJourney = journey === null ? trusted('true') : sql`j.key = ${journey}::text`;
      return sql`(count(*) filter (where ${inWindow} and ${ofJourney}))::int as ${trusted(`touchpoints_${index}`)}`;
    });
    const everything = this.touchpointVariants.some((variant) => variant.withinDays === null);
    const oldest = everything ? null : Math.max(...this.touchpointVariants.map((variant) => variant.withinDays as number));
    const since = oldest === null ? EMPTY_SQL : sql` and t.occurred_at > ${this.daysBeforeAsOf(oldest)}`;
    return sql`
      select t.customer_id, ${joinSql(columns, ', ')}
        from touchpoint t
        left join journey j on j.tenant_id = t.tenant_id and j.id = t.journey_id
       where t.tenant_id = ${this.tenantId} and t.occurred_at <= ${this.asOf}${since}
       group by t.customer_id`;
  }
}

/**
 * Open cases per customer at asOf, as the feedback-operations backlog counts them: complaints,
 * suggestions, NPS detractors (0–6) and CSAT 1–2 received by asOf and not resolved by then. A
 * case RESOLVED or CLOSED without a resolution time is never open.
 */
function openCasesSql(tenantId: string, asOf: Date): SqlFragment {
  return sql`
    select f.customer_id, count(*)::int as open_cases
      from feedback f
     where f.tenant_id = ${tenantId} and f.customer_id is not null
       and ${openCaseAtSql(asOf)}
     group by f.customer_id`;
}
