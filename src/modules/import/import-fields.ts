import { SizeBand } from '../customer/customer.enums.js';
import { FeedbackKind, FeedbackStatus, FollowUpResult } from '../feedback/feedback.enums.js';
import { OrderStatus } from '../order/order.enums.js';
import { TagCategory, TagSource } from '../tag/tag.enums.js';

export const IMPORT_ENTITIES = ['customers', 'orders', 'feedback', 'touchpoints', 'tags'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export type FieldType = 'text' | 'decimal' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'json' | 'list';

/** A field a file can fill, with the type its text is read as. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  values?: readonly string[];
}

const text = (name: string, required = false): FieldSpec => ({ name, type: 'text', required });
const oneOf = (name: string, values: readonly string[], required = false): FieldSpec => ({ name, type: 'text', values, required });

/** The fields of each importable entity, as a mapping or a header names them. */
export const IMPORT_FIELDS: Record<ImportEntity, FieldSpec[]> = {
  customers: [
    text('externalId', true),
    text('name'),
    text('email'),
    text('phone'),
    text('company'),
    text('jobTitle'),
    text('region'),
    text('industry'),
    oneOf('sizeBand', Object.values(SizeBand)),
    { name: 'sourceSystems', type: 'list' },
    { name: 'consentEmail', type: 'boolean' },
    { name: 'consentSms', type: 'boolean' },
    { name: 'walletEstimate', type: 'decimal' },
    { name: 'firstSeenAt', type: 'timestamp' },
    { name: 'attributes', type: 'json' },
  ],
  orders: [
    text('externalId', true),
    text('customerExternalId', true),
    { name: 'placedAt', type: 'timestamp', required: true },
    { name: 'amount', type: 'decimal', required: true },
    text('currency'),
    { name: 'originalAmount', type: 'decimal' },
    text('channel'),
    oneOf('status', Object.values(OrderStatus)),
    { name: 'itemCount', type: 'integer' },
  ],
  feedback: [
    text('externalId'),
    text('customerExternalId'),
    oneOf('kind', Object.values(FeedbackKind), true),
    { name: 'score', type: 'integer' },
    text('comment'),
    text('channel'),
    text('category'),
    text('journeyKey'),
    text('stageKey'),
    { name: 'receivedAt', type: 'timestamp', required: true },
    { name: 'firstResponseAt', type: 'timestamp' },
    { name: 'resolvedAt', type: 'timestamp' },
    oneOf('status', Object.values(FeedbackStatus)),
    oneOf('followUpResult', Object.values(FollowUpResult)),
    { name: 'sentiment', type: 'number' },
  ],
  touchpoints: [
    text('externalId'),
    text('customerExternalId', true),
    text('journeyKey'),
    text('stageKey'),
    { name: 'occurredAt', type: 'timestamp', required: true },
    text('channel'),
    text('action', true),
    text('thought'),
    { name: 'emotion', type: 'integer' },
    text('gains'),
    text('pains'),
  ],
  tags: [
    text('customerExternalId', true),
    text('tagKey', true),
    text('tagLabel'),
    oneOf('tagCategory', Object.values(TagCategory)),
    oneOf('source', Object.values(TagSource)),
    { name: 'score', type: 'decimal' },
    { name: 'confidence', type: 'decimal' },
    { name: 'expiresAt', type: 'timestamp' },
  ],
};

export function isImportEntity(value: string): value is ImportEntity {
  return (IMPORT_ENTITIES as readonly string[]).includes(value);
}
