/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** One respondent's answer to one item: exactly one of level, quick or special. */
export type AnswerInput = {
  /** Item id of the assessment's questionnaire version, e.g. "4.1". */
  itemId: string;
  /** 0 not in place · 1 ad hoc · 2 partly · 3 largely · 4 fully, measured and improved. */
  level?: number | null | undefined;
  /** The respondent's note, up to 4,000 characters. */
  note?: string | null | undefined;
  /** Quick mode instead of level: NO = 0, PARTLY = 2, YES = 4. */
  quick?: QuickAnswer | null | undefined;
  /** One of the assessment's respondents. */
  respondent: string;
  /** UNKNOWN or NOT_APPLICABLE instead of a level. */
  special?: SpecialAnswer | null | undefined;
};

/** Answers to save; a later answer of the same respondent to the same item replaces the earlier one. */
export type AnswerItemsInput = {
  /** 1 to 500 answers; all are saved or none. */
  answers: Array<AnswerInput>;
  assessmentId: string | number;
};

/** How the answer relates to the evidence: within ±0.25 of it (CORROBORATED), above (OVERCLAIM), below (UNDERCLAIM), no evidence (SELF_REPORTED), set by the consultant (OVERRIDDEN), or left out (NOT_APPLICABLE). */
export type AssessmentItemStatus =
  | 'CORROBORATED'
  | 'NOT_APPLICABLE'
  | 'OVERCLAIM'
  | 'OVERRIDDEN'
  | 'SELF_REPORTED'
  | 'UNDERCLAIM';

/** DRAFT: answers may change; SUBMITTED: answers frozen, evidence may still be refreshed. */
export type AssessmentStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** Which acquisition cohorts to build and how far to follow them. */
export type CohortInput = {
  /** Nothing after this instant counts. Default: now. */
  asOf?: string | null | undefined;
  /** The first cohort is the calendar period holding this instant. Default: `to` minus 365 days. */
  from?: string | null | undefined;
  /** Cohort period: MONTH (default) or WEEK (ISO, from Monday). */
  interval?: Interval | null | undefined;
  /** Follow each cohort for offsets 0..maxOffset periods (default 12, at most 60). */
  maxOffset?: number | null | undefined;
  /** IANA time zone of the calendar periods. Default: the tenant's. */
  timeZone?: string | null | undefined;
  /** The last cohort is the calendar period holding the instant just before min(to, asOf). Default: asOf. */
  to?: string | null | undefined;
};

/** HIGH ≥ 0.8, MEDIUM ≥ 0.5, else LOW. */
export type ConfidenceBand =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A new saved segment. */
export type CreateSegmentInput = {
  /** The definition as a GraphQL input tree; or give document. */
  definition?: SegmentDefinitionInput | null | undefined;
  /** Up to 2,000 characters. */
  description?: string | null | undefined;
  /** The definition as its JSON document; or give definition. */
  document?: Record<string, unknown> | null | undefined;
  /** 1 to 200 characters, unique in the tenant (ignoring case). */
  name: string;
  /** Minutes between scheduled refreshes, 1 to 10,080 (default 15). */
  refreshIntervalMinutes?: number | null | undefined;
};

/** The level aimed at in one dimension. */
export type DimensionTargetInput = {
  dimension: MaturityDimension;
  /** 1..7 */
  level: number;
};

/** A measure of the tenant's own data that corroborates a bound item (MATURITY.md, Evidence). */
export type EvidenceMeasure =
  | 'ACTIVE_API_KEYS'
  | 'ACTIVE_SEGMENT_COUNT'
  | 'ADVOCACY_NPS'
  | 'BUYERS_WITH_EXTERNAL_ID_SHARE'
  | 'CLOSED_LOOP_RESPONSE'
  | 'CLV_READINESS'
  | 'CONSENT_COVERAGE'
  | 'CONTACTABLE_CUSTOMER_SHARE'
  | 'FEEDBACK_VOLUME_AND_STAGES'
  | 'FRESH_BEHAVIOURAL_SEGMENT_COVERAGE'
  | 'LEAD_SCORE_OR_JOURNEY_COVERAGE'
  | 'LIFECYCLE_MEASURABILITY'
  | 'ORDERS_WITH_CHANNEL_SHARE'
  | 'PREDICTIVE_TAG_COVERAGE'
  | 'UNIFIED_PROFILE_COVERAGE';

/** Calendar bucket of a series in the query time zone; weeks start on Monday (ISO). */
export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

/** The six capability dimensions of the profile (radar). */
export type MaturityDimension =
  | 'CHANNELS'
  | 'DATA'
  | 'MEASUREMENT'
  | 'ORGANIZATION'
  | 'STRATEGY'
  | 'TECHNOLOGY';

/** Language of the model's texts: EN (English) or ZH_CN (Simplified Chinese). */
export type MaturityLocale =
  | 'EN'
  | 'ZH_CN';

/** The seven stages, 1 INITIATE … 7 LIFETIME. */
export type MaturityStage =
  | 'ALIGN'
  | 'INITIATE'
  | 'LIFETIME'
  | 'MANAGE_EXPERIENCE'
  | 'PERSONALIZE'
  | 'RADIATE'
  | 'SEGMENT';

/** The company's targets; they replace the previous ones. */
export type MaturityTargetsInput = {
  /** At most one per dimension. */
  dimensions?: Array<DimensionTargetInput> | null | undefined;
  /** The stage aimed at, 1..7; null for none. */
  stage?: number | null | undefined;
};

/** ATTRACT (stages 1–3, attention), CONVERT (4–5, conversion), ADVOCATE (6–7, word of mouth). */
export type MaturityTier =
  | 'ADVOCATE'
  | 'ATTRACT'
  | 'CONVERT';

/** Breakdown of a metric: one series per value of the dimension. */
export type MetricDimension =
  /** Channel of the order, answer or touchpoint. */
  | 'CHANNEL'
  /** The category of the feedback entry. */
  | 'FEEDBACK_CATEGORY'
  /** The journey stage of the answer or touchpoint ("journey/stage" keys). */
  | 'JOURNEY_STAGE'
  /** The customer's region. */
  | 'REGION'
  /** The customer's RFM segment as of the query's asOf (default scoring). */
  | 'RFM_SEGMENT'
  /** Each saved segment (by name) the customer was a member of at asOf, as the segment's refreshes recorded it; a customer in two segments counts in both. */
  | 'SAVED_SEGMENT'
  /** Each active tag key of the customer (a customer with two tags counts in both). */
  | 'TAG'
  /** Each category of the customer's active tags. */
  | 'TAG_CATEGORY';

/** Restricts which customers and events a metric counts. All given conditions must hold. */
export type MetricFilter = {
  /** Events (orders, answers, touchpoints) in one of these channels. */
  channels?: Array<string> | null | undefined;
  /** Customers in one of these regions. */
  regions?: Array<string> | null | undefined;
  /** Customers in one of these RFM segments as of asOf (default scoring), e.g. CHAMPIONS. */
  rfmSegments?: Array<string> | null | undefined;
  /** Customers that were members at asOf of every one of these saved segments (as their refreshes recorded it). */
  segmentIds?: Array<string | number> | null | undefined;
  /** Customers holding every one of these active tag keys. */
  tagKeys?: Array<string> | null | undefined;
};

/** The one input every time-based metric takes. */
export type MetricInput = {
  /** The instant the data is read as of: nothing after it counts. Default: now. */
  asOf?: string | null | undefined;
  filter?: MetricFilter | null | undefined;
  /** Start of the window (inclusive). Default: `to` minus 365 days. */
  from?: string | null | undefined;
  /** Break the metric down: one series per value. */
  groupBy?: MetricDimension | null | undefined;
  /** Series bucket. Default MONTH. */
  interval?: Interval | null | undefined;
  /** IANA time zone for buckets. Default: the tenant's. */
  timeZone?: string | null | undefined;
  /** End of the window (exclusive). Default: asOf. Buckets after asOf are returned empty. */
  to?: string | null | undefined;
};

