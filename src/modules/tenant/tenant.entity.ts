import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A company using cxgraph. Every piece of customer data belongs to exactly one tenant.' })
@Entity({ tableName: 'tenant' })
export class Tenant {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Short unique name, such as "demo".' })
  @Property({ type: 'text' })
  slug!: string;

  @Field({ description: 'Display name of the company.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'IANA time zone used to bucket times unless a query names another.' })
  @Property({ type: 'text' })
  timeZone: string = 'UTC';

  @Field({ description: 'ISO 4217 code of the currency order amounts are stored in.' })
  @Property({ type: 'text', columnType: 'char(3)' })
  baseCurrency: string = 'USD';

  @Property({ type: 'json' })
  settings: Record<string, unknown> = {};

  @Field({ description: 'When the tenant was created.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
