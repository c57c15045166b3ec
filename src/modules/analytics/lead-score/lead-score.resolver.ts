import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { Customer } from '../../customer/customer.entity.js';
import { leadScoreLoader, leadScoreServiceOf } from './lead-score.loader.js';
import { LeadGradeDistribution, LeadScore, LeadScoreConnection, LeadScoreInput, LeadScoresArgs } from './lead-score.types.js';

// Bound to Customer so that Customer.leadScore lives here next to the lead queries.
@Resolver(() => Customer)
export class LeadScoreResolver {
  @Authorized('analytics:read')
  @Query(() => LeadGradeDistribution, { description: 'Customers per lead grade (score = profile points + Σ per rule min(cap, points × Σ 0.5^(age / half-life))), share = count / n, mean score; prospects only unless includeBuyers.' })
  leadGradeDistribution(@Arg('input', () => LeadScoreInput, { nullable: true }) input: LeadScoreInput | null, @Ctx() context: RequestContext): Promise<LeadGradeDistribution> {
    return leadScoreServiceOf(context).distribution(input);
  }

  @Authorized('analytics:read')
  @Query(() => LeadScoreConnection, { description: 'Lead scores of the customers, highest score first (customer id breaks ties), optionally of one grade; prospects only unless includeBuyers.' })
  leadScores(@Args() args: LeadScoresArgs, @Ctx() context: RequestContext) {
    return leadScoreServiceOf(context).page(args);
  }

  @Authorized('analytics:read')
  @FieldResolver(() => LeadScore, { description: 'Lead score as of a date (default now): profile points + Σ per behaviour rule min(cap, points × Σ 0.5^(age days / half-life)), graded A/B/C/D.' })
  leadScore(@Root('id') customerId: string, @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null, @Ctx() context: RequestContext): Promise<LeadScore> {
    return leadScoreLoader(context, asOf).load(customerId);
  }
}
