import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { analyticsOf } from '../analytics-request.js';
import { JourneyAnalyticsService } from './journey-analytics.service.js';
import {
  JourneyAnalytics, JourneyAnalyticsArgs, JourneyFunnelStage, JourneyPainPoint, JourneyPainPointsArgs, JourneyStageEmotion, JourneyStageFeedback,
} from './journey-analytics.types.js';

function serviceOf(context: RequestContext): JourneyAnalyticsService {
  return new JourneyAnalyticsService(context);
}

@Resolver(() => JourneyAnalytics)
export class JourneyAnalyticsResolver {
  @Authorized('analytics:read')
  @Query(() => JourneyAnalytics, { description: 'Funnel, emotion curve, pain points and NPS/CSAT by stage of one journey (by journeyId or journeyKey) over [from, min(to, asOf)); NOT_FOUND for an unknown journey.' })
  journeyAnalytics(@Args() args: JourneyAnalyticsArgs, @Ctx() context: RequestContext): Promise<JourneyAnalytics> {
    return serviceOf(context).analytics(args);
  }

  @Authorized('analytics:read')
  @FieldResolver(() => [JourneyFunnelStage], { description: 'Per stage in position order: customers with a touchpoint; conversionToNext = share of them whose first touchpoint in the next stage follows their first here; median days between.' })
  funnel(@Root() analytics: JourneyAnalytics, @Ctx() context: RequestContext): Promise<JourneyFunnelStage[]> {
    return serviceOf(context).funnel(analytics);
  }

  @Authorized('analytics:read')
  @FieldResolver(() => [JourneyStageEmotion], { description: 'Per stage in position order: mean emotion (−2..2) of its touchpoints with an emotion, and n.' })
  emotionCurve(@Root() analytics: JourneyAnalytics, @Ctx() context: RequestContext): Promise<JourneyStageEmotion[]> {
    return serviceOf(context).emotionCurve(analytics);
  }

  @Authorized('analytics:read')
  @FieldResolver(() => [JourneyPainPoint], { description: 'Stage × channel × action combinations with n ≥ minN, lowest mean emotion first (ties by stage position, channel, action).' })
  painPoints(@Root() analytics: JourneyAnalytics, @Args() args: JourneyPainPointsArgs, @Ctx() context: RequestContext): Promise<JourneyPainPoint[]> {
    return serviceOf(context).painPoints(analytics, args);
  }

  @Authorized('analytics:read')
  @FieldResolver(() => [JourneyStageFeedback], { description: "Per stage in position order: NPS = 100 × (P − D) and CSAT % satisfied (4–5) of answers linked to the stage received in the window (the filter's channels apply to the answer's channel)." })
  feedbackByStage(@Root() analytics: JourneyAnalytics, @Ctx() context: RequestContext): Promise<JourneyStageFeedback[]> {
    return serviceOf(context).feedbackByStage(analytics, analyticsOf(context).settings.lowSampleThreshold);
  }
}
