import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../common/pagination.js';
import { DecimalScalar } from '../../common/scalars.js';
import { TagCategory } from '../tag/tag.enums.js';
import { Customer } from './customer.entity.js';
import { SizeBand } from './customer.enums.js';

export const CustomerConnection = connectionType(Customer, 'Customer');

export enum CustomerOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  NAME = 'NAME',
  EXTERNAL_ID = 'EXTERNAL_ID',
}
registerEnumType(CustomerOrderField, { name: 'CustomerOrderField', description: 'What to sort customers by (the id breaks ties).' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Sort order of a customer list.' })
export class CustomerOrder {
  @Field(() => CustomerOrderField)
  field!: CustomerOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'Conditions a customer must all meet to be listed.' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Text contained in the name, email or company (case-insensitive).' })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Customers that carry every one of these tags (unexpired).' })
  tagKeys?: string[] | null;

  @Field(() => TagCategory, { nullable: true, description: 'Customers with at least one tag of this category.' })
  tagCategory?: TagCategory | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: buyers (a completed order); false: prospects without one.' })
  hasOrders?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after this time.' })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before this time.' })
  createdTo?: Date | null;
}

@ArgsType()
export class CustomersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;

  @Field(() => CustomerFilter, { nullable: true })
  filter?: CustomerFilter | null;

  @Field(() => CustomerOrder, { nullable: true, description: 'Default: CREATED_AT ascending.' })
  orderBy?: CustomerOrder | null;
}

@ArgsType()
export class CustomerLookupArgs {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;
}

@InputType({ description: 'A customer profile to create or update, matched on externalId. Fields left out keep their value; null clears them.' })
export class CustomerInput {
  @Field()
  externalId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => SizeBand, { nullable: true })
  sizeBand?: SizeBand | null;

  @Field(() => [String], { nullable: true })
  sourceSystems?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  consentEmail?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  consentSms?: boolean | null;

  @Field(() => DecimalScalar, { nullable: true })
  walletEstimate?: string | null;

  @Field(() => Date, { nullable: true })
  firstSeenAt?: Date | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  attributes?: Record<string, unknown> | null;
}

@ObjectType({ description: 'Result of a batch upsert: all rows were written, or none.' })
export class UpsertCustomersPayload {
  @Field(() => Int)
  insertedCount!: number;

  @Field(() => Int)
  updatedCount!: number;

  @Field(() => [Customer], { description: 'The customers, in input order.' })
  customers!: Customer[];
}

@ObjectType({ description: "Purchase and feedback figures of one customer, from completed orders (status COMPLETED, amount > 0)." })
export class CustomerStats {
  @Field(() => Int)
  orderCount!: number;

  @Field(() => DecimalScalar, { description: "Sum of completed order amounts, in the tenant's base currency." })
  revenue!: string;

  @Field(() => Date, { nullable: true })
  firstOrderAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastOrderAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Score of the most recent NPS answer.' })
  latestNpsScore!: number | null;
}
