import { badInput } from '../../../common/errors.js';
import type { RequestContext } from '../../../context.js';
import { analyticsOf, analyticsWindow } from '../analytics-request.js';
import { DEFAULT_SEGMENT_MAP, segmentNames } from '../rfm/rfm-segment-map.js';
import type { MetricInput } from '../metric/metric.input.js';
import { MetricWindowInfo, PeriodComparison } from '../metric/metric.types.js';
import { assembleSeries, ratio, type Series, type SeriesRow } from '../metric/metric-series.js';
import { CES_SCALE, cesFigures, CSAT_SCALE, csatFigures, emptyCounts, NPS_SCALE, npsFigures, type ScoreCounts, type SurveyScale } from './nps-math.js';
import { NpsCategory } from './nps.enums.js';
import { rfmByNpsCategorySql, surveySeriesSql, surveyTotalsSql } from './nps.query.js';
import {
  CesGroup,
  CesPoint,
  CesResult,
  CesSummary,
  CsatGroup,
  CsatPoint,
  CsatResult,
  CsatSummary,
  NpsGroup,
  NpsPoint,
  NpsResult,
  NpsSummary,
  RfmNpsCell,
} from './nps.types.js';

/** `totalAsked`: the request asks for `total`, so its statement is sent with the series one. */
export interface SurveyOptions {
  totalAsked?: boolean;
}

type FiguresOf<F> = (counts: ScoreCounts, lowSampleThreshold: number, emptyReason: string) => F;

// A type, not an interface: countsOf takes any row as a Record.
type TotalsRow = { is_current: boolean; counts: number[] };

interface SurveyFigures<F> {
  window: MetricWindowInfo;
  series: Series<F & { start: Date; end: Date }>[];
  groups: (F & { group: string | null })[];
  /** The window and the previous period: a second scan, run only when `total` is asked for. */
  totals: () => Promise<{ total: F; previous: F }>;
}

const CATEGORY_ORDER = [NpsCategory.PROMOTER, NpsCategory.PASSIVE, NpsCategory.DETRACTOR, NpsCategory.NONE];

/** NPS, CSAT and CES (METRICS.md "NPS", "CSAT and CES") and the RFM × NPS category cross. */
export class NpsService {
  constructor(
    private readonly scope: RequestContext,
    private readonly lowSampleThreshold: number,
  ) {}

  async nps(input: MetricInput | null | undefined, options: SurveyOptions = {}): Promise<NpsResult> {
    const survey = await this.survey(input, NPS_SCALE, npsFigures, options);
    const result = Object.assign(new NpsResult(), {
      window: survey.window,
      series: survey.series.map(({ group, points }) => ({ group, points: points.map((point) => Object.assign(new NpsPoint(), point)) })),
      groups: survey.groups.map((group) => Object.assign(new NpsGroup(), group)),
    });
    return withLazyTotal(result, survey, ({ total, previous }) => Object.assign(new NpsSummary(), { ...total, previous: PeriodComparison.of(total.nps, previous.nps) }));
  }

  async csat(input: MetricInput | null | undefined, options: SurveyOptions = {}): Promise<CsatResult> {
    const survey = await this.survey(input, CSAT_SCALE, csatFigures, options);
    const result = Object.assign(new CsatResult(), {
      window: survey.window,
      series: survey.series.map(({ group, points }) => ({ group, points: points.map((point) => Object.assign(new CsatPoint(), point)) })),
      groups: survey.groups.map((group) => Object.assign(new CsatGroup(), group)),
    });
    return withLazyTotal(result, survey, ({ total, previous }) =>
      Object.assign(new CsatSummary(), { ...total, previous: PeriodComparison.of(total.satisfiedShare, previous.satisfiedShare) }),
    );
  }

  async ces(input: MetricInput | null | undefined, options: SurveyOptions = {}): Promise<CesResult> {
    const survey = await this.survey(input, CES_SCALE, cesFigures, options);
    const result = Object.assign(new CesResult(), {
      window: survey.window,
      series: survey.series.map(({ group, points }) => ({ group, points: points.map((point) => Object.assign(new CesPoint(), point)) })),
      groups: survey.groups.map((group) => Object.assign(new CesGroup(), group)),
    });
    return withLazyTotal(result, survey, ({ total, previous }) => Object.assign(new CesSummary(), { ...total, previous: PeriodComparison.of(total.mean, previous.mean) }));
  }

