import type { SegmentField } from '../../gql/graphql';

/**
 * How the builder lists the fields the API serves (segmentLanguage): under which group and in
 * which order. Presentation only: which fields exist and what they take come from the API
 * (segment-vocabulary.ts), and their labels from segment-messages.ts. A field the API serves
 * that has no place here is listed under "other", so it shows up before the console learns it.
 */

export type FieldGroup = 'profile' | 'consent' | 'tags' | 'orders' | 'rfm' | 'feedback' | 'lead' | 'journeys' | 'attributes' | 'other';

/** By group, most used first. */
const PLACES: Record<Exclude<FieldGroup, 'other'>, readonly SegmentField[]> = {
  profile: ['REGION', 'INDUSTRY', 'SIZE_BAND', 'COMPANY', 'JOB_TITLE', 'NAME', 'EMAIL', 'PHONE', 'EXTERNAL_ID', 'SOURCE_SYSTEMS', 'WALLET_ESTIMATE', 'FIRST_SEEN_AT', 'CREATED_AT'],
  consent: ['CONSENT_EMAIL', 'CONSENT_SMS'],
  tags: ['TAG', 'TAG_CATEGORY', 'TAG_SCORE'],
  orders: ['ORDER_COUNT', 'ORDER_REVENUE', 'FIRST_ORDER_AT', 'LAST_ORDER_AT'],
  rfm: ['RFM_SEGMENT', 'RFM_RECENCY_SCORE', 'RFM_FREQUENCY_SCORE', 'RFM_MONETARY_SCORE'],
  feedback: ['NPS_CATEGORY', 'NPS_SCORE', 'CSAT_SCORE', 'OPEN_FEEDBACK_CASES'],
  lead: ['LEAD_GRADE', 'LEAD_SCORE'],
  journeys: ['JOURNEY_STAGE', 'TOUCHPOINT_COUNT'],
  attributes: ['ATTRIBUTE'],
};

const PLACED = new Set<SegmentField>(Object.values(PLACES).flat());

export interface ListedGroup<T> {
  group: FieldGroup;
  fields: T[];
}

/** The served fields in the builder's groups and order; a group with none of them is left out. */
export function listFields<T extends { field: SegmentField }>(fields: readonly T[]): ListedGroup<T>[] {
  const served = new Map(fields.map((rules) => [rules.field, rules]));
  const placed = (Object.entries(PLACES) as [FieldGroup, readonly SegmentField[]][]).map(([group, order]) => ({
    group,
    fields: order.flatMap((field) => served.get(field) ?? []),
  }));
  const other = { group: 'other' as const, fields: fields.filter((rules) => !PLACED.has(rules.field)) };
  return [...placed, other].filter((group) => group.fields.length > 0);
}

/** The field a new condition starts with: the first one listed. */
export function firstListedField<T extends { field: SegmentField }>(fields: readonly T[]): SegmentField {
  const first = listFields(fields)[0]?.fields[0];
  if (!first) throw new Error('the API serves no segment fields');
  return first.field;
}
