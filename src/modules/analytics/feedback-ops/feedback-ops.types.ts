import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MetricWindowInfo, PeriodComparison, SeriesPoint, seriesType } from '../metric/metric.types.js';

type AbstractClass = abstract new (...args: any[]) => object;

/**
 * The service-loop figures, shared by series points (which extend SeriesPoint), the window
 * totals and the per-group totals; a mixin so every one of them has the same fields and
 * descriptions without three copies.
 */
function withServiceLoopFigures<Base extends AbstractClass>(base: Base, name: string) {
  // Decorated so type-graphql carries the fields down to the subclass; never referenced, so not emitted.
  @ObjectType(name)
  abstract class ServiceLoopFigures extends base {
    @Field(() => Int, { description: 'Cases received: COMPLAINT and SUGGESTION entries, NPS answers 0–6 (detractors) and CSAT answers 1–2.' })
    received!: number;

    @Field(() => Int, { description: 'Cases with a first response at or before asOf (a resolution without a recorded first response counts as the response).' })
    answered!: number;

    @Field(() => Int, { description: 'open = received − answered: cases without a response as of asOf (they are left out of the response times, never counted as zero).' })
    open!: number;

    @Field(() => Float, { nullable: true, description: 'Median of (first response − received) in hours over answered cases (percentile_cont 0.5).' })
    firstResponseMedianHours!: number | null;

    @Field(() => Float, { nullable: true, description: 'p90 of (first response − received) in hours over answered cases (percentile_cont 0.9, linear interpolation).' })
    firstResponseP90Hours!: number | null;

    @Field(() => Int, { description: 'Cases answered within their target (received + complaintSlaHours for COMPLAINT/SUGGESTION, + detractorSlaHours for NPS/CSAT follow-up).' })
    slaMet!: number;

    @Field(() => Int, { description: 'Cases the SLA is judged on: answered by asOf, or unanswered with the target passed by asOf (missed); unanswered cases still within their target at asOf are left out.' })
    slaDue!: number;

    @Field(() => Float, { nullable: true, description: 'SLA attainment = slaMet / slaDue.' })
    slaAttainment!: number | null;

    @Field(() => Int, { description: 'Cases with resolvedAt at or before asOf.' })
    resolved!: number;

    @Field(() => Float, { nullable: true, description: 'Resolution rate = resolved / received.' })
    resolutionRate!: number | null;

    @Field(() => Float, { nullable: true, description: 'Median of (resolved − received) in hours over resolved cases (percentile_cont 0.5).' })
    timeToResolveMedianHours!: number | null;

    @Field(() => Int, {
      nullable: true,
      description:
        'Open backlog: cases received at any time up to the instant, not resolved by it (resolvedAt after it counts as not yet) and not RESOLVED/CLOSED without a resolvedAt. ' +
        'Totals and groups: at asOf; a series point: at the end of its bucket, or at asOf for the bucket holding it; null for buckets starting after asOf.',
    })
    openBacklog!: number | null;

    @Field(() => Int, { description: 'Followed-up cases: followUpResult SATISFIED, NOT_SATISFIED or NO_REPLY, unless the recorded response came after asOf.' })
    followedUp!: number;

    @Field(() => Float, { nullable: true, description: 'Follow-up satisfaction = SATISFIED / followedUp; NO_REPLY stays in the denominator (followed up, satisfaction not reported).' })
    followUpSatisfaction!: number | null;

    @Field(() => Int, { description: 'NPS detractors (score 0–6) among the cases.' })
    detractors!: number;

    @Field(() => Int, { description: 'Detractors the closed-loop rate is judged on: contacted by asOf, or with the detractor target passed by asOf.' })
    detractorsDue!: number;

    @Field(() => Float, { nullable: true, description: 'Closed-loop rate = detractors first contacted within detractorSlaHours / detractorsDue.' })
    closedLoopRate!: number | null;
  }
  return ServiceLoopFigures;
}

@ObjectType('ServiceLoopSample')
abstract class ServiceLoopSample {
  @Field(() => Int, { description: 'Sample size: cases received.' })
  n!: number;

  @Field(() => String, { nullable: true, description: 'Why values are null, when some are.' })
  reason!: string | null;
}

@ObjectType({ description: 'Service-loop figures of the cases received in one bucket; n = received.' })
export class FeedbackOperationsPoint extends withServiceLoopFigures(SeriesPoint, 'FeedbackOperationsPointFigures') {}

export const FeedbackOperationsSeries = seriesType(FeedbackOperationsPoint, 'FeedbackOperations');

@ObjectType({ description: 'Service-loop figures of the cases received in the window with one value of the groupBy dimension.' })
export class FeedbackOperationsGroup extends withServiceLoopFigures(ServiceLoopSample, 'FeedbackOperationsGroupFigures') {
  @Field(() => String, { nullable: true, description: 'Value of the groupBy dimension; null when not recorded.' })
  group!: string | null;
}

@ObjectType({ description: 'Service-loop figures of all cases received in the window (filter applied, no breakdown).' })
export class FeedbackOperationsTotals extends withServiceLoopFigures(ServiceLoopSample, 'FeedbackOperationsTotalFigures') {
  @Field(() => PeriodComparison, { description: 'SLA attainment against the previous period of equal length (its cases judged as of the same asOf).' })
  previous!: PeriodComparison;
}

@ObjectType({ description: 'Feedback operations (the service loop) over cases received in [from, min(to, asOf)).' })
export class FeedbackOperationsResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => Float, { description: 'First-response target used for COMPLAINT and SUGGESTION cases, hours (tenant setting).' })
  complaintSlaHours!: number;

  @Field(() => Float, { description: 'First-response target used for detractor and low-CSAT follow-up, hours (tenant setting).' })
  detractorSlaHours!: number;

  @Field(() => FeedbackOperationsTotals)
  total!: FeedbackOperationsTotals;

  @Field(() => [FeedbackOperationsSeries], { description: 'One series per group (one without groupBy), a point per bucket, no gaps.' })
  series!: InstanceType<typeof FeedbackOperationsSeries>[];

  @Field(() => [FeedbackOperationsGroup], { description: 'Whole-window figures per value of groupBy (named groups first, not recorded last); empty without groupBy.' })
  groups!: FeedbackOperationsGroup[];
}
