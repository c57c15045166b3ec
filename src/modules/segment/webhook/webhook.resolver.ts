import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { Segment } from '../segment.entity.js';
import { webhookLoaders } from './webhook.loader.js';
import { WebhookService } from './webhook.service.js';
import {
  CreateSegmentWebhookInput,
  SegmentWebhook,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookDeliveryConnection,
} from './webhook.types.js';

@Resolver(() => SegmentWebhook)
export class SegmentWebhookResolver {
  @Authorized('segments:write')
  @Mutation(() => SegmentWebhook, {
    description: 'Subscribes a URL to the membership changes of a segment (at most 10 webhooks per segment). The secret signs every delivery and is never shown again.',
  })
  createSegmentWebhook(@Arg('input', () => CreateSegmentWebhookInput) input: CreateSegmentWebhookInput, @Ctx() context: RequestContext): Promise<SegmentWebhook> {
    return new WebhookService(context).create(input);
  }

  @Authorized('segments:write')
  @Mutation(() => ID, { description: 'Deletes a webhook with its delivery log; its pending deliveries are not sent. Returns the id.' })
  deleteSegmentWebhook(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<string> {
    return new WebhookService(context).delete(id);
  }

  @Authorized('segments:write')
  @Mutation(() => WebhookDelivery, {
    description: 'Sends a FAILED delivery once more, as soon as possible: it becomes PENDING, keeps its attempt count, and is FAILED again if that attempt fails.',
  })
  retryWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<WebhookDelivery> {
    return new WebhookService(context).retry(id);
  }

  @Authorized('segments:write')
  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Deliveries of this webhook, newest first.' })
  deliveries(@Root() webhook: SegmentWebhook, @Args() args: WebhookDeliveriesArgs, @Ctx() context: RequestContext) {
    return webhookLoaders(context).deliveries(webhook.id, args);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Authorized('segments:write')
  @FieldResolver(() => [WebhookDeliveryAttempt], { description: 'Every attempt of the delivery, first to last.' })
  attemptLog(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext): Promise<WebhookDeliveryAttempt[]> {
    return webhookLoaders(context).attemptsByDeliveryId.load(delivery.id);
  }
}

@Resolver(() => Segment)
export class SegmentWebhooksFieldResolver {
  @Authorized('segments:write')
  @FieldResolver(() => [SegmentWebhook], { description: 'Webhooks of the segment, oldest first (needs segments:write; secrets are never shown).' })
  webhooks(@Root() segment: Segment, @Ctx() context: RequestContext): Promise<SegmentWebhook[]> {
    return webhookLoaders(context).webhooksBySegmentId.load(segment.id);
  }
}

/** Every resolver of segment webhooks, for the schema's resolver list. */
export const WEBHOOK_RESOLVERS: NonEmptyArray<Function> = [SegmentWebhookResolver, WebhookDeliveryResolver, SegmentWebhooksFieldResolver];
