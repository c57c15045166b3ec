import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { connectionType } from '../../common/pagination.js';
import { Journey } from './journey.entity.js';
import { Touchpoint } from './touchpoint.entity.js';

export const JourneyConnection = connectionType(Journey, 'Journey');
export const TouchpointConnection = connectionType(Touchpoint, 'Touchpoint');

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class JourneyLookupArgs {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  key?: string | null;
}

@InputType({ description: 'A stage of a new journey; stages are ordered as given.' })
export class JourneyStageInput {
  @Field()
  key!: string;

  @Field()
  name!: string;
}

@InputType({ description: 'A journey map to create with its stages.' })
export class JourneyInput {
  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  persona?: string | null;

  @Field(() => String, { nullable: true })
  scenario?: string | null;

  @Field(() => [JourneyStageInput])
  stages!: JourneyStageInput[];
}

@InputType({ description: 'Conditions a touchpoint must all meet.' })
export class TouchpointFilter {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  journeyId?: string | null;

  @Field(() => ID, { nullable: true })
  stageId?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date | null;
}

@ArgsType()
export class TouchpointsArgs extends PageArgs {
  @Field(() => TouchpointFilter, { nullable: true })
  filter?: TouchpointFilter | null;
}

@InputType({ description: 'A touchpoint event. Name the customer by id or externalId, the journey by key and the stage by key.' })
export class TouchpointInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  customerExternalId?: string | null;

  @Field(() => String, { nullable: true })
  journeyKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Stage key within the journey; requires journeyKey.' })
  stageKey?: string | null;

  @Field()
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  thought?: string | null;

  @Field(() => Int, { nullable: true, description: 'From -2 to 2.' })
  emotion?: number | null;

  @Field(() => String, { nullable: true })
  gains?: string | null;

  @Field(() => String, { nullable: true })
  pains?: string | null;
}
