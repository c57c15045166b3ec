import pg from 'pg';
import { APP_ROLE } from '../../src/db/app-role.js';
import { finishRequestContext, openRequestContext } from '../../src/context.js';
import {
  CreateJourneyDocument,
  CustomerByIdDocument,
  CustomerByExternalIdDocument,
  CustomerPageDocument,
  JourneyByIdDocument,
  FeedbackProbeDocument,
  OrderProbeDocument,
  RecordFeedbackDocument,
  RecordFeedbackFollowUpDocument,
  RecordOrderDocument,
  RevokeApiKeyDocument,
  TagCustomerDocument,
  UpsertCustomerDocument,
  UpsertTagDocument,
} from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const ALL = ['admin'];

describe('tenant isolation', () => {
  let app: TestApp;
  let a: Awaited<ReturnType<TestApp['tenantWithKey']>>;
  let b: Awaited<ReturnType<TestApp['tenantWithKey']>>;
  const bIds = { customer: '', order: '', feedback: '', journey: '' };

  beforeAll(async () => {
    app = await TestApp.start();
    a = await app.tenantWithKey(ALL, 'a');
    b = await app.tenantWithKey(ALL, 'b');
    await app.request(UpsertCustomerDocument, { input: { externalId: 'A-1', name: 'Only in A' } }, a.key);
    const customer = await app.request(UpsertCustomerDocument, { input: { externalId: 'SHARED', name: 'B secret', email: 'secret@b.example' } }, b.key);
    bIds.customer = customer.body.data!.upsertCustomer.id;
    const order = await app.request(RecordOrderDocument, { input: { externalId: 'B-O1', customerExternalId: 'SHARED', placedAt: '2026-01-01T00:00:00Z', amount: '10' } }, b.key);
    bIds.order = order.body.data!.recordOrder.id;
    const feedback = await app.request(RecordFeedbackDocument, { input: { customerExternalId: 'SHARED', kind: 'COMPLAINT', receivedAt: '2026-01-02T00:00:00Z' } }, b.key);
    bIds.feedback = feedback.body.data!.recordFeedback.id;
    const journey = await app.request(CreateJourneyDocument, { input: { key: 'buy', name: 'Buy', stages: [{ key: 'aware', name: 'Aware' }] } }, b.key);
    bIds.journey = journey.body.data!.createJourney.id;
    await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: 'Gold', category: 'TIER' } }, b.key);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("lists none of B's rows with A's key", async () => {
    const page = await app.request(CustomerPageDocument, {}, a.key);
    expect(page.body.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(['A-1']);
    expect(page.body.data?.customers.totalCount).toBe(1);
  });

  it("answers NOT_FOUND for B's ids and external ids", async () => {
    expect(errorCodes(await app.request(CustomerByIdDocument, { id: bIds.customer }, a.key))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await app.request(CustomerByExternalIdDocument, { externalId: 'SHARED' }, a.key))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await app.request(OrderProbeDocument, { id: bIds.order }, a.key))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await app.request(FeedbackProbeDocument, { id: bIds.feedback }, a.key))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await app.request(JourneyByIdDocument, { id: bIds.journey }, a.key))).toEqual(['NOT_FOUND']);
  });

  it("cannot write to B's rows or link to them", async () => {
    const order = await app.request(RecordOrderDocument, { input: { externalId: 'X', customerId: bIds.customer, placedAt: '2026-01-01T00:00:00Z', amount: '1' } }, a.key);
    expect(order.body.errors?.[0].message).toBe(`input.customerId: no customer has the id ${bIds.customer}`);
    const tag = await app.request(TagCustomerDocument, { input: { customerId: bIds.customer, tagKey: 'tier.gold' } }, a.key);
    expect(errorCodes(tag)).toEqual(['BAD_USER_INPUT']);
    const followUp = await app.request(RecordFeedbackFollowUpDocument, { input: { id: bIds.feedback, firstResponseAt: '2026-01-03T00:00:00Z' } }, a.key);
    expect(errorCodes(followUp)).toEqual(['NOT_FOUND']);
    const revoke = await app.request(RevokeApiKeyDocument, { id: b.keyId }, a.key);
    expect(errorCodes(revoke)).toEqual(['NOT_FOUND']);

    // The same external id in A creates A's own customer; B's is untouched.
    const mine = await app.request(UpsertCustomerDocument, { input: { externalId: 'SHARED', name: 'A copy' } }, a.key);
    expect(mine.body.data?.upsertCustomer.id).not.toBe(bIds.customer);
    const theirs = await app.request(CustomerByExternalIdDocument, { externalId: 'SHARED' }, b.key);
    expect(theirs.body.data?.customer).toMatchObject({ id: bIds.customer, name: 'B secret', email: 'secret@b.example' });
    const bFeedback = await app.request(FeedbackProbeDocument, { id: bIds.feedback }, b.key);
    expect(bFeedback.body.data?.feedbackEntry.id).toBe(bIds.feedback);
  });

  it("sees no B rows from raw SQL without a tenant filter inside A's request transaction", async () => {
    const context = await openRequestContext(app.orm, `Bearer ${a.key}`, 'raw-sql-test', 5000);
    try {
      const customers = await context.sql.rows<{ external_id: string }>('select external_id from customer order by external_id');
      expect(customers.map((row) => row.external_id)).toEqual(['A-1', 'SHARED']);
      const names = await context.sql.rows<{ name: string }>('select name from customer where tenant_id = ?', [b.tenant.id]);
      expect(names).toEqual([]);
      for (const table of ['"order"', 'feedback', 'journey', 'journey_stage', 'tag', 'api_key', 'tenant']) {
        const [row] = await context.sql.rows<{ count: string }>(`select count(*) as count from ${table} where tenant_id is distinct from ?`.replace('tenant_id', table === 'tenant' ? 'id' : 'tenant_id'), [a.tenant.id]);
        expect([table, Number(row.count)]).toEqual([table, 0]);
      }
      await expect(context.sql.rows(`insert into customer (tenant_id, external_id) values (?, 'planted')`, [b.tenant.id])).rejects.toThrow(/row-level security/);
    } finally {
      context.outcome.hadErrors = true;
      await finishRequestContext(context);
    }
  });

  it('shows a connection without the tenant setting no rows at all', async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`set local role ${APP_ROLE}`);
      for (const table of ['customer', '"order"', 'feedback', 'touchpoint', 'journey', 'tag', 'customer_tag', 'api_key', 'tenant']) {
        const result = await client.query(`select count(*)::int as count from ${table}`);
        expect([table, result.rows[0].count]).toEqual([table, 0]);
      }
      await expect(client.query(`insert into customer (tenant_id, external_id) values ($1, 'x')`, [a.tenant.id])).rejects.toThrow(/row-level security/);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });

  it('keeps the application role unable to bypass row-level security', async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      const role = await client.query('select rolbypassrls, rolsuper from pg_roles where rolname = $1', [APP_ROLE]);
      expect(role.rows).toEqual([{ rolbypassrls: false, rolsuper: false }]);
      const forced = await client.query(
        `select relname from pg_class where relname = any($1) and relrowsecurity and relforcerowsecurity order by relname`,
        [['customer', 'tag', 'customer_tag', 'order', 'journey', 'journey_stage', 'touchpoint', 'feedback']],
      );
      expect(forced.rows.map((row) => row.relname)).toEqual(['customer', 'customer_tag', 'feedback', 'journey', 'journey_stage', 'order', 'tag', 'touchpoint']);
    } finally {
      await client.end();
    }
  });
});