/** A consultant's override of an item's effective score. */
export type OverrideItemInput = {
  assessmentId: string | number;
  itemId: string;
  /** Why, 10 to 4,000 characters; required with a level. Kept as evidence. */
  justification?: string | null | undefined;
  /** The level 0..4 the item is worth (effective score level / 4); null removes the override. */
  level?: number | null | undefined;
};

/** A definition to evaluate without saving it. */
export type PreviewSegmentInput = {
  /** The definition as a GraphQL input tree; or give document. */
  definition?: SegmentDefinitionInput | null | undefined;
  /** The definition as its JSON document (as stored and exported); or give definition. */
  document?: Record<string, unknown> | null | undefined;
  /** How many members to return as a sample, 0 to 100 (default 10), by external id. */
  sampleSize?: number | null | undefined;
};

/** UNKNOWN_SHARE: over 20% of items UNKNOWN; NEXT_GATE_UNKNOWN: a gate of the next stage is UNKNOWN. */
export type ProvisionalReason =
  | 'NEXT_GATE_UNKNOWN'
  | 'UNKNOWN_SHARE';

/** Quick mode: NO = level 0, PARTLY = 2, YES = 4. */
export type QuickAnswer =
  | 'NO'
  | 'PARTLY'
  | 'YES';

/** FAILING_GATE: a gate of the target stage below 0.5; FOUNDATION_GAP: an item of an earlier stage below 0.75; WEAKEST_DIMENSION: an item of the floor dimension; TARGET_STAGE_GAP: another gap of the target stage. */
export type RecommendationReason =
  | 'FAILING_GATE'
  | 'FOUNDATION_GAP'
  | 'TARGET_STAGE_GAP'
  | 'WEAKEST_DIMENSION';

/** RFM as of an instant over a window of completed orders. */
export type RfmInput = {
  /** R is measured to this instant; later orders do not count. Default: now. */
  asOf?: string | null | undefined;
  /** Window start (inclusive). Default: `to` minus 365 days. */
  from?: string | null | undefined;
  /** Default: the tenant's setting (QUANTILE). */
  method?: RfmMethod | null | undefined;
  /** Custom map for this query; default: the tenant's map. */
  segmentMap?: Array<RfmSegmentRuleInput> | null | undefined;
  /** Required with FIXED, refused otherwise. */
  thresholds?: RfmThresholdsInput | null | undefined;
  /** Window end (exclusive). Default: asOf. */
  to?: string | null | undefined;
};

/** How R, F and M values become scores 1..5. */
export type RfmMethod =
  /** Four ascending edges per measure supplied by the caller; a value equal to an edge falls in the lower bin. */
  | 'FIXED'
  /** ntile(5) on each measure, ties broken by external id. */
  | 'NTILE'
  /** Value quintiles (percentile_cont edges, right-inclusive bins); F by its rank ordered by (F, external id). Reproduces pandas qcut. */
  | 'QUANTILE';

/** A rule of a custom segment map; the rules must cover every R×F (or R×F×M) cell exactly once. */
export type RfmSegmentRuleInput = {
  /** F scores (1..5) the rule covers. */
  frequency: Array<number>;
  /** M scores (1..5); omit on R×F maps. */
  monetary?: Array<number> | null | undefined;
  /** R scores (1..5) the rule covers. */
  recency: Array<number>;
  /** Segment name: capital letters, digits and underscores, such as CHAMPIONS. */
  segment: string;
};

/** Four ascending edges per measure for the FIXED method; a value equal to an edge falls in the lower bin. */
export type RfmThresholdsInput = {
  /** Completed orders in the window; at or below edge 1 scores 1. */
  frequency: Array<number>;
  /** Revenue in the window; at or below edge 1 scores 1. */
  monetary: Array<number>;
  /** Days since the last order; at or below edge 1 scores 5. */
  recency: Array<number>;
};

/** The declared type of a customer attribute a segment condition reads. */
export type SegmentAttributeType =
  /** A JSON boolean, or the text true / false in any case. */
  | 'BOOLEAN'
  /** Text holding an ISO 8601 date or date-time. */
  | 'DATE'
  /** A JSON number, or text holding a decimal number. */
  | 'NUMBER'
  /** Text; numbers and booleans are read as their text. */
  | 'STRING';

/** Whether a customer entered or left a segment. */
export type SegmentChangeKind =
  | 'ENTERED'
  | 'EXITED';

/** A test of one segment field. Which of the optional keys apply depends on the field. */
export type SegmentConditionInput = {
  /** What is tested. */
  field: SegmentField;
  /** JOURNEY_STAGE (required) and TOUCHPOINT_COUNT: the journey key. */
  journey?: string | null | undefined;
  /** How it is compared; each field allows some operators only. */
  operator: SegmentOperator;
  /** ATTRIBUTE: keys of the customer attributes separated by dots, such as "loyalty.tier". */
  path?: string | null | undefined;
  /** TAG_SCORE: the tag key whose score is compared. */
  tag?: string | null | undefined;
  /** ATTRIBUTE: how the value at the path is read. */
  type?: SegmentAttributeType | null | undefined;
  /** What the field is compared with: one value, a list (IN, NOT_IN, HAS_ANY, HAS_ALL), [low, high] (BETWEEN), a number of days (WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO), or nothing (IS_SET, IS_NOT_SET). Dates are ISO 8601 text. */
  value?: unknown;
  /** ORDER_COUNT, ORDER_REVENUE, TOUCHPOINT_COUNT, JOURNEY_STAGE: count only the last N days (of 24 hours) up to asOf. */
  withinDays?: number | null | undefined;
};

/** A key of a segment condition besides field, operator and value (SegmentConditionInput; the same name in the JSON document). */
export type SegmentConditionParameter =
  /** journey: the key of a journey. */
  | 'JOURNEY'
  /** path: keys of the attributes object separated by dots, such as loyalty.tier. */
  | 'PATH'
  /** tag: the key of the tag whose score is tested. */
  | 'TAG'
  /** type: how the attribute at the path is read (SegmentAttributeType). */
  | 'TYPE'
  /** withinDays: count only the last N days (24 hours each) up to asOf. */
  | 'WITHIN_DAYS';

/** A node of a segment definition: exactly one of all (every child holds), any (at least one holds), not (the child does not hold) or condition. At most 10 levels and 200 nodes. */
export type SegmentDefinitionInput = {
  /** Holds when every node of the (non-empty) list holds. */
  all?: Array<SegmentDefinitionInput> | null | undefined;
  /** Holds when at least one node of the (non-empty) list holds. */
  any?: Array<SegmentDefinitionInput> | null | undefined;
  /** A test of one field. */
  condition?: SegmentConditionInput | null | undefined;
  /** Holds when the node does not. */
  not?: SegmentDefinitionInput | null | undefined;
};

