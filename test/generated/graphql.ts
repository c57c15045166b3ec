/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Settings to change; omitted fields keep their value. */
export type AnalyticsSettingsInput = {
  churnWindowDays?: number | null | undefined;
  complaintSlaHours?: number | null | undefined;
  detractorSlaHours?: number | null | undefined;
  leadGradeThresholds?: LeadGradeThresholdsInput | null | undefined;
  leadScoreHalfLifeDays?: number | null | undefined;
  /** Rules to change; the others keep their points. */
  leadScoreRules?: Array<LeadScoreRuleInput> | null | undefined;
  lowSampleThreshold?: number | null | undefined;
  /** True: go back to the default segment map. */
  resetRfmSegmentMap?: boolean | null | undefined;
  rfmMethod?: RfmMethod | null | undefined;
  /** A custom map; every cell must map to exactly one segment. */
  rfmSegmentMap?: Array<RfmSegmentRuleInput> | null | undefined;
};

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

/** HIGH ≥ 0.8, MEDIUM ≥ 0.5, else LOW. */
export type ConfidenceBand =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A new API key of the tenant. */
export type CreateApiKeyInput = {
  /** Query cost the key may spend per minute; left out: the server default. */
  costPerMinute?: number | null | undefined;
  /** When the key stops working (in the future); left out: never. */
  expiresAt?: string | null | undefined;
  /** The member profile fields the key may read besides externalId; left out: every field with CUSTOMERS_READ, none without. */
  memberFields?: Array<MemberField> | null | undefined;
  name: string;
  scopes: Array<Scope>;
  /** Limits a partner key to these segments (1 to 100 of the tenant); the key must then have only SEGMENTS_READ. */
  segmentIds?: Array<string | number> | null | undefined;
  /** Accept only the tenant's registered documents (documentId) from this key; left out: false. */
  trustedDocumentsOnly?: boolean | null | undefined;
};

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

/** A new webhook of a segment. */
export type CreateSegmentWebhookInput = {
  /** Shared secret for the HMAC-SHA256 signature, 16 to 200 characters. Stored to sign deliveries and never returned. */
  secret: string;
  /** The segment whose changes are sent; at most 10 webhooks per segment. */
  segmentId: string | number;
  /** Absolute http:// or https:// URL without user:password, at most 2000 characters. */
  url: string;
};

/** Conditions a customer must all meet to be listed. */
export type CustomerFilter = {
  /** Created at or after this time. */
  createdFrom?: string | null | undefined;
  /** Created before this time. */
  createdTo?: string | null | undefined;
  /** true: buyers (a completed order); false: prospects without one. */
  hasOrders?: boolean | null | undefined;
  region?: string | null | undefined;
  /** Text contained in the name, email or company (case-insensitive). */
  search?: string | null | undefined;
  /** Customers with at least one tag of this category. */
  tagCategory?: TagCategory | null | undefined;
  /** Customers that carry every one of these tags (unexpired). */
  tagKeys?: Array<string> | null | undefined;
};

/** A customer profile to create or update, matched on externalId. Fields left out keep their value; null clears them. */
export type CustomerInput = {
  attributes?: Record<string, unknown> | null | undefined;
  company?: string | null | undefined;
  consentEmail?: boolean | null | undefined;
  consentSms?: boolean | null | undefined;
  email?: string | null | undefined;
  externalId: string;
  firstSeenAt?: string | null | undefined;
  industry?: string | null | undefined;
  jobTitle?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  region?: string | null | undefined;
  sizeBand?: SizeBand | null | undefined;
  sourceSystems?: Array<string> | null | undefined;
  walletEstimate?: string | null | undefined;
};

/** Sort order of a customer list. */
export type CustomerOrder = {
  direction?: SortDirection;
  field: CustomerOrderField;
};

/** What to sort customers by (the id breaks ties). */
export type CustomerOrderField =
  | 'CREATED_AT'
  | 'EXTERNAL_ID'
  | 'NAME'
  | 'UPDATED_AT';

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

/** Conditions feedback must all meet. */
export type FeedbackFilter = {
  category?: string | null | undefined;
  channel?: string | null | undefined;
  customerExternalId?: string | null | undefined;
  customerId?: string | number | null | undefined;
  /** Received at or after this time. */
  from?: string | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<FeedbackKind> | null | undefined;
  status?: FeedbackStatus | null | undefined;
  /** Received before this time. */
  to?: string | null | undefined;
};

/** Records the service loop of a case: the first response, the resolution, the follow-up. */
export type FeedbackFollowUpInput = {
  firstResponseAt?: string | null | undefined;
  followUpResult?: FollowUpResult | null | undefined;
  id: string | number;
  resolvedAt?: string | null | undefined;
  /** Default: derived from the times, as for recordFeedback. */
  status?: FeedbackStatus | null | undefined;
};

/** A survey answer or service case. With an externalId, recording it again updates it. */
export type FeedbackInput = {
  category?: string | null | undefined;
  channel?: string | null | undefined;
  comment?: string | null | undefined;
  customerExternalId?: string | null | undefined;
  /** The customer, when known (anonymous answers are allowed). */
  customerId?: string | number | null | undefined;
  externalId?: string | null | undefined;
  firstResponseAt?: string | null | undefined;
  followUpResult?: FollowUpResult | null | undefined;
  kind: FeedbackKind;
  receivedAt: string;
  resolvedAt?: string | null | undefined;
  /** Required for NPS (0..10), CSAT (1..5) and CES (1..7); not allowed for cases. */
  score?: number | null | undefined;
  /** From -1 to 1. */
  sentiment?: number | null | undefined;
  /** Journey stage the answer is about. */
  stageId?: string | number | null | undefined;
  /** Default: RESOLVED when resolvedAt is given, RESPONDED when firstResponseAt is, else OPEN. */
  status?: FeedbackStatus | null | undefined;
  touchpointId?: string | number | null | undefined;
};

