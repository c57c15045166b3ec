import pg from 'pg';
import { ADVISORY_LOCK } from '../../src/db/advisory-locks.js';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_SCHEDULER_OPTIONS, SegmentScheduler } from '../../src/modules/segment/segment-scheduler.js';
import { CreateSegmentDocument, SegmentChangesDocument, SegmentDetailsDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { TestApp } from '../support/test-app.js';

/**
 * The in-process scheduler: segments whose interval is up are refreshed, once, by the one
 * replica holding the scheduler's advisory lock; a failing refresh is recorded and retried at
 * the next interval, not at every tick.
 */
describe('segment scheduler', () => {
  let app: TestApp;
  let scheduler: SegmentScheduler;
  // Other test files share the database and create segments due at today's times. This file's
  // segments are made due in the year 2000 and each tick serves one segment, the earliest due,
  // so a tick here never touches another file's segments.
  const DUE = Date.parse('2000-01-01T00:00:00Z');
  beforeAll(async () => {
    app = await TestApp.start();
    scheduler = new SegmentScheduler(app.orm, createLogger('silent'), { ...DEFAULT_SCHEDULER_OPTIONS, batchSize: 1, delivery: { allowPrivateTargets: true } });
  });
  afterAll(async () => {
    await app.stop();
  });

  async function owner<T extends Record<string, unknown>>(statement: string, params: unknown[] = []): Promise<T[]> {
    return app.orm.em.fork().getConnection().execute<T[]>(statement, params);
  }

  /**
   * A tenant whose segment "Named in" holds the customers named "in" (a profile field, so the
   * year-2000 clock does not matter): T1 at creation. Due at DUE.
   */
  async function namedSegment() {
    const { key } = await app.tenantWithKey(['admin']);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'T1', name: 'in' }, { externalId: 'T2', name: 'out' }] }, key);
    const created = await app.request(CreateSegmentDocument, { input: { name: 'Named in', document: { field: 'NAME', operator: 'EQ', value: 'in' }, refreshIntervalMinutes: 30 } }, key);
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createSegment.segment.id;
    await owner('update segment_schedule set next_refresh_at = ? where segment_id = ?', [new Date(DUE), id]);
    return { key, id };
  }

  async function moveT2In(key: string): Promise<void> {
    const response = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'T2', name: 'in' }] }, key);
    expect(response.body.errors).toBeUndefined();
  }

  async function nextRefresh(id: string): Promise<number> {
    const [row] = await owner<{ next_refresh_at: Date }>('select next_refresh_at from segment_schedule where segment_id = ?', [id]);
    return new Date(row.next_refresh_at).getTime();
  }

  async function changeCount(key: string, id: string): Promise<number> {
    const response = await app.request(SegmentChangesDocument, { id, first: 100 }, key);
    return response.body.data!.segment.changes.edges.length;
  }

  it('refreshes a segment when its interval is up, and not before', async () => {
    const { key, id } = await namedSegment();
    await moveT2In(key);

    // One minute before it is due: nothing happens.
    const early = await scheduler.tick(new Date(DUE - 60_000));
    expect(early).toEqual({ leader: true, refreshed: 0, failed: 0, deliveryRuns: 0 });
    expect(await changeCount(key, id)).toBe(1);

    // Due: T2 enters (change 2), and the next refresh is 30 minutes after this one.
    const summary = await scheduler.tick(new Date(DUE + 1_000));
    expect(summary).toEqual({ leader: true, refreshed: 1, failed: 0, deliveryRuns: 1 });
    expect(await changeCount(key, id)).toBe(2);
    expect(await nextRefresh(id)).toBe(DUE + 1_000 + 30 * 60_000);
  });

  it('does nothing while another replica holds the scheduler lock', async () => {
    const { key, id } = await namedSegment();
    await moveT2In(key);
    const other = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock($1)', [ADVISORY_LOCK.segmentScheduler]);
      const summary = await scheduler.tick(new Date(DUE + 1_000));
      expect(summary).toEqual({ leader: false, refreshed: 0, failed: 0, deliveryRuns: 0 });
      expect(await changeCount(key, id)).toBe(1);
    } finally {
      await other.end();
    }
    // Released (the other replica went away): this one takes over.
    const summary = await scheduler.tick(new Date(DUE + 1_000));
    expect(summary).toMatchObject({ leader: true, refreshed: 1 });
    expect(await changeCount(key, id)).toBe(2);
  });

  it('records a failed refresh on the segment and retries it at the next interval', async () => {
    const { key, id } = await namedSegment();
    // The stored definition goes bad behind the API's back (as if written by an older version).
    await owner(`update segment set definition = '{"field": "SHOE_SIZE", "operator": "EQ", "value": 1}' where id = ?`, [id]);
    const at = new Date(DUE + 1_000);
    const summary = await scheduler.tick(at);
    expect(summary).toEqual({ leader: true, refreshed: 0, failed: 1, deliveryRuns: 1 });
    const details = await app.post<{ segment: { lastRefreshError: string } }>({ query: 'query($id: ID!) { segment(id: $id) { lastRefreshError } }', variables: { id } }, key);
    expect(details.body.data!.segment.lastRefreshError).toMatch(/^definition\.field: .*SHOE_SIZE/);
    expect(await nextRefresh(id)).toBe(at.getTime() + 30 * 60_000);
    const unchanged = await app.request(SegmentDetailsDocument, { id }, key);
    expect(unchanged.body.data!.segment.memberCount).toBe(1);
  });
});
