import {
  FeedbackPageDocument,
  OrderByIdDocument,
  OrderPageDocument,
  RecordFeedbackBatchDocument,
  RecordFeedbackDocument,
  RecordFeedbackFollowUpDocument,
  RecordOrderDocument,
  RecordOrdersDocument,
  UpsertCustomersDocument,
} from '../generated/graphql.js';
import { TenantService } from '../../src/modules/tenant/tenant.service.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const WRITE = ['customers:read', 'customers:write'];

describe('orders API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('records an order in the base currency as COMPLETED, and recording it again updates it', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }, { externalId: 'C2' }] }, key);

    const created = await app.request(RecordOrderDocument, { input: { externalId: 'O1', customerExternalId: 'C1', placedAt: '2026-02-01T09:30:00Z', amount: '120.50' } }, key);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.recordOrder).toMatchObject({
      externalId: 'O1',
      amount: '120.50',
      currency: 'USD',
      status: 'COMPLETED',
      placedAt: '2026-02-01T09:30:00.000Z',
      customer: { externalId: 'C1' },
    });
    const id = created.body.data!.recordOrder.id;

    const updated = await app.request(
      RecordOrderDocument,
      { input: { externalId: 'O1', customerExternalId: 'C2', placedAt: '2026-02-02T10:00:00Z', amount: '99.99', currency: 'EUR', status: 'REFUNDED' } },
      key,
    );
    expect(updated.body.data?.recordOrder).toMatchObject({
      id,
      amount: '99.99',
      currency: 'EUR',
      status: 'REFUNDED',
      placedAt: '2026-02-02T10:00:00.000Z',
      customer: { externalId: 'C2' },
    });

    const page = await app.request(OrderPageDocument, {}, key);
    expect(page.body.data?.orders.totalCount).toBe(1);
    expect(page.body.data?.orders.edges.map((edge) => [edge.node.externalId, edge.node.amount, edge.node.status])).toEqual([['O1', '99.99', 'REFUNDED']]);

    const byId = await app.request(OrderByIdDocument, { id }, key);
    expect(byId.body.data?.order).toEqual({ id, externalId: 'O1' });
  });

  it("defaults the currency to the tenant's own base currency, not USD", async () => {
    const tenant = await new TenantService(app.orm.em.fork()).create({ slug: `eur-${Math.random().toString(36).slice(2, 10)}`, name: 'Euro shop', baseCurrency: 'EUR' });
    const key = await app.keyFor(tenant.id, WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    const order = await app.request(RecordOrderDocument, { input: { externalId: 'O1', customerExternalId: 'C1', placedAt: '2026-02-01T00:00:00Z', amount: '10' } }, key);
    expect(order.body.data?.recordOrder).toMatchObject({ currency: 'EUR', amount: '10.00' });
  });

  it('refuses a malformed currency and an order naming no customer, naming the field', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    const currency = await app.request(RecordOrderDocument, { input: { externalId: 'O1', customerExternalId: 'C1', placedAt: '2026-02-01T00:00:00Z', amount: '1', currency: 'usd' } }, key);
    expect(errorCodes(currency)).toEqual(['BAD_USER_INPUT']);
    expect(currency.body.errors?.[0].message).toBe('input.currency: must be a three-letter ISO 4217 code such as USD');
    expect(currency.body.errors?.[0].extensions?.field).toBe('input.currency');

    const noCustomer = await app.request(RecordOrderDocument, { input: { externalId: 'O1', placedAt: '2026-02-01T00:00:00Z', amount: '1' } }, key);
    expect(noCustomer.body.errors?.[0]).toMatchObject({ message: 'input.customerExternalId: is required (or give customerId)', extensions: { code: 'BAD_USER_INPUT' } });

    const page = await app.request(OrderPageDocument, {}, key);
    expect(page.body.data?.orders.totalCount).toBe(0);
  });

  it('records a batch all or nothing, naming the row index and field', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A' }, { externalId: 'B' }] }, key);

    const unknownCustomer = await app.request(
      RecordOrdersDocument,
      {
        input: [
          { externalId: 'O1', customerExternalId: 'A', placedAt: '2026-01-01T00:00:00Z', amount: '10' },
          { externalId: 'O2', customerExternalId: 'B', placedAt: '2026-01-02T00:00:00Z', amount: '20' },
          { externalId: 'O3', customerExternalId: 'ghost', placedAt: '2026-01-03T00:00:00Z', amount: '30' },
        ],
      },
      key,
    );
    expect(errorCodes(unknownCustomer)).toEqual(['BAD_USER_INPUT']);
    expect(unknownCustomer.body.errors?.[0].message).toBe('input[2].customerExternalId: no customer has the external id "ghost"');
    expect(unknownCustomer.body.errors?.[0].extensions?.field).toBe('input[2].customerExternalId');
    expect((await app.request(OrderPageDocument, {}, key)).body.data?.orders.totalCount).toBe(0);

    // Three decimals pass the Decimal scalar (up to 4) but not an order amount (at most 2);
    // row 3 repeats row 0's external id. Every problem is listed.
    const malformed = await app.request(
      RecordOrdersDocument,
      {
        input: [
          { externalId: 'O1', customerExternalId: 'A', placedAt: '2026-01-01T00:00:00Z', amount: '10' },
          { externalId: 'O2', customerExternalId: 'B', placedAt: '2026-01-02T00:00:00Z', amount: '12.345' },
          { externalId: 'O3', customerExternalId: 'A', placedAt: '2026-01-03T00:00:00Z', amount: '30' },
          { externalId: 'O1', customerExternalId: 'B', placedAt: '2026-01-04T00:00:00Z', amount: '40' },
        ],
      },
      key,
    );
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.body.errors?.[0].message).toBe('input[1].amount: must be a number with at most 12 integer digits and 2 decimals (and 1 more)');
    expect(malformed.body.errors?.[0].extensions?.errors).toEqual([
      { field: 'input[1].amount', message: 'must be a number with at most 12 integer digits and 2 decimals' },
      { field: 'input[3].externalId', message: 'repeats input[0].externalId "O1"' },
    ]);
    expect((await app.request(OrderPageDocument, {}, key)).body.data?.orders.totalCount).toBe(0);

    const first = await app.request(
      RecordOrdersDocument,
      {
        input: [
          { externalId: 'O1', customerExternalId: 'A', placedAt: '2026-01-01T00:00:00Z', amount: '10' },
          { externalId: 'O2', customerExternalId: 'B', placedAt: '2026-01-02T00:00:00Z', amount: '20' },
        ],
      },
      key,
    );
    expect(first.body.data?.recordOrders).toMatchObject({ insertedCount: 2, updatedCount: 0, orders: [{ externalId: 'O1' }, { externalId: 'O2' }] });
    const second = await app.request(
      RecordOrdersDocument,
      {
        input: [
          { externalId: 'O3', customerExternalId: 'A', placedAt: '2026-01-03T00:00:00Z', amount: '30' },
          { externalId: 'O2', customerExternalId: 'B', placedAt: '2026-01-02T00:00:00Z', amount: '25' },
        ],
      },
      key,
    );
    // O3 is new, O2 is updated; the payload keeps input order and O2 keeps its id.
    expect(second.body.data?.recordOrders).toMatchObject({ insertedCount: 1, updatedCount: 1, orders: [{ externalId: 'O3' }, { externalId: 'O2', id: first.body.data?.recordOrders.orders[1].id }] });
    const page = await app.request(OrderPageDocument, {}, key);
    // Newest first: O3 (Jan 3), O2 (Jan 2), O1 (Jan 1).
    expect(page.body.data?.orders.edges.map((edge) => [edge.node.externalId, edge.node.amount])).toEqual([
      ['O3', '30.00'],
      ['O2', '25.00'],
      ['O1', '10.00'],
    ]);
  });

  it('filters orders by customer, status, channel and time, newest first', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A' }, { externalId: 'B' }] }, key);
    const recorded = await app.request(
      RecordOrdersDocument,
      {
        input: [
          { externalId: 'O1', customerExternalId: 'A', placedAt: '2026-01-05T10:00:00Z', amount: '10', channel: 'web' },
          { externalId: 'O2', customerExternalId: 'A', placedAt: '2026-01-20T10:00:00Z', amount: '20', channel: 'store', status: 'CANCELLED' },
          { externalId: 'O3', customerExternalId: 'B', placedAt: '2026-02-01T00:00:00Z', amount: '30', channel: 'app' },
          { externalId: 'O4', customerExternalId: 'B', placedAt: '2026-02-14T12:00:00Z', amount: '40', channel: 'web', status: 'REFUNDED' },
          { externalId: 'O5', customerExternalId: 'A', placedAt: '2026-03-01T00:00:00Z', amount: '50', channel: 'web' },
        ],
      },
      key,
    );
    expect(recorded.body.errors).toBeUndefined();

    const ids = async (filter: object) => {
      const page = await app.request(OrderPageDocument, { filter }, key);
      expect(page.body.errors).toBeUndefined();
      return page.body.data?.orders.edges.map((edge) => edge.node.externalId);
    };
    expect(await ids({})).toEqual(['O5', 'O4', 'O3', 'O2', 'O1']);
    expect(await ids({ customerExternalId: 'A' })).toEqual(['O5', 'O2', 'O1']);
    expect(await ids({ customerExternalId: 'nobody' })).toEqual([]);
    // Status defaults to COMPLETED for O1, O3 and O5.
    expect(await ids({ status: 'COMPLETED' })).toEqual(['O5', 'O3', 'O1']);
    expect(await ids({ channel: 'web' })).toEqual(['O5', 'O4', 'O1']);
    // `from` is inclusive (O3 is placed exactly at it), `to` exclusive (O5 is placed exactly at it).
    expect(await ids({ from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toEqual(['O4', 'O3']);
    expect(await ids({ customerExternalId: 'A', status: 'COMPLETED' })).toEqual(['O5', 'O1']);
    expect(await ids({ channel: 'web', from: '2026-01-10T00:00:00Z' })).toEqual(['O5', 'O4']);

    const first = await app.request(OrderPageDocument, { first: 2 }, key);
    expect(first.body.data?.orders.edges.map((edge) => edge.node.externalId)).toEqual(['O5', 'O4']);
    expect(first.body.data?.orders).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const next = await app.request(OrderPageDocument, { first: 2, after: first.body.data?.orders.pageInfo.endCursor }, key);
    expect(next.body.data?.orders.edges.map((edge) => edge.node.externalId)).toEqual(['O3', 'O2']);
  });

  it("answers NOT_FOUND for an unknown order id and for another tenant's order", async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const other = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, other.key);
    const theirs = await app.request(RecordOrderDocument, { input: { externalId: 'O1', customerExternalId: 'C1', placedAt: '2026-02-01T00:00:00Z', amount: '5' } }, other.key);

    const unknown = await app.request(OrderByIdDocument, { id: '00000000-0000-4000-8000-000000000000' }, key);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const foreign = await app.request(OrderByIdDocument, { id: theirs.body.data!.recordOrder.id }, key);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    const malformed = await app.request(OrderByIdDocument, { id: 'x' }, key);
    expect(malformed.body.errors?.[0]).toMatchObject({ message: 'id: is not a valid id', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('feedback API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  const RECEIVED = '2026-03-01T08:00:00Z';

  it('checks the score against the range of each kind, naming input.score', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const refused = async (kind: 'NPS' | 'CSAT' | 'CES' | 'COMPLAINT' | 'PRAISE', score: number | null) => {
      const response = await app.request(RecordFeedbackDocument, { input: { kind, score, receivedAt: RECEIVED } }, key);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0].extensions?.field).toBe('input.score');
      return response.body.errors?.[0].message;
    };
    expect(await refused('NPS', 11)).toBe('input.score: must be a whole number from 0 to 10');
    expect(await refused('NPS', -1)).toBe('input.score: must be a whole number from 0 to 10');
    expect(await refused('NPS', null)).toBe('input.score: is required');
    expect(await refused('CSAT', 0)).toBe('input.score: must be a whole number from 1 to 5');
    expect(await refused('CSAT', 6)).toBe('input.score: must be a whole number from 1 to 5');
    expect(await refused('CES', 8)).toBe('input.score: must be a whole number from 1 to 7');
    expect(await refused('COMPLAINT', 3)).toBe('input.score: must be empty for COMPLAINT: only NPS, CSAT and CES carry a score');
    expect(await refused('PRAISE', 0)).toBe('input.score: must be empty for PRAISE: only NPS, CSAT and CES carry a score');
    expect((await app.request(FeedbackPageDocument, {}, key)).body.data?.feedback.totalCount).toBe(0);

    // The ends of every range are accepted, and a case without a score.
    const accepted: [string, number | null][] = [];
    for (const [kind, score] of [
      ['NPS', 0],
      ['NPS', 10],
      ['CSAT', 1],
      ['CSAT', 5],
      ['CES', 1],
      ['CES', 7],
      ['COMPLAINT', null],
    ] as const) {
      const response = await app.request(RecordFeedbackDocument, { input: { kind, score, receivedAt: RECEIVED } }, key);
      expect(response.body.errors).toBeUndefined();
      accepted.push([response.body.data!.recordFeedback.kind, response.body.data!.recordFeedback.score ?? null]);
    }
    expect(accepted).toEqual([
      ['NPS', 0],
      ['NPS', 10],
      ['CSAT', 1],
      ['CSAT', 5],
      ['CES', 1],
      ['CES', 7],
      ['COMPLAINT', null],
    ]);
    expect((await app.request(FeedbackPageDocument, {}, key)).body.data?.feedback.totalCount).toBe(7);
  });

  it('derives the status from the service times unless one is given', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const status = async (times: { firstResponseAt?: string; resolvedAt?: string; status?: 'CLOSED' }) => {
      const response = await app.request(RecordFeedbackDocument, { input: { kind: 'COMPLAINT', receivedAt: RECEIVED, ...times } }, key);
      expect(response.body.errors).toBeUndefined();
      return response.body.data?.recordFeedback.status;
    };
    expect(await status({})).toBe('OPEN');
    expect(await status({ firstResponseAt: '2026-03-01T09:00:00Z' })).toBe('RESPONDED');
    expect(await status({ firstResponseAt: '2026-03-01T09:00:00Z', resolvedAt: '2026-03-02T09:00:00Z' })).toBe('RESOLVED');
    expect(await status({ resolvedAt: '2026-03-02T09:00:00Z' })).toBe('RESOLVED');
    // A response at the very moment the case arrived is not "before" it.
    expect(await status({ firstResponseAt: RECEIVED })).toBe('RESPONDED');
    expect(await status({ status: 'CLOSED' })).toBe('CLOSED');

    const early = await app.request(RecordFeedbackDocument, { input: { kind: 'COMPLAINT', receivedAt: RECEIVED, firstResponseAt: '2026-03-01T07:59:59Z' } }, key);
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.body.errors?.[0].message).toBe('input.firstResponseAt: must not be before receivedAt');
    expect(early.body.errors?.[0].extensions?.field).toBe('input.firstResponseAt');
    const earlyResolution = await app.request(RecordFeedbackDocument, { input: { kind: 'COMPLAINT', receivedAt: RECEIVED, resolvedAt: '2026-02-28T08:00:00Z' } }, key);
    expect(earlyResolution.body.errors?.[0].message).toBe('input.resolvedAt: must not be before receivedAt');

    // Six were accepted; the two refused wrote nothing.
    expect((await app.request(FeedbackPageDocument, {}, key)).body.data?.feedback.totalCount).toBe(6);
  });

  it('records the follow-up of an existing case, keeping the times not given', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    const created = await app.request(RecordFeedbackDocument, { input: { kind: 'COMPLAINT', customerExternalId: 'C1', receivedAt: RECEIVED, category: 'delivery' } }, key);
    expect(created.body.data?.recordFeedback).toMatchObject({ status: 'OPEN', firstResponseAt: null, customer: { externalId: 'C1' } });
    const id = created.body.data!.recordFeedback.id;

    const responded = await app.request(RecordFeedbackFollowUpDocument, { input: { id, firstResponseAt: '2026-03-01T10:00:00Z' } }, key);
    expect(responded.body.data?.recordFeedbackFollowUp).toEqual({ id, status: 'RESPONDED', firstResponseAt: '2026-03-01T10:00:00.000Z', resolvedAt: null, followUpResult: null });

    const resolved = await app.request(RecordFeedbackFollowUpDocument, { input: { id, resolvedAt: '2026-03-02T10:00:00Z', followUpResult: 'SATISFIED' } }, key);
    expect(resolved.body.data?.recordFeedbackFollowUp).toEqual({
      id,
      status: 'RESOLVED',
      firstResponseAt: '2026-03-01T10:00:00.000Z',
      resolvedAt: '2026-03-02T10:00:00.000Z',
      followUpResult: 'SATISFIED',
    });

    const early = await app.request(RecordFeedbackFollowUpDocument, { input: { id, firstResponseAt: '2026-02-28T10:00:00Z' } }, key);
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.body.errors?.[0].message).toBe('input.firstResponseAt: must not be before receivedAt');

    // The refused follow-up changed nothing: the case is still the one resolved case.
    const resolvedCases = await app.request(FeedbackPageDocument, { filter: { status: 'RESOLVED' } }, key);
    expect(resolvedCases.body.data?.feedback.edges.map((edge) => edge.node.id)).toEqual([id]);

    // Clearing the resolution derives RESPONDED again.
    const reopened = await app.request(RecordFeedbackFollowUpDocument, { input: { id, resolvedAt: null } }, key);
    expect(reopened.body.data?.recordFeedbackFollowUp).toMatchObject({ status: 'RESPONDED', resolvedAt: null, firstResponseAt: '2026-03-01T10:00:00.000Z' });

    const unknown = await app.request(RecordFeedbackFollowUpDocument, { input: { id: '00000000-0000-4000-8000-000000000000', firstResponseAt: '2026-03-01T10:00:00Z' } }, key);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('records a feedback batch all or nothing', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);

    const bad = await app.request(
      RecordFeedbackBatchDocument,
      {
        input: [
          { externalId: 'F1', customerExternalId: 'C1', kind: 'NPS', score: 9, receivedAt: RECEIVED },
          { externalId: 'F2', kind: 'CSAT', score: 4, receivedAt: RECEIVED },
          { externalId: 'F3', kind: 'COMPLAINT', score: 2, receivedAt: RECEIVED },
          { externalId: 'F4', kind: 'NPS', score: 12, receivedAt: RECEIVED },
        ],
      },
      key,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0].message).toBe('input[2].score: must be empty for COMPLAINT: only NPS, CSAT and CES carry a score (and 1 more)');
    expect(bad.body.errors?.[0].extensions?.errors).toEqual([
      { field: 'input[2].score', message: 'must be empty for COMPLAINT: only NPS, CSAT and CES carry a score' },
      { field: 'input[3].score', message: 'must be a whole number from 0 to 10' },
    ]);
    expect((await app.request(FeedbackPageDocument, {}, key)).body.data?.feedback.totalCount).toBe(0);

    const unknownCustomer = await app.request(
      RecordFeedbackBatchDocument,
      {
        input: [
          { externalId: 'F1', customerExternalId: 'C1', kind: 'NPS', score: 9, receivedAt: RECEIVED },
          { externalId: 'F2', customerExternalId: 'ghost', kind: 'CSAT', score: 4, receivedAt: RECEIVED },
        ],
      },
      key,
    );
    expect(unknownCustomer.body.errors?.[0]).toMatchObject({
      message: 'input[1].customerExternalId: no customer has the external id "ghost"',
      extensions: { code: 'BAD_USER_INPUT', field: 'input[1].customerExternalId' },
    });
    expect((await app.request(FeedbackPageDocument, {}, key)).body.data?.feedback.totalCount).toBe(0);

    const ok = await app.request(
      RecordFeedbackBatchDocument,
      {
        input: [
          { externalId: 'F1', customerExternalId: 'C1', kind: 'NPS', score: 9, receivedAt: RECEIVED },
          { externalId: 'F2', kind: 'CSAT', score: 4, receivedAt: RECEIVED },
        ],
      },
      key,
    );
    expect(ok.body.data?.recordFeedbackBatch).toMatchObject({ insertedCount: 2, updatedCount: 0 });
    const again = await app.request(
      RecordFeedbackBatchDocument,
      {
        input: [
          { externalId: 'F1', customerExternalId: 'C1', kind: 'NPS', score: 7, receivedAt: RECEIVED },
          { externalId: 'F3', kind: 'CES', score: 2, receivedAt: RECEIVED },
        ],
      },
      key,
    );
    expect(again.body.data?.recordFeedbackBatch).toMatchObject({
      insertedCount: 1,
      updatedCount: 1,
      feedback: [
        { id: ok.body.data?.recordFeedbackBatch.feedback[0].id, kind: 'NPS', score: 7 },
        { kind: 'CES', score: 2 },
      ],
    });
    // F1 (updated), F2, F3.
    expect((await app.request(FeedbackPageDocument, {}, key)).body.data?.feedback.totalCount).toBe(3);
  });

  it('accepts anonymous feedback and filters by kinds', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    const anonymous = await app.request(RecordFeedbackDocument, { input: { kind: 'NPS', score: 3, receivedAt: '2026-03-01T00:00:00Z', channel: 'kiosk' } }, key);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data?.recordFeedback).toMatchObject({ kind: 'NPS', score: 3, customer: null });

    const batch = await app.request(
      RecordFeedbackBatchDocument,
      {
        input: [
          { customerExternalId: 'C1', kind: 'CSAT', score: 5, receivedAt: '2026-03-02T00:00:00Z' },
          { customerExternalId: 'C1', kind: 'COMPLAINT', receivedAt: '2026-03-03T00:00:00Z' },
          { kind: 'CES', score: 6, receivedAt: '2026-03-04T00:00:00Z' },
          { customerExternalId: 'C1', kind: 'NPS', score: 10, receivedAt: '2026-03-05T00:00:00Z' },
        ],
      },
      key,
    );
    // Without external ids nothing can match an earlier entry: all four are new.
    expect(batch.body.data?.recordFeedbackBatch).toMatchObject({ insertedCount: 4, updatedCount: 0 });

    const kinds = async (filter: object) => {
      const page = await app.request(FeedbackPageDocument, { filter }, key);
      expect(page.body.errors).toBeUndefined();
      return page.body.data?.feedback.edges.map((edge) => [edge.node.kind, edge.node.score ?? null]);
    };
    // Newest first: NPS 10 (Mar 5), CES 6 (Mar 4), COMPLAINT (Mar 3), CSAT 5 (Mar 2), NPS 3 (Mar 1).
    expect(await kinds({})).toEqual([
      ['NPS', 10],
      ['CES', 6],
      ['COMPLAINT', null],
      ['CSAT', 5],
      ['NPS', 3],
    ]);
    expect(await kinds({ kinds: ['NPS'] })).toEqual([
      ['NPS', 10],
      ['NPS', 3],
    ]);
    expect(await kinds({ kinds: ['CSAT', 'CES'] })).toEqual([
      ['CES', 6],
      ['CSAT', 5],
    ]);
    expect(await kinds({ kinds: ['PRAISE'] })).toEqual([]);
    // C1 gave three of the five: the anonymous NPS 3 and CES 6 are not theirs.
    expect(await kinds({ customerExternalId: 'C1' })).toEqual([
      ['NPS', 10],
      ['COMPLAINT', null],
      ['CSAT', 5],
    ]);
    expect(await kinds({ kinds: ['NPS'], channel: 'kiosk' })).toEqual([['NPS', 3]]);
  });
});
