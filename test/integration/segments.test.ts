import {
  CreatePartnerKeyDocument,
  CreateSegmentDocument,
  DeleteSegmentDocument,
  PreviewSegmentDocument,
  RecordOrdersDocument,
  RefreshSegmentDocument,
  SegmentChangesDocument,
  SegmentDetailsDocument,
  SegmentDocumentDocument,
  SegmentListDocument,
  SegmentMemberNamesDocument,
  SegmentMemberProfilesDocument,
  SegmentMembersDocument,
  TagCustomerDocument,
  UntagCustomerDocument,
  UpdateSegmentDocument,
  UpsertCustomersDocument,
  UpsertTagDocument,
  type OrderInput,
} from '../generated/graphql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SqlRunner } from '../../src/db/sql-runner.js';
import { inTenantTransaction } from '../../src/db/tenancy.js';
import { CustomerTotalsService } from '../../src/modules/analytics/customer-totals/customer-totals.service.js';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/modules/analytics/settings/analytics-settings.js';
import { parseSegmentDefinition } from '../../src/modules/segment/definition/segment-definition.js';
import { segmentMembersSql, segmentRfmWindowStart } from '../../src/modules/segment/definition/segment.query.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const DAY_MS = 86_400_000;

/** An instant `days` days before the test runs (segments are evaluated as of now). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

// VIP customers with at least two completed orders in the last 30 days.
const VIP_BUYERS = {
  all: [
    { field: 'TAG', operator: 'HAS', value: 'vip' },
    { field: 'ORDER_COUNT', operator: 'GTE', value: 2, withinDays: 30 },
  ],
};

describe('saved segments', () => {
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

  async function orders(key: string, input: OrderInput[]) {
    const response = await app.request(RecordOrdersDocument, { input }, key);
    expect(response.body.errors).toBeUndefined();
  }

  async function create(key: string, name: string, document: unknown) {
    const response = await app.request(CreateSegmentDocument, { input: { name, document: document as Record<string, unknown> } }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createSegment;
  }

  async function refresh(key: string, id: string) {
    const response = await app.request(RefreshSegmentDocument, { id }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.refreshSegment;
  }

  async function changes(key: string, id: string, since: string | null = null, first = 100) {
    const response = await app.request(SegmentChangesDocument, { id, since, first }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.segment.changes;
  }

  async function memberIds(key: string, id: string): Promise<string[]> {
    const response = await app.request(SegmentMembersDocument, { id, first: 1000 }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.segment.members.edges.map((edge) => edge.node.externalId);
  }

  function summary(page: Awaited<ReturnType<typeof changes>>): string[] {
    return page.edges.map((edge) => `${edge.node.sequence} ${edge.node.change} ${edge.node.customer.externalId}`);
  }

  it('follows named customers in and out over three refreshes, change by change', async () => {
    const { key } = await tenantWith(['A', 'B', 'C', 'D']);
    await tag(key, 'A', 'B', 'D');
    await orders(key, [
      { externalId: 'a1', customerExternalId: 'A', placedAt: daysAgo(10), amount: '10' },
      { externalId: 'a2', customerExternalId: 'A', placedAt: daysAgo(5), amount: '10' },
      { externalId: 'b1', customerExternalId: 'B', placedAt: daysAgo(3), amount: '10' },
      // B's second order is 40 days old: outside the 30-day window.
      { externalId: 'b0', customerExternalId: 'B', placedAt: daysAgo(40), amount: '10' },
      { externalId: 'c1', customerExternalId: 'C', placedAt: daysAgo(2), amount: '10' },
      { externalId: 'c2', customerExternalId: 'C', placedAt: daysAgo(1), amount: '10' },
      { externalId: 'd1', customerExternalId: 'D', placedAt: daysAgo(20), amount: '10' },
      { externalId: 'd2', customerExternalId: 'D', placedAt: daysAgo(4), amount: '10' },
    ]);

    // Refresh 1 (creation): A (vip, 2 recent), D (vip, 2 recent) are in; B has 1 recent order,
    // C is not vip. Entries are numbered by external id: 1 A, 2 D.
    const created = await create(key, 'VIP buyers', VIP_BUYERS);
    expect(created).toMatchObject({ entered: 2, exited: 0, memberCount: 2, segment: { name: 'VIP buyers', version: 1, memberCount: 2, refreshIntervalMinutes: 15 } });
    const id = created.segment.id;
    expect(summary(await changes(key, id))).toEqual(['1 ENTERED A', '2 ENTERED D']);
    const afterFirst = created.cursor;

    // B buys again (2 recent orders: enters); D loses the tag (exits).
    await orders(key, [{ externalId: 'b2', customerExternalId: 'B', placedAt: daysAgo(1), amount: '10' }]);
    await untag(key, 'D');
    // Refresh 2: exits are numbered first, then entries: 3 EXITED D, 4 ENTERED B.
    const second = await refresh(key, id);
    expect(second).toMatchObject({ entered: 1, exited: 1, memberCount: 2 });
    expect(summary(await changes(key, id, afterFirst))).toEqual(['3 EXITED D', '4 ENTERED B']);

    // C becomes vip (enters); A's order a2 is cancelled, leaving 1 recent order (exits).
    await tag(key, 'C');
    await orders(key, [{ externalId: 'a2', customerExternalId: 'A', placedAt: daysAgo(5), amount: '10', status: 'CANCELLED' }]);
    const third = await refresh(key, id);
    expect(third).toMatchObject({ entered: 1, exited: 1, memberCount: 2 });
    expect(summary(await changes(key, id, second.cursor))).toEqual(['5 EXITED A', '6 ENTERED C']);

    // Nothing changed: no change recorded, the cursor stays.
    const fourth = await refresh(key, id);
    expect(fourth).toMatchObject({ entered: 0, exited: 0, memberCount: 2, cursor: third.cursor });
    const empty = await changes(key, id, third.cursor);
    expect(empty).toMatchObject({ edges: [], hasMore: false, endCursor: third.cursor });

    // From the start: all six in order; the members now are B and C.
    expect(summary(await changes(key, id))).toEqual(['1 ENTERED A', '2 ENTERED D', '3 EXITED D', '4 ENTERED B', '5 EXITED A', '6 ENTERED C']);
    expect(await memberIds(key, id)).toEqual(['B', 'C']);
    // A page of two from the start says more follow.
    const firstTwo = await changes(key, id, null, 2);
    expect(firstTwo.hasMore).toBe(true);
    expect(summary(await changes(key, id, firstTwo.endCursor, 2))).toEqual(['3 EXITED D', '4 ENTERED B']);
  });

  it('gives a partner paging from a cursor every change exactly once while refreshes run', async () => {
    const names = Array.from({ length: 40 }, (_, index) => `P${String(index).padStart(2, '0')}`);
    const { key } = await tenantWith(names);
    await tag(key, ...names.slice(0, 20));
    const { segment } = await create(key, 'Tagged', { field: 'TAG', operator: 'HAS', value: 'vip' });
    // 20 members entered: sequences 1..20.
    const seen: string[] = [];
    let cursor: string | null = null;
    const pullAll = async () => {
      for (;;) {
        const page = await changes(key, segment.id, cursor, 3);
        seen.push(...page.edges.map((edge) => edge.node.sequence));
        cursor = page.endCursor;
        if (!page.hasMore) return;
      }
    };
    // Five rounds: move five customers out and five in, refresh, and pull while it runs.
    for (let round = 0; round < 5; round += 1) {
      const leaving = names.slice(round * 4, round * 4 + 4);
      const joining = names.slice(20 + round * 4, 20 + round * 4 + 4);
      await untag(key, ...leaving);
      await tag(key, ...joining);
      const refreshing = refresh(key, segment.id);
      await pullAll();
      await refreshing;
    }
    await pullAll();
    // 20 entries, then 8 changes per round over 5 rounds: 60 changes numbered 1..60, each seen once.
    expect(seen.map(Number)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    // Replaying the changes gives the members: P20..P39 after all rounds.
    const replayed = new Set<string>();
    for (const edge of (await changes(key, segment.id, null, 1000)).edges) {
      if (edge.node.change === 'ENTERED') replayed.add(edge.node.customer.externalId);
      else replayed.delete(edge.node.customer.externalId);
    }
    expect([...replayed].sort()).toEqual(names.slice(20));
    expect(await memberIds(key, segment.id)).toEqual(names.slice(20));
  });

  it('keeps concurrent refreshes of one segment in sequence order', async () => {
    const names = ['Q1', 'Q2', 'Q3', 'Q4'];
    const { key } = await tenantWith(names);
    await tag(key, 'Q1');
    const { segment } = await create(key, 'Concurrent', { field: 'TAG', operator: 'HAS', value: 'vip' });
    await tag(key, 'Q2', 'Q3');
    // Three refreshes at once: one finds Q2 and Q3, the others nothing; numbers stay 1..3.
    const outcomes = await Promise.all([refresh(key, segment.id), refresh(key, segment.id), refresh(key, segment.id)]);
    expect(outcomes.map((outcome) => outcome.entered).sort()).toEqual([0, 0, 2]);
    expect(summary(await changes(key, segment.id))).toEqual(['1 ENTERED Q1', '2 ENTERED Q2', '3 ENTERED Q3']);
  });

  it('previews without saving, keeps every version, lists and deletes', async () => {
    const { key } = await tenantWith(['V1', 'V2', 'V3']);
    await tag(key, 'V2', 'V3');
    const preview = await app.request(PreviewSegmentDocument, { input: { definition: { condition: { field: 'TAG', operator: 'HAS', value: 'vip' } }, sampleSize: 1 } }, key);
    expect(preview.body.errors).toBeUndefined();
    expect(preview.body.data!.previewSegment).toEqual({ memberCount: 2, sample: [{ externalId: 'V2', name: 'Name V2' }] });
    expect((await app.request(SegmentListDocument, {}, key)).body.data!.segments.totalCount).toBe(0);

    const { segment } = await create(key, 'Tagged', { field: 'TAG', operator: 'HAS', value: 'vip' });
    const renamed = await app.request(UpdateSegmentDocument, { input: { id: segment.id, name: 'Tagged customers', description: 'all vips', refreshIntervalMinutes: 60 } }, key);
    expect(renamed.body.errors).toBeUndefined();
    // No new definition: nothing is refreshed.
    expect(renamed.body.data!.updateSegment).toMatchObject({ entered: 0, exited: 0, memberCount: 2, segment: { version: 2, name: 'Tagged customers', description: 'all vips', refreshIntervalMinutes: 60 } });
    const narrowed = await app.request(
      UpdateSegmentDocument,
      { input: { id: segment.id, definition: { all: [{ condition: { field: 'TAG', operator: 'HAS', value: 'vip' } }, { condition: { field: 'EXTERNAL_ID', operator: 'NEQ', value: 'V3' } }] } } },
      key,
    );
    expect(narrowed.body.errors).toBeUndefined();
    // The new definition is refreshed at once: V3 exits.
    expect(narrowed.body.data!.updateSegment).toMatchObject({ entered: 0, exited: 1, memberCount: 1, segment: { version: 3 } });

    const details = await app.request(SegmentDetailsDocument, { id: segment.id }, key);
    expect(details.body.data!.segment.versions.map((version) => [version.version, version.name, version.refreshIntervalMinutes])).toEqual([
      [3, 'Tagged customers', 60],
      [2, 'Tagged customers', 60],
      [1, 'Tagged', 15],
    ]);
    expect(details.body.data!.segment.versions[2].document).toEqual({ field: 'TAG', operator: 'HAS', value: 'vip' });
    expect(details.body.data!.segment.document).toEqual({ all: [{ field: 'TAG', operator: 'HAS', value: 'vip' }, { field: 'EXTERNAL_ID', operator: 'NEQ', value: 'V3' }] });
    const changesAfterUpdate = await changes(key, segment.id);
    expect(changesAfterUpdate.edges.map((edge) => [edge.node.sequence, edge.node.segmentVersion])).toEqual([['1', 1], ['2', 1], ['3', 3]]);

    const listed = await app.request(SegmentListDocument, {}, key);
    expect(listed.body.data!.segments.edges.map((edge) => [edge.node.name, edge.node.memberCount])).toEqual([['Tagged customers', 1]]);

    const deleted = await app.request(DeleteSegmentDocument, { id: segment.id }, key);
    expect(deleted.body.data!.deleteSegment).toBe(segment.id);
    const gone = await app.request(SegmentDetailsDocument, { id: segment.id }, key);
    expect(errorCodes(gone)).toEqual(['NOT_FOUND']);
    const rows = await app.orm.em.fork().getConnection().execute('select count(*)::int as count from segment_membership_change where segment_id = ?', [segment.id]);
    expect(rows[0].count).toBe(0);
  });

  describe('refuses bad input with the path of the bad node, writing nothing', () => {
    let key: string;
    beforeAll(async () => {
      ({ key } = await tenantWith(['X1']));
      await create(key, 'Existing', { field: 'TAG', operator: 'HAS', value: 'vip' });
    });

    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['an unknown field', { name: 'S', document: { field: 'SHOE_SIZE', operator: 'EQ', value: 1 } }, 'input.document.field', /not a segment field/i],
      ['a wrong operator', { name: 'S', document: { all: [{ field: 'TAG', operator: 'GT', value: 'vip' }] } }, 'input.document.all[0].operator', /operator/i],
      ['a wrong value type', { name: 'S', definition: { condition: { field: 'ORDER_COUNT', operator: 'GTE', value: 'many' } } }, 'input.definition.condition.value', /./],
      ['an empty group', { name: 'S', document: { any: [] } }, 'input.document.any', /empty|at least one/i],
      ['an unknown tag', { name: 'S', document: { field: 'TAG', operator: 'HAS', value: 'vipp' } }, 'input.document.value', /no tag "vipp"/],
      ['an unknown journey', { name: 'S', document: { field: 'TOUCHPOINT_COUNT', operator: 'GT', value: 0, journey: 'nope' } }, 'input.document.journey', /no journey "nope"/],
      ['both forms', { name: 'S', document: { field: 'TAG', operator: 'HAS', value: 'vip' }, definition: { condition: { field: 'TAG', operator: 'HAS', value: 'vip' } } }, 'input.definition', /exactly one/],
      ['no definition', { name: 'S' }, 'input.definition', /exactly one/],
      ['a taken name', { name: 'existing', document: { field: 'TAG', operator: 'HAS', value: 'vip' } }, 'input.name', /already called/],
      ['an empty name', { name: '  ', document: { field: 'TAG', operator: 'HAS', value: 'vip' } }, 'input.name', /required/],
      ['an interval out of range', { name: 'S', refreshIntervalMinutes: 0, document: { field: 'TAG', operator: 'HAS', value: 'vip' } }, 'input.refreshIntervalMinutes', /1 to 10080|from 1/],
    ];

    it.each(cases)('%s', async (_, input, field, message) => {
      const response = await app.request(CreateSegmentDocument, { input: input as never }, key);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const error = response.body.errors![0];
      expect(error.extensions).toMatchObject({ field });
      expect(error.message).toMatch(message);
      const listed = await app.request(SegmentListDocument, {}, key);
      expect(listed.body.data!.segments.edges.map((edge) => edge.node.name)).toEqual(['Existing']);
    });

    it('refuses a bad cursor and a cursor of another segment', async () => {
      const { segment: other } = await create(key, 'Other', { field: 'EXTERNAL_ID', operator: 'EQ', value: 'X1' });
      const listed = await app.request(SegmentListDocument, {}, key);
      const existing = listed.body.data!.segments.edges.find((edge) => edge.node.name === 'Existing')!.node.id;
      const otherCursor = (await changes(key, other.id)).endCursor;
      const foreign = await app.request(SegmentChangesDocument, { id: existing, since: otherCursor, first: 10 }, key);
      expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
      expect(foreign.body.errors![0].message).toBe('since: is a cursor of another segment');
      const garbage = await app.request(SegmentChangesDocument, { id: existing, since: 'not-a-cursor', first: 10 }, key);
      expect(garbage.body.errors![0].message).toBe('since: is not a valid cursor');
      const tooMany = await app.request(SegmentChangesDocument, { id: existing, since: null, first: 5000 }, key);
      expect(tooMany.body.errors![0].message).toBe('first: must be a whole number from 1 to 1000');
    });
  });

  describe('partner keys', () => {
    it('see only their segments, only the allowed fields, and nothing else of the tenant', async () => {
      const { key, tenant } = await tenantWith(['K1', 'K2']);
      await tag(key, 'K1');
      const { segment: shared } = await create(key, 'Shared', { field: 'TAG', operator: 'HAS', value: 'vip' });
      const { segment: secret } = await create(key, 'Secret', { field: 'EXTERNAL_ID', operator: 'EQ', value: 'K2' });

      const refused = await app.request(CreatePartnerKeyDocument, { input: { name: 'CRM', scopes: ['SEGMENTS_READ', 'CUSTOMERS_READ'], segmentIds: [shared.id] } }, key);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.body.errors![0].extensions).toMatchObject({ field: 'input.scopes' });

      const created = await app.request(CreatePartnerKeyDocument, { input: { name: 'CRM', scopes: ['SEGMENTS_READ'], segmentIds: [shared.id], memberFields: ['NAME'] } }, key);
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.createApiKey.apiKey).toMatchObject({ scopes: ['segments:read'], segmentIds: [shared.id], memberFields: ['name'] });
      const partner = created.body.data!.createApiKey.key;

      // Its segment: members with the name; the email is refused by name.
      const names = await app.request(SegmentMemberNamesDocument, { id: shared.id }, partner);
      expect(names.body.errors).toBeUndefined();
      expect(names.body.data!.segment.members.edges.map((edge) => edge.node)).toEqual([{ externalId: 'K1', name: 'Name K1' }]);
      const emails = await app.request(SegmentMemberProfilesDocument, { id: shared.id }, partner);
      expect(errorCodes(emails)).toEqual(['FORBIDDEN']);
      expect(emails.body.errors![0].message).toBe('This API key may not read the member field "email"');
      expect(JSON.stringify(emails.body)).not.toContain('k1@example.com');

      // Other segments read as not found, in the list too; the definition is not shown.
      expect(errorCodes(await app.request(SegmentMembersDocument, { id: secret.id }, partner))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await app.request(SegmentChangesDocument, { id: secret.id }, partner))).toEqual(['NOT_FOUND']);
      const listed = await app.request(SegmentListDocument, {}, partner);
      expect(listed.body.data!.segments.edges.map((edge) => edge.node.name)).toEqual(['Shared']);
      expect(listed.body.data!.segments.totalCount).toBe(1);
      expect(errorCodes(await app.request(SegmentDocumentDocument, { id: shared.id }, partner))).toEqual(['FORBIDDEN']);
      // Nothing else of the tenant: customers, analytics, writes.
      const customers = await app.post({ query: '{ customers(first: 5) { edges { node { externalId } } } }' }, partner);
      expect(errorCodes(customers)).toEqual(['FORBIDDEN']);
      const metrics = await app.post({ query: '{ rfm { customerCount } }' }, partner);
      expect(errorCodes(metrics)).toEqual(['FORBIDDEN']);
      expect(errorCodes(await app.request(RefreshSegmentDocument, { id: shared.id }, partner))).toEqual(['FORBIDDEN']);

      // Another tenant's segment id reads as not found, even to that tenant's admin key of ours.
      const other = await tenantWith(['Z1']);
      expect(errorCodes(await app.request(SegmentMembersDocument, { id: shared.id }, other.key))).toEqual(['NOT_FOUND']);
      const foreignKey = await app.request(CreatePartnerKeyDocument, { input: { name: 'Sneaky', scopes: ['SEGMENTS_READ'], segmentIds: [shared.id] } }, other.key);
      expect(errorCodes(foreignKey)).toEqual(['BAD_USER_INPUT']);
      expect(foreignKey.body.errors![0].extensions).toMatchObject({ field: 'input.segmentIds[0]' });
      expect(tenant.id).not.toBe(other.tenant.id);
    });

    it('reads no profile fields without customers:read unless the key lists them', async () => {
      const { key, tenant } = await tenantWith(['M1']);
      const { segment } = await create(key, 'Everyone', { field: 'EXTERNAL_ID', operator: 'IS_SET' });
      const reader = await app.keyFor(tenant.id, ['segments:read']);
      const ids = await app.request(SegmentMembersDocument, { id: segment.id }, reader);
      expect(ids.body.data!.segment.members.edges.map((edge) => edge.node.externalId)).toEqual(['M1']);
      expect(errorCodes(await app.request(SegmentMemberNamesDocument, { id: segment.id }, reader))).toEqual(['FORBIDDEN']);
      const withCustomers = await app.keyFor(tenant.id, ['segments:read', 'customers:read']);
      const named = await app.request(SegmentMemberProfilesDocument, { id: segment.id }, withCustomers);
      expect(named.body.data!.segment.members.edges[0].node).toEqual({ externalId: 'M1', name: 'Name M1', email: 'm1@example.com' });
    });
  });

  it('pages members by external id with a changes cursor for a full resync', async () => {
    const names = ['R1', 'R2', 'R3', 'R4', 'R5'];
    const { key } = await tenantWith(names);
    await tag(key, ...names);
    const { segment } = await create(key, 'All five', { field: 'TAG', operator: 'HAS', value: 'vip' });
    const first = await app.request(SegmentMembersDocument, { id: segment.id, first: 2 }, key);
    const page = first.body.data!.segment.members;
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((edge) => edge.node.externalId)).toEqual(['R1', 'R2']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const resyncCursor = page.changesCursor;
    // R1 and R4 leave while the partner pages.
    await untag(key, 'R1', 'R4');
    await refresh(key, segment.id);
    const rest = await app.request(SegmentMembersDocument, { id: segment.id, first: 10, after: page.pageInfo.endCursor }, key);
    const seen = new Set([...page.edges, ...rest.body.data!.segment.members.edges].map((edge) => edge.node.externalId));
    // Pages read R1, R2, then R3, R5; the changes since the first page's cursor fix the rest.
    expect([...seen]).toEqual(['R1', 'R2', 'R3', 'R5']);
    for (const edge of (await changes(key, segment.id, resyncCursor)).edges) {
      if (edge.node.change === 'ENTERED') seen.add(edge.node.customer.externalId);
      else seen.delete(edge.node.customer.externalId);
    }
    expect([...seen].sort()).toEqual(['R2', 'R3', 'R5']);
  });

  it('exports the members as CSV and NDJSON with the fields the key may read', async () => {
    const { key, tenant } = await tenantWith(['E1', 'E2', 'E3']);
    await tag(key, 'E1', 'E3');
    const { segment } = await create(key, 'Export', { field: 'TAG', operator: 'HAS', value: 'vip' });
    const partner = await app.request(CreatePartnerKeyDocument, { input: { name: 'Mailer', scopes: ['SEGMENTS_READ'], segmentIds: [segment.id], memberFields: ['EMAIL'] } }, key);
    const partnerKey = partner.body.data!.createApiKey.key;

    const csv = await fetch(`${app.url}/segments/${segment.id}/members.csv`, { headers: { authorization: `Bearer ${partnerKey}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('externalId,enteredAt,email');
    expect(lines.slice(1).map((line) => line.replace(/,[^,]+T[^,]+Z,/, ',<time>,'))).toEqual(['E1,<time>,e1@example.com', 'E3,<time>,e3@example.com']);
    const cursor = csv.headers.get('x-changes-cursor');
    expect((await changes(key, segment.id, cursor)).edges).toEqual([]);

    const ndjson = await fetch(`${app.url}/segments/${segment.id}/members.ndjson`, { headers: { authorization: `Bearer ${partnerKey}` } });
    const records = (await ndjson.text()).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.externalId, record.email, Object.keys(record)])).toEqual([
      ['E1', 'e1@example.com', ['externalId', 'enteredAt', 'email']],
      ['E3', 'e3@example.com', ['externalId', 'enteredAt', 'email']],
    ]);

    const other = await app.tenantWithKey(['admin']);
    const foreign = await fetch(`${app.url}/segments/${segment.id}/members.csv`, { headers: { authorization: `Bearer ${other.key}` } });
    expect(foreign.status).toBe(404);
    const analyst = await app.keyFor(tenant.id, ['analytics:read']);
    const forbidden = await fetch(`${app.url}/segments/${segment.id}/members.ndjson`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(forbidden.status).toBe(403);
    const anonymous = await fetch(`${app.url}/segments/${segment.id}/members.ndjson`);
    expect(anonymous.status).toBe(401);
    const badPath = await fetch(`${app.url}/segments/${segment.id}/members.xml`, { headers: { authorization: `Bearer ${key}` } });
    expect(badPath.status).toBe(404);
  });

  it('needs segments:write to manage segments', async () => {
    const { tenant } = await tenantWith(['W1']);
    const reader = await app.keyFor(tenant.id, ['segments:read']);
    const response = await app.request(CreateSegmentDocument, { input: { name: 'Nope', document: { field: 'TAG', operator: 'HAS', value: 'vip' } } }, reader);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.body.errors![0].message).toBe('This API key lacks the scope "segments:write"');
  });
});

describe('segment order stats from per-customer totals', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  // The same definitions evaluated from every order and from a totals base plus the day's
  // slivers must select the same customers. asOf is inside a day, so both slivers count.
  it('selects the same customers as reading every order', async () => {
    const { key, tenant } = await app.tenantWithKey(['admin']);
    const asOf = new Date('2026-06-01T15:00:00Z');
    const at = (days: number, hours = 0) => new Date(asOf.getTime() - days * 86_400_000 - hours * 3_600_000).toISOString();
    const orders: OrderInput[] = [
      // A: three orders, the last today before asOf (in the sliver after the base).
      { externalId: 'a1', customerExternalId: 'A', placedAt: at(400), amount: '50' },
      { externalId: 'a2', customerExternalId: 'A', placedAt: at(100), amount: '20' },
      { externalId: 'a3', customerExternalId: 'A', placedAt: at(0, 2), amount: '30' },
      // B: one order 200 days ago, one cancelled yesterday (never counts).
      { externalId: 'b1', customerExternalId: 'B', placedAt: at(200), amount: '500' },
      { externalId: 'b2', customerExternalId: 'B', placedAt: at(1), amount: '99', status: 'CANCELLED' },
      // C: first order today after the base's midnight; D: an order after asOf only.
      { externalId: 'c1', customerExternalId: 'C', placedAt: at(0, 1), amount: '5' },
      { externalId: 'd1', customerExternalId: 'D', placedAt: new Date(asOf.getTime() + 3_600_000).toISOString(), amount: '5' },
    ];
    const upserted = await app.request(UpsertCustomersDocument, { input: ['A', 'B', 'C', 'D', 'E'].map((externalId) => ({ externalId })) }, key);
    expect(upserted.body.errors).toBeUndefined();
    const recorded = await app.request(RecordOrdersDocument, { input: orders }, key);
    expect(recorded.body.errors).toBeUndefined();

    // Expected by hand (lifetime counts as of asOf): A 3 orders / 100, B 1 / 500, C 1 / 5, D and E none.
    const definitions: [unknown, string[]][] = [
      [{ field: 'ORDER_COUNT', operator: 'GTE', value: 2 }, ['A']],
      [{ field: 'ORDER_COUNT', operator: 'EQ', value: 0 }, ['D', 'E']],
      [{ field: 'ORDER_REVENUE', operator: 'GT', value: 99 }, ['A', 'B']],
      [{ field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 1 }, ['A', 'C']],
      [{ field: 'FIRST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 30 }, ['C']],
      [{ field: 'FIRST_ORDER_AT', operator: 'IS_NOT_SET' }, ['D', 'E']],
      [{ all: [{ field: 'ORDER_COUNT', operator: 'GTE', value: 1, withinDays: 150 }, { field: 'ORDER_REVENUE', operator: 'LT', value: 200 }] }, ['A', 'C']],
      [{ field: 'RFM_SEGMENT', operator: 'IS_SET' }, ['A', 'B', 'C']],
    ];
    const em = app.orm.em.fork() as EntityManager;
    const runner = new SqlRunner(em, { count: 0 });
    await inTenantTransaction(em, runner, tenant.id, async () => {
      const scope = { tenantId: tenant.id, em, sql: runner };
      const totals = await new CustomerTotalsService(scope).totalsSql({ asOf, from: segmentRfmWindowStart(asOf), dataEnd: asOf });
      expect(totals).not.toBeNull();
      for (const [document, expected] of definitions) {
        const definition = parseSegmentDefinition(document).definition!;
        const select = async (withTotals: boolean) => {
          const statement = segmentMembersSql(definition, { tenantId: tenant.id, asOf, settings: DEFAULT_ANALYTICS_SETTINGS, totals: withTotals ? totals : null });
          const rows = await runner.query<{ external_id: string }>(statement);
          return rows.map((row) => row.external_id).sort();
        };
        expect({ document, members: await select(false) }).toEqual({ document, members: expected });
        expect({ document, members: await select(true) }).toEqual({ document, members: expected });
      }
    });
  });
});

describe('saved segments as an analytics dimension', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  const NPS = `query($input: MetricInput) { nps(input: $input) { total { n nps } groups { group n nps } } }`;

  it('breaks NPS down by saved segment and filters by segment, as the refreshes recorded membership', async () => {
    const { key } = await app.tenantWithKey(['admin']);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'S1', name: 'fan' }, { externalId: 'S2', name: 'fan' }, { externalId: 'S3', name: 'other' }, { externalId: 'S4', name: 'other' }] }, key);
    const answered = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const scores: [string, number][] = [['S1', 10], ['S2', 9], ['S3', 0], ['S4', 8]];
    for (const [customerExternalId, score] of scores) {
      const recorded = await app.post({ query: 'mutation($input: FeedbackInput!) { recordFeedback(input: $input) { id } }', variables: { input: { customerExternalId, kind: 'NPS', score, receivedAt: answered } } }, key);
      expect(recorded.body.errors).toBeUndefined();
    }
    const beforeSegments = new Date().toISOString();
    const fans = await app.request(CreateSegmentDocument, { input: { name: 'Fans', document: { field: 'NAME', operator: 'EQ', value: 'fan' } } }, key);
    const others = await app.request(CreateSegmentDocument, { input: { name: 'Others', document: { field: 'NAME', operator: 'EQ', value: 'other' } } }, key);
    const fansId = fans.body.data!.createSegment.segment.id;
    expect(others.body.errors).toBeUndefined();

    // Fans: S1 (10) and S2 (9), two promoters → NPS 100. Others: S3 (0) a detractor, S4 (8) a
    // passive → (0 − 1) / 2 = −50.
    const grouped = await app.post<{ nps: { groups: { group: string | null; n: number; nps: number }[] } }>({ query: NPS, variables: { input: { groupBy: 'SAVED_SEGMENT' } } }, key);
    expect(grouped.body.errors).toBeUndefined();
    expect(grouped.body.data!.nps.groups.map((group) => [group.group, group.n, group.nps])).toEqual([
      ['Fans', 2, 100],
      ['Others', 2, -50],
    ]);
    const filtered = await app.post<{ nps: { total: { n: number; nps: number } } }>({ query: NPS, variables: { input: { filter: { segmentIds: [fansId] } } } }, key);
    expect(filtered.body.data!.nps.total).toEqual({ n: 2, nps: 100 });

    // As of a moment before the segments' first refresh nobody was a member: one group without a
    // segment, all four answers: (2 promoters − 1 detractor) / 4 = 25.
    const earlier = await app.post<{ nps: { groups: { group: string | null; n: number; nps: number }[] } }>({ query: NPS, variables: { input: { groupBy: 'SAVED_SEGMENT', asOf: beforeSegments } } }, key);
    expect(earlier.body.data!.nps.groups.map((group) => [group.group, group.n, group.nps])).toEqual([[null, 4, 25]]);

    const unknown = await app.post({ query: NPS, variables: { input: { filter: { segmentIds: ['00000000-0000-4000-8000-000000000000', 'nope'] } } } }, key);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect((unknown.body.errors![0].extensions as { errors: unknown[] }).errors).toEqual([
      { field: 'input.filter.segmentIds[0]', message: 'the tenant has no segment 00000000-0000-4000-8000-000000000000' },
      { field: 'input.filter.segmentIds[1]', message: 'is not a valid segment id (a UUID)' },
    ]);
    // Another tenant's segment is unknown here.
    const other = await app.tenantWithKey(['admin']);
    const foreign = await app.post({ query: NPS, variables: { input: { filter: { segmentIds: [fansId] } } } }, other.key);
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
  });
});
