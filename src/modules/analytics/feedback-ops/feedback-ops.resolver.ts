import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { analyticsOf } from '../analytics-request.js';
import { MetricInput } from '../metric/metric.input.js';
import { FeedbackOpsService } from './feedback-ops.service.js';
import { FeedbackOperationsResult } from './feedback-ops.types.js';

@Resolver()
export class FeedbackOpsResolver {
  @Authorized('analytics:read')
  @Query(() => FeedbackOperationsResult, {
    description:
      'The service loop over cases (COMPLAINT, SUGGESTION, NPS 0–6, CSAT 1–2) received in [from, min(to, asOf)): first response median/p90, SLA attainment, resolution rate, time to resolve, open backlog, follow-up satisfaction, closed-loop rate.',
  })
  feedbackOperations(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<FeedbackOperationsResult> {
    const analytics = analyticsOf(context);
    const { complaintSlaHours, detractorSlaHours } = analytics.settings;
    return new FeedbackOpsService(context, { complaintSlaHours, detractorSlaHours }).feedbackOperations(input);
  }
}
