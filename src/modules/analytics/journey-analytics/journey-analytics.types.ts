import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Journey, JourneyStage } from '../../journey/journey.entity.js';
import { MetricInput } from '../metric/metric.input.js';
import { MetricWindowInfo } from '../metric/metric.types.js';
import type { EmotionGroupRow, JourneyScope } from './journey-analytics.query.js';

@ArgsType()
export class JourneyAnalyticsArgs {
  @Field(() => ID, { nullable: true, description: 'The journey by id; give this or journeyKey, not both.' })
  journeyId?: string | null;

  @Field(() => String, { nullable: true, description: 'The journey by key; give this or journeyId, not both.' })
  journeyKey?: string | null;

  @Field(() => MetricInput, { nullable: true, description: 'Window, asOf and filter (regions, tagKeys, channels, rfmSegments); groupBy is not supported.' })
  input?: MetricInput | null;
}

@ArgsType()
export class JourneyPainPointsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'How many combinations to return, 1 to 100.' })
  limit?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'Least number of touchpoints with an emotion a combination needs, at least 1.' })
  minN?: number | null;
}

@ObjectType({ description: 'One stage of the journey funnel.' })
export class JourneyFunnelStage {
  @Field(() => JourneyStage)
  stage!: JourneyStage;

  @Field(() => Int, { description: 'Distinct customers with a touchpoint in this stage in the window.' })
  customers!: number;

  @Field(() => Int, { description: 'Of those, customers whose first touchpoint in the next stage comes after their first in this one (within the window).' })
  converted!: number;

  @Field(() => Float, { nullable: true, description: 'conversionToNext = converted / customers; null for the last stage or without customers.' })
  conversionToNext!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median (percentile_cont 0.5) over converted customers of (first touchpoint in the next stage after their first here − first here), in days.' })
  medianDaysToNext!: number | null;

  @Field(() => String, { nullable: true, description: 'Why conversionToNext or medianDaysToNext is null, when one is.' })
  reason!: string | null;
}

@ObjectType({ description: 'Mean emotion of one journey stage.' })
export class JourneyStageEmotion {
  @Field(() => JourneyStage)
  stage!: JourneyStage;

  @Field(() => Int, { description: 'Touchpoints in this stage in the window that carry an emotion.' })
  n!: number;

  @Field(() => Float, { nullable: true, description: 'Mean emotion = Σ emotion / n, from −2 to 2; null when n = 0.' })
  meanEmotion!: number | null;

  @Field(() => String, { nullable: true, description: 'Why meanEmotion is null, when it is.' })
  reason!: string | null;
}

@ObjectType({ description: 'A stage × channel × action combination with a low mean emotion.' })
export class JourneyPainPoint {
  @Field(() => JourneyStage)
  stage!: JourneyStage;

  @Field(() => String, { nullable: true, description: 'Channel of the touchpoints; null when not recorded.' })
  channel!: string | null;

  @Field()
  action!: string;

  @Field(() => Int, { description: 'Touchpoints of the combination in the window that carry an emotion.' })
  n!: number;

  @Field(() => Float, { description: 'Mean emotion = Σ emotion / n, from −2 to 2.' })
  meanEmotion!: number;
}

@ObjectType({ description: 'NPS of the answers linked to one stage.' })
export class JourneyStageNps {
  @Field(() => Int, { description: 'NPS answers (score 0..10) linked to the stage, received in the window.' })
  n!: number;

  @Field(() => Int, { description: 'Answers of 9 or 10.' })
  promoters!: number;

  @Field(() => Int, { description: 'Answers of 7 or 8.' })
  passives!: number;

  @Field(() => Int, { description: 'Answers of 0 to 6.' })
  detractors!: number;

  @Field(() => Float, { nullable: true, description: 'NPS = 100 × (P − D), P and D the shares of promoters and detractors; null when n = 0.' })
  nps!: number | null;

  @Field(() => Float, { nullable: true, description: 'Margin of error (95%) = 100 × 1.96 × sqrt((P + D − (P − D)²) / n).' })
  marginOfError!: number | null;

  @Field({ description: "n < the tenant's lowSampleThreshold." })
  lowSample!: boolean;

  @Field(() => String, { nullable: true, description: 'Why nps is null, when it is.' })
  reason!: string | null;
}

@ObjectType({ description: 'CSAT of the answers linked to one stage.' })
export class JourneyStageCsat {
  @Field(() => Int, { description: 'CSAT answers (score 1..5) linked to the stage, received in the window.' })
  n!: number;

  @Field(() => Int, { description: 'Answers of 4 or 5.' })
  satisfied!: number;

  @Field(() => Float, { nullable: true, description: '% satisfied = 100 × satisfied / n; null when n = 0.' })
  percentSatisfied!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score = Σ score / n.' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Margin of error (95%) = 100 × 1.96 × sqrt(p(1 − p) / n), p = satisfied / n.' })
  marginOfError!: number | null;

  @Field({ description: "n < the tenant's lowSampleThreshold." })
  lowSample!: boolean;

  @Field(() => String, { nullable: true, description: 'Why percentSatisfied is null, when it is.' })
  reason!: string | null;
}

@ObjectType({ description: 'NPS and CSAT of the answers linked to one journey stage (feedback.stageId).' })
export class JourneyStageFeedback {
  @Field(() => JourneyStage)
  stage!: JourneyStage;

  @Field(() => JourneyStageNps)
  nps!: JourneyStageNps;

  @Field(() => JourneyStageCsat)
  csat!: JourneyStageCsat;
}

@ObjectType({ description: 'Funnel, emotion curve, pain points and feedback of one journey over a window (METRICS.md, Journeys).' })
export class JourneyAnalytics {
  /** What the part resolvers compute from: tenant, journey and the resolved window. */
  scope!: JourneyScope;

  /** The journey's stages in position order. */
  stages!: JourneyStage[];

  /** Set by the first part that needs the emotion groups (the emotion curve, the pain points). */
  emotionGroups?: Promise<EmotionGroupRow[]>;

  @Field(() => Journey)
  journey!: Journey;

  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;
}
