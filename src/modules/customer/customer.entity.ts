import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars.js';
import { SizeBand } from './customer.enums.js';

// simpleResolvers: see common/pagination.ts.
@ObjectType({ description: 'A customer or prospect of the tenant, identified to partners by its external id.', simpleResolvers: true })
@Entity({ tableName: 'customer' })
export class Customer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field({ description: 'The id of the customer in the system it came from (CRM, shop); unique per tenant.' })
  @Property({ type: 'text' })
  externalId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  company: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  jobTitle: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  industry: string | null = null;

  @Field(() => SizeBand, { nullable: true, description: 'Size of the customer company.' })
  @Property({ type: 'text', nullable: true })
  sizeBand: SizeBand | null = null;

  @Field(() => [String], { description: 'Systems the profile was seen in, such as web, pos, crm.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  sourceSystems: string[] = [];

  @Field(() => Boolean, { nullable: true, description: 'Consent to be contacted by email; null when not recorded.' })
  @Property({ type: 'boolean', nullable: true })
  consentEmail: boolean | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Consent to be contacted by SMS; null when not recorded.' })
  @Property({ type: 'boolean', nullable: true })
  consentSms: boolean | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: "Estimated total category spend of the customer (for share of wallet), in the tenant's base currency." })
  @Property({ type: 'decimal', columnType: 'numeric(14,2)', nullable: true })
  walletEstimate: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the customer was first seen or signed up.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstSeenAt: Date | null = null;

  @Field(() => GraphQLJSONObject, { description: 'Free-form typed attributes imported with the profile.' })
  @Property({ type: 'json' })
  attributes: Record<string, unknown> = {};

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
