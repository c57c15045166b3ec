import {
  CreatePartnerKeyDocument,
  CreateSegmentDocument,
  DeleteSegmentDocument,
  RefreshSegmentDocument,
  SegmentChangesDocument,
  SegmentRecentChangeEmailsDocument,
  SegmentRecentChangeNamesDocument,
  SegmentRecentChangesDocument,
  SegmentRefreshHistoryDocument,
  TagCustomerDocument,
  UntagCustomerDocument,
  UpdateSegmentDocument,
  UpsertCustomersDocument,
  UpsertTagDocument,
} from '../generated/graphql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BACKFILL_REFRESH_LOG_SQL } from '../../src/db/migrations/Migration20261128000000_segment_refresh_history.js';
import { SqlRunner } from '../../src/db/sql-runner.js';
import { inTenantTransaction } from '../../src/db/tenancy.js';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/modules/analytics/settings/analytics-settings.js';
import { refreshSegment } from '../../src/modules/segment/segment-refresh.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const TAGGED = { field: 'TAG', operator: 'HAS', value: 'vip' };

describe('a segment read from its newest end: recentChanges and refreshHistory', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  /** A tenant with customers (by external id), the vip tag, and an admin key. */
  async function tenantWith(customers: string[]) {
    const { key, tenant } = await app.tenantWithKey(['admin']);
    const upserted = await app.request(UpsertCustomersDocument, { input: customers.map((externalId) => ({ externalId, name: `Name ${externalId}`, email: `${externalId.toLowerCase()}@example.com` })) }, key);
    expect(upserted.body.errors).toBeUndefined();
    const tag = await app.request(UpsertTagDocument, { input: { key: 'vip', label: 'VIP', category: 'TIER' } }, key);
    expect(tag.body.errors).toBeUndefined();
    return { key, tenant };
  }

  async function tag(key: string, ...externalIds: string[]) {
    for (const customerExternalId of externalIds) {
      const response = await app.request(TagCustomerDocument, { input: { customerExternalId, tagKey: 'vip' } }, key);
      expect(response.body.errors).toBeUndefined();
    }
  }

  async function untag(key: string, ...externalIds: string[]) {
    for (const customerExternalId of externalIds) {
      const response = await app.request(UntagCustomerDocument, { input: { customerExternalId, tagKey: 'vip' } }, key);
      expect(response.body.errors).toBeUndefined();
    }
  }

  async function create(key: string, name: string, document: unknown) {
    const response = await app.request(CreateSegmentDocument, { input: { name, document: document as Record<string, unknown> } }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createSegment.segment;
  }

  async function refresh(key: string, id: string) {
    const response = await app.request(RefreshSegmentDocument, { id }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.refreshSegment;
  }

  async function recent(key: string, id: string, last?: number) {
    const response = await app.request(SegmentRecentChangesDocument, { id, last }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.segment;
  }

  async function history(key: string, id: string, last?: number) {
    const response = await app.request(SegmentRefreshHistoryDocument, { id, last }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.segment.refreshHistory;
  }

  /** As the connecting user (row security not applied): what a request could not see. */
  function owner<T>(statement: string, params: unknown[] = []): Promise<T[]> {
    return app.orm.em.fork().getConnection().execute<T[]>(statement, params);
  }

  /** The refresh log rows of a segment, newest first, as `first..last entered/exited vN`. */
  async function logOf(segmentId: string): Promise<string[]> {
    const rows = await owner<{ first_sequence: string; last_sequence: string; entered: number; exited: number; segment_version: number }>(
      `select first_sequence::text, last_sequence::text, entered, exited, segment_version
         from segment_refresh_log where segment_id = ? order by last_sequence desc`,
      [segmentId],
    );
    return rows.map((row) => `${row.first_sequence}..${row.last_sequence} +${row.entered} -${row.exited} v${row.segment_version}`);
  }

  function lines(changes: Awaited<ReturnType<typeof recent>>['recentChanges']): string[] {
    return changes.map((change) => `${change.sequence} ${change.change} ${change.customer.externalId} v${change.segmentVersion}`);
  }

  it('gives the newest changes and the refreshes that made them, newest first', async () => {
    const { key } = await tenantWith(['A', 'B', 'C', 'D', 'E', 'F']);
    await tag(key, 'A', 'B', 'C');
    // Refresh 1 (creation, version 1): A, B, C enter as 1, 2, 3.
    const segment = await create(key, 'Tagged', TAGGED);

    // Refresh 2 (version 1): A and B leave, D, E, F join. Exits are numbered first, each kind by
    // external id: 4 EXITED A, 5 EXITED B, 6 ENTERED D, 7 ENTERED E, 8 ENTERED F.
    await untag(key, 'A', 'B');
    await tag(key, 'D', 'E', 'F');
    expect(await refresh(key, segment.id)).toMatchObject({ entered: 3, exited: 2 });
    // A refresh that finds nothing records nothing: it is not in the history.
    expect(await refresh(key, segment.id)).toMatchObject({ entered: 0, exited: 0 });
    // Refresh 3 (version 2, the update's own refresh): F is excluded, 9 EXITED F.
    const updated = await app.request(UpdateSegmentDocument, { input: { id: segment.id, document: { all: [TAGGED, { field: 'EXTERNAL_ID', operator: 'NEQ', value: 'F' }] } } }, key);
    expect(updated.body.data!.updateSegment).toMatchObject({ entered: 0, exited: 1, segment: { version: 2 } });

    const newest = await recent(key, segment.id);
    expect(lines(newest.recentChanges)).toEqual([
      '9 EXITED F v2',
      '8 ENTERED F v1',
      '7 ENTERED E v1',
      '6 ENTERED D v1',
      '5 EXITED B v1',
      '4 EXITED A v1',
      '3 ENTERED C v1',
      '2 ENTERED B v1',
      '1 ENTERED A v1',
    ]);
    expect(lines((await recent(key, segment.id, 2)).recentChanges)).toEqual(['9 EXITED F v2', '8 ENTERED F v1']);
    expect(lines((await recent(key, segment.id, 1)).recentChanges)).toEqual(['9 EXITED F v2']);
    // The same changes as changes(since:) returns oldest first.
    const pulled = await app.request(SegmentChangesDocument, { id: segment.id, since: null, first: 100 }, key);
    expect(pulled.body.data!.segment.changes.edges.map((edge) => edge.node).reverse()).toEqual(newest.recentChanges);

    const refreshes = await history(key, segment.id);
    expect(refreshes.map(({ segmentVersion, entered, exited }) => ({ segmentVersion, entered, exited }))).toEqual([
      { segmentVersion: 2, entered: 0, exited: 1 },
      { segmentVersion: 1, entered: 3, exited: 2 },
      { segmentVersion: 1, entered: 3, exited: 0 },
    ]);
    // Each refresh's instant is the `at` of its changes; the newest is the last refresh.
    const atOf = (sequence: string) => newest.recentChanges.find((change) => change.sequence === sequence)!.at;
    expect(refreshes.map((summary) => summary.at)).toEqual([atOf('9'), atOf('4'), atOf('1')]);
    expect(refreshes[0].at).toBe(newest.lastRefreshedAt);
    expect(new Set(['4', '5', '6', '7', '8'].map(atOf)).size).toBe(1);
    expect(await history(key, segment.id, 2)).toEqual(refreshes.slice(0, 2));
    expect(await history(key, segment.id, 1)).toEqual(refreshes.slice(0, 1));
    expect(await history(key, segment.id, 100)).toEqual(refreshes);
  });

  it('is empty for a segment nobody ever entered', async () => {
    const { key } = await tenantWith(['N1']);
    const segment = await create(key, 'Nobody', TAGGED);
    expect((await recent(key, segment.id)).recentChanges).toEqual([]);
    expect(await history(key, segment.id)).toEqual([]);
  });

  it('orders refreshes by their numbering, not by their instants', async () => {
    const { key, tenant } = await tenantWith(['O1', 'O2', 'O3']);
    const segment = await create(key, 'Ordered', TAGGED);
    // A refresh takes its instant before it waits for the segment's lock, so one that started
    // earlier can commit later. A refresh stamped in two hours (O1, O2 enter: 1, 2), then one
    // stamped in one hour that commits after it (O2 leaves, O3 enters: 3, 4): the second is
    // the newest. (Both instants are after the tagging, so each sees the tags as they are.)
    const later = new Date(Date.now() + 2 * 3_600_000);
    const earlier = new Date(Date.now() + 3_600_000);
    const em = app.orm.em.fork() as EntityManager;
    const runner = new SqlRunner(em, { count: 0 });
    const refreshAt = (now: Date) => inTenantTransaction(em, runner, tenant.id, () => refreshSegment({ tenantId: tenant.id, em, sql: runner }, segment.id, DEFAULT_ANALYTICS_SETTINGS, now));
    await tag(key, 'O1', 'O2');
    expect(await refreshAt(later)).toMatchObject({ entered: 2, exited: 0 });
    await untag(key, 'O2');
    await tag(key, 'O3');
    expect(await refreshAt(earlier)).toMatchObject({ entered: 1, exited: 1 });

    expect(await history(key, segment.id)).toEqual([
      { at: earlier.toISOString(), segmentVersion: 1, entered: 1, exited: 1 },
      { at: later.toISOString(), segmentVersion: 1, entered: 2, exited: 0 },
    ]);
    expect(lines((await recent(key, segment.id)).recentChanges)).toEqual(['4 ENTERED O3 v1', '3 EXITED O2 v1', '2 ENTERED O2 v1', '1 ENTERED O1 v1']);
  });

  it('logs each refresh with the range of its changes, and deleting the segment deletes its log', async () => {
    const { key } = await tenantWith(['G1', 'G2', 'G3']);
    await tag(key, 'G1', 'G2');
    const segment = await create(key, 'Gone', TAGGED);
    await untag(key, 'G1');
    await tag(key, 'G3');
    expect(await refresh(key, segment.id)).toMatchObject({ entered: 1, exited: 1 });
    expect(await refresh(key, segment.id)).toMatchObject({ entered: 0, exited: 0 });
    // G1, G2 enter as 1, 2; then 3 EXITED G1, 4 ENTERED G3; the empty refresh writes no row.
    expect(await logOf(segment.id)).toEqual(['3..4 +1 -1 v1', '1..2 +2 -0 v1']);

    const deleted = await app.request(DeleteSegmentDocument, { id: segment.id }, key);
    expect(deleted.body.data!.deleteSegment).toBe(segment.id);
    expect(await logOf(segment.id)).toEqual([]);
  });

  it('rebuilds the log of refreshes recorded before it existed from their changes (the migration)', async () => {
    const { key, tenant } = await tenantWith(['B1']);
    const segmentAt = async (name: string) => {
      const [{ id }] = await owner<{ id: string }>(`insert into segment (tenant_id, name, definition) values (?, ?, '{"all": []}'::jsonb) returning id`, [tenant.id, name]);
      return id;
    };
    const first = await segmentAt('Before the log');
    const second = await segmentAt('Another');
    const t1 = '2026-11-20T10:00:00Z';
    const t2 = '2026-11-21T10:00:00Z';
    // first: 1-3 entered (t1, v1); 4 exited, 5 entered (t2, v1); 6 exited (t2 again, but v2);
    // 7 entered stamped t1 v1 like the first refresh (a clock set back): its own refresh.
    // second: 1-2 entered at t1 v1, the same instant and version as first's, another segment.
    const changes: [string, number, string, string, number][] = [
      [first, 1, 'ENTERED', t1, 1],
      [first, 2, 'ENTERED', t1, 1],
      [first, 3, 'ENTERED', t1, 1],
      [first, 4, 'EXITED', t2, 1],
      [first, 5, 'ENTERED', t2, 1],
      [first, 6, 'EXITED', t2, 2],
      [first, 7, 'ENTERED', t1, 1],
      [second, 1, 'ENTERED', t1, 1],
      [second, 2, 'ENTERED', t1, 1],
    ];
    for (const [segmentId, sequence, change, at, version] of changes) {
      await owner(
        `insert into segment_membership_change (tenant_id, segment_id, sequence, customer_id, external_id, change, changed_at, segment_version)
         values (?, ?, ?, gen_random_uuid(), ?, ?, ?, ?)`,
        [tenant.id, segmentId, sequence, `X${sequence}`, change, at, version],
      );
    }
    // Another tenant's changes stay out of this tenant's backfill.
    const other = await app.tenantWithKey(['admin']);
    const [{ id: foreign }] = await owner<{ id: string }>(`insert into segment (tenant_id, name, definition) values (?, 'Foreign', '{"all": []}'::jsonb) returning id`, [other.tenant.id]);
    await owner(
      `insert into segment_membership_change (tenant_id, segment_id, sequence, customer_id, external_id, change, changed_at, segment_version)
       values (?, ?, 1, gen_random_uuid(), 'F1', 'ENTERED', ?, 1)`,
      [other.tenant.id, foreign, t1],
    );

    // As the migration does it: per tenant, as the application role with the tenant set.
    const em = app.orm.em.fork() as EntityManager;
    const runner = new SqlRunner(em, { count: 0 });
    await inTenantTransaction(em, runner, tenant.id, () => runner.rows(BACKFILL_REFRESH_LOG_SQL));

    expect(await logOf(first)).toEqual(['7..7 +1 -0 v1', '6..6 +0 -1 v2', '4..5 +1 -1 v1', '1..3 +3 -0 v1']);
    expect(await logOf(second)).toEqual(['1..2 +2 -0 v1']);
    expect(await logOf(foreign)).toEqual([]);
    expect(await history(key, first)).toEqual([
      { at: new Date(t1).toISOString(), segmentVersion: 1, entered: 1, exited: 0 },
      { at: new Date(t2).toISOString(), segmentVersion: 2, entered: 0, exited: 1 },
      { at: new Date(t2).toISOString(), segmentVersion: 1, entered: 1, exited: 1 },
      { at: new Date(t1).toISOString(), segmentVersion: 1, entered: 3, exited: 0 },
    ]);
  });

  it.each([
    ['recentChanges', 0],
    ['recentChanges', 101],
    ['recentChanges', -1],
    ['refreshHistory', 0],
    ['refreshHistory', 101],
  ] as const)('refuses %s(last: %i) naming the argument', async (field, last) => {
    const { key } = await tenantWith(['L1']);
    await tag(key, 'L1');
    const segment = await create(key, 'Limits', TAGGED);
    const variables = { id: segment.id, last };
    const response = field === 'recentChanges' ? await app.request(SegmentRecentChangesDocument, variables, key) : await app.request(SegmentRefreshHistoryDocument, variables, key);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0].message).toBe('last: must be a whole number from 1 to 100');
    expect(response.body.errors![0].extensions).toMatchObject({ field: 'last' });
  });

  it("keeps another tenant's segment and a partner's other segments out of reach, like changes", async () => {
    const { key, tenant } = await tenantWith(['K1', 'K2']);
    await tag(key, 'K1');
    const shared = await create(key, 'Shared', TAGGED);
    const secret = await create(key, 'Secret', { field: 'EXTERNAL_ID', operator: 'EQ', value: 'K2' });
    const created = await app.request(CreatePartnerKeyDocument, { input: { name: 'Mailer', scopes: ['SEGMENTS_READ'], segmentIds: [shared.id], memberFields: ['EMAIL'] } }, key);
    expect(created.body.errors).toBeUndefined();
    const partner = created.body.data!.createApiKey.key;

    // Its own segment: the changes with the email it may read; the name is refused by name.
    const emails = await app.request(SegmentRecentChangeEmailsDocument, { id: shared.id }, partner);
    expect(emails.body.errors).toBeUndefined();
    expect(emails.body.data!.segment.recentChanges).toEqual([{ sequence: '1', customer: { externalId: 'K1', email: 'k1@example.com' } }]);
    const names = await app.request(SegmentRecentChangeNamesDocument, { id: shared.id }, partner);
    expect(errorCodes(names)).toEqual(['FORBIDDEN']);
    expect(names.body.errors![0].message).toBe('This API key may not read the member field "name"');
    expect(JSON.stringify(names.body)).not.toContain('Name K1');
    expect(await history(partner, shared.id)).toMatchObject([{ segmentVersion: 1, entered: 1, exited: 0 }]);

    // The segment it is not given reads as not found, as it does for changes.
    expect(errorCodes(await app.request(SegmentChangesDocument, { id: secret.id }, partner))).toEqual(['NOT_FOUND']);
    const hidden = [await app.request(SegmentRecentChangesDocument, { id: secret.id }, partner), await app.request(SegmentRefreshHistoryDocument, { id: secret.id }, partner)];
    expect(hidden.map(errorCodes)).toEqual([['NOT_FOUND'], ['NOT_FOUND']]);
    expect(JSON.stringify(hidden.map((response) => response.body))).not.toContain('K2');

    // Another tenant, even with an admin key, does not reach either segment.
    const other = await app.tenantWithKey(['admin']);
    const foreign = [await app.request(SegmentRecentChangesDocument, { id: shared.id }, other.key), await app.request(SegmentRefreshHistoryDocument, { id: shared.id }, other.key)];
    expect(foreign.map(errorCodes)).toEqual([['NOT_FOUND'], ['NOT_FOUND']]);

    // A key of the tenant without segments:read is refused.
    const analyst = await app.keyFor(tenant.id, ['analytics:read']);
    expect(errorCodes(await app.request(SegmentRefreshHistoryDocument, { id: shared.id }, analyst))).toEqual(['FORBIDDEN']);
  });

  it('needs customers:read (or listed member fields) for profile fields, as members do', async () => {
    const { key, tenant } = await tenantWith(['M1']);
    await tag(key, 'M1');
    const segment = await create(key, 'Profiles', TAGGED);
    const reader = await app.keyFor(tenant.id, ['segments:read']);
    expect(lines((await recent(reader, segment.id)).recentChanges)).toEqual(['1 ENTERED M1 v1']);
    expect(errorCodes(await app.request(SegmentRecentChangeNamesDocument, { id: segment.id }, reader))).toEqual(['FORBIDDEN']);
    const withCustomers = await app.keyFor(tenant.id, ['segments:read', 'customers:read']);
    const named = await app.request(SegmentRecentChangeNamesDocument, { id: segment.id }, withCustomers);
    expect(named.body.data!.segment.recentChanges).toEqual([{ customer: { externalId: 'M1', name: 'Name M1' } }]);
  });
});
