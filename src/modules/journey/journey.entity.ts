import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A customer journey map: a persona in a scenario, going through ordered stages.' })
@Entity({ tableName: 'journey' })
export class Journey {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field({ description: 'Stable machine name, unique per tenant, such as "online-purchase".' })
  @Property({ type: 'text' })
  key!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Who the journey is about.' })
  @Property({ type: 'text', nullable: true })
  persona: string | null = null;

  @Field(() => String, { nullable: true, description: 'The situation and goal of the persona.' })
  @Property({ type: 'text', nullable: true })
  scenario: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'One stage of a journey, such as awareness or purchase.' })
@Entity({ tableName: 'journey_stage' })
export class JourneyStage {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  journeyId!: string;

  @Field({ description: 'Stable machine name, unique within the journey.' })
  @Property({ type: 'text' })
  key!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Order of the stage in the journey, from 0.' })
  @Property({ type: 'integer' })
  position!: number;
}