/** NPS scores 0..10, CSAT 1..5, CES 1..7; complaints, suggestions and praise carry no score. */
export type FeedbackKind =
  | 'CES'
  | 'COMPLAINT'
  | 'CSAT'
  | 'NPS'
  | 'PRAISE'
  | 'SUGGESTION';

/** Where a feedback case stands in the service loop. */
export type FeedbackStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED'
  | 'RESPONDED';

/** What the customer said when followed up. */
export type FollowUpResult =
  | 'NOT_SATISFIED'
  | 'NO_REPLY'
  | 'SATISFIED';

/** RUNNING until the last batch is written; FAILED when the file could not be read to the end. */
export type ImportRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

/** Calendar bucket of a series in the query time zone; weeks start on Monday (ISO). */
export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

/** A journey map to create with its stages. */
export type JourneyInput = {
  key: string;
  name: string;
  persona?: string | null | undefined;
  scenario?: string | null | undefined;
  stages: Array<JourneyStageInput>;
};

/** A stage of a new journey; stages are ordered as given. */
export type JourneyStageInput = {
  key: string;
  name: string;
};

export type LeadGradeThresholdsInput = {
  a: number;
  b: number;
  c: number;
};

export type LeadScoreRuleInput = {
  /** Null or omitted: no cap. */
  cap?: number | null | undefined;
  points: number;
  rule: LeadScoreRuleKey;
};

/** A lead-score rule: profile fit (job level, decision role, phone, stated need, company size) or behaviour (touchpoint actions, decayed). */
export type LeadScoreRuleKey =
  | 'COMPANY_SIZE_LARGE'
  | 'COMPANY_SIZE_MEDIUM'
  | 'CONTENT_DOWNLOADED'
  | 'EMAIL_CLICKED'
  | 'EMAIL_FORWARDED'
  | 'EMAIL_OPENED'
  | 'JOB_LEVEL_EXECUTIVE'
  | 'JOB_LEVEL_MANAGER'
  | 'JOB_LEVEL_STAFF'
  | 'KEY_DECISION_ROLE'
  | 'PHONE_PRESENT'
  | 'SITE_VISIT'
  | 'STATED_NEED';

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

/** A profile field of segment members that a partner key may be allowed to read. */
export type MemberField =
  | 'ATTRIBUTES'
  | 'COMPANY'
  | 'CONSENT_EMAIL'
  | 'CONSENT_SMS'
  | 'EMAIL'
  | 'FIRST_SEEN_AT'
  | 'INDUSTRY'
  | 'JOB_TITLE'
  | 'NAME'
  | 'PHONE'
  | 'REGION'
  | 'SIZE_BAND';

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

/** Conditions an order must all meet. */
export type OrderFilter = {
  channel?: string | null | undefined;
  customerExternalId?: string | null | undefined;
  customerId?: string | number | null | undefined;
  /** Placed at or after this time. */
  from?: string | null | undefined;
  status?: OrderStatus | null | undefined;
  /** Placed before this time. */
  to?: string | null | undefined;
};

/** An order to record, matched on externalId (recording it again updates it). Name the customer by id or externalId. */
export type OrderInput = {
  /** Amount in the tenant's base currency. */
  amount: string;
  channel?: string | null | undefined;
  /** ISO 4217 code the order was placed in; default the tenant's base currency. */
  currency?: string | null | undefined;
  customerExternalId?: string | null | undefined;
  customerId?: string | number | null | undefined;
  externalId: string;
  itemCount?: number | null | undefined;
  /** Amount in the original currency. */
  originalAmount?: string | null | undefined;
  placedAt: string;
  /** Default COMPLETED. */
  status?: OrderStatus | null | undefined;
};

/** Only COMPLETED orders with a positive amount count as purchases in metrics. */
export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'REFUNDED';

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

/** What an API key may do; ADMIN manages keys and implies every other scope. */
export type Scope =
  /** admin: manage API keys; implies every scope */
  | 'ADMIN'
  /** analytics:read: metrics */
  | 'ANALYTICS_READ'
  /** assessments:read: read maturity assessments */
  | 'ASSESSMENTS_READ'
  /** assessments:write: run maturity assessments */
  | 'ASSESSMENTS_WRITE'
  /** customers:read: customers, tags, orders, journeys, touchpoints, feedback */
  | 'CUSTOMERS_READ'
  /** customers:write: create and change them */
  | 'CUSTOMERS_WRITE'
  /** segments:read: pull saved segments */
  | 'SEGMENTS_READ'
  /** segments:write: manage saved segments */
  | 'SEGMENTS_WRITE';

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

/** Company size band of a customer. */
export type SizeBand =
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL';

export type SortDirection =
  | 'ASC'
  | 'DESC';

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

/** The five kinds of customer labels. */
export type TagCategory =
  | 'BEHAVIOR'
  | 'CREDIT'
  | 'PREDICTIVE'
  | 'SPENDING'
  | 'TIER';

/** Assigns a tag to a customer (or updates the assignment). Name the customer by id or externalId. */
export type TagCustomerInput = {
  confidence?: string | null | undefined;
  customerExternalId?: string | null | undefined;
  customerId?: string | number | null | undefined;
  expiresAt?: string | null | undefined;
  score?: string | null | undefined;
  source?: TagSource;
  tagKey: string;
};

/** A tag to create or update, matched on key. */
export type TagInput = {
  category: TagCategory;
  description?: string | null | undefined;
  key: string;
  label: string;
};

/** How a tag came to be assigned to a customer. */
export type TagSource =
  | 'IMPORT'
  | 'MANUAL'
  | 'MODEL'
  | 'RULE';

/** Conditions a touchpoint must all meet. */
export type TouchpointFilter = {
  action?: string | null | undefined;
  channel?: string | null | undefined;
  customerId?: string | number | null | undefined;
  /** At or after this time. */
  from?: string | null | undefined;
  journeyId?: string | number | null | undefined;
  stageId?: string | number | null | undefined;
  /** Before this time. */
  to?: string | null | undefined;
};

