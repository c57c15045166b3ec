import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Customer } from '../customer/customer.entity.js';
import { JourneyStage } from '../journey/journey.entity.js';
import { Feedback } from './feedback.entity.js';
import { FeedbackService } from './feedback.service.js';
import { FeedbackArgs, FeedbackConnection, FeedbackFollowUpInput, FeedbackInput, RecordFeedbackBatchPayload } from './feedback.types.js';

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Authorized('customers:read')
  @Query(() => Feedback, { description: 'One feedback entry by id; NOT_FOUND when the tenant has no such entry.' })
  feedbackEntry(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Feedback> {
    return new FeedbackService(context).get(id);
  }

  @Authorized('customers:read')
  @Query(() => FeedbackConnection, { description: 'Survey answers and service cases, newest first.' })
  feedback(@Args() args: FeedbackArgs, @Ctx() context: RequestContext) {
    return new FeedbackService(context).list(args);
  }

  @Authorized('customers:write')
  @Mutation(() => Feedback, { description: 'Records a survey answer or a case, with its response and resolution when known.' })
  recordFeedback(@Arg('input', () => FeedbackInput) input: FeedbackInput, @Ctx() context: RequestContext): Promise<Feedback> {
    return new FeedbackService(context).record(input);
  }

  @Authorized('customers:write')
  @Mutation(() => RecordFeedbackBatchPayload, { description: 'Records up to 1,000 feedback entries: all are written, or none.' })
  recordFeedbackBatch(@Arg('input', () => [FeedbackInput]) input: FeedbackInput[], @Ctx() context: RequestContext) {
    return new FeedbackService(context).recordMany(input);
  }

  @Authorized('customers:write')
  @Mutation(() => Feedback, { description: 'Records the first response, resolution or follow-up result of a case.' })
  recordFeedbackFollowUp(@Arg('input', () => FeedbackFollowUpInput) input: FeedbackFollowUpInput, @Ctx() context: RequestContext): Promise<Feedback> {
    return new FeedbackService(context).recordFollowUp(input);
  }

  @Authorized('customers:read')
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer, unless the answer is anonymous.' })
  customer(@Root('customerId') customerId: string | null, @Ctx() context: RequestContext): Promise<Customer | null> | null {
    return customerId ? context.loaders.customerById.load(customerId) : null;
  }

  @Authorized('customers:read')
  @FieldResolver(() => JourneyStage, { nullable: true, description: 'The journey stage the answer is about.' })
  stage(@Root('stageId') stageId: string | null, @Ctx() context: RequestContext): Promise<JourneyStage | null> | null {
    return stageId ? context.loaders.stageById.load(stageId) : null;
  }
}
