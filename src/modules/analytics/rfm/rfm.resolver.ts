import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { Customer } from '../../customer/customer.entity.js';
import { analyticsOf } from '../analytics-request.js';
import { RfmCustomersArgs, RfmInput, RfmResult, RfmScore, RfmScoreConnection, RfmTransition, RfmTransitionsArgs } from './rfm.types.js';

@Resolver(() => RfmResult)
export class RfmResolver {
  @Authorized('analytics:read')
  @Query(() => RfmResult, { description: 'RFM of every buyer with a completed order in [from, to): R = days since last order to asOf, F = orders, M = revenue; scores 1..5; segments by the map.' })
  rfm(@Arg('input', () => RfmInput, { nullable: true }) input: RfmInput | null, @Ctx() context: RequestContext): RfmResult {
    return analyticsOf(context).rfm.summary(input);
  }

  @Authorized('analytics:read')
  @FieldResolver(() => RfmScoreConnection, { description: 'Scored buyers ordered by external id, optionally of some segments.' })
  customers(@Root() result: RfmResult, @Args() args: RfmCustomersArgs, @Ctx() context: RequestContext) {
    return analyticsOf(context).rfm.customersPage(result, args);
  }

  @Authorized('analytics:read')
  @Query(() => [RfmTransition], { description: 'Customers by (segment at fromAsOf, segment at toAsOf), each scored over the window ending at its date; NONE = not a buyer in that window.' })
  rfmTransitions(@Args() args: RfmTransitionsArgs, @Ctx() context: RequestContext): Promise<RfmTransition[]> {
    return analyticsOf(context).rfm.transitions(args);
  }
}

@Resolver(() => Customer)
export class CustomerRfmResolver {
  @Authorized('analytics:read')
  @FieldResolver(() => RfmScore, { nullable: true, description: 'RFM scores as of a date (default now) over the 365 days before it; null when the customer has no completed order in that window.' })
  rfm(@Root('id') customerId: string, @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null, @Ctx() context: RequestContext): Promise<RfmScore | null> {
    return analyticsOf(context).rfmScoreLoader(asOf).load(customerId);
  }
}

@Resolver(() => RfmScore)
export class RfmScoreCustomerResolver {
  // A scored buyer's profile for lists that show names (the console's segment lists): batched
  // through the request's customer loader, one query per page, and only for keys that may read customers.
  @Authorized('customers:read')
  @FieldResolver(() => Customer, { description: 'The scored customer (needs customers:read).' })
  async customer(@Root() score: RfmScore, @Ctx() context: RequestContext): Promise<Customer> {
    return (await context.loaders.customerById.load(score.customerId)) as Customer;
  }
}
