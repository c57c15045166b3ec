import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import { selectsField } from '../../../common/selected-columns.js';
import type { RequestContext } from '../../../context.js';
import { analyticsOf } from '../analytics-request.js';
import { MetricInput } from '../metric/metric.input.js';
import { NpsService } from './nps.service.js';
import { CesResult, CsatResult, NpsResult, RfmNpsCell } from './nps.types.js';

function serviceOf(context: RequestContext): NpsService {
  const analytics = analyticsOf(context);
  return new NpsService(context, analytics.settings.lowSampleThreshold);
}

@Resolver()
export class NpsResolver {
  @Authorized('analytics:read')
  @Query(() => NpsResult, { description: 'NPS = 100 × (P − D), P and D the shares of promoters (9–10) and detractors (0–6) among NPS answers in [from, min(to, asOf)); per bucket, per group and for the window.' })
  nps(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NpsResult> {
    return serviceOf(context).nps(input, { totalAsked: selectsField(info, 'total') });
  }

  @Authorized('analytics:read')
  @Query(() => CsatResult, { description: '% satisfied = 100 × (CSAT answers of 4–5) / n, mean and distribution of CSAT answers (1..5) in [from, min(to, asOf)); per bucket, per group and for the window.' })
  csat(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<CsatResult> {
    return serviceOf(context).csat(input, { totalAsked: selectsField(info, 'total') });
  }

  @Authorized('analytics:read')
  @Query(() => CesResult, { description: '% easy = 100 × (CES answers of 5–7) / n, mean and distribution of CES answers (1..7) in [from, min(to, asOf)); per bucket, per group and for the window.' })
  ces(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<CesResult> {
    return serviceOf(context).ces(input, { totalAsked: selectsField(info, 'total') });
  }

  @Authorized('analytics:read')
  @Query(() => [RfmNpsCell], {
    description:
      "Buyers counted by RFM segment as of asOf × category of their latest NPS answer at or before asOf (NONE without one); share = customers / buyers of the segment. " +
      'Reads input.asOf and input.filter (customer filters) only; every segment × category cell is listed.',
  })
  rfmSegmentsByNpsCategory(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<RfmNpsCell[]> {
    return serviceOf(context).rfmSegmentsByNpsCategory(input);
  }
}
