import pg from 'pg';
import type { Filler, InputSlot } from './schema-walk.js';

/**
 * A tenant with one object of every kind, built through the API, for the hostile-input tests:
 * which kind of object each id slot names, values that fill the fields not under attack, a
 * check of answers for leaks and server errors, and a superuser's view of a tenant's rows.
 */

/** Objects a client can name by id; a tenant built by `buildWorld` has one of each. */
export type IdKind =
  | 'customer'
  | 'order'
  | 'feedback'
  | 'journey'
  | 'stage'
  | 'touchpoint'
  | 'tag'
  | 'segment'
  | 'webhook'
  | 'delivery'
  | 'assessment'
  | 'apiKey'
  | 'importRun'
  | 'trustedDocument';

const ID_KIND_BY_NAME: Record<string, IdKind> = {
  customerId: 'customer',
  journeyId: 'journey',
  stageId: 'stage',
  touchpointId: 'touchpoint',
  segmentId: 'segment',
  segmentIds: 'segment',
  assessmentId: 'assessment',
  tagId: 'tag',
  webhookId: 'webhook',
};

// An argument or input field named `id` names the object its root field or input is about.
const ID_KIND_OF_HOLDER: Record<string, IdKind> = {
  customer: 'customer',
  order: 'order',
  feedbackEntry: 'feedback',
  FeedbackFollowUpInput: 'feedback',
  journey: 'journey',
  importRun: 'importRun',
  assessment: 'assessment',
  refreshEvidence: 'assessment',
  submitAssessment: 'assessment',
  segment: 'segment',
  deleteSegment: 'segment',
  refreshSegment: 'segment',
  UpdateSegmentInput: 'segment',
  revokeApiKey: 'apiKey',
  updateApiKey: 'apiKey',
  deleteSegmentWebhook: 'webhook',
  retryWebhookDelivery: 'delivery',
  removeTrustedDocument: 'trustedDocument',
};

/** The kind an ID slot names, or undefined when nobody has said yet (the tests then fail). */
export function idKindOf(slot: Pick<InputSlot, 'rootField' | 'name' | 'holder'>): IdKind | undefined {
  if (slot.name !== 'id') return ID_KIND_BY_NAME[slot.name];
  return ID_KIND_OF_HOLDER[slot.holder ?? slot.rootField];
}

/** What a String slot refers to by a tenant's own name for it (external ids and keys). */
export type NameKind = 'customerExternalId' | 'journeyKey' | 'stageKey' | 'tagKey';

export function nameKindOf(slot: Pick<InputSlot, 'rootField' | 'name' | 'holder'>): NameKind | undefined {
  if (slot.name === 'customerExternalId') return 'customerExternalId';
  if (slot.name === 'externalId' && slot.rootField === 'customer' && slot.holder === undefined) return 'customerExternalId';
  if (slot.name === 'journeyKey' || (slot.name === 'key' && slot.rootField === 'journey' && slot.holder === undefined)) return 'journeyKey';
  if (slot.name === 'stageKey') return 'stageKey';
  if (slot.name === 'tagKey' || slot.name === 'tagKeys') return 'tagKey';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Worlds: a tenant holding one object of every kind, every text of it carrying a marker, so a
// response that shows any of it is caught by searching for the marker.

export interface World {
  tenantId: string;
  /** An admin key of the tenant. */
  key: string;
  marker: string;
  ids: Record<IdKind, string>;
  names: Record<NameKind, string>;
  /** The second customer (in the segment too), its order external id, a maturity item id. */
  secondCustomerExternalId: string;
  orderExternalId: string;
  itemId: string;
}

type Post = (body: { query: string; variables?: Record<string, unknown> }, key: string) => Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }>;

interface WorldApp {
  url: string;
  post: Post;
  tenantWithKey(scopes: string[], slugPrefix?: string): Promise<{ tenant: { id: string }; key: string; keyId: string }>;
}

