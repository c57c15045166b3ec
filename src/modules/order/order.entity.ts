import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars.js';
import { OrderStatus } from './order.enums.js';

@ObjectType({ description: 'An order placed by a customer.', simpleResolvers: true })
@Entity({ tableName: 'order' })
export class Order {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Field({ description: 'The id of the order in the shop or ERP; unique per tenant.' })
  @Property({ type: 'text' })
  externalId!: string;

  @Property({ type: 'uuid' })
  customerId!: string;

  @Field({ description: 'When the order was placed.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  placedAt!: Date;

  @Field(() => DecimalScalar, { description: "Amount in the tenant's base currency." })
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  amount!: string;

  @Field({ description: 'ISO 4217 code of the currency the order was placed in.' })
  @Property({ type: 'text', columnType: 'char(3)' })
  currency!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount in the original currency, when it differs from the base currency.' })
  @Property({ type: 'decimal', columnType: 'numeric(14,2)', nullable: true })
  originalAmount: string | null = null;

  @Field(() => String, { nullable: true, description: 'Sales channel, such as web, app, store.' })
  @Property({ type: 'text', nullable: true })
  channel: string | null = null;

  @Field(() => OrderStatus)
  @Property({ type: 'text' })
  status: OrderStatus = OrderStatus.COMPLETED;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  itemCount: number | null = null;

  @Field()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
