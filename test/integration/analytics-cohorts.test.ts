import { type OrderInput, RecordOrdersDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

/**
 * Acquisition cohorts as of 2026-04-01 UTC. Completed orders (base currency):
 *
 *   A  2025-12-10 100, 01-15 50, 02-10 50, 03-20 80     Dec cohort
 *   B  2025-12-20 40, 03-05 60                          Dec cohort
 *   C  01-05 30, 01-20 30, 02-25 20 (+ 04-10 999 after asOf)   Jan cohort
 *   I  01-25 10                                         Jan cohort
 *   D  02-14 100 (placed as 90 EUR), 03-03 50           Feb cohort
 *   H  02-03 70                                         Feb cohort
 *   E  03-10 25 (+ REFUNDED 01-10, CANCELLED 02-10, COMPLETED 02-20 amount 0)   Mar cohort
 *   G  CANCELLED 02-01 only: in no cohort
 */
const AS_OF = '2026-04-01T00:00:00Z';
const SCOPES = ['customers:read', 'customers:write', 'analytics:read'];

const status = (value: string) => value as OrderInput['status'];
function order(externalId: string, customerExternalId: string, placedAt: string, amount: string, extra: Partial<OrderInput> = {}): OrderInput {
  return { externalId, customerExternalId, placedAt: placedAt.length === 10 ? `${placedAt}T12:00:00Z` : placedAt, amount, ...extra };
}

const ORDERS: OrderInput[] = [
  order('A1', 'A', '2025-12-10', '100'),
  order('A2', 'A', '2026-01-15', '50'),
  order('A3', 'A', '2026-02-10', '50'),
  order('A4', 'A', '2026-03-20', '80'),
  order('B1', 'B', '2025-12-20', '40'),
  order('B2', 'B', '2026-03-05', '60'),
  order('C1', 'C', '2026-01-05', '30'),
  order('C2', 'C', '2026-01-20', '30'),
  order('C3', 'C', '2026-02-25', '20'),
  order('C4', 'C', '2026-04-10', '999'),
  order('I1', 'I', '2026-01-25', '10'),
  order('D1', 'D', '2026-02-14', '100', { currency: 'EUR', originalAmount: '90' }),
  order('D2', 'D', '2026-03-03', '50'),
  order('H1', 'H', '2026-02-03', '70'),
  order('E1', 'E', '2026-03-10', '25'),
  order('E2', 'E', '2026-01-10', '500', { status: status('REFUNDED') }),
  order('E3', 'E', '2026-02-10', '500', { status: status('CANCELLED') }),
  order('E4', 'E', '2026-02-20', '0'),
  order('G1', 'G', '2026-02-01', '300', { status: status('CANCELLED') }),
];

const COHORTS = `query($input: CohortInput) {
  cohorts(input: $input) {
    window { from to asOf interval timeZone } maxOffset
    cohorts { start end size offsets { offset start end complete n reason activeCustomers retention revenue revenuePerMember } }
  }
}`;

interface Offset {
  offset: number;
  start: string;
  complete: boolean;
  n: number;
  reason: string | null;
  activeCustomers: number;
  retention: number | null;
  revenue: string;
  revenuePerMember: number | null;
}
interface CohortRow {
  start: string;
  size: number;
  offsets: Offset[];
}

/** Per cohort: [month, size, [[active, retention, revenue, revenue per member] per offset]]. */
function matrix(cohorts: CohortRow[]) {
  return cohorts.map((cohort) => [
    cohort.start.slice(0, 7),
    cohort.size,
    cohort.offsets.map((cell) => [cell.activeCustomers, cell.retention, Number(cell.revenue), cell.revenuePerMember]),
  ]);
}

describe('acquisition cohorts', () => {
  let app: TestApp;
  let key: string;

  async function tenantWith(orders: OrderInput[], timeZone?: string): Promise<string> {
    const created = await app.tenantWithKey(SCOPES, 'cohorts', timeZone ? { timeZone } : {});
    const customers = [...new Set(orders.map((item) => item.customerExternalId as string))].map((externalId) => ({ externalId }));
    expect((await app.request(UpsertCustomersDocument, { input: [...customers, { externalId: 'P' }] }, created.key)).body.errors).toBeUndefined();
    if (orders.length > 0) expect((await app.request(RecordOrdersDocument, { input: orders }, created.key)).body.errors).toBeUndefined();
    return created.key;
  }

  async function cohorts(tenantKey: string, input: Record<string, unknown>) {
    const response = await app.post<{ cohorts: { window: { interval: string; timeZone: string }; maxOffset: number; cohorts: CohortRow[] } }>({ query: COHORTS, variables: { input } }, tenantKey);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.cohorts;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    key = await tenantWith(ORDERS);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('builds the monthly matrix of retention and revenue per member, leaving out offsets after asOf', async () => {
    const result = await cohorts(key, { from: '2025-12-01T00:00:00Z', asOf: AS_OF });
    expect(result.maxOffset).toBe(12);
    expect(result.window.interval).toBe('MONTH');
    expect(matrix(result.cohorts)).toEqual([
      // Dec: A, B. k0 (Dec) 100 + 40 = 140 → 70 each; k1 (Jan) A 50 → 1/2, 25; k2 (Feb) A 50 → 1/2, 25; k3 (Mar) A 80 + B 60 = 140 → 2/2, 70.
      // April starts at asOf: no k4.
      ['2025-12', 2, [[2, 1, 140, 70], [1, 0.5, 50, 25], [1, 0.5, 50, 25], [2, 1, 140, 70]]],
      // Jan: C, I (E's refunded January order makes no purchase). k0 30 + 30 + 10 = 70 → 35; k1 C 20 → 1/2, 10; k2 nobody → 0.
      ['2026-01', 2, [[2, 1, 70, 35], [1, 0.5, 20, 10], [0, 0, 0, 0]]],
      // Feb: D, H (E's zero-amount order makes no purchase). k0 100 (D's EUR order at its base amount) + 70 = 170 → 85; k1 D 50 → 1/2, 25.
      ['2026-02', 2, [[2, 1, 170, 85], [1, 0.5, 50, 25]]],
      // Mar: E alone. k0 25 → 25.
      ['2026-03', 1, [[1, 1, 25, 25]]],
    ]);
    const december = result.cohorts[0];
    expect(december.offsets.map((cell) => [cell.offset, cell.start, cell.complete, cell.n])).toEqual([
      [0, '2025-12-01T00:00:00.000Z', true, 2],
      [1, '2026-01-01T00:00:00.000Z', true, 2],
      [2, '2026-02-01T00:00:00.000Z', true, 2],
      [3, '2026-03-01T00:00:00.000Z', true, 2],
    ]);
  });

  it('follows cohorts only up to maxOffset', async () => {
    const result = await cohorts(key, { from: '2025-12-01T00:00:00Z', to: '2026-01-01T00:00:00Z', asOf: AS_OF, maxOffset: 1 });
    // Only the December cohort (to = Jan 1), offsets 0 and 1.
    expect(matrix(result.cohorts)).toEqual([['2025-12', 2, [[2, 1, 140, 70], [1, 0.5, 50, 25]]]]);
  });

  it('builds weekly cohorts from Monday, marking the running week incomplete and listing empty weeks', async () => {
    const weekly = await tenantWith([
      order('W1a', 'W1', '2026-03-02', '10'), // Monday 2 March: week of 2 March
      order('W2a', 'W2', '2026-03-08', '30'), // Sunday 8 March: still the week of 2 March
      order('W1b', 'W1', '2026-03-11', '20'), // week of 9 March: k = 1
      order('W1c', 'W1', '2026-03-25', '40'), // after asOf
    ]);
    const result = await cohorts(weekly, { from: '2026-03-02T00:00:00Z', asOf: '2026-03-20T00:00:00Z', interval: 'WEEK' });
    expect(matrix(result.cohorts)).toEqual([
      // Week of 2 March: W1, W2. k0: 10 + 30 = 40 → 20; k1: W1 20 → 1/2, 10; k2 (week of 16 March, running): nobody yet.
      ['2026-03', 2, [[2, 1, 40, 20], [1, 0.5, 20, 10], [0, 0, 0, 0]]],
      // Weeks of 9 and 16 March: nobody acquired: ratios undefined.
      ['2026-03', 0, [[0, null, 0, null], [0, null, 0, null]]],
      ['2026-03', 0, [[0, null, 0, null]]],
    ]);
    expect(result.cohorts.map((cohort) => cohort.start)).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z', '2026-03-16T00:00:00.000Z']);
    expect(result.cohorts[0].offsets.map((cell) => cell.complete)).toEqual([true, true, false]);
    expect(result.cohorts[1].offsets[0].reason).toMatch(/no customer was acquired/);
  });

  it('puts an order at 23:30 on 31 January in New York in the January cohort', async () => {
    const newYork = await tenantWith(
      // 23:30 EST on 31 Jan = 04:30 UTC on 1 Feb; 00:30 EST on 1 Feb = 05:30 UTC.
      [order('J1', 'J', '2026-02-01T04:30:00Z', '10'), order('K1', 'K', '2026-02-01T05:30:00Z', '20')],
      'America/New_York',
    );
    const result = await cohorts(newYork, { from: '2026-01-01T05:00:00Z', asOf: '2026-03-01T05:00:00Z' });
    expect(result.window.timeZone).toBe('America/New_York');
    expect(result.cohorts.map((cohort) => cohort.start)).toEqual(['2026-01-01T05:00:00.000Z', '2026-02-01T05:00:00.000Z']);
    // Jan: J, nothing in Feb (retention 0); Feb: K.
    expect(matrix(result.cohorts)).toEqual([
      ['2026-01', 1, [[1, 1, 10, 10], [0, 0, 0, 0]]],
      ['2026-02', 1, [[1, 1, 20, 20]]],
    ]);
  });

  it('answers empty cohorts with null ratios and a reason when there are no orders', async () => {
    const empty = await tenantWith([]);
    const result = await cohorts(empty, { from: '2026-01-01T00:00:00Z', asOf: AS_OF, maxOffset: 0 });
    expect(result.cohorts.map((cohort) => [cohort.size, cohort.offsets.map((cell) => [cell.retention, cell.revenuePerMember, cell.n, cell.reason])])).toEqual([
      [0, [[null, null, 0, 'no customer was acquired in this period']]],
      [0, [[null, null, 0, 'no customer was acquired in this period']]],
      [0, [[null, null, 0, 'no customer was acquired in this period']]],
    ]);
  });

  it('refuses a period other than MONTH or WEEK and a maxOffset outside 0..60, naming the field', async () => {
    for (const [input, field] of [
      [{ interval: 'DAY' }, 'input.interval'],
      [{ interval: 'QUARTER' }, 'input.interval'],
      [{ maxOffset: 61 }, 'input.maxOffset'],
      [{ maxOffset: -1 }, 'input.maxOffset'],
      [{ timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    ] as const) {
      const response = await app.post({ query: COHORTS, variables: { input } }, key);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0].extensions?.field).toBe(field);
    }
  });

  it('requires analytics:read', async () => {
    const { key: readOnly } = await app.tenantWithKey(['customers:read'], 'cohorts-noscope');
    expect(errorCodes(await app.post({ query: COHORTS, variables: { input: {} } }, readOnly))).toEqual(['FORBIDDEN']);
  });
});