/** What a segment condition tests. */
export type SegmentField =
  /** A customer attribute at `path` (keys separated by dots), read as its declared `type`. */
  | 'ATTRIBUTE'
  /** Company name. */
  | 'COMPANY'
  /** Consent to email; IS_NOT_SET when not recorded. */
  | 'CONSENT_EMAIL'
  /** Consent to SMS; IS_NOT_SET when not recorded. */
  | 'CONSENT_SMS'
  /** When the profile was recorded in cxgraph. */
  | 'CREATED_AT'
  /** Score 1..5 of the latest CSAT answer at or before asOf. */
  | 'CSAT_SCORE'
  /** Email address. */
  | 'EMAIL'
  /** The id of the customer in the system it came from. */
  | 'EXTERNAL_ID'
  /** First completed order (acquisition). */
  | 'FIRST_ORDER_AT'
  /** When the customer was first seen or signed up. */
  | 'FIRST_SEEN_AT'
  /** Industry. */
  | 'INDUSTRY'
  /** Job title. */
  | 'JOB_TITLE'
  /** Reached stage `value` (a stage key) of journey `journey`: a touchpoint in it or a later stage, at or before asOf (and within `withinDays`). */
  | 'JOURNEY_STAGE'
  /** Latest completed order. */
  | 'LAST_ORDER_AT'
  /** Lead grade as of asOf (the tenant's rules and thresholds), of any customer. */
  | 'LEAD_GRADE'
  /** Lead score as of asOf. */
  | 'LEAD_SCORE'
  /** Customer name. */
  | 'NAME'
  /** Category of the latest NPS answer at or before asOf; NONE without one. */
  | 'NPS_CATEGORY'
  /** Score 0..10 of the latest NPS answer at or before asOf. */
  | 'NPS_SCORE'
  /** Feedback cases open at asOf (complaints, suggestions, NPS detractors, CSAT 1–2 without a resolution). */
  | 'OPEN_FEEDBACK_CASES'
  /** Completed orders, ever or in the last `withinDays` days. */
  | 'ORDER_COUNT'
  /** Revenue of completed orders in base currency, ever or in the last `withinDays` days. */
  | 'ORDER_REVENUE'
  /** Phone number. */
  | 'PHONE'
  /** Region. */
  | 'REGION'
  /** RFM F score 1..5 as of asOf. */
  | 'RFM_FREQUENCY_SCORE'
  /** RFM M score 1..5 as of asOf. */
  | 'RFM_MONETARY_SCORE'
  /** RFM R score 1..5 as of asOf. */
  | 'RFM_RECENCY_SCORE'
  /** RFM segment as of asOf (the tenant's map); IS_NOT_SET for customers without a completed order in the 365-day window. */
  | 'RFM_SEGMENT'
  /** Company size band. */
  | 'SIZE_BAND'
  /** Systems the profile was seen in (HAS one, HAS_ANY / HAS_ALL of a list). */
  | 'SOURCE_SYSTEMS'
  /** Tags held at asOf, by key. */
  | 'TAG'
  /** Holds at asOf a tag of the category. */
  | 'TAG_CATEGORY'
  /** Score of the tag `tag` held at asOf; customers without the tag or without a score never match a comparison. */
  | 'TAG_SCORE'
  /** Touchpoints at or before asOf, ever or in the last `withinDays` days, of any journey or of `journey`. */
  | 'TOUCHPOINT_COUNT'
  /** Estimated total category spend, base currency. */
  | 'WALLET_ESTIMATE';

/** How a segment condition compares. NEQ, NOT_IN, IS_NOT_SET, HAS_NOT and NOT_REACHED hold exactly when their positive form does not. */
export type SegmentOperator =
  /** Within [low, high], both included; value is a list of two. */
  | 'BETWEEN'
  /** Text containing the value, ignoring case. */
  | 'CONTAINS'
  /** Equal to the value (text: exactly, case included). */
  | 'EQ'
  /** Greater than (dates: after). */
  | 'GT'
  /** Greater than or equal. */
  | 'GTE'
  /** Holds the value (a tag key, a category, a source system). */
  | 'HAS'
  /** Holds every one of a list. */
  | 'HAS_ALL'
  /** Holds at least one of a list. */
  | 'HAS_ANY'
  /** Not HAS. */
  | 'HAS_NOT'
  /** Equal to one of a list of values. */
  | 'IN'
  /** Not IS_SET. */
  | 'IS_NOT_SET'
  /** Has a value (text: not blank). No value is given. */
  | 'IS_SET'
  /** Less than (dates: before). */
  | 'LT'
  /** Less than or equal. */
  | 'LTE'
  /** A time at least the value days (of 24 hours) before asOf. */
  | 'MORE_THAN_DAYS_AGO'
  /** Not EQ; a customer without the value is not equal. */
  | 'NEQ'
  /** Not IN. */
  | 'NOT_IN'
  /** Not REACHED. */
  | 'NOT_REACHED'
  /** Reached the journey stage or a later one. */
  | 'REACHED'
  /** Text starting with the value, ignoring case. */
  | 'STARTS_WITH'
  /** A time in the value days (of 24 hours) up to asOf. */
  | 'WITHIN_LAST_DAYS';

/** What the `value` of a segment condition holds for an operator. */
export type SegmentValueArity =
  /** A whole number of days, 1 to maxDays. */
  | 'DAYS'
  /** A list of 1 to maxListValues values. */
  | 'LIST'
  /** No value is given. */
  | 'NONE'
  /** One value. */
  | 'ONE'
  /** A list of two: [low, high]. */
  | 'PAIR';

/** The kind of value a segment condition compares with (each element, for lists). */
export type SegmentValueKind =
  /** true or false. */
  | 'BOOLEAN'
  /** One of the field’s choices. */
  | 'CHOICE'
  /** A date such as 2026-01-31 (00:00 UTC) or a date-time with a zone such as 2026-01-31T09:30:00Z, in the years 1900 to 2200. */
  | 'DATE'
  /** A number with at most 12 integer digits, or a decimal string such as "12.50". */
  | 'DECIMAL'
  /** A whole number from the field’s minimum to its maximum. */
  | 'INTEGER'
  /** A key of the tenant (a tag key, a journey stage key): 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit. */
  | 'KEY'
  /** Text of 1 to maxTextLength characters. */
  | 'TEXT';

/** UNKNOWN: the respondent cannot say (scores 0, flagged); NOT_APPLICABLE: removes the item (only items that allow it, never gates). */
export type SpecialAnswer =
  | 'NOT_APPLICABLE'
  | 'UNKNOWN';

/** A new assessment of the company. */
export type StartAssessmentInput = {
  /** Who answers (names or roles), 1 to 50, each 1 to 100 characters, distinct. */
  respondents: Array<string>;
  /** 1 to 200 characters, e.g. "Annual review 2026". */
  title: string;
};

/** Changes to a segment; what is left out stays. Every update makes a new version. */
export type UpdateSegmentInput = {
  /** A new definition (the membership is refreshed at once); or give document. */
  definition?: SegmentDefinitionInput | null | undefined;
  /** Up to 2,000 characters; an empty string removes it. */
  description?: string | null | undefined;
  /** A new definition as a JSON document; or give definition. */
  document?: Record<string, unknown> | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  refreshIntervalMinutes?: number | null | undefined;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { apiKey: { name: string, prefix: string, scopes: Array<string>, expiresAt: string | null, trustedDocumentsOnly: boolean }, tenant: { name: string, slug: string, timeZone: string, baseCurrency: string } } };

export type AssessmentListQueryVariables = Exact<{
  locale: MaturityLocale;
}>;


export type AssessmentListQuery = { assessments: Array<{ id: string, title: string, status: AssessmentStatus, respondents: Array<string>, createdAt: string, updatedAt: string, submittedAt: string | null, answers: Array<{ itemId: string }>, submittedResult: { headline: string, evidenceAdjusted: { stage: number } } | null }> };

export type AssessmentModelFieldsFragment = { version: number, locale: string, anchors: Array<{ level: number, label: string }>, tiers: Array<{ key: MaturityTier, name: string, description: string }>, stages: Array<{ number: number, key: MaturityStage, name: string, tier: MaturityTier, description: string, nextSteps: Array<string> }>, dimensions: Array<{ key: MaturityDimension, name: string, description: string }>, items: Array<{ id: string, stage: number, dimension: MaturityDimension, gate: boolean, weight: number, text: string, allowsNotApplicable: boolean, evidence: { key: EvidenceMeasure, name: string, bands: string } | null }> };

