import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { TagCategory } from './tag.enums.js';

@ObjectType({ description: 'A label that can be assigned to customers, of one of five categories.' })
@Entity({ tableName: 'tag' })
export class Tag {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field({ description: 'Stable machine name, unique per tenant, such as "tier.gold".' })
  @Property({ type: 'text' })
  key!: string;

  @Field({ description: 'Human-readable name.' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => TagCategory)
  @Property({ type: 'text' })
  category!: TagCategory;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
