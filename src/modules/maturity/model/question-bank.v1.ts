import type { DimensionKey, EvidenceMeasureKey } from './maturity-model.types.js';

/**
 * The structure of the question bank, version 1 (MATURITY.md): per item its stage, dimension,
 * gate, data binding and whether N/A is allowed. Texts live in maturity-texts.v1.ts and item-texts.v1.ts.
 *
 * N/A is allowed only for tactics a company can legitimately lack by its business model (a
 * B2B firm with no mobile shop, no paid acquisition, no advocacy programme): never for gates,
 * and never for the capabilities every stage rests on.
 */
export interface ItemStructure {
  id: string;
  dimension: DimensionKey;
  gate: boolean;
  allowsNotApplicable: boolean;
  evidence: EvidenceMeasureKey | null;
}

const item = (id: string, dimension: DimensionKey, options: { gate?: boolean; notApplicable?: boolean; evidence?: EvidenceMeasureKey } = {}): ItemStructure => ({
  id,
  dimension,
  gate: options.gate ?? false,
  allowsNotApplicable: options.notApplicable ?? false,
  evidence: options.evidence ?? null,
});

export const QUESTION_BANK_V1: ItemStructure[] = [
  item('1.1', 'CHANNELS', { gate: true }),
  item('1.2', 'TECHNOLOGY', { gate: true }),
  item('1.3', 'DATA', { evidence: 'CONTACTABLE_CUSTOMER_SHARE' }),
  item('1.4', 'CHANNELS'),
  item('1.5', 'ORGANIZATION'),

  item('2.1', 'CHANNELS', { gate: true }),
  item('2.2', 'MEASUREMENT', { gate: true, evidence: 'ORDERS_WITH_CHANNEL_SHARE' }),
  item('2.3', 'CHANNELS', { notApplicable: true }),
  item('2.4', 'STRATEGY'),
  item('2.5', 'TECHNOLOGY', { notApplicable: true }),

  item('3.1', 'STRATEGY', { gate: true }),
  item('3.2', 'MEASUREMENT', { gate: true, evidence: 'ORDERS_WITH_CHANNEL_SHARE' }),
  item('3.3', 'MEASUREMENT'),
  item('3.4', 'DATA', { evidence: 'BUYERS_WITH_EXTERNAL_ID_SHARE' }),
  item('3.5', 'ORGANIZATION'),

  item('4.1', 'DATA', { gate: true, evidence: 'FRESH_BEHAVIOURAL_SEGMENT_COVERAGE' }),
  item('4.2', 'CHANNELS', { gate: true, evidence: 'ACTIVE_SEGMENT_COUNT' }),
  item('4.3', 'MEASUREMENT'),
  item('4.4', 'TECHNOLOGY', { notApplicable: true }),
  item('4.5', 'STRATEGY'),

  item('5.1', 'TECHNOLOGY', { gate: true }),
  item('5.2', 'MEASUREMENT', { gate: true, evidence: 'LIFECYCLE_MEASURABILITY' }),
  item('5.3', 'DATA', { evidence: 'CONSENT_COVERAGE' }),
  item('5.4', 'CHANNELS', { notApplicable: true }),
  item('5.5', 'ORGANIZATION', { evidence: 'LEAD_SCORE_OR_JOURNEY_COVERAGE' }),

  item('6.1', 'DATA', { gate: true, evidence: 'UNIFIED_PROFILE_COVERAGE' }),
  item('6.2', 'MEASUREMENT', { gate: true, evidence: 'FEEDBACK_VOLUME_AND_STAGES' }),
  item('6.3', 'ORGANIZATION', { evidence: 'CLOSED_LOOP_RESPONSE' }),
  item('6.4', 'TECHNOLOGY', { evidence: 'ACTIVE_API_KEYS' }),
  item('6.5', 'STRATEGY'),

  item('7.1', 'DATA', { gate: true, evidence: 'PREDICTIVE_TAG_COVERAGE' }),
  item('7.2', 'MEASUREMENT', { gate: true, evidence: 'CLV_READINESS' }),
  item('7.3', 'CHANNELS', { notApplicable: true, evidence: 'ADVOCACY_NPS' }),
  item('7.4', 'ORGANIZATION'),
  item('7.5', 'TECHNOLOGY', { notApplicable: true }),
];