export type AssessmentAnsweringQueryVariables = Exact<{
  id: string | number;
  locale: MaturityLocale;
}>;


export type AssessmentAnsweringQuery = { assessment: { id: string, title: string, status: AssessmentStatus, respondents: Array<string>, modelVersion: number, createdAt: string, updatedAt: string, submittedAt: string | null, answers: Array<{ itemId: string, respondent: string, level: number | null, special: SpecialAnswer | null, note: string | null, answeredAt: string }>, result: { headline: string, items: Array<{ itemId: string, status: AssessmentItemStatus, selfScore: number | null, effectiveScore: number | null, evidenceLevel: number | null, applicable: boolean, unanswered: boolean, unknown: boolean, disagree: boolean, override: { score: number, justification: string, createdAt: string } | null, evidence: { measure: EvidenceMeasure, name: string, value: number | null, windowDays: number | null, level: number | null, observedAt: string } | null }> } }, maturityModel: { version: number, locale: string, anchors: Array<{ level: number, label: string }>, tiers: Array<{ key: MaturityTier, name: string, description: string }>, stages: Array<{ number: number, key: MaturityStage, name: string, tier: MaturityTier, description: string, nextSteps: Array<string> }>, dimensions: Array<{ key: MaturityDimension, name: string, description: string }>, items: Array<{ id: string, stage: number, dimension: MaturityDimension, gate: boolean, weight: number, text: string, allowsNotApplicable: boolean, evidence: { key: EvidenceMeasure, name: string, bands: string } | null }> } };

export type AssessmentResultFieldsFragment = { computedAt: string, locale: string, headline: string, provisional: boolean, provisionalReasons: Array<ProvisionalReason>, nextSteps: Array<string>, confidence: { value: number, band: ConfidenceBand, knownShare: number, evidenceCoverage: number, corroboratedShare: number }, selfReported: { stage: number, stageName: string, headline: string, index: number }, evidenceAdjusted: { stage: number, stageKey: MaturityStage | null, stageName: string, tier: MaturityTier | null, tierName: string | null, headline: string, index: number, progressToNext: number | null, aheadOfFoundations: Array<number>, floor: MaturityDimension, stageScores: Array<{ stage: number, key: MaturityStage, name: string, score: number, achieved: boolean, failingGates: Array<string> }>, dimensions: Array<{ dimension: MaturityDimension, name: string, level: number, mean: number | null }> }, items: Array<{ itemId: string, stage: number, dimension: MaturityDimension, gate: boolean, text: string, applicable: boolean, unanswered: boolean, unknown: boolean, disagree: boolean, selfScore: number | null, effectiveScore: number | null, evidenceLevel: number | null, status: AssessmentItemStatus, answers: Array<{ respondent: string, level: number | null, special: SpecialAnswer | null }>, override: { score: number, justification: string } | null, evidence: { measure: EvidenceMeasure, name: string, value: number | null, windowDays: number | null, level: number | null } | null }>, recommendations: Array<{ title: string, action: string, kpi: string, ownerRole: string, feature: string, priority: number, reason: RecommendationReason, item: { itemId: string, text: string, status: AssessmentItemStatus, answers: Array<{ respondent: string, level: number | null, special: SpecialAnswer | null }>, evidence: { measure: EvidenceMeasure, name: string, value: number | null, windowDays: number | null, level: number | null } | null } }> };

export type AssessmentReportQueryVariables = Exact<{
  id: string | number;
  locale: MaturityLocale;
}>;


export type AssessmentReportQuery = { assessment: { id: string, title: string, status: AssessmentStatus, respondents: Array<string>, createdAt: string, submittedAt: string | null, live: { computedAt: string, locale: string, headline: string, provisional: boolean, provisionalReasons: Array<ProvisionalReason>, nextSteps: Array<string>, confidence: { value: number, band: ConfidenceBand, knownShare: number, evidenceCoverage: number, corroboratedShare: number }, selfReported: { stage: number, stageName: string, headline: string, index: number }, evidenceAdjusted: { stage: number, stageKey: MaturityStage | null, stageName: string, tier: MaturityTier | null, tierName: string | null, headline: string, index: number, progressToNext: number | null, aheadOfFoundations: Array<number>, floor: MaturityDimension, stageScores: Array<{ stage: number, key: MaturityStage, name: string, score: number, achieved: boolean, failingGates: Array<string> }>, dimensions: Array<{ dimension: MaturityDimension, name: string, level: number, mean: number | null }> }, items: Array<{ itemId: string, stage: number, dimension: MaturityDimension, gate: boolean, text: string, applicable: boolean, unanswered: boolean, unknown: boolean, disagree: boolean, selfScore: number | null, effectiveScore: number | null, evidenceLevel: number | null, status: AssessmentItemStatus, answers: Array<{ respondent: string, level: number | null, special: SpecialAnswer | null }>, override: { score: number, justification: string } | null, evidence: { measure: EvidenceMeasure, name: string, value: number | null, windowDays: number | null, level: number | null } | null }>, recommendations: Array<{ title: string, action: string, kpi: string, ownerRole: string, feature: string, priority: number, reason: RecommendationReason, item: { itemId: string, text: string, status: AssessmentItemStatus, answers: Array<{ respondent: string, level: number | null, special: SpecialAnswer | null }>, evidence: { measure: EvidenceMeasure, name: string, value: number | null, windowDays: number | null, level: number | null } | null } }> }, frozen: { computedAt: string, locale: string, headline: string, provisional: boolean, provisionalReasons: Array<ProvisionalReason>, nextSteps: Array<string>, confidence: { value: number, band: ConfidenceBand, knownShare: number, evidenceCoverage: number, corroboratedShare: number }, selfReported: { stage: number, stageName: string, headline: string, index: number }, evidenceAdjusted: { stage: number, stageKey: MaturityStage | null, stageName: string, tier: MaturityTier | null, tierName: string | null, headline: string, index: number, progressToNext: number | null, aheadOfFoundations: Array<number>, floor: MaturityDimension, stageScores: Array<{ stage: number, key: MaturityStage, name: string, score: number, achieved: boolean, failingGates: Array<string> }>, dimensions: Array<{ dimension: MaturityDimension, name: string, level: number, mean: number | null }> }, items: Array<{ itemId: string, stage: number, dimension: MaturityDimension, gate: boolean, text: string, applicable: boolean, unanswered: boolean, unknown: boolean, disagree: boolean, selfScore: number | null, effectiveScore: number | null, evidenceLevel: number | null, status: AssessmentItemStatus, answers: Array<{ respondent: string, level: number | null, special: SpecialAnswer | null }>, override: { score: number, justification: string } | null, evidence: { measure: EvidenceMeasure, name: string, value: number | null, windowDays: number | null, level: number | null } | null }>, recommendations: Array<{ title: string, action: string, kpi: string, ownerRole: string, feature: string, priority: number, reason: RecommendationReason, item: { itemId: string, text: string, status: AssessmentItemStatus, answers: Array<{ respondent: string, level: number | null, special: SpecialAnswer | null }>, evidence: { measure: EvidenceMeasure, name: string, value: number | null, windowDays: number | null, level: number | null } | null } }> } | null }, maturityModel: { version: number, locale: string, anchors: Array<{ level: number, label: string }>, tiers: Array<{ key: MaturityTier, name: string, description: string }>, stages: Array<{ number: number, key: MaturityStage, name: string, tier: MaturityTier, description: string, nextSteps: Array<string> }>, dimensions: Array<{ key: MaturityDimension, name: string, description: string }>, items: Array<{ id: string, stage: number, dimension: MaturityDimension, gate: boolean, weight: number, text: string, allowsNotApplicable: boolean, evidence: { key: EvidenceMeasure, name: string, bands: string } | null }> }, maturityHistory: { runs: Array<{ assessmentId: string, title: string, submittedAt: string, change: { stage: number, index: number } | null }>, targets: { stage: number | null, dimensions: Array<{ dimension: MaturityDimension, level: number }> } } };

