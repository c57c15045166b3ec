import { badInput, type FieldError, throwIfInvalid } from '../../../common/errors.js';
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from '../../../common/pagination.js';
import type { TenantScope } from '../../../context.js';
import { resolveMetricWindow } from '../metric/metric-window.js';
import { effectiveSettings, segmentCells, type AnalyticsSettings } from '../settings/analytics-settings.js';
import { compileSegmentMap, DEFAULT_SEGMENT_MAP, segmentNames, type RfmSegmentRule } from './rfm-segment-map.js';
import { RfmMethod } from './rfm.enums.js';
import type { SqlFragment } from '../../../common/sql-fragment.js';
import type { CustomerTotalsService } from '../customer-totals/customer-totals.service.js';
import { RfmScoreCache } from './rfm-score-cache.service.js';
import { rfmRankedSummarySql } from './rfm-ranked-summary.query.js';
import { rfmMembershipSql, rfmScoresPageSql, rfmSummarySql, rfmTransitionsSql, type RfmScoring } from './rfm.query.js';
import {
  RfmGridCell, RfmResult, RfmScore, RfmSegmentSummary, RfmThresholds, RfmTransition,
  type RfmCustomersArgs, type RfmInput, type RfmSummary, type RfmTransitionsArgs,
} from './rfm.types.js';

const DAY_MS = 86_400_000;

interface SummaryRow {
  kind: 'segment' | 'cell' | 'edges';
  segment: string | null;
  r: number | null;
  f: number | null;
  customers: number;
  revenue: string | null;
  mean_recency: number | null;
  mean_frequency: number | null;
  mean_monetary: number | null;
  recency_edges: number[] | null;
  frequency_edges: number[] | null;
  monetary_edges: number[] | null;
}

interface ScoreRow {
  customer_id: string;
  external_id: string;
  recency: number;
  frequency: number;
  monetary: string;
  r: number;
  f: number;
  m: number;
  segment: string;
}

/** RFM scores, segments, grid and transitions (METRICS.md, RFM), computed in PostgreSQL. */
export class RfmService {
  private readonly settings: AnalyticsSettings;
  private readonly cache: RfmScoreCache;

  constructor(
    private readonly scope: TenantScope,
    tenantSettings: Record<string, unknown>,
    private readonly timeZone: string,
    private readonly totals: CustomerTotalsService,
  ) {
    this.settings = effectiveSettings(tenantSettings.analytics);
    this.cache = new RfmScoreCache(scope);
  }

  /** The scoring an input asks for, with the tenant's defaults; refuses bad input by field. */
  scoringFor(input: RfmInput | null | undefined, path = 'input'): { scoring: RfmScoring; map: RfmSegmentRule[] } {
    const value = input ?? {};
    const now = new Date();
    const window = resolveMetricWindow({ asOf: value.asOf, from: value.from, to: value.to }, this.timeZone, now, path);
    const method = value.method ?? this.settings.rfmMethod;
    const errors: FieldError[] = [];
    if (method === RfmMethod.FIXED && !value.thresholds) errors.push({ field: `${path}.thresholds`, message: 'is required with method FIXED' });
    if (method !== RfmMethod.FIXED && value.thresholds) errors.push({ field: `${path}.thresholds`, message: 'is only used with method FIXED' });
    if (value.thresholds) {
      for (const measure of ['recency', 'frequency', 'monetary'] as const) {
        const edges = value.thresholds[measure];
        const ascending = edges.every((edge, index) => index === 0 || edge > edges[index - 1]);
        if (edges.length !== 4 || !ascending || edges.some((edge) => !Number.isFinite(edge))) {
          errors.push({ field: `${path}.thresholds.${measure}`, message: 'must be four strictly ascending numbers' });
        }
      }
    }
    let map = this.settings.rfmSegmentMap ?? DEFAULT_SEGMENT_MAP;
    let cells = segmentCells(this.settings);
    if (value.segmentMap) {
      const compiled = compileSegmentMap(value.segmentMap, `${path}.segmentMap`);
      errors.push(...compiled.errors);
      map = value.segmentMap;
      cells = compiled.cells;
    }
    throwIfInvalid(errors);
    const scoring: RfmScoring = {
      tenantId: this.scope.tenantId,
      asOf: window.asOf,
      from: window.from,
      to: window.dataEnd,
      method,
      fixed: value.thresholds ?? undefined,
      cells,
      // "Now" is a new instant every time, and a future asOf would be marked stale by every new order.
      cacheable: value.asOf != null && window.asOf.getTime() <= now.getTime(),
    };
    return { scoring, map };
  }

