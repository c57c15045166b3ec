/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number, serialized as a string such as "1234.50". */
  Decimal: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An API key of the tenant. The secret is shown once, at creation, and stored only as a hash. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Last request made with the key (updated at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the key is for, such as "Grafana" or "CRM sync". */
  name: Scalars['String']['output'];
  /** The public start of the key, safe to show and log, used to find it. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; revoked keys are refused. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the key may do, such as customers:read. */
  scopes: Array<Scalars['String']['output']>;
};

/** A new API key of the tenant. */
export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  scopes: Array<Scope>;
};

/** A new key. `key` is shown only here: store it now. */
export type CreatedApiKeyPayload = {
  __typename?: 'CreatedApiKeyPayload';
  apiKey: ApiKey;
  /** The whole secret key, for the Authorization: Bearer header. */
  key: Scalars['String']['output'];
};

/** A customer or prospect of the tenant, identified to partners by its external id. */
export type Customer = {
  __typename?: 'Customer';
  /** Free-form typed attributes imported with the profile. */
  attributes: Scalars['JSONObject']['output'];
  company?: Maybe<Scalars['String']['output']>;
  /** Consent to be contacted by email; null when not recorded. */
  consentEmail?: Maybe<Scalars['Boolean']['output']>;
  /** Consent to be contacted by SMS; null when not recorded. */
  consentSms?: Maybe<Scalars['Boolean']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** The id of the customer in the system it came from (CRM, shop); unique per tenant. */
  externalId: Scalars['String']['output'];
  /** Feedback of the customer, newest first. */
  feedback: FeedbackConnection;
  /** When the customer was first seen or signed up. */
  firstSeenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  jobTitle?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Orders of the customer, newest first. */
  orders: OrderConnection;
  phone?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  /** Size of the customer company. */
  sizeBand?: Maybe<SizeBand>;
  /** Systems the profile was seen in, such as web, pos, crm. */
  sourceSystems: Array<Scalars['String']['output']>;
  stats: CustomerStats;
  /** Tags assigned to the customer and not expired. */
  tags: Array<CustomerTag>;
  /** Touchpoints of the customer, newest first. */
  touchpoints: TouchpointConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Estimated total category spend of the customer (for share of wallet), in the tenant's base currency. */
  walletEstimate?: Maybe<Scalars['Decimal']['output']>;
};


/** A customer or prospect of the tenant, identified to partners by its external id. */
export type CustomerFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FeedbackKind>;
};


/** A customer or prospect of the tenant, identified to partners by its external id. */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


