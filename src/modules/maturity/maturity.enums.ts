import { registerEnumType } from 'type-graphql';
import type { Locale } from './model/maturity-model.types.js';

/** The GraphQL faces of the maturity model's keys (MATURITY.md). */

export enum MaturityLocale {
  EN = 'EN',
  ZH_CN = 'ZH_CN',
}

export function localeOf(locale: MaturityLocale | null | undefined): Locale {
  return locale === MaturityLocale.ZH_CN ? 'zh-CN' : 'en';
}

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

export enum SpecialAnswer {
  UNKNOWN = 'UNKNOWN',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum QuickAnswer {
  NO = 'NO',
  PARTLY = 'PARTLY',
  YES = 'YES',
}

export enum MaturityTier {
  ATTRACT = 'ATTRACT',
  CONVERT = 'CONVERT',
  ADVOCATE = 'ADVOCATE',
}

export enum MaturityStage {
  INITIATE = 'INITIATE',
  RADIATE = 'RADIATE',
  ALIGN = 'ALIGN',
  SEGMENT = 'SEGMENT',
  PERSONALIZE = 'PERSONALIZE',
  MANAGE_EXPERIENCE = 'MANAGE_EXPERIENCE',
  LIFETIME = 'LIFETIME',
}

export enum MaturityDimension {
  STRATEGY = 'STRATEGY',
  DATA = 'DATA',
  TECHNOLOGY = 'TECHNOLOGY',
  CHANNELS = 'CHANNELS',
  MEASUREMENT = 'MEASUREMENT',
  ORGANIZATION = 'ORGANIZATION',
}

export enum EvidenceMeasure {
  CONTACTABLE_CUSTOMER_SHARE = 'CONTACTABLE_CUSTOMER_SHARE',
  ORDERS_WITH_CHANNEL_SHARE = 'ORDERS_WITH_CHANNEL_SHARE',
  BUYERS_WITH_EXTERNAL_ID_SHARE = 'BUYERS_WITH_EXTERNAL_ID_SHARE',
  FRESH_BEHAVIOURAL_SEGMENT_COVERAGE = 'FRESH_BEHAVIOURAL_SEGMENT_COVERAGE',
  ACTIVE_SEGMENT_COUNT = 'ACTIVE_SEGMENT_COUNT',
  LIFECYCLE_MEASURABILITY = 'LIFECYCLE_MEASURABILITY',
  CONSENT_COVERAGE = 'CONSENT_COVERAGE',
  LEAD_SCORE_OR_JOURNEY_COVERAGE = 'LEAD_SCORE_OR_JOURNEY_COVERAGE',
  UNIFIED_PROFILE_COVERAGE = 'UNIFIED_PROFILE_COVERAGE',
  FEEDBACK_VOLUME_AND_STAGES = 'FEEDBACK_VOLUME_AND_STAGES',
  CLOSED_LOOP_RESPONSE = 'CLOSED_LOOP_RESPONSE',
  ACTIVE_API_KEYS = 'ACTIVE_API_KEYS',
  PREDICTIVE_TAG_COVERAGE = 'PREDICTIVE_TAG_COVERAGE',
  CLV_READINESS = 'CLV_READINESS',
  ADVOCACY_NPS = 'ADVOCACY_NPS',
}

export enum ItemStatus {
  CORROBORATED = 'CORROBORATED',
  OVERCLAIM = 'OVERCLAIM',
  UNDERCLAIM = 'UNDERCLAIM',
  SELF_REPORTED = 'SELF_REPORTED',
  OVERRIDDEN = 'OVERRIDDEN',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum ConfidenceBand {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum ProvisionalReason {
  UNKNOWN_SHARE = 'UNKNOWN_SHARE',
  NEXT_GATE_UNKNOWN = 'NEXT_GATE_UNKNOWN',
}

export enum RecommendationReason {
  FAILING_GATE = 'FAILING_GATE',
  FOUNDATION_GAP = 'FOUNDATION_GAP',
  WEAKEST_DIMENSION = 'WEAKEST_DIMENSION',
  TARGET_STAGE_GAP = 'TARGET_STAGE_GAP',
}

registerEnumType(MaturityLocale, { name: 'MaturityLocale', description: 'Language of the model\'s texts: EN (English) or ZH_CN (Simplified Chinese).' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus', description: 'DRAFT: answers may change; SUBMITTED: answers frozen, evidence may still be refreshed.' });
registerEnumType(SpecialAnswer, { name: 'SpecialAnswer', description: 'UNKNOWN: the respondent cannot say (scores 0, flagged); NOT_APPLICABLE: removes the item (only items that allow it, never gates).' });
registerEnumType(QuickAnswer, { name: 'QuickAnswer', description: 'Quick mode: NO = level 0, PARTLY = 2, YES = 4.' });
registerEnumType(MaturityTier, { name: 'MaturityTier', description: 'ATTRACT (stages 1–3, attention), CONVERT (4–5, conversion), ADVOCATE (6–7, word of mouth).' });
registerEnumType(MaturityStage, { name: 'MaturityStage', description: 'The seven stages, 1 INITIATE … 7 LIFETIME.' });
registerEnumType(MaturityDimension, { name: 'MaturityDimension', description: 'The six capability dimensions of the profile (radar).' });
registerEnumType(EvidenceMeasure, { name: 'EvidenceMeasure', description: 'A measure of the tenant\'s own data that corroborates a bound item (MATURITY.md, Evidence).' });
registerEnumType(ItemStatus, {
  name: 'AssessmentItemStatus',
  description: 'How the answer relates to the evidence: within ±0.25 of it (CORROBORATED), above (OVERCLAIM), below (UNDERCLAIM), no evidence (SELF_REPORTED), set by the consultant (OVERRIDDEN), or left out (NOT_APPLICABLE).',
});
registerEnumType(ConfidenceBand, { name: 'ConfidenceBand', description: 'HIGH ≥ 0.8, MEDIUM ≥ 0.5, else LOW.' });
registerEnumType(ProvisionalReason, { name: 'ProvisionalReason', description: 'UNKNOWN_SHARE: over 20% of items UNKNOWN; NEXT_GATE_UNKNOWN: a gate of the next stage is UNKNOWN.' });
registerEnumType(RecommendationReason, {
  name: 'RecommendationReason',
  description: 'FAILING_GATE: a gate of the target stage below 0.5; FOUNDATION_GAP: an item of an earlier stage below 0.75; WEAKEST_DIMENSION: an item of the floor dimension; TARGET_STAGE_GAP: another gap of the target stage.',
});