  /**
   * The scoring ready to run: read from a kept entry when it is cacheable (written first if
   * need be), else with the per-customer totals of its window attached when a base can serve
   * it, so the buyers are measured from one row each instead of from every order.
   */
  private async prepared(scoring: RfmScoring): Promise<RfmScoring> {
    const measured = async () => {
      const window = { asOf: scoring.asOf, from: scoring.from, dataEnd: scoring.to };
      return { ...scoring, totals: await this.totals.totalsSql(window), base: await this.totals.keptBase(window) };
    };
    const cachedEntryId = await this.cache.entryFor(scoring, measured);
    return cachedEntryId ? { ...scoring, cachedEntryId } : measured();
  }

  /** Validates the input now; the summary statement runs only when a summary field is asked for. */
  summary(input: RfmInput | null | undefined): RfmResult {
    const { scoring, map } = this.scoringFor(input);
    const result = new RfmResult();
    Object.assign(result, {
      scoring,
      asOf: scoring.asOf,
      from: scoring.from,
      to: scoring.to,
      method: scoring.method,
      segmentMap: map,
      loadSummary: () => this.loadSummary(scoring, map),
    });
    return result;
  }

  private async loadSummary(scoring: RfmScoring, map: RfmSegmentRule[]): Promise<RfmSummary> {
    const rows = await this.summaryRows(await this.prepared(scoring));
    const edges = rows.find((row) => row.kind === 'edges') as SummaryRow;
    const customerCount = edges.customers;
    const revenue = Number(edges.revenue ?? 0);
    const bySegment = new Map(rows.filter((row) => row.kind === 'segment').map((row) => [row.segment, row]));
    const byCell = new Map(rows.filter((row) => row.kind === 'cell').map((row) => [`${row.r}:${row.f}`, row.customers]));
    return {
      customerCount,
      revenue: edges.revenue ?? '0',
      reason: customerCount === 0 ? 'no customer has a completed order in the window' : null,
      thresholds: customerCount === 0 ? null : Object.assign(new RfmThresholds(), {
        recency: edges.recency_edges ?? [],
        frequency: edges.frequency_edges ?? [],
        monetary: edges.monetary_edges ?? [],
      }),
      segments: segmentNames(map).map((segment) => segmentSummary(segment, bySegment.get(segment), customerCount, revenue)),
      grid: [1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].map((f) => Object.assign(new RfmGridCell(), { r, f, customers: byCell.get(`${r}:${f}`) ?? 0 }))),
    };
  }

  /**
   * Quantile scores from a base are summarized from its buyers' places, without sorting every
   * buyer (rfm-ranked-summary.query.ts), unless the base has none (only today's has) or an order
   * write has made them unusable since (the statement says so, and every buyer is sorted).
   */
  private async summaryRows(scoring: RfmScoring): Promise<SummaryRow[]> {
    if (!scoring.cachedEntryId && scoring.method === RfmMethod.QUANTILE && scoring.base?.ranked) {
      const rows = await this.scope.sql.query<SummaryRow & { ranked: boolean }>(rfmRankedSummarySql(scoring, scoring.base));
      if (rows[0]?.ranked) return rows;
    }
    return this.scope.sql.query<SummaryRow>(rfmSummarySql(scoring));
  }

  /**
   * (customer_id, segment) of every buyer as of asOf with the tenant's scoring: for breakdowns
   * and filters. `asOfGiven`: the caller named asOf (else it is now, and never kept).
   */
  async membershipSql(asOf: Date, asOfGiven: boolean): Promise<SqlFragment> {
    const { scoring } = this.scoringFor({ asOf }, 'input.asOf');
    if (!asOfGiven) scoring.cacheable = false;
    return rfmMembershipSql(await this.prepared(scoring));
  }

  async customersPage(result: RfmResult, args: RfmCustomersArgs): Promise<ConnectionShape<RfmScore>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, 'rfm');
    const rows = await this.scope.sql.query<ScoreRow>(
      rfmScoresPageSql(await this.prepared(result.scoring), { segments: args.segments, afterExternalId: after ? String(after.value) : null, limit: first + 1 }),
    );
    // The total comes from the summary, so only a query asking for totalCount runs it.
    const total = async () => {
      const summary = await result.summary();
      return args.segments
        ? summary.segments.filter((segment) => args.segments?.includes(segment.segment)).reduce((sum, segment) => sum + segment.customers, 0)
        : summary.customerCount;
    };
    return toConnection(rows.map(toScore), first, Boolean(after), (score) => encodeCursor('rfm', score.externalId, score.customerId), total);
  }

  /** Scores of some customers as of a date (the whole base is scored; only theirs come back). */
  async scoresOf(customerIds: readonly string[], asOf: Date | null | undefined): Promise<Map<string, RfmScore>> {
    const { scoring } = this.scoringFor({ asOf }, 'asOf');
    const rows = await this.scope.sql.query<ScoreRow>(rfmScoresPageSql(await this.prepared(scoring), { customerIds: [...customerIds], limit: customerIds.length }));
    return new Map(rows.map((row) => [row.customer_id, toScore(row)]));
  }

  async transitions(args: RfmTransitionsArgs): Promise<RfmTransition[]> {
    const days = args.windowDays ?? 365;
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw badInput('windowDays', 'must be a whole number from 1 to 3650');
    if (args.fromAsOf.getTime() >= args.toAsOf.getTime()) throw badInput('fromAsOf', 'must be before toAsOf');
    const scoringAt = (asOf: Date, field: string) =>
      this.scoringFor({ asOf, from: new Date(asOf.getTime() - days * DAY_MS), method: args.method }, field).scoring;
    const first = await this.prepared(scoringAt(args.fromAsOf, 'fromAsOf'));
    const second = await this.prepared(scoringAt(args.toAsOf, 'toAsOf'));
    const rows = await this.scope.sql.query<{ from_segment: string; to_segment: string; customers: number }>(rfmTransitionsSql(first, second));
    return rows.map((row) => Object.assign(new RfmTransition(), { fromSegment: row.from_segment, toSegment: row.to_segment, customers: row.customers }));
  }
}

function segmentSummary(segment: string, row: SummaryRow | undefined, customerCount: number, revenue: number): RfmSegmentSummary {
  const customers = row?.customers ?? 0;
  const segmentRevenue = row?.revenue ?? '0';
  return Object.assign(new RfmSegmentSummary(), {
    segment,
    customers,
    customerShare: customerCount === 0 ? null : customers / customerCount,
    revenue: segmentRevenue,
    revenueShare: revenue === 0 ? null : Number(segmentRevenue) / revenue,
    meanRecency: row?.mean_recency ?? null,
    meanFrequency: row?.mean_frequency ?? null,
    meanMonetary: row?.mean_monetary ?? null,
  });
}

function toScore(row: ScoreRow): RfmScore {
  return Object.assign(new RfmScore(), {
    customerId: row.customer_id,
    externalId: row.external_id,
    recency: row.recency,
    frequency: row.frequency,
    monetary: row.monetary,
    r: row.r,
    f: row.f,
    m: row.m,
    segment: row.segment,
  });
}
