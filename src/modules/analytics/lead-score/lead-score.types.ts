import { ArgsType, Authorized, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../../common/pagination.js';
import { Customer } from '../../customer/customer.entity.js';
import { MetricFilter } from '../metric/metric.input.js';
import { LeadGradeThresholdsType } from '../settings/analytics-settings.types.js';
import { LeadScoreRuleKey } from '../settings/lead-score-rules.js';
import { LeadGrade } from './lead-score.enums.js';

@ObjectType({ description: 'Points one lead-score rule gave a customer.' })
export class LeadScoreExplanation {
  @Field(() => LeadScoreRuleKey)
  rule!: LeadScoreRuleKey;

  @Field(() => Float, { description: 'Profile: the rule points. Behaviour: min(cap, points × Σ 0.5^(age days / half-life)) over its events; rounded to 4 decimals.' })
  points!: number;

  @Field(() => Int, { nullable: true, description: 'Behaviour rules: touchpoints that matched at or before asOf; null for profile rules.' })
  events!: number | null;

  @Field({ description: 'True when the rule reached its cap (its decayed sum was above the cap).' })
  capped!: boolean;
}

@ObjectType({ description: 'Lead score of a customer as of an instant: profile fit + decayed behaviour, with the rules that gave points.' })
export class LeadScore {
  @Field(() => ID)
  customerId!: string;

  @Field({ description: 'External id of the customer.' })
  externalId!: string;

  @Field({ description: 'Touchpoints after this instant do not count; decay is measured to it.' })
  asOf!: Date;

  @Field(() => Float, { description: 'score = profileScore + behaviourScore.' })
  score!: number;

  @Field(() => LeadGrade, { description: 'A when score ≥ threshold a, B when ≥ b, C when ≥ c, else D.' })
  grade!: LeadGrade;

  @Field(() => Float, { description: 'Σ points of the profile rules the customer row meets (job level, decision role, phone, stated need, company size).' })
  profileScore!: number;

  @Field(() => Float, { description: 'Σ over behaviour rules of min(cap, points × Σ 0.5^(age days / half-life)).' })
  behaviourScore!: number;

  @Field({ description: 'True when the customer had no completed order at or before asOf (a lead, not a buyer).' })
  prospect!: boolean;

  @Field(() => [LeadScoreExplanation], { description: 'The rules that gave points (non-zero), profile rules first.' })
  explanation!: LeadScoreExplanation[];

  /** Set by the service: the request's batched customer lookup. */
  loadCustomer!: () => Promise<Customer | null>;

  // A getter rather than a field resolver class: the customers of a page load in one batch
  // through the request's customer loader.
  @Authorized('customers:read')
  @Field(() => Customer, { description: 'The scored customer (needs customers:read).' })
  get customer(): Promise<Customer | null> {
    return this.loadCustomer();
  }
}

export const LeadScoreConnection = connectionType(LeadScore, 'LeadScore');

@InputType({ description: 'Which customers are scored, and as of when.' })
export class LeadScoreInput {
  @Field(() => Date, { nullable: true, description: 'Touchpoints and orders after this instant do not count; customers first seen after it are left out. Default: now.' })
  asOf?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'False (default): prospects only, customers without a completed order at or before asOf. True: every customer.' })
  includeBuyers?: boolean | null;

  @Field(() => MetricFilter, { nullable: true, description: 'Customer filters (tags, regions, RFM segments); channels do not apply to customers.' })
  filter?: MetricFilter | null;
}

@ArgsType()
export class LeadScoresArgs {
  @Field(() => LeadScoreInput, { nullable: true })
  input?: LeadScoreInput | null;

  @Field(() => LeadGrade, { nullable: true, description: 'Only customers of this grade.' })
  grade?: LeadGrade | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

@ObjectType({ description: 'Customers of one lead grade.' })
export class LeadGradeCount {
  @Field(() => LeadGrade)
  grade!: LeadGrade;

  @Field(() => Int)
  customers!: number;

  @Field(() => Float, { nullable: true, description: 'customers / n; null when n = 0.' })
  share!: number | null;
}

@ObjectType({ description: 'How the scored customers spread over the lead grades.' })
export class LeadGradeDistribution {
  @Field()
  asOf!: Date;

  @Field({ description: 'False: prospects only (no completed order at or before asOf).' })
  includeBuyers!: boolean;

  @Field(() => Int, { description: 'Customers scored.' })
  n!: number;

  @Field(() => Float, { nullable: true, description: 'Σ score / n; null when n = 0.' })
  meanScore!: number | null;

  @Field(() => String, { nullable: true, description: 'Why meanScore and the shares are null, when they are.' })
  reason!: string | null;

  @Field(() => [LeadGradeCount], { description: 'Grades A, B, C and D, in that order, empty ones included.' })
  grades!: LeadGradeCount[];

  @Field(() => LeadGradeThresholdsType, { description: 'The thresholds used.' })
  thresholds!: LeadGradeThresholdsType;

  @Field(() => Float, { description: 'The half-life of behaviour points used, in days.' })
  halfLifeDays!: number;
}