export type MaturityHistoryPageQueryVariables = Exact<{
  locale: MaturityLocale;
}>;


export type MaturityHistoryPageQuery = { maturityHistory: { runs: Array<{ assessmentId: string, title: string, submittedAt: string, stage: number, selfReportedStage: number, index: number, dimensions: Array<{ dimension: MaturityDimension, level: number }>, change: { stage: number, index: number, dimensions: Array<{ dimension: MaturityDimension, level: number }> } | null }>, targets: { stage: number | null, updatedAt: string | null, dimensions: Array<{ dimension: MaturityDimension, level: number }> }, progress: Array<{ dimension: MaturityDimension | null, target: number, current: number, remaining: number, met: boolean }> }, maturityModel: { stages: Array<{ number: number, name: string }>, dimensions: Array<{ key: MaturityDimension, name: string }> } };

export type ConsoleStartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type ConsoleStartAssessmentMutation = { startAssessment: { id: string } };

export type ConsoleAnswerItemsMutationVariables = Exact<{
  input: AnswerItemsInput;
}>;


export type ConsoleAnswerItemsMutation = { answerItems: { id: string, updatedAt: string } };

export type ConsoleOverrideItemMutationVariables = Exact<{
  input: OverrideItemInput;
}>;


export type ConsoleOverrideItemMutation = { overrideItem: { id: string } };

export type ConsoleRefreshEvidenceMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRefreshEvidenceMutation = { refreshEvidence: { id: string } };

export type ConsoleSubmitAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSubmitAssessmentMutation = { submitAssessment: { id: string, status: AssessmentStatus, submittedAt: string | null } };

export type ConsoleSetMaturityTargetsMutationVariables = Exact<{
  input: MaturityTargetsInput;
}>;


export type ConsoleSetMaturityTargetsMutation = { setMaturityTargets: { targets: { stage: number | null } } };

export type DashboardPeriodComparisonFragment = { current: number | null, previous: number | null, change: number | null };

export type DashboardPeriodWindowFragment = { interval: Interval, timeZone: string };

export type DashboardNpsQueryVariables = Exact<{
  input?: MetricInput | null | undefined;
}>;


export type DashboardNpsQuery = { nps: { window: { from: string, to: string, asOf: string, groupBy: MetricDimension | null, interval: Interval, timeZone: string }, total: { n: number, nps: number | null, marginOfError: number | null, promoters: number, passives: number, detractors: number, promoterShare: number | null, detractorShare: number | null, lowSample: boolean, reason: string | null, previous: { current: number | null, previous: number | null, change: number | null } }, series: Array<{ group: string | null, points: Array<{ start: string, end: string, n: number, nps: number | null, marginOfError: number | null, promoters: number, passives: number, detractors: number, promoterShare: number | null, detractorShare: number | null, lowSample: boolean, reason: string | null }> }>, groups: Array<{ group: string | null, n: number, nps: number | null, marginOfError: number | null, promoters: number, passives: number, detractors: number, promoterShare: number | null, detractorShare: number | null, lowSample: boolean, reason: string | null }> }, analyticsSettings: { lowSampleThreshold: number } };

export type DashboardRfmQueryVariables = Exact<{
  input?: RfmInput | null | undefined;
}>;


export type DashboardRfmQuery = { rfm: { asOf: string, from: string, to: string, method: RfmMethod, customerCount: number, revenue: string, reason: string | null, thresholds: { recency: Array<number>, frequency: Array<number>, monetary: Array<number> } | null, grid: Array<{ r: number, f: number, customers: number }>, segments: Array<{ segment: string, customers: number, customerShare: number | null, revenue: string, revenueShare: number | null, meanRecency: number | null, meanFrequency: number | null, meanMonetary: number | null }>, segmentMap: Array<{ segment: string, recency: Array<number>, frequency: Array<number>, monetary: Array<number> | null }> } };

export type DashboardRfmCustomersQueryVariables = Exact<{
  input?: RfmInput | null | undefined;
  segments?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withNames: boolean;
}>;


export type DashboardRfmCustomersQuery = { rfm: { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { externalId: string, segment: string, r: number, f: number, m: number, recency: number, frequency: number, monetary: string, customer?: { name: string | null } } }> } } };

export type DashboardGrowthQueryVariables = Exact<{
  input?: MetricInput | null | undefined;
}>;


export type DashboardGrowthQuery = { customerGrowth: { churnWindowDays: number, window: { interval: Interval, timeZone: string }, total: { n: number, newCustomers: number | null, activeBaseStart: number | null, activeBaseEnd: number | null, growthRate: number | null, retentionRate: number | null, churnRate: number | null, reason: string | null, growthRateChange: { current: number | null, previous: number | null, change: number | null }, retentionRateChange: { current: number | null, previous: number | null, change: number | null } }, series: Array<{ group: string | null, points: Array<{ start: string, end: string, n: number, newCustomers: number | null, activeBaseStart: number | null, activeBaseEnd: number | null, growthRate: number | null, retentionRate: number | null, churnRate: number | null, reason: string | null }> }> }, repeatPurchaseRate: { total: { n: number, buyers: number, repeatBuyers: number, rate: number | null, reason: string | null, rateChange: { current: number | null, previous: number | null, change: number | null } }, series: Array<{ group: string | null, points: Array<{ start: string, end: string, n: number, buyers: number, repeatBuyers: number, rate: number | null, reason: string | null }> }> } };

export type DashboardCohortsQueryVariables = Exact<{
  input?: CohortInput | null | undefined;
}>;


export type DashboardCohortsQuery = { cohorts: { maxOffset: number, window: { asOf: string, interval: Interval, timeZone: string }, cohorts: Array<{ start: string, end: string, size: number, offsets: Array<{ offset: number, n: number, activeCustomers: number, retention: number | null, revenue: string, revenuePerMember: number | null, complete: boolean, reason: string | null }> }> } };

export type DashboardFeedbackOperationsQueryVariables = Exact<{
  input?: MetricInput | null | undefined;
}>;


export type DashboardFeedbackOperationsQuery = { feedbackOperations: { complaintSlaHours: number, detractorSlaHours: number, window: { groupBy: MetricDimension | null, interval: Interval, timeZone: string }, total: { n: number, received: number, answered: number, open: number, slaMet: number, slaDue: number, slaAttainment: number | null, firstResponseMedianHours: number | null, firstResponseP90Hours: number | null, resolved: number, resolutionRate: number | null, timeToResolveMedianHours: number | null, openBacklog: number | null, followedUp: number, followUpSatisfaction: number | null, detractors: number, detractorsDue: number, closedLoopRate: number | null, reason: string | null, previous: { current: number | null, previous: number | null, change: number | null } }, series: Array<{ group: string | null, points: Array<{ start: string, end: string, n: number, received: number, answered: number, open: number, slaMet: number, slaDue: number, slaAttainment: number | null, firstResponseMedianHours: number | null, resolutionRate: number | null, openBacklog: number | null, detractorsDue: number, closedLoopRate: number | null, reason: string | null }> }> } };

export type DashboardFeedbackGroupsQueryVariables = Exact<{
  input?: MetricInput | null | undefined;
}>;