/** A touchpoint event. Name the customer by id or externalId, the journey by key and the stage by key. */
export type TouchpointInput = {
  action: string;
  channel?: string | null | undefined;
  customerExternalId?: string | null | undefined;
  customerId?: string | number | null | undefined;
  /** From -2 to 2. */
  emotion?: number | null | undefined;
  gains?: string | null | undefined;
  journeyKey?: string | null | undefined;
  occurredAt: string;
  pains?: string | null | undefined;
  /** Stage key within the journey; requires journeyKey. */
  stageKey?: string | null | undefined;
  thought?: string | null | undefined;
};

/** Removes a tag from a customer. Name the customer by id or externalId. */
export type UntagCustomerInput = {
  customerExternalId?: string | null | undefined;
  customerId?: string | number | null | undefined;
  tagKey: string;
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

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered with a 2xx status. */
  | 'DELIVERED'
  /** Every attempt failed; retryWebhookDelivery sends it once more. */
  | 'FAILED'
  /** Not delivered yet: waiting for its first attempt or for a retry. */
  | 'PENDING';

export type RfmSummaryQueryVariables = Exact<{
  input?: RfmInput | null | undefined;
}>;


export type RfmSummaryQuery = { rfm: { asOf: string, from: string, to: string, method: RfmMethod, customerCount: number, revenue: string, reason: string | null, thresholds: { recency: Array<number>, frequency: Array<number>, monetary: Array<number> } | null, segments: Array<{ segment: string, customers: number, customerShare: number | null, revenue: string, revenueShare: number | null, meanRecency: number | null, meanFrequency: number | null, meanMonetary: number | null }>, grid: Array<{ r: number, f: number, customers: number }> } };

export type RfmCustomersQueryVariables = Exact<{
  input?: RfmInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  segments?: Array<string> | string | null | undefined;
}>;


export type RfmCustomersQuery = { rfm: { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { externalId: string, recency: number, frequency: number, monetary: string, r: number, f: number, m: number, segment: string } }> } } };

export type RfmTransitionsQueryVariables = Exact<{
  fromAsOf: string;
  toAsOf: string;
  windowDays?: number | null | undefined;
}>;


export type RfmTransitionsQuery = { rfmTransitions: Array<{ fromSegment: string, toSegment: string, customers: number }> };

export type CustomerRfmQueryVariables = Exact<{
  externalId: string;
  asOf?: string | null | undefined;
}>;


export type CustomerRfmQuery = { customer: { externalId: string, rfm: { recency: number, frequency: number, monetary: string, r: number, f: number, m: number, segment: string } | null } };

export type CustomersWithRfmQueryVariables = Exact<{
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CustomersWithRfmQuery = { customers: { edges: Array<{ node: { externalId: string, rfm: { segment: string } | null } }> } };

export type AnalyticsSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsSettingsQuery = { analyticsSettings: { churnWindowDays: number, lowSampleThreshold: number, complaintSlaHours: number, detractorSlaHours: number, rfmMethod: RfmMethod, customRfmSegmentMap: boolean, leadScoreHalfLifeDays: number, rfmSegmentMap: Array<{ segment: string, recency: Array<number>, frequency: Array<number>, monetary: Array<number> | null }>, leadScoreRules: Array<{ rule: LeadScoreRuleKey, points: number, cap: number | null }>, leadGradeThresholds: { a: number, b: number, c: number } } };

export type UpdateAnalyticsSettingsMutationVariables = Exact<{
  input: AnalyticsSettingsInput;
}>;


export type UpdateAnalyticsSettingsMutation = { updateAnalyticsSettings: { churnWindowDays: number, rfmMethod: RfmMethod, customRfmSegmentMap: boolean, leadScoreRules: Array<{ rule: LeadScoreRuleKey, points: number, cap: number | null }> } };

export type RevenueSeriesQueryVariables = Exact<{
  input?: MetricInput | null | undefined;
}>;


export type RevenueSeriesQuery = { revenue: { window: { from: string, to: string, asOf: string, interval: Interval, timeZone: string }, series: Array<{ group: string | null, points: Array<{ start: string, end: string, n: number, reason: string | null, revenue: string, orders: number, averageOrderValue: number | null, revenueGrowth: number | null }> }>, totals: { revenue: string, orders: number, averageOrderValue: number | null, revenueChange: { current: number | null, previous: number | null, change: number | null, relativeChange: number | null } } } };

export type RfmAllScoresQueryVariables = Exact<{
  input?: RfmInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RfmAllScoresQuery = { rfm: { customerCount: number, revenue: string, thresholds: { recency: Array<number>, frequency: Array<number>, monetary: Array<number> } | null, segments: Array<{ segment: string, customers: number }>, customers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { externalId: string, recency: number, frequency: number, monetary: string, r: number, f: number, m: number, segment: string } }> } } };

export type RfmCustomersWithProfilesQueryVariables = Exact<{
  input?: RfmInput | null | undefined;
  first?: number | null | undefined;
}>;


export type RfmCustomersWithProfilesQuery = { rfm: { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { externalId: string, recency: number, frequency: number, monetary: string, r: number, f: number, m: number, segment: string, customer: { externalId: string, name: string | null } } }> } } };

export type CustomerPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
}>;


