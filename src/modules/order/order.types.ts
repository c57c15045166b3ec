import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../common/pagination.js';
import { DecimalScalar } from '../../common/scalars.js';
import { Order } from './order.entity.js';
import { OrderStatus } from './order.enums.js';

export const OrderConnection = connectionType(Order, 'Order');

@InputType({ description: 'Conditions an order must all meet.' })
export class OrderFilter {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  customerExternalId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Placed at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Placed before this time.' })
  to?: Date | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus | null;
}

@ArgsType()
export class OrdersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50). Newest first.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => OrderFilter, { nullable: true })
  filter?: OrderFilter | null;
}

@ArgsType()
export class CustomerOrdersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50). Newest first.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus | null;
}

@InputType({ description: 'An order to record, matched on externalId (recording it again updates it). Name the customer by id or externalId.' })
export class OrderInput {
  @Field()
  externalId!: string;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  customerExternalId?: string | null;

  @Field()
  placedAt!: Date;

  @Field(() => DecimalScalar, { description: "Amount in the tenant's base currency." })
  amount!: string;

  @Field(() => String, { nullable: true, description: "ISO 4217 code the order was placed in; default the tenant's base currency." })
  currency?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount in the original currency.' })
  originalAmount?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => OrderStatus, { nullable: true, description: 'Default COMPLETED.' })
  status?: OrderStatus | null;

  @Field(() => Int, { nullable: true })
  itemCount?: number | null;
}

@ObjectType({ description: 'Result of a batch of orders: all were written, or none.' })
export class RecordOrdersPayload {
  @Field(() => Int)
  insertedCount!: number;

  @Field(() => Int)
  updatedCount!: number;

  @Field(() => [Order], { description: 'The orders, in input order.' })
  orders!: Order[];
}
