import {
  CreateJourneyDocument,
  JourneyByKeyDocument,
  JourneyPageDocument,
  RecordTouchpointDocument,
  TagCustomerDocument,
  TagPageDocument,
  TouchpointPageDocument,
  UntagCustomerDocument,
  UpsertCustomersDocument,
  UpsertTagDocument,
} from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const WRITE = ['customers:read', 'customers:write'];

const PURCHASE_JOURNEY = {
  key: 'online-purchase',
  name: 'Online purchase',
  persona: 'First-time buyer',
  stages: [
    { key: 'awareness', name: 'Awareness' },
    { key: 'consideration', name: 'Consideration' },
    { key: 'purchase', name: 'Purchase' },
    { key: 'retention', name: 'Retention' },
  ],
};

describe('journeys and touchpoints API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('creates a journey with its stages in the order given, and finds it by key', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const created = await app.request(CreateJourneyDocument, { input: PURCHASE_JOURNEY }, key);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createJourney).toMatchObject({ key: 'online-purchase', name: 'Online purchase' });
    expect(created.body.data?.createJourney.stages.map((stage) => [stage.key, stage.position])).toEqual([
      ['awareness', 0],
      ['consideration', 1],
      ['purchase', 2],
      ['retention', 3],
    ]);

    const byKey = await app.request(JourneyByKeyDocument, { key: 'online-purchase' }, key);
    expect(byKey.body.data?.journey).toEqual({
      id: created.body.data?.createJourney.id,
      key: 'online-purchase',
      stages: [
        { key: 'awareness', position: 0 },
        { key: 'consideration', position: 1 },
        { key: 'purchase', position: 2 },
        { key: 'retention', position: 3 },
      ],
    });

    const missing = await app.request(JourneyByKeyDocument, { key: 'no-such-journey' }, key);
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
  });

  it('refuses a repeated journey key, a repeated stage key and a malformed key', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(CreateJourneyDocument, { input: PURCHASE_JOURNEY }, key);

    const again = await app.request(CreateJourneyDocument, { input: { ...PURCHASE_JOURNEY, name: 'Another' } }, key);
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.body.errors?.[0].message).toBe('input.key: a journey "online-purchase" already exists');
    expect(again.body.errors?.[0].extensions?.field).toBe('input.key');

    const repeatedStage = await app.request(
      CreateJourneyDocument,
      {
        input: {
          key: 'support',
          name: 'Support',
          stages: [
            { key: 'contact', name: 'Contact' },
            { key: 'diagnosis', name: 'Diagnosis' },
            { key: 'contact', name: 'Contact again' },
          ],
        },
      },
      key,
    );
    expect(errorCodes(repeatedStage)).toEqual(['BAD_USER_INPUT']);
    expect(repeatedStage.body.errors?.[0].message).toBe('input.stages[2].key: repeats input.stages[0].key "contact"');
    expect(repeatedStage.body.errors?.[0].extensions?.field).toBe('input.stages[2].key');

    const malformed = await app.request(CreateJourneyDocument, { input: { key: 'Online Purchase', name: 'X', stages: [{ key: 'a', name: 'A' }] } }, key);
    expect(malformed.body.errors?.[0].message).toBe('input.key: must be 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit');

    const noStages = await app.request(CreateJourneyDocument, { input: { key: 'empty', name: 'Empty', stages: [] } }, key);
    expect(noStages.body.errors?.[0].message).toBe('input.stages: must list 1 to 50 stages');

    // Only the first journey exists.
    const page = await app.request(JourneyPageDocument, {}, key);
    expect(page.body.data?.journeys.edges.map((edge) => edge.node.key)).toEqual(['online-purchase']);
  });

  it('lists journeys by key', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    for (const journeyKey of ['support', 'onboarding', 'online-purchase']) {
      const created = await app.request(CreateJourneyDocument, { input: { key: journeyKey, name: journeyKey, stages: [{ key: 'start', name: 'Start' }] } }, key);
      expect(created.body.errors).toBeUndefined();
    }
    const page = await app.request(JourneyPageDocument, {}, key);
    // Alphabetical: "onboarding" < "online-purchase" (b < l) < "support".
    expect(page.body.data?.journeys).toEqual({ totalCount: 3, edges: [{ node: { key: 'onboarding' } }, { node: { key: 'online-purchase' } }, { node: { key: 'support' } }] });
  });

  it('records a touchpoint at a journey stage, resolving journey, stage and customer', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    await app.request(CreateJourneyDocument, { input: PURCHASE_JOURNEY }, key);

    const atStage = await app.request(
      RecordTouchpointDocument,
      { input: { customerExternalId: 'C1', journeyKey: 'online-purchase', stageKey: 'purchase', occurredAt: '2026-03-01T12:00:00Z', action: 'checkout', emotion: -2, channel: 'web' } },
      key,
    );
    expect(atStage.body.errors).toBeUndefined();
    expect(atStage.body.data?.recordTouchpoint).toMatchObject({
      action: 'checkout',
      emotion: -2,
      journey: { key: 'online-purchase' },
      stage: { key: 'purchase' },
      customer: { externalId: 'C1' },
    });

    const journeyOnly = await app.request(RecordTouchpointDocument, { input: { customerExternalId: 'C1', journeyKey: 'online-purchase', occurredAt: '2026-03-01T12:05:00Z', action: 'site_visit' } }, key);
    expect(journeyOnly.body.data?.recordTouchpoint).toMatchObject({ journey: { key: 'online-purchase' }, stage: null, emotion: null });
    const loose = await app.request(RecordTouchpointDocument, { input: { customerExternalId: 'C1', occurredAt: '2026-03-01T12:10:00Z', action: 'email_opened' } }, key);
    expect(loose.body.data?.recordTouchpoint).toMatchObject({ journey: null, stage: null, customer: { externalId: 'C1' } });
  });

  it('refuses an unknown stage or journey, a stage without journey, an emotion out of range and an unknown customer', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    await app.request(CreateJourneyDocument, { input: PURCHASE_JOURNEY }, key);
    const base = { customerExternalId: 'C1', occurredAt: '2026-03-01T12:00:00Z', action: 'checkout' };

    const refused = async (input: object) => {
      const response = await app.request(RecordTouchpointDocument, { input: { ...base, ...input } }, key);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      return [response.body.errors?.[0].extensions?.field, response.body.errors?.[0].message];
    };
    expect(await refused({ journeyKey: 'online-purchase', stageKey: 'checkout' })).toEqual(['input.stageKey', 'input.stageKey: journey "online-purchase" has no stage "checkout"']);
    expect(await refused({ journeyKey: 'returns', stageKey: 'purchase' })).toEqual(['input.journeyKey', 'input.journeyKey: no journey has the key "returns"']);
    expect(await refused({ stageKey: 'purchase' })).toEqual(['input.stageKey', 'input.stageKey: needs journeyKey']);
    expect(await refused({ emotion: 3 })).toEqual(['input.emotion', 'input.emotion: must be a whole number from -2 to 2']);
    expect(await refused({ emotion: -3 })).toEqual(['input.emotion', 'input.emotion: must be a whole number from -2 to 2']);
    expect(await refused({ customerExternalId: 'ghost' })).toEqual(['input.customerExternalId', 'input.customerExternalId: no customer has the external id "ghost"']);

    const page = await app.request(TouchpointPageDocument, {}, key);
    expect(page.body.data?.touchpoints.totalCount).toBe(0);
  });

  it('filters touchpoints by action and channel, newest first', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }, { externalId: 'C2' }] }, key);
    const events = [
      { customerExternalId: 'C1', occurredAt: '2026-03-01T10:00:00Z', action: 'site_visit', channel: 'web' },
      { customerExternalId: 'C2', occurredAt: '2026-03-01T11:00:00Z', action: 'site_visit', channel: 'app' },
      { customerExternalId: 'C1', occurredAt: '2026-03-01T12:00:00Z', action: 'email_opened', channel: 'email' },
      { customerExternalId: 'C2', occurredAt: '2026-03-01T13:00:00Z', action: 'purchase', channel: 'web' },
      { customerExternalId: 'C1', occurredAt: '2026-03-01T14:00:00Z', action: 'site_visit', channel: 'web' },
    ];
    for (const input of events) expect((await app.request(RecordTouchpointDocument, { input }, key)).body.errors).toBeUndefined();

    const list = async (filter: object) => {
      const page = await app.request(TouchpointPageDocument, { filter }, key);
      return { count: page.body.data?.touchpoints.totalCount, rows: page.body.data?.touchpoints.edges.map((edge) => [edge.node.action, edge.node.channel]) };
    };
    // Three site visits, at 14:00, 11:00 and 10:00.
    expect(await list({ action: 'site_visit' })).toEqual({
      count: 3,
      rows: [
        ['site_visit', 'web'],
        ['site_visit', 'app'],
        ['site_visit', 'web'],
      ],
    });
    expect(await list({ action: 'site_visit', channel: 'web' })).toEqual({
      count: 2,
      rows: [
        ['site_visit', 'web'],
        ['site_visit', 'web'],
      ],
    });
    expect(await list({ action: 'purchase' })).toEqual({ count: 1, rows: [['purchase', 'web']] });
    expect(await list({ action: 'refund' })).toEqual({ count: 0, rows: [] });
  });
});

