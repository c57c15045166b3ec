import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FeedbackKind, FeedbackStatus, FollowUpResult } from './feedback.enums.js';

@ObjectType({ description: 'One survey answer (NPS, CSAT, CES) or service case (complaint, suggestion, praise).', simpleResolvers: true })
@Entity({ tableName: 'feedback' })
export class Feedback {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { nullable: true, description: 'The id in the survey or service tool; unique per tenant when given.' })
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  customerId: string | null = null;

  @Field(() => FeedbackKind)
  @Property({ type: 'text' })
  kind!: FeedbackKind;

  @Field(() => Int, { nullable: true, description: 'NPS 0..10, CSAT 1..5, CES 1..7; null for cases.' })
  @Property({ type: 'smallint', nullable: true })
  score: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  channel: string | null = null;

  @Field(() => String, { nullable: true, description: 'Topic, such as delivery, billing, product.' })
  @Property({ type: 'text', nullable: true })
  category: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  stageId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  touchpointId: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'First response to the customer; null while unanswered.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstResponseAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => FeedbackStatus)
  @Property({ type: 'text' })
  status: FeedbackStatus = FeedbackStatus.OPEN;

  @Field(() => FollowUpResult, { nullable: true })
  @Property({ type: 'text', nullable: true })
  followUpResult: FollowUpResult | null = null;

  @Field(() => Float, { nullable: true, description: 'Sentiment of the comment from -1 to 1.' })
  @Property({ type: 'decimal', columnType: 'numeric(4,3)', nullable: true })
  sentiment: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
