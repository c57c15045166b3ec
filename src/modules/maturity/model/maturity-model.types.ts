/**
 * The CX-maturity model as data (MATURITY.md): stages, tiers, dimensions, answer anchors and
 * the question bank of one version. Every text exists in both locales; code never branches on
 * an item or a stage, it reads this.
 */

export type Locale = 'en' | 'zh-CN';

/** A text in every supported locale. */
export type Localized = Record<Locale, string>;

export type TierKey = 'ATTRACT' | 'CONVERT' | 'ADVOCATE';

export type DimensionKey = 'STRATEGY' | 'DATA' | 'TECHNOLOGY' | 'CHANNELS' | 'MEASUREMENT' | 'ORGANIZATION';

export type StageKey = 'INITIATE' | 'RADIATE' | 'ALIGN' | 'SEGMENT' | 'PERSONALIZE' | 'MANAGE_EXPERIENCE' | 'LIFETIME';

/** The measures that corroborate bound items (MATURITY.md, Evidence). */
export type EvidenceMeasureKey =
  | 'CONTACTABLE_CUSTOMER_SHARE' // 1.3
  | 'ORDERS_WITH_CHANNEL_SHARE' // 2.2, 3.2
  | 'BUYERS_WITH_EXTERNAL_ID_SHARE' // 3.4
  | 'FRESH_BEHAVIOURAL_SEGMENT_COVERAGE' // 4.1
  | 'ACTIVE_SEGMENT_COUNT' // 4.2
  | 'LIFECYCLE_MEASURABILITY' // 5.2
  | 'CONSENT_COVERAGE' // 5.3
  | 'LEAD_SCORE_OR_JOURNEY_COVERAGE' // 5.5
  | 'UNIFIED_PROFILE_COVERAGE' // 6.1
  | 'FEEDBACK_VOLUME_AND_STAGES' // 6.2
  | 'CLOSED_LOOP_RESPONSE' // 6.3
  | 'ACTIVE_API_KEYS' // 6.4
  | 'PREDICTIVE_TAG_COVERAGE' // 7.1
  | 'CLV_READINESS' // 7.2
  | 'ADVOCACY_NPS'; // 7.3

export interface TierDefinition {
  key: TierKey;
  name: Localized;
  /** What the tier is about, one line. */
  description: Localized;
}

export interface StageDefinition {
  /** 1..7 */
  number: number;
  key: StageKey;
  tier: TierKey;
  name: Localized;
  /** What reaching the stage means, one or two sentences. */
  description: Localized;
  /** What to do, at this stage, to reach the next one: 3–5 short steps (at the last stage: how to sustain and extend it). */
  nextSteps: Localized[];
}

export interface DimensionDefinition {
  key: DimensionKey;
  name: Localized;
  description: Localized;
}

/** The 0..4 scale; quick mode maps no/partly/yes to 0/2/4. */
export interface AnswerAnchor {
  level: 0 | 1 | 2 | 3 | 4;
  label: Localized;
}

/** What an item recommends when it is a gap (MATURITY.md, Recommendations). */
export interface ItemRecommendation {
  title: Localized;
  action: Localized;
  /** The KPI to watch. */
  kpi: Localized;
  /** Who should own it (a role, not a person). */
  ownerRole: Localized;
  /** The cxgraph feature that helps, e.g. "RFM and saved segments". */
  feature: Localized;
}

export interface ItemDefinition {
  /** Stable across versions: "4.1". */
  id: string;
  stage: number;
  dimension: DimensionKey;
  gate: boolean;
  /** 2 for gates, 1 otherwise. */
  weight: number;
  /** One clear, observable statement the company rates. */
  text: Localized;
  /** Gates never allow NOT_APPLICABLE. */
  allowsNotApplicable: boolean;
  /** The measure that corroborates the answer, when the item is bound to data. */
  evidence: EvidenceMeasureKey | null;
  recommendation: ItemRecommendation;
}

export interface MaturityModel {
  /** Questionnaire version; stored with every assessment. */
  version: number;
  tiers: TierDefinition[];
  stages: StageDefinition[];
  dimensions: DimensionDefinition[];
  anchors: AnswerAnchor[];
  /** Anchors of quick mode: no / partly / yes. */
  quickAnchors: { answer: 'NO' | 'PARTLY' | 'YES'; level: 0 | 2 | 4; label: Localized }[];
  items: ItemDefinition[];
  /** Evidence measures: what each one measures and how its value maps to a level. */
  measures: Record<EvidenceMeasureKey, { name: Localized; bands: Localized }>;
}
