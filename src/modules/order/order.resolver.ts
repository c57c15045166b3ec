import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Customer } from '../customer/customer.entity.js';
import { Order } from './order.entity.js';
import { OrderService } from './order.service.js';
import { OrderConnection, OrderInput, OrdersArgs, RecordOrdersPayload } from './order.types.js';

function orderService(context: RequestContext): OrderService {
  return new OrderService(context, context.auth.tenant.baseCurrency);
}

@Resolver(() => Order)
export class OrderResolver {
  @Authorized('customers:read')
  @Query(() => Order, { description: 'One order by id; NOT_FOUND when the tenant has no such order.' })
  order(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Order> {
    return orderService(context).get(id);
  }

  @Authorized('customers:read')
  @Query(() => OrderConnection, { description: 'Orders of the tenant, newest first.' })
  orders(@Args() args: OrdersArgs, @Ctx() context: RequestContext) {
    return orderService(context).list(args);
  }

  @Authorized('customers:write')
  @Mutation(() => Order, { description: 'Records an order; recording the same externalId again updates it.' })
  recordOrder(@Arg('input', () => OrderInput) input: OrderInput, @Ctx() context: RequestContext): Promise<Order> {
    return orderService(context).record(input);
  }

  @Authorized('customers:write')
  @Mutation(() => RecordOrdersPayload, { description: 'Records up to 1,000 orders: all are written, or none (errors name the row index and field).' })
  recordOrders(@Arg('input', () => [OrderInput]) input: OrderInput[], @Ctx() context: RequestContext) {
    return orderService(context).recordMany(input);
  }

  @Authorized('customers:read')
  @FieldResolver(() => Customer)
  async customer(@Root('customerId') customerId: string, @Ctx() context: RequestContext): Promise<Customer> {
    return (await context.loaders.customerById.load(customerId)) as Customer;
  }
}