/** Sends a document that must succeed, and returns its data. */
export async function succeed<T = any>(app: Pick<WorldApp, 'post'>, key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await app.post({ query, variables }, key);
  if (response.body.errors) throw new Error(`${query.slice(0, 80)}… failed: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as T;
}

/**
 * A tenant with one object of every IdKind, built through the API as a client would. `marker`
 * (lowercase letters) is in every name, email, comment and key, and nowhere else.
 */
export async function buildWorld(app: WorldApp, marker: string): Promise<World> {
  const { tenant, key } = await app.tenantWithKey(['admin'], marker);
  const call = <T = any>(query: string, variables: Record<string, unknown> = {}) => succeed<T>(app, key, query, variables);
  const c1 = `${marker}-c1`;
  const c2 = `${marker}-c2`;
  await call(
    'mutation ($input: [CustomerInput!]!) { upsertCustomers(input: $input) { __typename } }',
    {
      input: [c1, c2].map((externalId) => ({
        externalId,
        name: `${marker} name ${externalId}`,
        email: `${externalId}@${marker}.example`,
        phone: '+1 555 0100',
        company: `${marker} company`,
        jobTitle: `${marker} title`,
        region: `${marker}-region`,
        attributes: { note: `${marker} attribute` },
      })),
    },
  );
  const customerId = (await call(`query ($externalId: String) { customer(externalId: $externalId) { id } }`, { externalId: c1 })).customer.id;
  const tagKey = `${marker}.vip`;
  const tag = await call('mutation ($input: TagInput!) { upsertTag(input: $input) { id } }', { input: { key: tagKey, label: `${marker} VIP`, category: 'TIER' } });
  await call('mutation ($input: TagCustomerInput!) { tagCustomer(input: $input) { id } }', { input: { customerExternalId: c1, tagKey } });
  const orderExternalId = `${marker}-o1`;
  const order = await call('mutation ($input: OrderInput!) { recordOrder(input: $input) { id } }', {
    input: { externalId: orderExternalId, customerExternalId: c1, placedAt: '2026-01-05T00:00:00Z', amount: '42.50', channel: `${marker}-web` },
  });
  const journeyKey = `${marker}-journey`;
  const journey = await call('mutation ($input: JourneyInput!) { createJourney(input: $input) { id stages { id key } } }', {
    input: { key: journeyKey, name: `${marker} journey`, persona: `${marker} persona`, scenario: `${marker} scenario`, stages: [{ key: 'aware', name: `${marker} aware` }] },
  });
  const touchpoint = await call('mutation ($input: TouchpointInput!) { recordTouchpoint(input: $input) { id } }', {
    input: { customerExternalId: c1, journeyKey, stageKey: 'aware', occurredAt: '2026-01-03T00:00:00Z', action: `${marker} action`, thought: `${marker} thought`, channel: `${marker}-web`, emotion: -1 },
  });
  const feedback = await call('mutation ($input: FeedbackInput!) { recordFeedback(input: $input) { id } }', {
    input: { customerExternalId: c1, kind: 'COMPLAINT', receivedAt: '2026-01-04T00:00:00Z', comment: `${marker} complaint`, channel: `${marker}-web`, category: `${marker}-category`, stageId: journey.createJourney.stages[0].id, touchpointId: touchpoint.recordTouchpoint.id },
  });
  await call('mutation ($input: FeedbackInput!) { recordFeedback(input: $input) { id } }', { input: { customerExternalId: c2, kind: 'NPS', score: 9, receivedAt: '2026-01-04T00:00:00Z', comment: `${marker} promoter` } });
  const segment = await call('mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id } } }', {
    input: { name: `${marker} segment`, description: `${marker} description`, definition: { condition: { field: 'TAG', operator: 'HAS', value: tagKey } } },
  });
  const segmentId = segment.createSegment.segment.id;
  const webhook = await call('mutation ($input: CreateSegmentWebhookInput!) { createSegmentWebhook(input: $input) { id } }', {
    input: { segmentId, url: `https://example.com/${marker}`, secret: `${marker}-secret-0123456789` },
  });
  // A change after the webhook exists queues a delivery.
  await call('mutation ($input: TagCustomerInput!) { tagCustomer(input: $input) { id } }', { input: { customerExternalId: c2, tagKey } });
  await call('mutation ($id: ID!) { refreshSegment(id: $id) { entered } }', { id: segmentId });
  const deliveries = await call('query ($id: ID!) { segment(id: $id) { webhooks { deliveries(first: 1) { edges { node { id } } } } } }', { id: segmentId });
  const itemId = (await call('{ maturityModel { items { id } } }')).maturityModel.items[0].id;
  const assessment = await call('mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }', { input: { title: `${marker} assessment`, respondents: [`${marker} respondent`] } });
  await call('mutation ($input: AnswerItemsInput!) { answerItems(input: $input) { id } }', {
    input: { assessmentId: assessment.startAssessment.id, answers: [{ itemId, respondent: `${marker} respondent`, level: 2, note: `${marker} note` }] },
  });
  const apiKey = await call('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }', { input: { name: `${marker} key`, scopes: ['CUSTOMERS_READ'] } });
  const imported = await fetch(`${app.url}/import/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
    body: `externalId,name\n${marker}-c3,${marker} imported\n`,
  });
  const runId = ((await imported.json()) as { runId: string }).runId;
  const trustedDocument = await registerTrustedDocument(app, key, marker);
  return {
    tenantId: tenant.id,
    key,
    marker,
    ids: {
      customer: customerId,
      order: order.recordOrder.id,
      feedback: feedback.recordFeedback.id,
      journey: journey.createJourney.id,
      stage: journey.createJourney.stages[0].id,
      touchpoint: touchpoint.recordTouchpoint.id,
      tag: tag.upsertTag.id,
      segment: segmentId,
      webhook: webhook.createSegmentWebhook.id,
      delivery: deliveries.segment.webhooks[0].deliveries.edges[0].node.id,
      assessment: assessment.startAssessment.id,
      apiKey: apiKey.createApiKey.apiKey.id,
      importRun: runId,
      trustedDocument,
    },
    names: { customerExternalId: c1, journeyKey, stageKey: 'aware', tagKey },
    secondCustomerExternalId: c2,
    orderExternalId,
    itemId,
  };
}

/**
 * Fills what a test does not attack with the world's real values: its ids and keys by the slot's
 * name, enum values that make a valid input, and texts some inputs check.
 */
export function worldFiller(world: World): Filler {
  const fill: Filler = (type, name, holder) => {
    // Root arguments come with their field's name as the holder, nested ones with their input type's.
    const slot = { name, holder: /^[A-Z]/.test(holder) ? holder : undefined, rootField: holder };
    if (type === 'ID') {
      const kind = idKindOf(slot);
      return kind ? world.ids[kind] : undefined;
    }
    if (type === 'String') {
      const nameKind = nameKindOf(slot);
      return nameKind ? world.names[nameKind] : FILLED_TEXTS[name]?.(world);
    }
    return FILLED_ENUMS[`${holder}.${name}`];
  };
  fill.optional = (inputType) => {
    if (['TouchpointInput', 'OrderInput', 'TagCustomerInput', 'UntagCustomerInput', 'FeedbackInput'].includes(inputType)) return { customerExternalId: world.names.customerExternalId };
    if (inputType === 'AnswerInput') return { level: 2 };
    if (inputType === 'OverrideItemInput') return { level: 2, justification: 'measured at the last review' };
    return undefined;
  };
  return fill;
}

const FILLED_TEXTS: Record<string, (world: World) => string> = {
  itemId: (world) => world.itemId,
  respondent: (world) => `${world.marker} respondent`,
  respondents: (world) => `${world.marker} respondent`,
  url: () => 'https://example.com/hostile',
  secret: () => 'hostile-secret-0123456789',
  body: () => '{ viewer { tenant { slug } } }',
};

const FILLED_ENUMS: Record<string, string> = {
  'FeedbackInput.kind': 'COMPLAINT',
  'SegmentConditionInput.field': 'NAME',
  'SegmentConditionInput.operator': 'EQ',
};

/**
 * What is wrong with one answer to tenant A, or nothing: a server error, or anything of the other
 * tenant (its marker, tenant id, object ids; `sent` ids the request itself carried may be echoed).
 */
export function answerProblems(response: { status: number; body: { errors?: { extensions?: Record<string, unknown> }[] } }, where: string, other: World, sent: readonly string[] = []): string[] {
  const problems: string[] = [];
  const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
  if (response.status >= 500 || codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === undefined)) problems.push(`${where}: ${response.status} ${codes.join(',')}`);
  // An error may quote what was sent ("no customer has the external id …"): that is not a leak.
  const text = sent.reduce((remaining, value) => remaining.replaceAll(value.toLowerCase(), ''), JSON.stringify(response.body).toLowerCase());
  const leaked = [other.marker, other.tenantId, ...Object.values(other.ids)].filter((secret) => text.includes(secret.toLowerCase()));
  if (leaked.length > 0) problems.push(`${where}: shows the other tenant's ${leaked.join(', ')}`);
  return problems;
}

