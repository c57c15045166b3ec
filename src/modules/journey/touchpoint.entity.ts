import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Something a customer did or met at a journey stage: the action, thought, emotion, gains and pains.', simpleResolvers: true })
@Entity({ tableName: 'touchpoint' })
export class Touchpoint {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { nullable: true, description: 'The id in the source system; unique per tenant when given (imports upsert on it).' })
  @Property({ type: 'text', nullable: true })
  externalId: string | null = null;

  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'uuid', nullable: true })
  journeyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  stageId: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  channel: string | null = null;

  @Field({ description: 'What the customer did, such as email_opened, site_visit, purchase.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'What the customer thought at this point.' })
  @Property({ type: 'text', nullable: true })
  thought: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Emotion from -2 (very negative) to 2 (very positive).' })
  @Property({ type: 'smallint', nullable: true })
  emotion: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  gains: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  pains: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