export type CustomerPageQuery = { customers: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, externalId: string, name: string | null, email: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type CustomersWithDetailsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomersWithDetailsQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, externalId: string, name: string | null, email: string | null, tags: Array<{ key: string, category: TagCategory, source: TagSource }>, stats: { orderCount: number, revenue: string, firstOrderAt: string | null, lastOrderAt: string | null, latestNpsScore: number | null }, orders: { totalCount: number, edges: Array<{ node: { externalId: string, amount: string, placedAt: string } }> }, feedback: { edges: Array<{ node: { kind: FeedbackKind, score: number | null } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerByExternalIdQueryVariables = Exact<{
  externalId: string;
}>;


export type CustomerByExternalIdQuery = { customer: { id: string, externalId: string, name: string | null, email: string | null, phone: string | null, region: string | null, attributes: Record<string, unknown>, stats: { orderCount: number, revenue: string, latestNpsScore: number | null } } };

export type CustomerByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerByIdQuery = { customer: { id: string, externalId: string, name: string | null } };

export type UpsertCustomerMutationVariables = Exact<{
  input: CustomerInput;
}>;


export type UpsertCustomerMutation = { upsertCustomer: { id: string, externalId: string, name: string | null, email: string | null, phone: string | null, region: string | null, attributes: Record<string, unknown>, updatedAt: string } };

export type UpsertCustomersMutationVariables = Exact<{
  input: Array<CustomerInput> | CustomerInput;
}>;


export type UpsertCustomersMutation = { upsertCustomers: { insertedCount: number, updatedCount: number, customers: Array<{ id: string, externalId: string, name: string | null }> } };

export type ImportRunsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImportRunsQuery = { importRuns: { totalCount: number, edges: Array<{ node: { id: string, entity: string, source: string, fileName: string | null, format: string, preset: string | null, dryRun: boolean, status: ImportRunStatus, read: number, inserted: number, updated: number, unchanged: number, rejected: number, error: string | null, startedAt: string, finishedAt: string | null } }> } };

export type ImportRunByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportRunByIdQuery = { importRun: { id: string, entity: string, status: ImportRunStatus, read: number, inserted: number, rejected: number } };

export type ImportedCustomerQueryVariables = Exact<{
  externalId: string;
}>;


export type ImportedCustomerQuery = { customer: { externalId: string, name: string | null, email: string | null, phone: string | null, company: string | null, region: string | null, industry: string | null, sizeBand: SizeBand | null, sourceSystems: Array<string>, consentEmail: boolean | null, walletEstimate: string | null, firstSeenAt: string | null, attributes: Record<string, unknown>, tags: Array<{ key: string, label: string, category: TagCategory, source: TagSource, score: string | null }> } };

export type ImportedCustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImportedCustomersQuery = { customers: { totalCount: number, edges: Array<{ node: { externalId: string, name: string | null, email: string | null, region: string | null, firstSeenAt: string | null } }> } };

export type ImportedOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type ImportedOrdersQuery = { orders: { totalCount: number, edges: Array<{ node: { externalId: string, amount: string, currency: string, originalAmount: string | null, status: OrderStatus, channel: string | null, itemCount: number | null, placedAt: string, customer: { externalId: string, region: string | null } } }> } };

export type ImportedFeedbackQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ImportedFeedbackQuery = { feedback: { totalCount: number, edges: Array<{ node: { externalId: string | null, kind: FeedbackKind, score: number | null, comment: string | null, channel: string | null, receivedAt: string, status: FeedbackStatus, customer: { externalId: string } | null, stage: { key: string } | null } }> } };

export type ImportedTouchpointsQueryVariables = Exact<{
  filter?: TouchpointFilter | null | undefined;
}>;


export type ImportedTouchpointsQuery = { touchpoints: { totalCount: number, edges: Array<{ node: { externalId: string | null, action: string, channel: string | null, emotion: number | null, occurredAt: string, journey: { key: string } | null, stage: { key: string } | null, customer: { externalId: string } } }> } };

export type ImportedTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportedTagsQuery = { tags: { totalCount: number, edges: Array<{ node: { key: string, label: string, category: TagCategory } }> } };

export type CreateJourneyMutationVariables = Exact<{
  input: JourneyInput;
}>;


export type CreateJourneyMutation = { createJourney: { id: string, key: string, name: string, stages: Array<{ id: string, key: string, position: number }> } };

export type JourneyByKeyQueryVariables = Exact<{
  key: string;
}>;


export type JourneyByKeyQuery = { journey: { id: string, key: string, stages: Array<{ key: string, position: number }> } };

export type JourneyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyPageQuery = { journeys: { totalCount: number, edges: Array<{ node: { key: string } }> } };

export type RecordTouchpointMutationVariables = Exact<{
  input: TouchpointInput;
}>;


export type RecordTouchpointMutation = { recordTouchpoint: { id: string, action: string, emotion: number | null, journey: { key: string } | null, stage: { key: string } | null, customer: { externalId: string } } };

export type TouchpointPageQueryVariables = Exact<{
  filter?: TouchpointFilter | null | undefined;
}>;


export type TouchpointPageQuery = { touchpoints: { totalCount: number, edges: Array<{ node: { action: string, channel: string | null } }> } };

export type UpsertTagMutationVariables = Exact<{
  input: TagInput;
}>;


export type UpsertTagMutation = { upsertTag: { id: string, key: string, label: string, category: TagCategory } };

export type TagCustomerMutationVariables = Exact<{
  input: TagCustomerInput;
}>;


export type TagCustomerMutation = { tagCustomer: { externalId: string, tags: Array<{ key: string, category: TagCategory, source: TagSource, score: string | null }> } };

export type UntagCustomerMutationVariables = Exact<{
  input: UntagCustomerInput;
}>;


export type UntagCustomerMutation = { untagCustomer: { externalId: string, tags: Array<{ key: string }> } };

export type TagPageQueryVariables = Exact<{
  category?: TagCategory | null | undefined;
}>;


export type TagPageQuery = { tags: { totalCount: number, edges: Array<{ node: { key: string, category: TagCategory } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { tenant: { slug: string }, apiKey: { name: string, scopes: Array<string> } } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, scopes: Array<string>, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, scopes: Array<string> } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type MaturityModelQueryVariables = Exact<{
  locale?: MaturityLocale | null | undefined;
}>;


export type MaturityModelQuery = { maturityModel: { version: number, locale: string, tiers: Array<{ key: MaturityTier, name: string }>, stages: Array<{ number: number, key: MaturityStage, tier: MaturityTier, name: string, nextSteps: Array<string> }>, dimensions: Array<{ key: MaturityDimension, name: string }>, anchors: Array<{ level: number, label: string }>, quickAnchors: Array<{ answer: QuickAnswer, level: number, label: string }>, items: Array<{ id: string, stage: number, dimension: MaturityDimension, gate: boolean, weight: number, text: string, allowsNotApplicable: boolean, evidence: { key: EvidenceMeasure, name: string, bands: string } | null, recommendation: { title: string, feature: string } }> } };

export type StartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type StartAssessmentMutation = { startAssessment: { id: string, title: string, status: AssessmentStatus, modelVersion: number, respondents: Array<string>, submittedAt: string | null } };

export type AnswerItemsMutationVariables = Exact<{
  input: AnswerItemsInput;
}>;


export type AnswerItemsMutation = { answerItems: { id: string, status: AssessmentStatus, updatedAt: string } };

export type OverrideItemMutationVariables = Exact<{
  input: OverrideItemInput;
}>;


export type OverrideItemMutation = { overrideItem: { id: string } };

export type RefreshEvidenceMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshEvidenceMutation = { refreshEvidence: { id: string } };

export type SubmitAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitAssessmentMutation = { submitAssessment: { id: string, status: AssessmentStatus, submittedAt: string | null } };

export type SetMaturityTargetsMutationVariables = Exact<{
  input: MaturityTargetsInput;
}>;


export type SetMaturityTargetsMutation = { setMaturityTargets: { targets: { stage: number | null, dimensions: Array<{ dimension: MaturityDimension, level: number }> }, progress: Array<{ dimension: MaturityDimension | null, target: number, current: number, remaining: number, met: boolean }> } };

export type PlacementFieldsFragment = { stage: number, stageKey: MaturityStage | null, stageName: string, tier: MaturityTier | null, headline: string, progressToNext: number | null, index: number, aheadOfFoundations: Array<number>, floor: MaturityDimension, stageScores: Array<{ stage: number, score: number, achieved: boolean, failingGates: Array<string> }>, dimensions: Array<{ dimension: MaturityDimension, level: number, mean: number | null }> };

export type AssessmentResultQueryVariables = Exact<{
  id: string | number;
  locale?: MaturityLocale | null | undefined;
}>;


export type AssessmentResultQuery = { assessment: { id: string, status: AssessmentStatus, answers: Array<{ itemId: string, respondent: string, level: number | null, special: SpecialAnswer | null, note: string | null }>, result: { locale: string, headline: string, provisional: boolean, provisionalReasons: Array<ProvisionalReason>, nextSteps: Array<string>, selfReported: { stage: number, stageKey: MaturityStage | null, stageName: string, tier: MaturityTier | null, headline: string, progressToNext: number | null, index: number, aheadOfFoundations: Array<number>, floor: MaturityDimension, stageScores: Array<{ stage: number, score: number, achieved: boolean, failingGates: Array<string> }>, dimensions: Array<{ dimension: MaturityDimension, level: number, mean: number | null }> }, evidenceAdjusted: { stage: number, stageKey: MaturityStage | null, stageName: string, tier: MaturityTier | null, headline: string, progressToNext: number | null, index: number, aheadOfFoundations: Array<number>, floor: MaturityDimension, stageScores: Array<{ stage: number, score: number, achieved: boolean, failingGates: Array<string> }>, dimensions: Array<{ dimension: MaturityDimension, level: number, mean: number | null }> }, confidence: { value: number, band: ConfidenceBand, knownShare: number, evidenceCoverage: number, corroboratedShare: number }, items: Array<{ itemId: string, stage: number, dimension: MaturityDimension, gate: boolean, text: string, applicable: boolean, selfScore: number | null, evidenceLevel: number | null, effectiveScore: number | null, status: AssessmentItemStatus, unknown: boolean, unanswered: boolean, disagree: boolean, evidence: { measure: EvidenceMeasure, name: string, value: number | null, detail: Record<string, unknown>, windowDays: number | null, level: number | null } | null, override: { score: number, justification: string } | null }>, recommendations: Array<{ priority: number, reason: RecommendationReason, title: string, action: string, kpi: string, ownerRole: string, feature: string, item: { itemId: string, status: AssessmentItemStatus, effectiveScore: number | null } }> } } };

export type SubmittedResultQueryVariables = Exact<{
  id: string | number;
}>;


export type SubmittedResultQuery = { assessment: { id: string, submittedResult: { headline: string, evidenceAdjusted: { stage: number, index: number }, selfReported: { stage: number }, items: Array<{ itemId: string, status: AssessmentItemStatus, evidenceLevel: number | null }> } | null } };

export type MaturityHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MaturityHistoryQuery = { assessments: Array<{ id: string, title: string, status: AssessmentStatus }>, maturityHistory: { runs: Array<{ assessmentId: string, title: string, stage: number, selfReportedStage: number, index: number, dimensions: Array<{ dimension: MaturityDimension, level: number }>, change: { stage: number, index: number, dimensions: Array<{ dimension: MaturityDimension, level: number }> } | null }>, targets: { stage: number | null, dimensions: Array<{ dimension: MaturityDimension, level: number }> }, progress: Array<{ dimension: MaturityDimension | null, target: number, current: number, remaining: number, met: boolean }> } };

export type RecordOrderMutationVariables = Exact<{
  input: OrderInput;
}>;


export type RecordOrderMutation = { recordOrder: { id: string, externalId: string, amount: string, currency: string, status: OrderStatus, placedAt: string, customer: { externalId: string } } };

export type RecordOrdersMutationVariables = Exact<{
  input: Array<OrderInput> | OrderInput;
}>;


export type RecordOrdersMutation = { recordOrders: { insertedCount: number, updatedCount: number, orders: Array<{ id: string, externalId: string }> } };

export type OrderPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrderPageQuery = { orders: { totalCount: number, edges: Array<{ node: { id: string, externalId: string, amount: string, status: OrderStatus, channel: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderByIdQuery = { order: { id: string, externalId: string } };

export type RecordFeedbackMutationVariables = Exact<{
  input: FeedbackInput;
}>;


export type RecordFeedbackMutation = { recordFeedback: { id: string, kind: FeedbackKind, score: number | null, status: FeedbackStatus, receivedAt: string, firstResponseAt: string | null, customer: { externalId: string } | null } };

export type RecordFeedbackBatchMutationVariables = Exact<{
  input: Array<FeedbackInput> | FeedbackInput;
}>;


export type RecordFeedbackBatchMutation = { recordFeedbackBatch: { insertedCount: number, updatedCount: number, feedback: Array<{ id: string, kind: FeedbackKind, score: number | null }> } };

export type RecordFeedbackFollowUpMutationVariables = Exact<{
  input: FeedbackFollowUpInput;
}>;


export type RecordFeedbackFollowUpMutation = { recordFeedbackFollowUp: { id: string, status: FeedbackStatus, firstResponseAt: string | null, resolvedAt: string | null, followUpResult: FollowUpResult | null } };

export type FeedbackPageQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: FeedbackFilter | null | undefined;
}>;


export type FeedbackPageQuery = { feedback: { totalCount: number, edges: Array<{ node: { id: string, kind: FeedbackKind, score: number | null, channel: string | null } }> } };

export type OrderProbeQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderProbeQuery = { order: { id: string } };

export type FeedbackProbeQueryVariables = Exact<{
  id: string | number;
}>;


export type FeedbackProbeQuery = { feedbackEntry: { id: string } };

export type JourneyByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type JourneyByIdQuery = { journey: { id: string } };

export type SegmentLanguageQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentLanguageQuery = { segmentLanguage: { fields: Array<{ field: SegmentField, description: string, valueKind: SegmentValueKind, operators: Array<SegmentOperator>, minimum: number | null, maximum: number | null, choices: Array<string> | null, parameters: Array<{ name: SegmentConditionParameter, required: boolean }> }>, operators: Array<{ operator: SegmentOperator, arity: SegmentValueArity }>, attributeTypes: Array<{ type: SegmentAttributeType, valueKind: SegmentValueKind, operators: Array<SegmentOperator> }>, limits: { maxDepth: number, maxNodes: number, maxListValues: number, maxTextLength: number, maxDays: number } } };

export type SegmentFieldNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentFieldNamesQuery = { __type: { enumValues: Array<{ name: string }> | null } | null };

export type CreateSegmentWebhookMutationVariables = Exact<{
  input: CreateSegmentWebhookInput;
}>;


export type CreateSegmentWebhookMutation = { createSegmentWebhook: { id: string, url: string, createdAt: string } };

export type DeleteSegmentWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSegmentWebhookMutation = { deleteSegmentWebhook: string };

export type RetryWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryWebhookDeliveryMutation = { retryWebhookDelivery: { id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, attemptLog: Array<{ attempt: number, statusCode: number | null, error: string | null }> } };

export type SegmentWebhooksQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
}>;


export type SegmentWebhooksQuery = { segment: { id: string, webhooks: Array<{ id: string, url: string, createdAt: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: WebhookDeliveryStatus, firstSequence: string, lastSequence: string, changeCount: number, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, createdAt: string, attemptLog: Array<{ attempt: number, attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> } }> } }> } };

export type CreateSegmentMutationVariables = Exact<{
  input: CreateSegmentInput;
}>;


export type CreateSegmentMutation = { createSegment: { entered: number, exited: number, memberCount: number, cursor: string, segment: { id: string, name: string, version: number, memberCount: number, refreshIntervalMinutes: number, lastRefreshedAt: string | null } } };

export type UpdateSegmentMutationVariables = Exact<{
  input: UpdateSegmentInput;
}>;


export type UpdateSegmentMutation = { updateSegment: { entered: number, exited: number, memberCount: number, cursor: string, segment: { id: string, name: string, description: string | null, version: number, refreshIntervalMinutes: number } } };

export type RefreshSegmentMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshSegmentMutation = { refreshSegment: { entered: number, exited: number, memberCount: number, cursor: string } };

export type DeleteSegmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSegmentMutation = { deleteSegment: string };

export type PreviewSegmentQueryVariables = Exact<{
  input: PreviewSegmentInput;
}>;


export type PreviewSegmentQuery = { previewSegment: { memberCount: number, sample: Array<{ externalId: string, name: string | null }> } };

export type SegmentDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentDetailsQuery = { segment: { id: string, name: string, version: number, memberCount: number, document: Record<string, unknown>, versions: Array<{ version: number, name: string, document: Record<string, unknown>, refreshIntervalMinutes: number }> } };

export type SegmentListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SegmentListQuery = { segments: { totalCount: number, edges: Array<{ node: { id: string, name: string, memberCount: number, lastRefreshedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SegmentMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SegmentMembersQuery = { segment: { members: { totalCount: number, changesCursor: string, edges: Array<{ cursor: string, node: { externalId: string, enteredAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SegmentMemberProfilesQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentMemberProfilesQuery = { segment: { members: { edges: Array<{ node: { externalId: string, name: string | null, email: string | null } }> } } };

export type SegmentMemberNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentMemberNamesQuery = { segment: { members: { edges: Array<{ node: { externalId: string, name: string | null } }> } } };

export type SegmentChangesQueryVariables = Exact<{
  id: string | number;
  since?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SegmentChangesQuery = { segment: { changes: { endCursor: string, hasMore: boolean, edges: Array<{ cursor: string, node: { sequence: string, change: SegmentChangeKind, at: string, segmentVersion: number, customer: { externalId: string } } }> } } };

export type SegmentDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentDocumentQuery = { segment: { id: string, document: Record<string, unknown> } };

export type CreatePartnerKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreatePartnerKeyMutation = { createApiKey: { key: string, apiKey: { id: string, scopes: Array<string>, segmentIds: Array<string> | null, memberFields: Array<string> | null } } };

export type SegmentRecentChangesQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
}>;


export type SegmentRecentChangesQuery = { segment: { lastRefreshedAt: string | null, recentChanges: Array<{ sequence: string, change: SegmentChangeKind, at: string, segmentVersion: number, customer: { externalId: string } }> } };

export type SegmentRecentChangeEmailsQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentRecentChangeEmailsQuery = { segment: { recentChanges: Array<{ sequence: string, customer: { externalId: string, email: string | null } }> } };

export type SegmentRecentChangeNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentRecentChangeNamesQuery = { segment: { recentChanges: Array<{ customer: { externalId: string, name: string | null } }> } };

export type SegmentRefreshHistoryQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
}>;


export type SegmentRefreshHistoryQuery = { segment: { refreshHistory: Array<{ at: string, segmentVersion: number, entered: number, exited: number }> } };

export const PlacementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityPlacement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageKey"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"progressToNext"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"stageScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"failingGates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aheadOfFoundations"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"}}]}}]} as unknown as DocumentNode<PlacementFieldsFragment, unknown>;
export const RfmSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfmSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RfmInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recency"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"customerShare"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"revenueShare"}},{"kind":"Field","name":{"kind":"Name","value":"meanRecency"}},{"kind":"Field","name":{"kind":"Name","value":"meanFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"meanMonetary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"f"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]}}]} as unknown as DocumentNode<RfmSummaryQuery, RfmSummaryQueryVariables>;
export const RfmCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfmCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RfmInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segments"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"segments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"recency"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"f"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RfmCustomersQuery, RfmCustomersQueryVariables>;
export const RfmTransitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfmTransitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromAsOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toAsOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfmTransitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromAsOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromAsOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"toAsOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toAsOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSegment"}},{"kind":"Field","name":{"kind":"Name","value":"toSegment"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]} as unknown as DocumentNode<RfmTransitionsQuery, RfmTransitionsQueryVariables>;
export const CustomerRfmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRfm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"rfm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recency"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"f"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRfmQuery, CustomerRfmQueryVariables>;
export const CustomersWithRfmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithRfm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"rfm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithRfmQuery, CustomersWithRfmQueryVariables>;
export const AnalyticsSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"churnWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"lowSampleThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"complaintSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"detractorSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"rfmMethod"}},{"kind":"Field","name":{"kind":"Name","value":"customRfmSegmentMap"}},{"kind":"Field","name":{"kind":"Name","value":"rfmSegmentMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"recency"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadScoreRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadScoreHalfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"leadGradeThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"c"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsSettingsQuery, AnalyticsSettingsQueryVariables>;
export const UpdateAnalyticsSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAnalyticsSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAnalyticsSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"churnWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"rfmMethod"}},{"kind":"Field","name":{"kind":"Name","value":"customRfmSegmentMap"}},{"kind":"Field","name":{"kind":"Name","value":"leadScoreRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAnalyticsSettingsMutation, UpdateAnalyticsSettingsMutationVariables>;
export const RevenueSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"}},{"kind":"Field","name":{"kind":"Name","value":"revenueGrowth"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"}},{"kind":"Field","name":{"kind":"Name","value":"revenueChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevenueSeriesQuery, RevenueSeriesQueryVariables>;
export const RfmAllScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfmAllScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RfmInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recency"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"recency"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"f"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RfmAllScoresQuery, RfmAllScoresQueryVariables>;
export const RfmCustomersWithProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RfmCustomersWithProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RfmInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"recency"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"monetary"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"f"}},{"kind":"Field","name":{"kind":"Name","value":"m"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RfmCustomersWithProfilesQuery, RfmCustomersWithProfilesQueryVariables>;
export const CustomerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPageQuery, CustomerPageQueryVariables>;
export const CustomersWithDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestNpsScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithDetailsQuery, CustomersWithDetailsQueryVariables>;
export const CustomerByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"latestNpsScore"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerByExternalIdQuery, CustomerByExternalIdQueryVariables>;
export const CustomerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerByIdQuery, CustomerByIdQueryVariables>;
export const UpsertCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpsertCustomerMutation, UpsertCustomerMutationVariables>;
export const UpsertCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertCustomersMutation, UpsertCustomersMutationVariables>;
export const ImportRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunsQuery, ImportRunsQueryVariables>;
export const ImportRunByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRunById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}}]} as unknown as DocumentNode<ImportRunByIdQuery, ImportRunByIdQueryVariables>;
export const ImportedCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportedCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystems"}},{"kind":"Field","name":{"kind":"Name","value":"consentEmail"}},{"kind":"Field","name":{"kind":"Name","value":"walletEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ImportedCustomerQuery, ImportedCustomerQueryVariables>;
export const ImportedCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportedCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportedCustomersQuery, ImportedCustomersQueryVariables>;
export const ImportedOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportedOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"originalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportedOrdersQuery, ImportedOrdersQueryVariables>;
export const ImportedFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportedFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportedFeedbackQuery, ImportedFeedbackQueryVariables>;
export const ImportedTouchpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportedTouchpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TouchpointFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"emotion"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportedTouchpointsQuery, ImportedTouchpointsQueryVariables>;
export const ImportedTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportedTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportedTagsQuery, ImportedTagsQueryVariables>;
export const CreateJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJourney"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<CreateJourneyMutation, CreateJourneyMutationVariables>;
export const JourneyByKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyByKeyQuery, JourneyByKeyQueryVariables>;
export const JourneyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JourneyPageQuery, JourneyPageQueryVariables>;
export const RecordTouchpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTouchpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TouchpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTouchpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"emotion"}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTouchpointMutation, RecordTouchpointMutationVariables>;
export const TouchpointPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TouchpointPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TouchpointFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TouchpointPageQuery, TouchpointPageQueryVariables>;
export const UpsertTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<UpsertTagMutation, UpsertTagMutationVariables>;
export const TagCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<TagCustomerMutation, TagCustomerMutationVariables>;
export const UntagCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UntagCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<UntagCustomerMutation, UntagCustomerMutationVariables>;
export const TagPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TagCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TagPageQuery, TagPageQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const MaturityModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaturityModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityLocale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maturityModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quickAnchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNotApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bands"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaturityModelQuery, MaturityModelQueryVariables>;
export const StartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const AnswerItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AnswerItemsMutation, AnswerItemsMutationVariables>;
export const OverrideItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OverrideItemMutation, OverrideItemMutationVariables>;
export const RefreshEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RefreshEvidenceMutation, RefreshEvidenceMutationVariables>;
export const SubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const SetMaturityTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaturityTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaturityTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]} as unknown as DocumentNode<SetMaturityTargetsMutation, SetMaturityTargetsMutationVariables>;
export const AssessmentResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityLocale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"special"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAdjusted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"knownShare"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"corroboratedShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"unanswered"}},{"kind":"Field","name":{"kind":"Name","value":"disagree"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRole"}},{"kind":"Field","name":{"kind":"Name","value":"feature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityPlacement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageKey"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"progressToNext"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"stageScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"failingGates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aheadOfFoundations"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"}}]}}]} as unknown as DocumentNode<AssessmentResultQuery, AssessmentResultQueryVariables>;
export const SubmittedResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmittedResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAdjusted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmittedResultQuery, SubmittedResultQueryVariables>;
export const MaturityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaturityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maturityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedStage"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]} as unknown as DocumentNode<MaturityHistoryQuery, MaturityHistoryQueryVariables>;
export const RecordOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOrderMutation, RecordOrderMutationVariables>;
export const RecordOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOrdersMutation, RecordOrdersMutationVariables>;
export const OrderPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrderPageQuery, OrderPageQueryVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const RecordFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFeedbackMutation, RecordFeedbackMutationVariables>;
export const RecordFeedbackBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFeedbackBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFeedbackBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFeedbackBatchMutation, RecordFeedbackBatchMutationVariables>;
export const RecordFeedbackFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFeedbackFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFeedbackFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpResult"}}]}}]}}]} as unknown as DocumentNode<RecordFeedbackFollowUpMutation, RecordFeedbackFollowUpMutationVariables>;
export const FeedbackPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackPageQuery, FeedbackPageQueryVariables>;
export const OrderProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderProbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderProbeQuery, OrderProbeQueryVariables>;
export const FeedbackProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackProbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeedbackProbeQuery, FeedbackProbeQueryVariables>;
export const JourneyByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<JourneyByIdQuery, JourneyByIdQueryVariables>;
export const SegmentLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"valueKind"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"arity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"valueKind"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"maxNodes"}},{"kind":"Field","name":{"kind":"Name","value":"maxListValues"}},{"kind":"Field","name":{"kind":"Name","value":"maxTextLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentLanguageQuery, SegmentLanguageQueryVariables>;
export const SegmentFieldNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentFieldNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"SegmentField","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentFieldNamesQuery, SegmentFieldNamesQueryVariables>;
export const CreateSegmentWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSegmentWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSegmentWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegmentWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateSegmentWebhookMutation, CreateSegmentWebhookMutationVariables>;
export const DeleteSegmentWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSegmentWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSegmentWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSegmentWebhookMutation, DeleteSegmentWebhookMutationVariables>;
export const RetryWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<RetryWebhookDeliveryMutation, RetryWebhookDeliveryMutationVariables>;
export const SegmentWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentWebhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstSequence"}},{"kind":"Field","name":{"kind":"Name","value":"lastSequence"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentWebhooksQuery, SegmentWebhooksQueryVariables>;
export const CreateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"exited"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshIntervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSegmentMutation, CreateSegmentMutationVariables>;
export const UpdateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"exited"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"refreshIntervalMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
export const RefreshSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"exited"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<RefreshSegmentMutation, RefreshSegmentMutationVariables>;
export const DeleteSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSegmentMutation, DeleteSegmentMutationVariables>;
export const PreviewSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewSegmentQuery, PreviewSegmentQueryVariables>;
export const SegmentDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"refreshIntervalMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentDetailsQuery, SegmentDetailsQueryVariables>;
export const SegmentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentListQuery, SegmentListQueryVariables>;
export const SegmentMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"changesCursor"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentMembersQuery, SegmentMembersQueryVariables>;
export const SegmentMemberProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentMemberProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentMemberProfilesQuery, SegmentMemberProfilesQueryVariables>;
export const SegmentMemberNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentMemberNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentMemberNamesQuery, SegmentMemberNamesQueryVariables>;
export const SegmentChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"segmentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentChangesQuery, SegmentChangesQueryVariables>;
export const SegmentDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]} as unknown as DocumentNode<SegmentDocumentQuery, SegmentDocumentQueryVariables>;
export const CreatePartnerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"segmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"memberFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerKeyMutation, CreatePartnerKeyMutationVariables>;
export const SegmentRecentChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentRecentChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"segmentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentRecentChangesQuery, SegmentRecentChangesQueryVariables>;
export const SegmentRecentChangeEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentRecentChangeEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentRecentChangeEmailsQuery, SegmentRecentChangeEmailsQueryVariables>;
export const SegmentRecentChangeNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentRecentChangeNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentRecentChangeNamesQuery, SegmentRecentChangeNamesQueryVariables>;
export const SegmentRefreshHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentRefreshHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"segmentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"exited"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentRefreshHistoryQuery, SegmentRefreshHistoryQueryVariables>;