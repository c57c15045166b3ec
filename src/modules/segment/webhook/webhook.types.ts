import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../../common/pagination.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt or for a retry.' },
    DELIVERED: { description: 'The receiver answered with a 2xx status.' },
    FAILED: { description: 'Every attempt failed; retryWebhookDelivery sends it once more.' },
  },
});

@ObjectType({
  description:
    'A subscription to the membership changes of a segment: every refresh that changes the membership POSTs the changes to `url` in batches of at most 500, signed with the secret given at creation (never shown again) in the X-Cxgraph-Signature header.',
})
export class SegmentWebhook {
  @Field(() => ID, { description: 'Id of the webhook; its deliveries carry it.' })
  id!: string;

  /** Not in the API: the webhook is always reached through its segment. */
  segmentId!: string;

  @Field({ description: 'The http(s) URL the changes are posted to.' })
  url!: string;

  @Field({ description: 'When the webhook was created; it receives the changes of refreshes that start after this.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One try at posting a delivery, successful or not.' })
export class WebhookDeliveryAttempt {
  @Field(() => Int, { description: 'Number of the attempt, from 1.' })
  attempt!: number;

  @Field({ description: 'When the request was sent (or refused before sending).' })
  attemptedAt!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when no answer came (timeout, network error, refused target)." })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the attempt failed; null when it succeeded.' })
  error!: string | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  durationMs!: number;
}

@ObjectType({
  description:
    'One batch of membership changes (at most 500) for one webhook, with its delivery state. Deliveries of a webhook are sent in sequence order, at least once; receivers de-duplicate by sequence number.',
})
export class WebhookDelivery {
  @Field(() => ID, { description: 'Id of the delivery, sent as the X-Cxgraph-Delivery header and as `deliveryId` in the body.' })
  id!: string;

  /** Not in the API: which webhook the delivery belongs to. */
  webhookId!: string;

  segmentId!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, DELIVERED or FAILED.' })
  status!: WebhookDeliveryStatus;

  @Field({ description: 'Sequence number of the first change in the batch (a 64-bit integer as decimal text).' })
  firstSequence!: string;

  @Field({ description: 'Sequence number of the last change in the batch (a 64-bit integer as decimal text).' })
  lastSequence!: string;

  @Field(() => Int, { description: 'Number of changes in the batch, 1 to 500.' })
  changeCount!: number;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once DELIVERED or FAILED.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made; null before the first.' })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status at the last attempt; null when there was no answer." })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null when it succeeded or none was made.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the receiver accepted the delivery.' })
  deliveredAt!: Date | null;

  @Field({ description: 'When the refresh queued the delivery.' })
  createdAt!: Date;
}

export const WebhookDeliveryConnection = connectionType(WebhookDelivery, 'WebhookDelivery');

@InputType({ description: 'A new webhook of a segment.' })
export class CreateSegmentWebhookInput {
  @Field(() => ID, { description: 'The segment whose changes are sent; at most 10 webhooks per segment.' })
  segmentId!: string;

  @Field({ description: 'Absolute http:// or https:// URL without user:password, at most 2000 characters.' })
  url!: string;

  @Field({ description: 'Shared secret for the HMAC-SHA256 signature, 16 to 200 characters. Stored to sign deliveries and never returned.' })
  secret!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  status?: WebhookDeliveryStatus | null;
}