  /**
   * Every (segment, category) cell of the tenant's segment map, empty cells included, so a
   * client can draw the grid without filling gaps.
   */
  async rfmSegmentsByNpsCategory(input: MetricInput | null | undefined): Promise<RfmNpsCell[]> {
    const window = await analyticsWindow(this.scope, input, { withRfm: true });
    if (window.groupBy) throw badInput('input.groupBy', 'does not apply: the result is already broken down by RFM segment and NPS category');
    const rows = await this.scope.sql.query<{ segment: string; nps_category: NpsCategory; customers: number }>(rfmByNpsCategorySql(this.scope.tenantId, window));
    const counts = new Map(rows.map((row) => [`${row.segment}/${row.nps_category}`, row.customers]));
    const segmentSizes = new Map<string, number>();
    for (const row of rows) segmentSizes.set(row.segment, (segmentSizes.get(row.segment) ?? 0) + row.customers);
    const segments = segmentNames(analyticsOf(this.scope).settings.rfmSegmentMap ?? DEFAULT_SEGMENT_MAP);
    return segments.flatMap((segment) =>
      CATEGORY_ORDER.map((npsCategory) => {
        const customers = counts.get(`${segment}/${npsCategory}`) ?? 0;
        return Object.assign(new RfmNpsCell(), { segment, npsCategory, customers, share: ratio(customers, segmentSizes.get(segment) ?? 0) });
      }),
    );
  }

  /**
   * The figures of one survey kind per bucket and group, per group, for the window and for the
   * previous period. Score counts add up, so a group's window figures are the sum of its buckets
   * rather than another scan (which, by RFM segment, would score every buyer again); the window
   * and previous-period totals are a second statement, run only if the request asks for them.
   */
  private async survey<F>(input: MetricInput | null | undefined, scale: SurveyScale, figuresOf: FiguresOf<F>, options: SurveyOptions): Promise<SurveyFigures<F>> {
    const window = await analyticsWindow(this.scope, input);
    const { tenantId, sql } = this.scope;
    const seriesQuery = sql.query<SeriesRow>(surveySeriesSql(tenantId, window, scale));
    // Asked for with the series, the totals statement is queued right behind it: the connection
    // runs it as soon as the series is done, while the series rows are assembled here, instead
    // of after GraphQL has reached \`total\`. If the series fails, so does this (the transaction
    // is aborted) and the series' error is the one reported.
    const totalsQuery = options.totalAsked ? sql.query<TotalsRow>(surveyTotalsSql(tenantId, window, scale)) : undefined;
    totalsQuery?.catch(() => undefined);
    const seriesRows = await seriesQuery;
    const countsOf = (row: Record<string, unknown> | undefined): number[] => (Array.isArray(row?.counts) ? row.counts.map(Number) : emptyCounts(scale));
    const figures = (counts: ScoreCounts, where: string) => figuresOf(counts, this.lowSampleThreshold, `no ${scale.kind} answers ${where}`);
    const groupCounts = new Map<string | null, number[]>();
    if (window.groupBy) {
      for (const row of seriesRows) {
        if (!row.has_data) continue;
        const sum = groupCounts.get(row.group_key) ?? emptyCounts(scale);
        countsOf(row).forEach((count, index) => (sum[index] += count));
        groupCounts.set(row.group_key, sum);
      }
    }
    return {
      window: MetricWindowInfo.of(window),
      series: assembleSeries(seriesRows, window, (start, end, row) => ({ start, end, ...figures(countsOf(row), 'in this bucket') })),
      groups: [...groupCounts.keys()].sort(compareGroups).map((group) => ({ group, ...figures(groupCounts.get(group) as number[], 'in this group') })),
      totals: async () => {
        const totalRows = await (totalsQuery ?? sql.query<TotalsRow>(surveyTotalsSql(tenantId, window, scale)));
        return {
          total: figures(countsOf(totalRows.find((row) => row.is_current)), 'in the window'),
          previous: figures(countsOf(totalRows.find((row) => !row.is_current)), 'in the previous period'),
        };
      },
    };
  }
}

/**
 * Gives `result` a `total` that runs the totals statement when GraphQL first reads it (a
 * dashboard asking only for the series no longer pays a second scan of two periods' answers).
 *
 * The getter is shared and reads a plain object the result holds. V8 keeps a function made per
 * request until a full collection when it is a property of a class instance (or its accessor):
 * with the total's function on the result, every CES request's objects survived each scavenge,
 * about 5 MB a collection (docs/BENCHMARKS.md).
 */
function withLazyTotal<R extends object, F, S>(result: R, survey: SurveyFigures<F>, summaryOf: (totals: { total: F; previous: F }) => S): R {
  const lazy: LazyTotal = { survey: survey as SurveyFigures<unknown>, summaryOf: summaryOf as LazyTotal['summaryOf'], summary: undefined };
  (result as WithLazyTotal)[LAZY_TOTAL] = lazy;
  Object.defineProperty(result, 'total', LAZY_TOTAL_PROPERTY);
  return result;
}

const LAZY_TOTAL = Symbol('cxgraph.lazyTotal');
interface LazyTotal {
  survey: SurveyFigures<unknown>;
  summaryOf: (totals: { total: unknown; previous: unknown }) => unknown;
  summary: Promise<unknown> | undefined;
}
type WithLazyTotal = { [LAZY_TOTAL]: LazyTotal };

// One getter for every result, reading the result's own state (see withLazyTotal).
const LAZY_TOTAL_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: WithLazyTotal) {
    const lazy = this[LAZY_TOTAL];
    return (lazy.summary ??= lazy.survey.totals().then(lazy.summaryOf));
  },
};

// The order of assembleSeries: named groups ascending, the "not recorded" group (null) last.
function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
