import { NotFoundError, throwIfInvalid } from '../../../common/errors.js';
import { FieldChecker } from '../../../common/validation.js';
import type { RequestContext } from '../../../context.js';
import { analyticsWindow } from '../analytics-request.js';
import { Journey, JourneyStage } from '../../journey/journey.entity.js';
import { MetricWindowInfo } from '../metric/metric.types.js';
import {
  journeyEmotionGroupsSql, journeyFunnelSql, journeyStageFeedbackSql,
  type EmotionGroupRow, type FunnelRow, type StageFeedbackRow,
} from './journey-analytics.query.js';
import {
  JourneyAnalytics, JourneyFunnelStage, JourneyPainPoint, JourneyStageCsat, JourneyStageEmotion, JourneyStageFeedback, JourneyStageNps,
  type JourneyAnalyticsArgs, type JourneyPainPointsArgs,
} from './journey-analytics.types.js';
import { csatFromSummary, npsFromCategories } from '../nps/nps-math.js';

const MAX_PAIN_POINTS = 100;

/** Journey funnel, emotion curve, pain points and feedback by stage (METRICS.md, Journeys). */
export class JourneyAnalyticsService {
  constructor(
    private readonly scope: RequestContext,
  ) {}

  /**
   * Checks the arguments and finds the journey; the parts are computed only when asked for,
   * each in one statement (the emotion curve and the pain points in the same one).
   */
  async analytics(args: JourneyAnalyticsArgs): Promise<JourneyAnalytics> {
    const { journeyId, journeyKey, input } = args;
    const check = new FieldChecker('');
    const hasId = journeyId !== undefined && journeyId !== null;
    const hasKey = journeyKey !== undefined && journeyKey !== null;
    if (hasId && hasKey) check.fail('journeyKey', 'give either journeyId or journeyKey, not both');
    else if (!hasId && !hasKey) check.fail('journeyId', 'give either journeyId or journeyKey');
    else if (hasId) check.uuid('journeyId', journeyId);
    else check.requiredText('journeyKey', journeyKey, 100);
    if (input?.groupBy) check.fail('input.groupBy', 'is not supported by journeyAnalytics: every part is already per stage');
    throwIfInvalid(check.errors);
    const window = await analyticsWindow(this.scope, input);

    const { em, tenantId } = this.scope;
    const journey = await em.findOne(Journey, hasId ? { tenantId, id: journeyId as string } : { tenantId, key: journeyKey as string });
    if (!journey) throw new NotFoundError('Journey', (journeyId ?? journeyKey) as string);
    const stages = await em.find(JourneyStage, { tenantId, journeyId: journey.id }, { orderBy: { position: 'asc' } });
    return Object.assign(new JourneyAnalytics(), {
      scope: { tenantId, journeyId: journey.id, window },
      stages,
      journey,
      window: MetricWindowInfo.of(window),
    });
  }

  async funnel(analytics: JourneyAnalytics): Promise<JourneyFunnelStage[]> {
    const stageIds = analytics.stages.map((stage) => stage.id);
    const rows = await this.scope.sql.query<FunnelRow>(journeyFunnelSql(analytics.scope, stageIds));
    const last = rows.length - 1;
    return rows.map((row, index) => {
      const conversionToNext = index === last || row.customers === 0 ? null : row.converted / row.customers;
      return Object.assign(new JourneyFunnelStage(), {
        stage: stageOf(analytics, row.stage_id),
        customers: row.customers,
        converted: row.converted,
        conversionToNext,
        medianDaysToNext: row.median_days === null ? null : Number(row.median_days),
        reason: funnelReason(index === last, row),
      });
    });
  }

  async emotionCurve(analytics: JourneyAnalytics): Promise<JourneyStageEmotion[]> {
    const groups = await this.emotionGroups(analytics);
    return analytics.stages.map((stage) => {
      const ofStage = groups.filter((group) => group.stage_id === stage.id);
      const n = ofStage.reduce((sum, group) => sum + group.n, 0);
      // Whole sums over whole counts: the mean is the exact quotient, rounded once.
      const total = ofStage.reduce((sum, group) => sum + group.total, 0);
      return Object.assign(new JourneyStageEmotion(), {
        stage,
        n,
        meanEmotion: n === 0 ? null : total / n,
        reason: n === 0 ? 'no touchpoints with an emotion in this stage in the window' : null,
      });
    });
  }

  async painPoints(analytics: JourneyAnalytics, args: JourneyPainPointsArgs): Promise<JourneyPainPoint[]> {
    const limit = args.limit ?? 5;
    const minN = args.minN ?? 5;
    const check = new FieldChecker('');
    check.integer('limit', limit, 1, MAX_PAIN_POINTS);
    check.integer('minN', minN, 1, 1_000_000_000);
    throwIfInvalid(check.errors);
    // The groups come lowest mean first, ties broken in SQL (the database's collation orders actions).
    const rows = (await this.emotionGroups(analytics)).filter((group) => group.n >= minN).slice(0, limit);
    return rows.map((row) =>
      Object.assign(new JourneyPainPoint(), {
        stage: stageOf(analytics, row.stage_id),
        channel: row.channel,
        action: row.action,
        n: row.n,
        meanEmotion: Number(row.mean),
      }),
    );
  }

  /**
   * The emotion groups behind both the emotion curve and the pain points, read once per
   * request however many of those fields (or aliases of them) the query asks for.
   */
  private emotionGroups(analytics: JourneyAnalytics): Promise<EmotionGroupRow[]> {
    analytics.emotionGroups ??= this.scope.sql.query<EmotionGroupRow>(journeyEmotionGroupsSql(analytics.scope));
    return analytics.emotionGroups;
  }

  async feedbackByStage(analytics: JourneyAnalytics, lowSampleThreshold: number): Promise<JourneyStageFeedback[]> {
    const rows = await this.scope.sql.query<StageFeedbackRow>(journeyStageFeedbackSql(analytics.scope));
    return rows.map((row) =>
      Object.assign(new JourneyStageFeedback(), {
        stage: stageOf(analytics, row.stage_id),
        nps: Object.assign(new JourneyStageNps(), npsFromCategories(row, lowSampleThreshold, 'no NPS answers linked to this stage in the window')),
        csat: stageCsat(row, lowSampleThreshold),
      }),
    );
  }

}

function stageCsat(row: StageFeedbackRow, lowSampleThreshold: number): JourneyStageCsat {
  const summary = { n: row.csat_n, satisfied: row.csat_satisfied, mean: row.csat_mean === null ? null : Number(row.csat_mean) };
  const figures = csatFromSummary(summary, lowSampleThreshold, 'no CSAT answers linked to this stage in the window');
  return Object.assign(new JourneyStageCsat(), { ...figures, percentSatisfied: figures.satisfiedShare });
}

function stageOf(analytics: JourneyAnalytics, stageId: string): JourneyStage {
  // The statements read the stages in the same transaction as the lookup, so every id is known.
  return analytics.stages.find((stage) => stage.id === stageId) as JourneyStage;
}

function funnelReason(isLast: boolean, row: FunnelRow): string | null {
  if (isLast) return 'last stage of the journey: there is no next stage';
  if (row.customers === 0) return 'no customers with a touchpoint in this stage in the window';
  if (row.converted === 0) return 'no customer reached the next stage after this one in the window';
  return null;
}
