import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../common/pagination.js';
import { Feedback } from './feedback.entity.js';
import { FeedbackKind, FeedbackStatus, FollowUpResult } from './feedback.enums.js';

export const FeedbackConnection = connectionType(Feedback, 'Feedback');

@InputType({ description: 'Conditions feedback must all meet.' })
export class FeedbackFilter {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  customerExternalId?: string | null;

  @Field(() => [FeedbackKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: FeedbackKind[] | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => FeedbackStatus, { nullable: true })
  status?: FeedbackStatus | null;

  @Field(() => Date, { nullable: true, description: 'Received at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Received before this time.' })
  to?: Date | null;
}

@ArgsType()
export class FeedbackArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50). Newest first.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => FeedbackFilter, { nullable: true })
  filter?: FeedbackFilter | null;
}

@ArgsType()
export class CustomerFeedbackArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50). Newest first.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => FeedbackKind, { nullable: true })
  kind?: FeedbackKind | null;
}

@InputType({ description: 'A survey answer or service case. With an externalId, recording it again updates it.' })
export class FeedbackInput {
  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer, when known (anonymous answers are allowed).' })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  customerExternalId?: string | null;

  @Field(() => FeedbackKind)
  kind!: FeedbackKind;

  @Field(() => Int, { nullable: true, description: 'Required for NPS (0..10), CSAT (1..5) and CES (1..7); not allowed for cases.' })
  score?: number | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => ID, { nullable: true, description: 'Journey stage the answer is about.' })
  stageId?: string | null;

  @Field(() => ID, { nullable: true })
  touchpointId?: string | null;

  @Field()
  receivedAt!: Date;

  @Field(() => Date, { nullable: true })
  firstResponseAt?: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt?: Date | null;

  @Field(() => FeedbackStatus, { nullable: true, description: 'Default: RESOLVED when resolvedAt is given, RESPONDED when firstResponseAt is, else OPEN.' })
  status?: FeedbackStatus | null;

  @Field(() => FollowUpResult, { nullable: true })
  followUpResult?: FollowUpResult | null;

  @Field(() => Float, { nullable: true, description: 'From -1 to 1.' })
  sentiment?: number | null;
}

@InputType({ description: 'Records the service loop of a case: the first response, the resolution, the follow-up.' })
export class FeedbackFollowUpInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true })
  firstResponseAt?: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt?: Date | null;

  @Field(() => FollowUpResult, { nullable: true })
  followUpResult?: FollowUpResult | null;

  @Field(() => FeedbackStatus, { nullable: true, description: 'Default: derived from the times, as for recordFeedback.' })
  status?: FeedbackStatus | null;
}

@ObjectType({ description: 'Result of a batch of feedback: all was written, or none.' })
export class RecordFeedbackBatchPayload {
  @Field(() => Int)
  insertedCount!: number;

  @Field(() => Int)
  updatedCount!: number;

  @Field(() => [Feedback], { description: 'The feedback, in input order.' })
  feedback!: Feedback[];
}
