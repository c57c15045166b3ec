import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Journey, JourneyStage } from './journey.entity.js';
import { JourneyService } from './journey.service.js';
import { JourneyConnection, JourneyInput, JourneyLookupArgs, PageArgs } from './journey.types.js';

@Resolver(() => Journey)
export class JourneyResolver {
  @Authorized('customers:read')
  @Query(() => Journey, { description: 'One journey by id or key; NOT_FOUND when the tenant has no such journey.' })
  journey(@Args() { id, key }: JourneyLookupArgs, @Ctx() context: RequestContext): Promise<Journey> {
    return new JourneyService(context).get(id, key);
  }

  @Authorized('customers:read')
  @Query(() => JourneyConnection, { description: 'Journey maps of the tenant, by key.' })
  journeys(@Args() args: PageArgs, @Ctx() context: RequestContext) {
    return new JourneyService(context).list(args);
  }

  @Authorized('customers:write')
  @Mutation(() => Journey, { description: 'Creates a journey map with its ordered stages.' })
  createJourney(@Arg('input', () => JourneyInput) input: JourneyInput, @Ctx() context: RequestContext): Promise<Journey> {
    return new JourneyService(context).create(input);
  }

  @Authorized('customers:read')
  @FieldResolver(() => [JourneyStage], { description: 'Stages in journey order.' })
  stages(@Root() journey: Journey, @Ctx() context: RequestContext): Promise<JourneyStage[]> {
    return context.loaders.stagesByJourneyId.load(journey.id);
  }
}
