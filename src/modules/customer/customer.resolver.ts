import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionColumns, objectColumns } from '../../common/selected-columns.js';
import type { RequestContext } from '../../context.js';
import { CustomerFeedbackArgs, FeedbackConnection } from '../feedback/feedback.types.js';
import { PageArgs, TouchpointConnection } from '../journey/journey.types.js';
import { CustomerOrdersArgs, OrderConnection } from '../order/order.types.js';
import { CustomerTag } from '../tag/tag.types.js';
import { CUSTOMER_FEEDBACK_LIST, CUSTOMER_ORDER_LIST, CUSTOMER_TOUCHPOINT_LIST, customerChildPrefetches } from './customer-child-lists.js';
import { Customer } from './customer.entity.js';
import { CustomerService } from './customer.service.js';
import { CustomerConnection, CustomerInput, CustomerLookupArgs, CustomersArgs, CustomerStats, UpsertCustomersPayload } from './customer.types.js';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized('customers:read')
  @Query(() => Customer, { description: 'One customer, by id or by external id. NOT_FOUND when the tenant has no such customer.' })
  customer(@Args() { id, externalId }: CustomerLookupArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Customer> {
    return new CustomerService(context).get(id, externalId, objectColumns(context.em, Customer, info));
  }

  @Authorized('customers:read')
  @Query(() => CustomerConnection, { description: 'Customers of the tenant, filtered and sorted, a page at a time.' })
  customers(@Args() args: CustomersArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return new CustomerService(context).list(args, connectionColumns(context.em, Customer, info), customerChildPrefetches(context, info));
  }

  @Authorized('customers:write')
  @Mutation(() => Customer, { description: 'Creates the customer, or updates the one with the same externalId.' })
  upsertCustomer(@Arg('input', () => CustomerInput) input: CustomerInput, @Ctx() context: RequestContext): Promise<Customer> {
    return new CustomerService(context).upsert(input);
  }

  @Authorized('customers:write')
  @Mutation(() => UpsertCustomersPayload, { description: 'Upserts up to 1,000 customers: all are written, or none (errors name the row index and field).' })
  upsertCustomers(@Arg('input', () => [CustomerInput]) input: CustomerInput[], @Ctx() context: RequestContext) {
    return new CustomerService(context).upsertMany(input);
  }

  // Field resolvers of rows take the key they read (`@Root('id')`), not the row: type-graphql
  // builds an instance of the root's declared class (a MikroORM entity) from the row on every
  // call, twice per customer of a page with its orders and feedback. selected-columns.ts lists
  // the keys each of these reads.
  @Authorized('customers:read')
  @FieldResolver(() => [CustomerTag], { description: 'Tags assigned to the customer and not expired.' })
  tags(@Root('id') customerId: string, @Ctx() context: RequestContext): Promise<CustomerTag[]> {
    return context.loaders.tagsByCustomerId.load(customerId);
  }

  @Authorized('customers:read')
  @FieldResolver(() => CustomerStats)
  stats(@Root('id') customerId: string, @Ctx() context: RequestContext): Promise<CustomerStats> {
    return context.loaders.statsByCustomerId.load(customerId);
  }

  @Authorized('customers:read')
  @FieldResolver(() => OrderConnection, { description: 'Orders of the customer, newest first.' })
  orders(@Root('id') customerId: string, @Args() args: CustomerOrdersArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return CUSTOMER_ORDER_LIST.page(context, customerId, args, info);
  }

  @Authorized('customers:read')
  @FieldResolver(() => FeedbackConnection, { description: 'Feedback of the customer, newest first.' })
  feedback(@Root('id') customerId: string, @Args() args: CustomerFeedbackArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return CUSTOMER_FEEDBACK_LIST.page(context, customerId, args, info);
  }

  @Authorized('customers:read')
  @FieldResolver(() => TouchpointConnection, { description: 'Touchpoints of the customer, newest first.' })
  touchpoints(@Root('id') customerId: string, @Args() args: PageArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return CUSTOMER_TOUCHPOINT_LIST.page(context, customerId, args, info);
  }
}