// Trusted documents arrived with issue 7; a schema without them has no such id to attack.
async function registerTrustedDocument(app: WorldApp, key: string, marker: string): Promise<string> {
  const response = await app.post({ query: 'mutation ($documents: [TrustedDocumentInput!]!) { registerTrustedDocuments(documents: $documents) { id } }', variables: { documents: [{ name: `${marker}-document`, body: `query ${marker.replace(/[^a-z]/g, '')}Viewer { viewer { tenant { slug } } }` }] } }, key);
  const data = response.body.data as { registerTrustedDocuments?: { id: string }[] } | undefined;
  return data?.registerTrustedDocuments?.[0].id ?? 'sha256:' + '0'.repeat(64);
}

// ---------------------------------------------------------------------------------------------
// Database snapshots, read as the connecting user (a superuser: row-level security does not apply).

export class Superuser {
  private constructor(private readonly pool: pg.Pool) {}

  static open(): Superuser {
    return new Superuser(new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 2 }));
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async rows<T = Record<string, unknown>>(statement: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(statement, params)).rows as T[];
  }

  /** Every table of the public schema, by name. */
  async tables(): Promise<string[]> {
    const rows = await this.rows<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
    return rows.map((row) => row.name);
  }

  /** Tables that carry tenant_id. */
  async tenantTables(): Promise<string[]> {
    const rows = await this.rows<{ name: string }>(
      `select c.table_name as name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' order by 1`,
    );
    return rows.map((row) => row.name);
  }

  /** Rows per tenant table, in one statement. */
  async counts(tenantId: string, tables: readonly string[]): Promise<Record<string, number>> {
    const columns = tables.map((table) => `(select count(*)::int from "${table}" where tenant_id = $1) as "${table}"`).join(', ');
    const [row] = await this.rows<Record<string, number>>(`select ${columns}`, [tenantId]);
    return row;
  }

  /** Every row of the tenant (and the tenant row itself) as text, hashed per table. */
  async snapshot(tenantId: string, tables: readonly string[]): Promise<Record<string, string>> {
    const columns = tables.map((table) => `(select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${table}" t where tenant_id = $1) as "${table}"`);
    columns.push(`(select md5(t::text) from tenant t where id = $1) as tenant`);
    const [row] = await this.rows<Record<string, string>>(`select ${columns.join(', ')}`, [tenantId]);
    return row;
  }
}