export type DashboardFeedbackGroupsQuery = { feedbackOperations: { window: { groupBy: MetricDimension | null }, groups: Array<{ group: string | null, n: number, received: number, answered: number, open: number, slaMet: number, slaDue: number, slaAttainment: number | null, firstResponseMedianHours: number | null, firstResponseP90Hours: number | null, resolutionRate: number | null, openBacklog: number | null, closedLoopRate: number | null, reason: string | null }> } };

export type SegmentListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SegmentListQuery = { segments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, memberCount: number, lastRefreshedAt: string | null, lastRefreshError: string | null, refreshIntervalMinutes: number, version: number } }> } };

export type SegmentPreviewQueryVariables = Exact<{
  input: PreviewSegmentInput;
  withProfile: boolean;
}>;


export type SegmentPreviewQuery = { previewSegment: { memberCount: number, sample: Array<{ externalId: string, name?: string | null, region?: string | null }> } };

export type SegmentCreateMutationVariables = Exact<{
  input: CreateSegmentInput;
}>;


export type SegmentCreateMutation = { createSegment: { memberCount: number, segment: { id: string } } };

export type SegmentUpdateMutationVariables = Exact<{
  input: UpdateSegmentInput;
}>;


export type SegmentUpdateMutation = { updateSegment: { memberCount: number, segment: { id: string } } };

export type SegmentRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type SegmentRefreshMutation = { refreshSegment: { entered: number, exited: number, memberCount: number, durationMs: number } };

export type SegmentDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type SegmentDeleteMutation = { deleteSegment: string };

export type SegmentSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentSummaryQuery = { segment: { id: string, name: string, description: string | null, version: number, memberCount: number, refreshIntervalMinutes: number, lastRefreshedAt: string | null, lastRefreshMs: number | null, lastRefreshError: string | null, createdAt: string, updatedAt: string } };

export type SegmentDefinitionQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentDefinitionQuery = { segment: { id: string, name: string, description: string | null, refreshIntervalMinutes: number, document: Record<string, unknown> } };

export type SegmentMemberPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  withProfile: boolean;
}>;


export type SegmentMemberPageQuery = { segment: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { externalId: string, enteredAt: string | null, name?: string | null, email?: string | null, region?: string | null } }> } } };

export type SegmentRecentActivityQueryVariables = Exact<{
  id: string | number;
  latest: number;
  refreshes: number;
  withProfile: boolean;
}>;


export type SegmentRecentActivityQuery = { segment: { id: string, recentChanges: Array<{ sequence: string, change: SegmentChangeKind, at: string, segmentVersion: number, customer: { externalId: string, name?: string | null } }>, refreshHistory: Array<{ at: string, segmentVersion: number, entered: number, exited: number }> } };

export type SegmentTagKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentTagKeysQuery = { tags: { edges: Array<{ node: { key: string, label: string } }> } };

export type SegmentJourneysQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentJourneysQuery = { journeys: { edges: Array<{ node: { key: string, name: string, stages: Array<{ key: string, name: string, position: number }> } }> } };

