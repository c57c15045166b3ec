import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A saved segment: a definition over customer data whose members are refreshed on a schedule and pulled by partner apps.' })
@Entity({ tableName: 'segment' })
export class Segment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field({ description: 'Unique in the tenant (ignoring case).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** The definition as a JSON document (segment-definition.ts), validated before it is stored. */
  @Property({ type: 'json' })
  definition!: Record<string, unknown>;

  @Field(() => Int, { description: 'Version of the definition: 1 at creation, one more at each update.' })
  @Property({ type: 'integer' })
  version = 1;

  @Field(() => Int, { description: 'Minutes between scheduled refreshes.' })
  @Property({ type: 'integer' })
  refreshIntervalMinutes = 15;

  @Field(() => Int, { description: 'Members at the last refresh.' })
  @Property({ type: 'integer' })
  memberCount = 0;

  @Field(() => Date, { nullable: true, description: 'When the membership was last computed.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastRefreshedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'How long the last refresh took, in milliseconds.' })
  @Property({ type: 'integer', nullable: true })
  lastRefreshMs: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last scheduled refresh failed; null after a successful one.' })
  @Property({ type: 'text', nullable: true })
  lastRefreshError: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
