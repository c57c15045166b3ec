import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { RfmMethod } from '../rfm/rfm.enums.js';
import { RfmSegmentRuleInput, RfmSegmentRuleType } from '../rfm/rfm.types.js';
import { LeadScoreRuleKey } from './lead-score-rules.js';

@ObjectType('LeadScoreRule', { description: 'Points a lead-score rule gives, and the most it may give in total.' })
export class LeadScoreRuleType {
  @Field(() => LeadScoreRuleKey)
  rule!: LeadScoreRuleKey;

  @Field(() => Float, { description: 'Points per match (behaviour: per event, before decay).' })
  points!: number;

  @Field(() => Float, { nullable: true, description: 'Cap on the total points of the rule; null = none.' })
  cap!: number | null;
}

@InputType()
export class LeadScoreRuleInput {
  @Field(() => LeadScoreRuleKey)
  rule!: LeadScoreRuleKey;

  @Field(() => Float)
  points!: number;

  @Field(() => Float, { nullable: true, description: 'Null or omitted: no cap.' })
  cap?: number | null;
}

@ObjectType('LeadGradeThresholds', { description: 'Lowest score of grades A, B and C; below C is D.' })
export class LeadGradeThresholdsType {
  @Field(() => Float)
  a!: number;

  @Field(() => Float)
  b!: number;

  @Field(() => Float)
  c!: number;
}

@InputType()
export class LeadGradeThresholdsInput {
  @Field(() => Float)
  a!: number;

  @Field(() => Float)
  b!: number;

  @Field(() => Float)
  c!: number;
}

@ObjectType('AnalyticsSettings', { description: "The tenant's analytics settings (defaults of METRICS.md unless changed)." })
export class AnalyticsSettingsType {
  @Field(() => Int, { description: 'A buyer is in the active base while the last completed order is within this many days (default 365).' })
  churnWindowDays!: number;

  @Field(() => Int, { description: 'NPS/CSAT results with fewer answers are flagged lowSample (default 30).' })
  lowSampleThreshold!: number;

  @Field(() => Float, { description: 'First-response target for complaints, hours (default 2).' })
  complaintSlaHours!: number;

  @Field(() => Float, { description: 'First-response target for detractor and low-CSAT follow-up, hours (default 48).' })
  detractorSlaHours!: number;

  @Field(() => RfmMethod)
  rfmMethod!: RfmMethod;

  @Field(() => [RfmSegmentRuleType], { description: 'The RFM segment map in use (the default map unless the tenant set one).' })
  rfmSegmentMap!: RfmSegmentRuleType[];

  @Field(() => Boolean, { description: 'True when the tenant uses its own segment map.' })
  customRfmSegmentMap!: boolean;

  @Field(() => [LeadScoreRuleType])
  leadScoreRules!: LeadScoreRuleType[];

  @Field(() => Float, { description: 'Half-life in days of behaviour points (default 30).' })
  leadScoreHalfLifeDays!: number;

  @Field(() => LeadGradeThresholdsType)
  leadGradeThresholds!: LeadGradeThresholdsType;
}

@InputType({ description: 'Settings to change; omitted fields keep their value.' })
export class AnalyticsSettingsInput {
  @Field(() => Int, { nullable: true })
  churnWindowDays?: number | null;

  @Field(() => Int, { nullable: true })
  lowSampleThreshold?: number | null;

  @Field(() => Float, { nullable: true })
  complaintSlaHours?: number | null;

  @Field(() => Float, { nullable: true })
  detractorSlaHours?: number | null;

  @Field(() => RfmMethod, { nullable: true })
  rfmMethod?: RfmMethod | null;

  @Field(() => [RfmSegmentRuleInput], { nullable: true, description: 'A custom map; every cell must map to exactly one segment.' })
  rfmSegmentMap?: RfmSegmentRuleInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: go back to the default segment map.' })
  resetRfmSegmentMap?: boolean | null;

  @Field(() => [LeadScoreRuleInput], { nullable: true, description: 'Rules to change; the others keep their points.' })
  leadScoreRules?: LeadScoreRuleInput[] | null;

  @Field(() => Float, { nullable: true })
  leadScoreHalfLifeDays?: number | null;

  @Field(() => LeadGradeThresholdsInput, { nullable: true })
  leadGradeThresholds?: LeadGradeThresholdsInput | null;
}
