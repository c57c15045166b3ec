// The traffic of `npm run loadtest`: who calls (the keys), what they send (a weighted mix of
// GraphQL operations with fresh variables each time) and how each answer is judged.

/** A small seeded generator, so every run sends the same sequence of operations. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const PARTNER_SEGMENT = {
  name: 'loadtest: customers in the North',
  // Writers move their customers in and out of the North, so the scheduled refreshes (every
  // minute) find changes for the partner to pull while the load runs.
  document: { all: [{ field: 'REGION', operator: 'EQ', value: 'North' }] },
  refreshIntervalMinutes: 1,
};

/** Customers the writer key upserts: a fixed pool, so repeated runs update rather than grow. */
export const WRITER_POOL = 200;

// Dashboard metrics the demo tenant answers in tens of milliseconds when idle, RFM in about a
// hundred (bench/analytics-metrics.mjs has them all; lead grades take over 600 ms and are left out).
const DASHBOARD = [
  {
    name: 'nps by month',
    query: `query DashboardNps($input: MetricInput) { nps(input: $input) { series { points { start n nps marginOfError lowSample } } total { n nps marginOfError previous { change } } } }`,
    variables: () => ({ input: { interval: 'MONTH' } }),
  },
  {
    name: 'rfm',
    query: `query DashboardRfm { rfm { customerCount thresholds { recency frequency monetary } segments { segment customers revenue customerShare revenueShare } grid { r f customers } } }`,
    variables: () => ({}),
  },
  {
    name: 'revenue by month',
    query: `query DashboardRevenue($input: MetricInput) { revenue(input: $input) { series { group points { start n revenue orders averageOrderValue revenueGrowth } } totals { revenue orders averageOrderValue revenueChange { change } } } }`,
    variables: () => ({ input: { interval: 'MONTH' } }),
  },
  {
    name: 'customer growth by month',
    query: `query DashboardGrowth($input: MetricInput) { customerGrowth(input: $input) { series { points { start n newCustomers activeBaseStart activeBaseEnd growthRate retentionRate churnRate } } total { growthRate retentionRate churnRate } } }`,
    variables: () => ({ input: { interval: 'MONTH' } }),
  },
  {
    name: 'csat by month',
    query: `query DashboardCsat($input: MetricInput) { csat(input: $input) { series { points { start n satisfiedShare mean marginOfError } } total { n satisfiedShare mean distribution { score count } } } }`,
    variables: () => ({ input: { interval: 'MONTH' } }),
  },
  {
    name: 'nps by month × channel',
    query: `query DashboardNpsByChannel($input: MetricInput) { nps(input: $input) { series { group points { start n nps marginOfError } } groups { group n nps marginOfError } } }`,
    variables: () => ({ input: { interval: 'MONTH', groupBy: 'CHANNEL' } }),
  },
];

const LOOKUP = `query CustomerLookup($externalId: String!) { customer(externalId: $externalId) { id externalId name email region stats { orderCount revenue latestNpsScore } } }`;
const CHANGES = `query PartnerChanges($id: ID!, $since: String) { segment(id: $id) { changes(since: $since, first: 50) { endCursor hasMore edges { node { sequence change at customer { externalId } } } } } }`;
const UPSERT = `mutation WriteCustomer($input: CustomerInput!) { upsertCustomer(input: $input) { id externalId region updatedAt } }`;
const PAGE = `query BudgetPage { customers(first: 20) { edges { node { externalId name email } } } }`;

/** Partner apps pulling the same segment, each with its own key and cursor. */
export const PARTNERS = 5;

/**
 * The weighted mix. `keys` holds the secrets by role (`partners` one per partner app); `state`
 * the demo customers' ids, the partner segment and each partner's latest cursor (updated from
 * its answers, as a partner that pulls from where it stopped).
 */
export function trafficMix(keys, state, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const dashboard = DASHBOARD.map((metric) => ({
    kind: `dashboard: ${metric.name}`,
    weight: 30 / DASHBOARD.length,
    key: keys.dashboard,
    body: () => ({ query: metric.query, variables: metric.variables() }),
  }));
  return [
    ...dashboard,
    { kind: 'customer lookup', weight: 40, key: keys.lookup, body: () => ({ query: LOOKUP, variables: { externalId: pick(state.customerIds) } }) },
    // A page of 50 changes costs 452: five partners share the pulls so that each stays within
    // the default budget (200,000 a minute) up to about 200 requests/s overall.
    // Most pulls start from the latest cursor the partner saw; one in five reads the first page
    // of the whole history (a partner's first sync) and leaves the cursor where it was.
    ...keys.partners.flatMap((key, partner) => [
      {
        kind: 'partner change pull',
        weight: (0.8 * 17) / keys.partners.length,
        key,
        body: () => ({ query: CHANGES, variables: { id: state.segmentId, since: state.partnerCursors[partner] } }),
        onData: (data) => {
          const cursor = data?.segment?.changes?.endCursor;
          if (cursor && data.segment.changes.edges.length > 0) state.partnerCursors[partner] = cursor;
        },
      },
      { kind: 'partner first sync page', weight: (0.2 * 17) / keys.partners.length, key, body: () => ({ query: CHANGES, variables: { id: state.segmentId, since: null } }) },
    ]),
    {
      kind: 'customer write',
      weight: 5,
      key: keys.writer,
      body: () => {
        const number = Math.floor(random() * WRITER_POOL);
        return {
          query: UPSERT,
          variables: {
            input: {
              externalId: `LOADTEST-${String(number).padStart(4, '0')}`,
              name: `Load test customer ${number}`,
              email: `loadtest${number}@example.com`,
              region: random() < 0.5 ? 'North' : 'South',
              attributes: { loadtestWrites: Math.floor(random() * 1_000_000) },
            },
          },
        };
      },
    },
    { kind: 'small-budget key', weight: 8, key: keys.budget, budget: true, body: () => ({ query: PAGE, variables: {} }) },
  ];
}

/** Picks a mix entry by weight. */
export function weightedPicker(mix, random) {
  const total = mix.reduce((sum, entry) => sum + entry.weight, 0);
  return () => {
    let point = random() * total;
    for (const entry of mix) {
      point -= entry.weight;
      if (point < 0) return entry;
    }
    return mix[mix.length - 1];
  };
}