export type SegmentLanguageQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentLanguageQuery = { segmentLanguage: { fields: Array<{ field: SegmentField, valueKind: SegmentValueKind, operators: Array<SegmentOperator>, minimum: number | null, maximum: number | null, choices: Array<string> | null, parameters: Array<{ name: SegmentConditionParameter, required: boolean }> }>, operators: Array<{ operator: SegmentOperator, arity: SegmentValueArity }>, attributeTypes: Array<{ type: SegmentAttributeType, valueKind: SegmentValueKind, operators: Array<SegmentOperator> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AssessmentModelFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentModelFields on MaturityModel {
  version
  locale
  anchors {
    level
    label
  }
  tiers {
    key
    name
    description
  }
  stages {
    number
    key
    name
    tier
    description
    nextSteps
  }
  dimensions {
    key
    name
    description
  }
  items {
    id
    stage
    dimension
    gate
    weight
    text
    allowsNotApplicable
    evidence {
      key
      name
      bands
    }
  }
}
    `, {"fragmentName":"AssessmentModelFields"}) as unknown as TypedDocumentString<AssessmentModelFieldsFragment, unknown>;
export const AssessmentResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentResultFields on AssessmentResult {
  computedAt
  locale
  headline
  provisional
  provisionalReasons
  nextSteps
  confidence {
    value
    band
    knownShare
    evidenceCoverage
    corroboratedShare
  }
  selfReported {
    stage
    stageName
    headline
    index
  }
  evidenceAdjusted {
    stage
    stageKey
    stageName
    tier
    tierName
    headline
    index
    progressToNext
    aheadOfFoundations
    floor
    stageScores {
      stage
      key
      name
      score
      achieved
      failingGates
    }
    dimensions {
      dimension
      name
      level
      mean
    }
  }
  items {
    itemId
    stage
    dimension
    gate
    text
    applicable
    unanswered
    unknown
    disagree
    selfScore
    effectiveScore
    evidenceLevel
    status
    answers {
      respondent
      level
      special
    }
    override {
      score
      justification
    }
    evidence {
      measure
      name
      value
      windowDays
      level
    }
  }
  recommendations {
    title
    action
    kpi
    ownerRole
    feature
    priority
    reason
    item {
      itemId
      text
      status
      answers {
        respondent
        level
        special
      }
      evidence {
        measure
        name
        value
        windowDays
        level
      }
    }
  }
}
    `, {"fragmentName":"AssessmentResultFields"}) as unknown as TypedDocumentString<AssessmentResultFieldsFragment, unknown>;
export const DashboardPeriodComparisonFragmentDoc = new TypedDocumentString(`
    fragment DashboardPeriodComparison on PeriodComparison {
  current
  previous
  change
}
    `, {"fragmentName":"DashboardPeriodComparison"}) as unknown as TypedDocumentString<DashboardPeriodComparisonFragment, unknown>;
export const DashboardPeriodWindowFragmentDoc = new TypedDocumentString(`
    fragment DashboardPeriodWindow on MetricWindowInfo {
  interval
  timeZone
}
    `, {"fragmentName":"DashboardPeriodWindow"}) as unknown as TypedDocumentString<DashboardPeriodWindowFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    apiKey {
      name
      prefix
      scopes
      expiresAt
      trustedDocumentsOnly
    }
    tenant {
      name
      slug
      timeZone
      baseCurrency
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AssessmentListDocument = new TypedDocumentString(`
    query AssessmentList($locale: MaturityLocale!) {
  assessments {
    id
    title
    status
    respondents
    createdAt
    updatedAt
    submittedAt
    answers {
      itemId
    }
    submittedResult(locale: $locale) {
      headline
      evidenceAdjusted {
        stage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentListQuery, AssessmentListQueryVariables>;
export const AssessmentAnsweringDocument = new TypedDocumentString(`
    query AssessmentAnswering($id: ID!, $locale: MaturityLocale!) {
  assessment(id: $id) {
    id
    title
    status
    respondents
    modelVersion
    createdAt
    updatedAt
    submittedAt
    answers {
      itemId
      respondent
      level
      special
      note
      answeredAt
    }
    result(locale: $locale) {
      headline
      items {
        itemId
        status
        selfScore
        effectiveScore
        evidenceLevel
        applicable
        unanswered
        unknown
        disagree
        override {
          score
          justification
          createdAt
        }
        evidence {
          measure
          name
          value
          windowDays
          level
          observedAt
        }
      }
    }
  }
  maturityModel(locale: $locale) {
    ...AssessmentModelFields
  }
}
    fragment AssessmentModelFields on MaturityModel {
  version
  locale
  anchors {
    level
    label
  }
  tiers {
    key
    name
    description
  }
  stages {
    number
    key
    name
    tier
    description
    nextSteps
  }
  dimensions {
    key
    name
    description
  }
  items {
    id
    stage
    dimension
    gate
    weight
    text
    allowsNotApplicable
    evidence {
      key
      name
      bands
    }
  }
}`) as unknown as TypedDocumentString<AssessmentAnsweringQuery, AssessmentAnsweringQueryVariables>;
export const AssessmentReportDocument = new TypedDocumentString(`
    query AssessmentReport($id: ID!, $locale: MaturityLocale!) {
  assessment(id: $id) {
    id
    title
    status
    respondents
    createdAt
    submittedAt
    live: result(locale: $locale) {
      ...AssessmentResultFields
    }
    frozen: submittedResult(locale: $locale) {
      ...AssessmentResultFields
    }
  }
  maturityModel(locale: $locale) {
    ...AssessmentModelFields
  }
  maturityHistory {
    runs {
      assessmentId
      title
      submittedAt
      change {
        stage
        index
      }
    }
    targets {
      stage
      dimensions {
        dimension
        level
      }
    }
  }
}
    fragment AssessmentModelFields on MaturityModel {
  version
  locale
  anchors {
    level
    label
  }
  tiers {
    key
    name
    description
  }
  stages {
    number
    key
    name
    tier
    description
    nextSteps
  }
  dimensions {
    key
    name
    description
  }
  items {
    id
    stage
    dimension
    gate
    weight
    text
    allowsNotApplicable
    evidence {
      key
      name
      bands
    }
  }
}
fragment AssessmentResultFields on AssessmentResult {
  computedAt
  locale
  headline
  provisional
  provisionalReasons
  nextSteps
  confidence {
    value
    band
    knownShare
    evidenceCoverage
    corroboratedShare
  }
  selfReported {
    stage
    stageName
    headline
    index
  }
  evidenceAdjusted {
    stage
    stageKey
    stageName
    tier
    tierName
    headline
    index
    progressToNext
    aheadOfFoundations
    floor
    stageScores {
      stage
      key
      name
      score
      achieved
      failingGates
    }
    dimensions {
      dimension
      name
      level
      mean
    }
  }
  items {
    itemId
    stage
    dimension
    gate
    text
    applicable
    unanswered
    unknown
    disagree
    selfScore
    effectiveScore
    evidenceLevel
    status
    answers {
      respondent
      level
      special
    }
    override {
      score
      justification
    }
    evidence {
      measure
      name
      value
      windowDays
      level
    }
  }
  recommendations {
    title
    action
    kpi
    ownerRole
    feature
    priority
    reason
    item {
      itemId
      text
      status
      answers {
        respondent
        level
        special
      }
      evidence {
        measure
        name
        value
        windowDays
        level
      }
    }
  }
}`) as unknown as TypedDocumentString<AssessmentReportQuery, AssessmentReportQueryVariables>;
export const MaturityHistoryPageDocument = new TypedDocumentString(`
    query MaturityHistoryPage($locale: MaturityLocale!) {
  maturityHistory {
    runs {
      assessmentId
      title
      submittedAt
      stage
      selfReportedStage
      index
      dimensions {
        dimension
        level
      }
      change {
        stage
        index
        dimensions {
          dimension
          level
        }
      }
    }
    targets {
      stage
      updatedAt
      dimensions {
        dimension
        level
      }
    }
    progress {
      dimension
      target
      current
      remaining
      met
    }
  }
  maturityModel(locale: $locale) {
    stages {
      number
      name
    }
    dimensions {
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MaturityHistoryPageQuery, MaturityHistoryPageQueryVariables>;
export const ConsoleStartAssessmentDocument = new TypedDocumentString(`
    mutation ConsoleStartAssessment($input: StartAssessmentInput!) {
  startAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleStartAssessmentMutation, ConsoleStartAssessmentMutationVariables>;
export const ConsoleAnswerItemsDocument = new TypedDocumentString(`
    mutation ConsoleAnswerItems($input: AnswerItemsInput!) {
  answerItems(input: $input) {
    id
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAnswerItemsMutation, ConsoleAnswerItemsMutationVariables>;
export const ConsoleOverrideItemDocument = new TypedDocumentString(`
    mutation ConsoleOverrideItem($input: OverrideItemInput!) {
  overrideItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleOverrideItemMutation, ConsoleOverrideItemMutationVariables>;
export const ConsoleRefreshEvidenceDocument = new TypedDocumentString(`
    mutation ConsoleRefreshEvidence($id: ID!) {
  refreshEvidence(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRefreshEvidenceMutation, ConsoleRefreshEvidenceMutationVariables>;
export const ConsoleSubmitAssessmentDocument = new TypedDocumentString(`
    mutation ConsoleSubmitAssessment($id: ID!) {
  submitAssessment(id: $id) {
    id
    status
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitAssessmentMutation, ConsoleSubmitAssessmentMutationVariables>;
export const ConsoleSetMaturityTargetsDocument = new TypedDocumentString(`
    mutation ConsoleSetMaturityTargets($input: MaturityTargetsInput!) {
  setMaturityTargets(input: $input) {
    targets {
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetMaturityTargetsMutation, ConsoleSetMaturityTargetsMutationVariables>;
export const DashboardNpsDocument = new TypedDocumentString(`
    query DashboardNps($input: MetricInput) {
  nps(input: $input) {
    window {
      from
      to
      asOf
      ...DashboardPeriodWindow
      groupBy
    }
    total {
      n
      nps
      marginOfError
      promoters
      passives
      detractors
      promoterShare
      detractorShare
      lowSample
      reason
      previous {
        ...DashboardPeriodComparison
      }
    }
    series {
      group
      points {
        start
        end
        n
        nps
        marginOfError
        promoters
        passives
        detractors
        promoterShare
        detractorShare
        lowSample
        reason
      }
    }
    groups {
      group
      n
      nps
      marginOfError
      promoters
      passives
      detractors
      promoterShare
      detractorShare
      lowSample
      reason
    }
  }
  analyticsSettings {
    lowSampleThreshold
  }
}
    fragment DashboardPeriodComparison on PeriodComparison {
  current
  previous
  change
}
fragment DashboardPeriodWindow on MetricWindowInfo {
  interval
  timeZone
}`) as unknown as TypedDocumentString<DashboardNpsQuery, DashboardNpsQueryVariables>;
export const DashboardRfmDocument = new TypedDocumentString(`
    query DashboardRfm($input: RfmInput) {
  rfm(input: $input) {
    asOf
    from
    to
    method
    customerCount
    revenue
    reason
    thresholds {
      recency
      frequency
      monetary
    }
    grid {
      r
      f
      customers
    }
    segments {
      segment
      customers
      customerShare
      revenue
      revenueShare
      meanRecency
      meanFrequency
      meanMonetary
    }
    segmentMap {
      segment
      recency
      frequency
      monetary
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardRfmQuery, DashboardRfmQueryVariables>;
export const DashboardRfmCustomersDocument = new TypedDocumentString(`
    query DashboardRfmCustomers($input: RfmInput, $segments: [String!], $first: Int, $after: String, $withNames: Boolean!) {
  rfm(input: $input) {
    customers(segments: $segments, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          externalId
          segment
          r
          f
          m
          recency
          frequency
          monetary
          customer @include(if: $withNames) {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardRfmCustomersQuery, DashboardRfmCustomersQueryVariables>;
export const DashboardGrowthDocument = new TypedDocumentString(`
    query DashboardGrowth($input: MetricInput) {
  customerGrowth(input: $input) {
    churnWindowDays
    window {
      ...DashboardPeriodWindow
    }
    total {
      n
      newCustomers
      activeBaseStart
      activeBaseEnd
      growthRate
      retentionRate
      churnRate
      reason
      growthRateChange {
        ...DashboardPeriodComparison
      }
      retentionRateChange {
        ...DashboardPeriodComparison
      }
    }
    series {
      group
      points {
        start
        end
        n
        newCustomers
        activeBaseStart
        activeBaseEnd
        growthRate
        retentionRate
        churnRate
        reason
      }
    }
  }
  repeatPurchaseRate(input: $input) {
    total {
      n
      buyers
      repeatBuyers
      rate
      reason
      rateChange {
        ...DashboardPeriodComparison
      }
    }
    series {
      group
      points {
        start
        end
        n
        buyers
        repeatBuyers
        rate
        reason
      }
    }
  }
}
    fragment DashboardPeriodComparison on PeriodComparison {
  current
  previous
  change
}
fragment DashboardPeriodWindow on MetricWindowInfo {
  interval
  timeZone
}`) as unknown as TypedDocumentString<DashboardGrowthQuery, DashboardGrowthQueryVariables>;
export const DashboardCohortsDocument = new TypedDocumentString(`
    query DashboardCohorts($input: CohortInput) {
  cohorts(input: $input) {
    maxOffset
    window {
      ...DashboardPeriodWindow
      asOf
    }
    cohorts {
      start
      end
      size
      offsets {
        offset
        n
        activeCustomers
        retention
        revenue
        revenuePerMember
        complete
        reason
      }
    }
  }
}
    fragment DashboardPeriodWindow on MetricWindowInfo {
  interval
  timeZone
}`) as unknown as TypedDocumentString<DashboardCohortsQuery, DashboardCohortsQueryVariables>;
export const DashboardFeedbackOperationsDocument = new TypedDocumentString(`
    query DashboardFeedbackOperations($input: MetricInput) {
  feedbackOperations(input: $input) {
    complaintSlaHours
    detractorSlaHours
    window {
      ...DashboardPeriodWindow
      groupBy
    }
    total {
      n
      received
      answered
      open
      slaMet
      slaDue
      slaAttainment
      firstResponseMedianHours
      firstResponseP90Hours
      resolved
      resolutionRate
      timeToResolveMedianHours
      openBacklog
      followedUp
      followUpSatisfaction
      detractors
      detractorsDue
      closedLoopRate
      reason
      previous {
        ...DashboardPeriodComparison
      }
    }
    series {
      group
      points {
        start
        end
        n
        received
        answered
        open
        slaMet
        slaDue
        slaAttainment
        firstResponseMedianHours
        resolutionRate
        openBacklog
        detractorsDue
        closedLoopRate
        reason
      }
    }
  }
}
    fragment DashboardPeriodComparison on PeriodComparison {
  current
  previous
  change
}
fragment DashboardPeriodWindow on MetricWindowInfo {
  interval
  timeZone
}`) as unknown as TypedDocumentString<DashboardFeedbackOperationsQuery, DashboardFeedbackOperationsQueryVariables>;
export const DashboardFeedbackGroupsDocument = new TypedDocumentString(`
    query DashboardFeedbackGroups($input: MetricInput) {
  feedbackOperations(input: $input) {
    window {
      groupBy
    }
    groups {
      group
      n
      received
      answered
      open
      slaMet
      slaDue
      slaAttainment
      firstResponseMedianHours
      firstResponseP90Hours
      resolutionRate
      openBacklog
      closedLoopRate
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardFeedbackGroupsQuery, DashboardFeedbackGroupsQueryVariables>;
export const SegmentListDocument = new TypedDocumentString(`
    query SegmentList($first: Int!, $after: String) {
  segments(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        description
        memberCount
        lastRefreshedAt
        lastRefreshError
        refreshIntervalMinutes
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentListQuery, SegmentListQueryVariables>;
export const SegmentPreviewDocument = new TypedDocumentString(`
    query SegmentPreview($input: PreviewSegmentInput!, $withProfile: Boolean!) {
  previewSegment(input: $input) {
    memberCount
    sample {
      externalId
      name @include(if: $withProfile)
      region @include(if: $withProfile)
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentPreviewQuery, SegmentPreviewQueryVariables>;
export const SegmentCreateDocument = new TypedDocumentString(`
    mutation SegmentCreate($input: CreateSegmentInput!) {
  createSegment(input: $input) {
    memberCount
    segment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentCreateMutation, SegmentCreateMutationVariables>;
export const SegmentUpdateDocument = new TypedDocumentString(`
    mutation SegmentUpdate($input: UpdateSegmentInput!) {
  updateSegment(input: $input) {
    memberCount
    segment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentUpdateMutation, SegmentUpdateMutationVariables>;
export const SegmentRefreshDocument = new TypedDocumentString(`
    mutation SegmentRefresh($id: ID!) {
  refreshSegment(id: $id) {
    entered
    exited
    memberCount
    durationMs
  }
}
    `) as unknown as TypedDocumentString<SegmentRefreshMutation, SegmentRefreshMutationVariables>;
export const SegmentDeleteDocument = new TypedDocumentString(`
    mutation SegmentDelete($id: ID!) {
  deleteSegment(id: $id)
}
    `) as unknown as TypedDocumentString<SegmentDeleteMutation, SegmentDeleteMutationVariables>;
export const SegmentSummaryDocument = new TypedDocumentString(`
    query SegmentSummary($id: ID!) {
  segment(id: $id) {
    id
    name
    description
    version
    memberCount
    refreshIntervalMinutes
    lastRefreshedAt
    lastRefreshMs
    lastRefreshError
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SegmentSummaryQuery, SegmentSummaryQueryVariables>;
export const SegmentDefinitionDocument = new TypedDocumentString(`
    query SegmentDefinition($id: ID!) {
  segment(id: $id) {
    id
    name
    description
    refreshIntervalMinutes
    document
  }
}
    `) as unknown as TypedDocumentString<SegmentDefinitionQuery, SegmentDefinitionQueryVariables>;
export const SegmentMemberPageDocument = new TypedDocumentString(`
    query SegmentMemberPage($id: ID!, $first: Int!, $after: String, $withProfile: Boolean!) {
  segment(id: $id) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          externalId
          enteredAt
          name @include(if: $withProfile)
          email @include(if: $withProfile)
          region @include(if: $withProfile)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentMemberPageQuery, SegmentMemberPageQueryVariables>;
export const SegmentRecentActivityDocument = new TypedDocumentString(`
    query SegmentRecentActivity($id: ID!, $latest: Int!, $refreshes: Int!, $withProfile: Boolean!) {
  segment(id: $id) {
    id
    recentChanges(last: $latest) {
      sequence
      change
      at
      segmentVersion
      customer {
        externalId
        name @include(if: $withProfile)
      }
    }
    refreshHistory(last: $refreshes) {
      at
      segmentVersion
      entered
      exited
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentRecentActivityQuery, SegmentRecentActivityQueryVariables>;
export const SegmentTagKeysDocument = new TypedDocumentString(`
    query SegmentTagKeys {
  tags(first: 1000) {
    edges {
      node {
        key
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentTagKeysQuery, SegmentTagKeysQueryVariables>;
export const SegmentJourneysDocument = new TypedDocumentString(`
    query SegmentJourneys {
  journeys(first: 1000) {
    edges {
      node {
        key
        name
        stages {
          key
          name
          position
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentJourneysQuery, SegmentJourneysQueryVariables>;
export const SegmentLanguageDocument = new TypedDocumentString(`
    query SegmentLanguage {
  segmentLanguage {
    fields {
      field
      valueKind
      operators
      minimum
      maximum
      choices
      parameters {
        name
        required
      }
    }
    operators {
      operator
      arity
    }
    attributeTypes {
      type
      valueKind
      operators
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentLanguageQuery, SegmentLanguageQueryVariables>;