/** A customer or prospect of the tenant, identified to partners by its external id. */
export type CustomerTouchpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Customer items (Relay cursor connection). */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Customer in a page, with its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque position of this item, for `after`. */
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** Conditions a customer must all meet to be listed. */
export type CustomerFilter = {
  /** Created at or after this time. */
  createdFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Created before this time. */
  createdTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** true: buyers (a completed order); false: prospects without one. */
  hasOrders?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  /** Text contained in the name, email or company (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Customers with at least one tag of this category. */
  tagCategory?: InputMaybe<TagCategory>;
  /** Customers that carry every one of these tags (unexpired). */
  tagKeys?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A customer profile to create or update, matched on externalId. Fields left out keep their value; null clears them. */
export type CustomerInput = {
  attributes?: InputMaybe<Scalars['JSONObject']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  consentEmail?: InputMaybe<Scalars['Boolean']['input']>;
  consentSms?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  externalId: Scalars['String']['input'];
  firstSeenAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sizeBand?: InputMaybe<SizeBand>;
  sourceSystems?: InputMaybe<Array<Scalars['String']['input']>>;
  walletEstimate?: InputMaybe<Scalars['Decimal']['input']>;
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

/** Purchase and feedback figures of one customer, from completed orders (status COMPLETED, amount > 0). */
export type CustomerStats = {
  __typename?: 'CustomerStats';
  firstOrderAt?: Maybe<Scalars['DateTimeISO']['output']>;
  lastOrderAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Score of the most recent NPS answer. */
  latestNpsScore?: Maybe<Scalars['Int']['output']>;
  orderCount: Scalars['Int']['output'];
  /** Sum of completed order amounts, in the tenant's base currency. */
  revenue: Scalars['Decimal']['output'];
};

/** A tag as assigned to a customer: the tag and how it came to be there. */
export type CustomerTag = {
  __typename?: 'CustomerTag';
  assignedAt: Scalars['DateTimeISO']['output'];
  category: TagCategory;
  /** Confidence from 0 to 1, for model assignments. */
  confidence?: Maybe<Scalars['Decimal']['output']>;
  /** After this time the tag no longer applies. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Model score or rule value behind the assignment. */
  score?: Maybe<Scalars['Decimal']['output']>;
  source: TagSource;
  /** Id of the tag. */
  tagId: Scalars['ID']['output'];
};

/** One survey answer (NPS, CSAT, CES) or service case (complaint, suggestion, praise). */
export type Feedback = {
  __typename?: 'Feedback';
  /** Topic, such as delivery, billing, product. */
  category?: Maybe<Scalars['String']['output']>;
  channel?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer, unless the answer is anonymous. */
  customer?: Maybe<Customer>;
  /** The id in the survey or service tool; unique per tenant when given. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** First response to the customer; null while unanswered. */
  firstResponseAt?: Maybe<Scalars['DateTimeISO']['output']>;
  followUpResult?: Maybe<FollowUpResult>;
  id: Scalars['ID']['output'];
  kind: FeedbackKind;
  receivedAt: Scalars['DateTimeISO']['output'];
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** NPS 0..10, CSAT 1..5, CES 1..7; null for cases. */
  score?: Maybe<Scalars['Int']['output']>;
  /** Sentiment of the comment from -1 to 1. */
  sentiment?: Maybe<Scalars['Float']['output']>;
  /** The journey stage the answer is about. */
  stage?: Maybe<JourneyStage>;
  status: FeedbackStatus;
};

/** A page of Feedback items (Relay cursor connection). */
export type FeedbackConnection = {
  __typename?: 'FeedbackConnection';
  edges: Array<FeedbackEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Feedback in a page, with its cursor. */
export type FeedbackEdge = {
  __typename?: 'FeedbackEdge';
  /** Opaque position of this item, for `after`. */
  cursor: Scalars['String']['output'];
  node: Feedback;
};

/** Conditions feedback must all meet. */
export type FeedbackFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  customerExternalId?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Received at or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<FeedbackKind>>;
  status?: InputMaybe<FeedbackStatus>;
  /** Received before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Records the service loop of a case: the first response, the resolution, the follow-up. */
export type FeedbackFollowUpInput = {
  firstResponseAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  followUpResult?: InputMaybe<FollowUpResult>;
  id: Scalars['ID']['input'];
  resolvedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Default: derived from the times, as for recordFeedback. */
  status?: InputMaybe<FeedbackStatus>;
};

/** A survey answer or service case. With an externalId, recording it again updates it. */
export type FeedbackInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  customerExternalId?: InputMaybe<Scalars['String']['input']>;
  /** The customer, when known (anonymous answers are allowed). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  firstResponseAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  followUpResult?: InputMaybe<FollowUpResult>;
  kind: FeedbackKind;
  receivedAt: Scalars['DateTimeISO']['input'];
  resolvedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Required for NPS (0..10), CSAT (1..5) and CES (1..7); not allowed for cases. */
  score?: InputMaybe<Scalars['Int']['input']>;
  /** From -1 to 1. */
  sentiment?: InputMaybe<Scalars['Float']['input']>;
  /** Journey stage the answer is about. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: RESOLVED when resolvedAt is given, RESPONDED when firstResponseAt is, else OPEN. */
  status?: InputMaybe<FeedbackStatus>;
  touchpointId?: InputMaybe<Scalars['ID']['input']>;
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

/** A customer journey map: a persona in a scenario, going through ordered stages. */
export type Journey = {
  __typename?: 'Journey';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Stable machine name, unique per tenant, such as "online-purchase". */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Who the journey is about. */
  persona?: Maybe<Scalars['String']['output']>;
  /** The situation and goal of the persona. */
  scenario?: Maybe<Scalars['String']['output']>;
  /** Stages in journey order. */
  stages: Array<JourneyStage>;
};

/** A page of Journey items (Relay cursor connection). */
export type JourneyConnection = {
  __typename?: 'JourneyConnection';
  edges: Array<JourneyEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Journey in a page, with its cursor. */
export type JourneyEdge = {
  __typename?: 'JourneyEdge';
  /** Opaque position of this item, for `after`. */
  cursor: Scalars['String']['output'];
  node: Journey;
};

/** A journey map to create with its stages. */
export type JourneyInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  persona?: InputMaybe<Scalars['String']['input']>;
  scenario?: InputMaybe<Scalars['String']['input']>;
  stages: Array<JourneyStageInput>;
};

/** One stage of a journey, such as awareness or purchase. */
export type JourneyStage = {
  __typename?: 'JourneyStage';
  id: Scalars['ID']['output'];
  /** Stable machine name, unique within the journey. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Order of the stage in the journey, from 0. */
  position: Scalars['Float']['output'];
};

/** A stage of a new journey; stages are ordered as given. */
export type JourneyStageInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a key of this tenant with the given scopes. */
  createApiKey: CreatedApiKeyPayload;
  /** Creates a journey map with its ordered stages. */
  createJourney: Journey;
  /** Records a survey answer or a case, with its response and resolution when known. */
  recordFeedback: Feedback;
  /** Records up to 1,000 feedback entries: all are written, or none. */
  recordFeedbackBatch: RecordFeedbackBatchPayload;
  /** Records the first response, resolution or follow-up result of a case. */
  recordFeedbackFollowUp: Feedback;
  /** Records an order; recording the same externalId again updates it. */
  recordOrder: Order;
  /** Records up to 1,000 orders: all are written, or none (errors name the row index and field). */
  recordOrders: RecordOrdersPayload;
  /** Records a touchpoint event of a customer, optionally at a journey stage. */
  recordTouchpoint: Touchpoint;
  /** Revokes a key of this tenant; it is refused from then on. */
  revokeApiKey: ApiKey;
  /** Assigns a tag to a customer (or updates the assignment); returns the customer. */
  tagCustomer: Customer;
  /** Removes a tag from a customer; returns the customer. */
  untagCustomer: Customer;
  /** Creates the customer, or updates the one with the same externalId. */
  upsertCustomer: Customer;
  /** Upserts up to 1,000 customers: all are written, or none (errors name the row index and field). */
  upsertCustomers: UpsertCustomersPayload;
  /** Creates a tag, or updates the one with the same key. */
  upsertTag: Tag;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateJourneyArgs = {
  input: JourneyInput;
};


export type MutationRecordFeedbackArgs = {
  input: FeedbackInput;
};


export type MutationRecordFeedbackBatchArgs = {
  input: Array<FeedbackInput>;
};


export type MutationRecordFeedbackFollowUpArgs = {
  input: FeedbackFollowUpInput;
};


export type MutationRecordOrderArgs = {
  input: OrderInput;
};


export type MutationRecordOrdersArgs = {
  input: Array<OrderInput>;
};


export type MutationRecordTouchpointArgs = {
  input: TouchpointInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTagCustomerArgs = {
  input: TagCustomerInput;
};


export type MutationUntagCustomerArgs = {
  input: UntagCustomerInput;
};


export type MutationUpsertCustomerArgs = {
  input: CustomerInput;
};


export type MutationUpsertCustomersArgs = {
  input: Array<CustomerInput>;
};


export type MutationUpsertTagArgs = {
  input: TagInput;
};

/** An order placed by a customer. */
export type Order = {
  __typename?: 'Order';
  /** Amount in the tenant's base currency. */
  amount: Scalars['Decimal']['output'];
  /** Sales channel, such as web, app, store. */
  channel?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code of the currency the order was placed in. */
  currency: Scalars['String']['output'];
  customer: Customer;
  /** The id of the order in the shop or ERP; unique per tenant. */
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  itemCount?: Maybe<Scalars['Int']['output']>;
  /** Amount in the original currency, when it differs from the base currency. */
  originalAmount?: Maybe<Scalars['Decimal']['output']>;
  /** When the order was placed. */
  placedAt: Scalars['DateTimeISO']['output'];
  status: OrderStatus;
};

/** A page of Order items (Relay cursor connection). */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Order in a page, with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque position of this item, for `after`. */
  cursor: Scalars['String']['output'];
  node: Order;
};

/** Conditions an order must all meet. */
export type OrderFilter = {
  channel?: InputMaybe<Scalars['String']['input']>;
  customerExternalId?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Placed at or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<OrderStatus>;
  /** Placed before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** An order to record, matched on externalId (recording it again updates it). Name the customer by id or externalId. */
export type OrderInput = {
  /** Amount in the tenant's base currency. */
  amount: Scalars['Decimal']['input'];
  channel?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code the order was placed in; default the tenant's base currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  customerExternalId?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  externalId: Scalars['String']['input'];
  itemCount?: InputMaybe<Scalars['Int']['input']>;
  /** Amount in the original currency. */
  originalAmount?: InputMaybe<Scalars['Decimal']['input']>;
  placedAt: Scalars['DateTimeISO']['input'];
  /** Default COMPLETED. */
  status?: InputMaybe<OrderStatus>;
};

/** Only COMPLETED orders with a positive amount count as purchases in metrics. */
export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'REFUNDED';

/** Where a page stands in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (the request had an `after` cursor). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Every key of the tenant, revoked ones included. */
  apiKeys: Array<ApiKey>;
  /** One customer, by id or by external id. NOT_FOUND when the tenant has no such customer. */
  customer: Customer;
  /** Customers of the tenant, filtered and sorted, a page at a time. */
  customers: CustomerConnection;
  /** Survey answers and service cases, newest first. */
  feedback: FeedbackConnection;
  /** One feedback entry by id; NOT_FOUND when the tenant has no such entry. */
  feedbackEntry: Feedback;
  /** One journey by id or key; NOT_FOUND when the tenant has no such journey. */
  journey: Journey;
  /** Journey maps of the tenant, by key. */
  journeys: JourneyConnection;
  /** One order by id; NOT_FOUND when the tenant has no such order. */
  order: Order;
  /** Orders of the tenant, newest first. */
  orders: OrderConnection;
  /** Tags of the tenant, by key. */
  tags: TagConnection;
  /** Touchpoint events, newest first. */
  touchpoints: TouchpointConnection;
  /** The tenant and key the request authenticated with (any scope). */
  viewer: Viewer;
};


export type QueryCustomerArgs = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CustomerOrder>;
};


export type QueryFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeedbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFeedbackEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJourneyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJourneysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<TagCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTouchpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TouchpointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of a batch of feedback: all was written, or none. */
export type RecordFeedbackBatchPayload = {
  __typename?: 'RecordFeedbackBatchPayload';
  /** The feedback, in input order. */
  feedback: Array<Feedback>;
  insertedCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};

/** Result of a batch of orders: all were written, or none. */
export type RecordOrdersPayload = {
  __typename?: 'RecordOrdersPayload';
  insertedCount: Scalars['Int']['output'];
  /** The orders, in input order. */
  orders: Array<Order>;
  updatedCount: Scalars['Int']['output'];
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

/** Company size band of a customer. */
export type SizeBand =
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A label that can be assigned to customers, of one of five categories. */
export type Tag = {
  __typename?: 'Tag';
  category: TagCategory;
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Stable machine name, unique per tenant, such as "tier.gold". */
  key: Scalars['String']['output'];
  /** Human-readable name. */
  label: Scalars['String']['output'];
};

/** The five kinds of customer labels. */
export type TagCategory =
  | 'BEHAVIOR'
  | 'CREDIT'
  | 'PREDICTIVE'
  | 'SPENDING'
  | 'TIER';

/** A page of Tag items (Relay cursor connection). */
export type TagConnection = {
  __typename?: 'TagConnection';
  edges: Array<TagEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Assigns a tag to a customer (or updates the assignment). Name the customer by id or externalId. */
export type TagCustomerInput = {
  confidence?: InputMaybe<Scalars['Decimal']['input']>;
  customerExternalId?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  score?: InputMaybe<Scalars['Decimal']['input']>;
  source?: TagSource;
  tagKey: Scalars['String']['input'];
};

/** One Tag in a page, with its cursor. */
export type TagEdge = {
  __typename?: 'TagEdge';
  /** Opaque position of this item, for `after`. */
  cursor: Scalars['String']['output'];
  node: Tag;
};

/** A tag to create or update, matched on key. */
export type TagInput = {
  category: TagCategory;
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

/** How a tag came to be assigned to a customer. */
export type TagSource =
  | 'IMPORT'
  | 'MANUAL'
  | 'MODEL'
  | 'RULE';

/** A company using cxgraph. Every piece of customer data belongs to exactly one tenant. */
export type Tenant = {
  __typename?: 'Tenant';
  /** ISO 4217 code of the currency order amounts are stored in. */
  baseCurrency: Scalars['String']['output'];
  /** When the tenant was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Display name of the company. */
  name: Scalars['String']['output'];
  /** Short unique name, such as "demo". */
  slug: Scalars['String']['output'];
  /** IANA time zone used to bucket times unless a query names another. */
  timeZone: Scalars['String']['output'];
};

/** Something a customer did or met at a journey stage: the action, thought, emotion, gains and pains. */
export type Touchpoint = {
  __typename?: 'Touchpoint';
  /** What the customer did, such as email_opened, site_visit, purchase. */
  action: Scalars['String']['output'];
  channel?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  customer: Customer;
  /** Emotion from -2 (very negative) to 2 (very positive). */
  emotion?: Maybe<Scalars['Int']['output']>;
  gains?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  journey?: Maybe<Journey>;
  occurredAt: Scalars['DateTimeISO']['output'];
  pains?: Maybe<Scalars['String']['output']>;
  stage?: Maybe<JourneyStage>;
  /** What the customer thought at this point. */
  thought?: Maybe<Scalars['String']['output']>;
};

/** A page of Touchpoint items (Relay cursor connection). */
export type TouchpointConnection = {
  __typename?: 'TouchpointConnection';
  edges: Array<TouchpointEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Touchpoint in a page, with its cursor. */
export type TouchpointEdge = {
  __typename?: 'TouchpointEdge';
  /** Opaque position of this item, for `after`. */
  cursor: Scalars['String']['output'];
  node: Touchpoint;
};

/** Conditions a touchpoint must all meet. */
export type TouchpointFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** At or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  journeyId?: InputMaybe<Scalars['ID']['input']>;
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** Before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A touchpoint event. Name the customer by id or externalId, the journey by key and the stage by key. */
export type TouchpointInput = {
  action: Scalars['String']['input'];
  channel?: InputMaybe<Scalars['String']['input']>;
  customerExternalId?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** From -2 to 2. */
  emotion?: InputMaybe<Scalars['Int']['input']>;
  gains?: InputMaybe<Scalars['String']['input']>;
  journeyKey?: InputMaybe<Scalars['String']['input']>;
  occurredAt: Scalars['DateTimeISO']['input'];
  pains?: InputMaybe<Scalars['String']['input']>;
  /** Stage key within the journey; requires journeyKey. */
  stageKey?: InputMaybe<Scalars['String']['input']>;
  thought?: InputMaybe<Scalars['String']['input']>;
};

/** Removes a tag from a customer. Name the customer by id or externalId. */
export type UntagCustomerInput = {
  customerExternalId?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  tagKey: Scalars['String']['input'];
};

/** Result of a batch upsert: all rows were written, or none. */
export type UpsertCustomersPayload = {
  __typename?: 'UpsertCustomersPayload';
  /** The customers, in input order. */
  customers: Array<Customer>;
  insertedCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};

/** Who is calling: the tenant and the key of this request. */
export type Viewer = {
  __typename?: 'Viewer';
  apiKey: ApiKey;
  tenant: Tenant;
};

/** A new API key of the tenant. */
export type CreateApiKeyInput = {
  name: string;
  scopes: Array<Scope>;
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

/** Company size band of a customer. */
export type SizeBand =
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL';

export type SortDirection =
  | 'ASC'
  | 'DESC';

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


export const CustomerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPageQuery, CustomerPageQueryVariables>;
export const CustomersWithDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestNpsScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithDetailsQuery, CustomersWithDetailsQueryVariables>;
export const CustomerByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"latestNpsScore"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerByExternalIdQuery, CustomerByExternalIdQueryVariables>;
export const CustomerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerByIdQuery, CustomerByIdQueryVariables>;
export const UpsertCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpsertCustomerMutation, UpsertCustomerMutationVariables>;
export const UpsertCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertCustomersMutation, UpsertCustomersMutationVariables>;
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