describe('tags API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('creates a tag, then updates it in place by key', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const created = await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: 'Gold', category: 'TIER' } }, key);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.upsertTag).toMatchObject({ key: 'tier.gold', label: 'Gold', category: 'TIER' });

    const updated = await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: 'Gold tier', category: 'SPENDING' } }, key);
    expect(updated.body.data?.upsertTag).toEqual({ id: created.body.data?.upsertTag.id, key: 'tier.gold', label: 'Gold tier', category: 'SPENDING' });

    const page = await app.request(TagPageDocument, {}, key);
    expect(page.body.data?.tags).toEqual({ totalCount: 1, edges: [{ node: { key: 'tier.gold', category: 'SPENDING' } }] });
  });

  it('refuses a malformed tag key or a blank label', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const badKey = await app.request(UpsertTagDocument, { input: { key: 'Tier Gold', label: 'Gold', category: 'TIER' } }, key);
    expect(errorCodes(badKey)).toEqual(['BAD_USER_INPUT']);
    expect(badKey.body.errors?.[0].message).toBe('input.key: must be 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit');
    expect(badKey.body.errors?.[0].extensions?.field).toBe('input.key');
    const leadingDot = await app.request(UpsertTagDocument, { input: { key: '.gold', label: 'Gold', category: 'TIER' } }, key);
    expect(leadingDot.body.errors?.[0].extensions?.field).toBe('input.key');
    const blankLabel = await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: '  ', category: 'TIER' } }, key);
    expect(blankLabel.body.errors?.[0].message).toBe('input.label: is required');
    expect((await app.request(TagPageDocument, {}, key)).body.data?.tags.totalCount).toBe(0);
  });

  it('tags and untags a customer, returning the customer with its tags', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: 'Gold', category: 'TIER' } }, key);
    await app.request(UpsertTagDocument, { input: { key: 'predictive.churn', label: 'Churn risk', category: 'PREDICTIVE' } }, key);

    const gold = await app.request(TagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'tier.gold' } }, key);
    expect(gold.body.errors).toBeUndefined();
    expect(gold.body.data?.tagCustomer).toEqual({ externalId: 'C1', tags: [{ key: 'tier.gold', category: 'TIER', source: 'MANUAL', score: null }] });

    const churn = await app.request(TagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'predictive.churn', source: 'MODEL', score: '0.75' } }, key);
    // Tags come by category then key: PREDICTIVE before TIER. The score column keeps 4 decimals.
    expect(churn.body.data?.tagCustomer.tags).toEqual([
      { key: 'predictive.churn', category: 'PREDICTIVE', source: 'MODEL', score: '0.7500' },
      { key: 'tier.gold', category: 'TIER', source: 'MANUAL', score: null },
    ]);

    // Tagging again updates the assignment rather than adding a second one.
    const rescored = await app.request(TagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'predictive.churn', source: 'MODEL', score: '0.5' } }, key);
    expect(rescored.body.data?.tagCustomer.tags.map((tag) => [tag.key, tag.score ?? null])).toEqual([
      ['predictive.churn', '0.5000'],
      ['tier.gold', null],
    ]);

    const untagged = await app.request(UntagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'tier.gold' } }, key);
    expect(untagged.body.data?.untagCustomer).toEqual({ externalId: 'C1', tags: [{ key: 'predictive.churn' }] });
    // Removing a tag the customer no longer has is not an error.
    const again = await app.request(UntagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'tier.gold' } }, key);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.untagCustomer.tags).toEqual([{ key: 'predictive.churn' }]);
  });

  it('does not show a tag whose assignment has expired', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    await app.request(UpsertTagDocument, { input: { key: 'behavior.browser', label: 'Browser', category: 'BEHAVIOR' } }, key);
    const expired = await app.request(TagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'behavior.browser', expiresAt: '2020-01-01T00:00:00Z' } }, key);
    expect(expired.body.errors).toBeUndefined();
    expect(expired.body.data?.tagCustomer.tags).toEqual([]);
  });

  it('refuses tagging with an unknown tag key or customer, writing nothing', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'C1' }] }, key);
    await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: 'Gold', category: 'TIER' } }, key);

    const unknownTag = await app.request(TagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'tier.platinum' } }, key);
    expect(errorCodes(unknownTag)).toEqual(['BAD_USER_INPUT']);
    expect(unknownTag.body.errors?.[0].message).toBe('input.tagKey: no tag has the key "tier.platinum"; create it with upsertTag first');
    expect(unknownTag.body.errors?.[0].extensions?.field).toBe('input.tagKey');

    const unknownCustomer = await app.request(TagCustomerDocument, { input: { customerExternalId: 'ghost', tagKey: 'tier.gold' } }, key);
    expect(unknownCustomer.body.errors?.[0]).toMatchObject({ message: 'input.customerExternalId: no customer has the external id "ghost"', extensions: { code: 'BAD_USER_INPUT' } });

    const untagUnknown = await app.request(UntagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'tier.platinum' } }, key);
    expect(untagUnknown.body.errors?.[0].extensions?.field).toBe('input.tagKey');

    const badConfidence = await app.request(TagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'tier.gold', confidence: '1.5' } }, key);
    expect(badConfidence.body.errors?.[0].message).toBe('input.confidence: must be from 0 to 1');

    // Nothing was assigned: tagging for real now shows only this one tag.
    const tagged = await app.request(TagCustomerDocument, { input: { customerExternalId: 'C1', tagKey: 'tier.gold' } }, key);
    expect(tagged.body.data?.tagCustomer.tags.map((tag) => tag.key)).toEqual(['tier.gold']);
  });

  it('filters tags by category, sorted by key', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const tags = [
      { key: 'tier.silver', label: 'Silver', category: 'TIER' as const },
      { key: 'predictive.churn', label: 'Churn risk', category: 'PREDICTIVE' as const },
      { key: 'tier.gold', label: 'Gold', category: 'TIER' as const },
      { key: 'credit.good', label: 'Good credit', category: 'CREDIT' as const },
    ];
    for (const input of tags) expect((await app.request(UpsertTagDocument, { input }, key)).body.errors).toBeUndefined();

    const keys = async (category?: 'TIER' | 'PREDICTIVE' | 'BEHAVIOR') => {
      const page = await app.request(TagPageDocument, { category }, key);
      return [page.body.data?.tags.totalCount, page.body.data?.tags.edges.map((edge) => edge.node.key)];
    };
    expect(await keys('TIER')).toEqual([2, ['tier.gold', 'tier.silver']]);
    expect(await keys('PREDICTIVE')).toEqual([1, ['predictive.churn']]);
    expect(await keys('BEHAVIOR')).toEqual([0, []]);
    expect(await keys()).toEqual([4, ['credit.good', 'predictive.churn', 'tier.gold', 'tier.silver']]);
  });
});
