import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Customer } from '../customer/customer.entity.js';
import { Journey, JourneyStage } from './journey.entity.js';
import { TouchpointConnection, TouchpointInput, TouchpointsArgs } from './journey.types.js';
import { Touchpoint } from './touchpoint.entity.js';
import { TouchpointService } from './touchpoint.service.js';

@Resolver(() => Touchpoint)
export class TouchpointResolver {
  @Authorized('customers:read')
  @Query(() => TouchpointConnection, { description: 'Touchpoint events, newest first.' })
  touchpoints(@Args() args: TouchpointsArgs, @Ctx() context: RequestContext) {
    return new TouchpointService(context).list(args);
  }

  @Authorized('customers:write')
  @Mutation(() => Touchpoint, { description: 'Records a touchpoint event of a customer, optionally at a journey stage.' })
  recordTouchpoint(@Arg('input', () => TouchpointInput) input: TouchpointInput, @Ctx() context: RequestContext): Promise<Touchpoint> {
    return new TouchpointService(context).record(input);
  }

  @Authorized('customers:read')
  @FieldResolver(() => Customer)
  async customer(@Root('customerId') customerId: string, @Ctx() context: RequestContext): Promise<Customer> {
    return (await context.loaders.customerById.load(customerId)) as Customer;
  }

  @Authorized('customers:read')
  @FieldResolver(() => Journey, { nullable: true })
  journey(@Root('journeyId') journeyId: string | null, @Ctx() context: RequestContext): Promise<Journey | null> | null {
    return journeyId ? context.loaders.journeyById.load(journeyId) : null;
  }

  @Authorized('customers:read')
  @FieldResolver(() => JourneyStage, { nullable: true })
  stage(@Root('stageId') stageId: string | null, @Ctx() context: RequestContext): Promise<JourneyStage | null> | null {
    return stageId ? context.loaders.stageById.load(stageId) : null;
  }
}
