import { chromium, type Browser, type Page } from 'playwright-core';
import pg from 'pg';
import { CHROMIUM_PATH } from '../support/chromium.js';
import { goTo, openConsole, saveScreenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-world.js';

// The analytics dashboards of the web console: NPS with its margin of error and breakdowns, the
// RFM heat map and segment customers, growth, cohorts and feedback operations. Every figure
// checked here is worked out again in plain SQL over the seeded tables, never by the server's
// analytics code.
const TIME_ZONE = 'Europe/London'; // the console world's tenant zone

describe('web console: dashboards', () => {
  let world: ConsoleWorld;
  let browser: Browser;
  let database: pg.Client;
  /** A six-month range of whole days: the first of the month five months back to the day before asOf. */
  let range: { from: string; to: string };

  beforeAll(async () => {
    world = await startConsoleWorld();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-background-networking'] });
    database = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await database.connect();
    const asOf = world.asOf;
    range = {
      from: calendarDay(new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - 5, 1))),
      to: calendarDay(new Date(asOf.getTime() - 86_400_000)),
    };
  });

  afterAll(async () => {
    await database?.end();
    await browser?.close();
    await world?.app.stop();
  });

  /** Signs in and opens a dashboard with the test's range applied through the pickers. */
  async function openDashboard(route: string, viewport: 'laptop' | 'tablet' = 'laptop'): Promise<{ page: Page; errors: string[] }> {
    const opened = await openConsole(browser, world, viewport);
    await signIn(opened.page, world.demoKey);
    await goTo(opened.page, route);
    await applyRange(opened.page, range.from, range.to);
    return opened;
  }

  it('shows the NPS of the range as plain SQL computes it, its trend with n and low-sample flags, and changes the interval', async () => {
    const { page, errors } = await openDashboard('/dashboards/nps');
    await expect(page.getByRole('heading', { level: 1, name: 'Net Promoter Score' }).isVisible()).resolves.toBe(true);
    await expectChartDrawn(page, 'nps-trend-chart');

    // The window's NPS = 100 × (promoters − detractors) / n over the NPS answers received in it.
    const months = await npsByMonth(range.from, range.to);
    const n = months.reduce((sum, month) => sum + month.n, 0);
    const promoters = months.reduce((sum, month) => sum + month.promoters, 0);
    const detractors = months.reduce((sum, month) => sum + month.detractors, 0);
    expect(n).toBeGreaterThan(30);
    const expected = (100 * (promoters - detractors)) / n;
    expect(number(await page.getByTestId('nps-total').textContent())).toBeCloseTo(expected, 1);
    expect(number(await page.getByTestId('nps-n').textContent())).toBe(n);
    const p = promoters / n;
    const d = detractors / n;
    const margin = 100 * 1.96 * Math.sqrt((p + d - (p - d) ** 2) / n);
    expect(number(await page.getByTestId('nps-margin').textContent())).toBeCloseTo(margin, 1);

    // One row per month with its n; months under 30 answers are flagged, months without any
    // answer show no score (a gap), not a zero.
    const rows = page.getByTestId('nps-trend-table').locator('tbody tr');
    expect(await rows.count()).toBe(months.length);
    for (const [index, month] of months.entries()) {
      const cells = rows.nth(index).locator('td');
      expect([month.month, number(await cells.nth(0).textContent())]).toEqual([month.month, month.n]);
      const score = (await cells.nth(1).textContent()) ?? '';
      if (month.n === 0) expect(score).toMatch(/^—/);
      else expect(number(score)).toBeCloseTo((100 * (month.promoters - month.detractors)) / month.n, 1);
      expect([month.month, score.includes('low sample')]).toEqual([month.month, month.n > 0 && month.n < 30]);
    }
    await saveScreenshot(page, 'dashboards-nps');

    // A weekly interval: the range in weeks, kept in the address.
    await page.getByLabel('Interval').selectOption('WEEK');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('nps-trend-table').locator('tbody tr').nth(20).waitFor();
    expect(await page.getByTestId('nps-trend-table').locator('tbody th').first().textContent()).toMatch(/^Week of /);
    expect(page.url()).toContain('interval=WEEK');
    await expectChartDrawn(page, 'nps-trend-chart');
    await saveScreenshot(page, 'dashboards-nps-weekly');

    // The choice follows the analyst to the next dashboard, through the side navigation.
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'RFM', exact: true }).click();
    await page.getByTestId('rfm-customer-count').waitFor();
    expect(await page.getByLabel('From').inputValue()).toBe(range.from);
    expect(await page.getByLabel('To (inclusive)').inputValue()).toBe(range.to);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('breaks the NPS down by channel (n per channel as SQL counts it) and by RFM segment', async () => {
    const { page, errors } = await openDashboard('/dashboards/nps');
    await page.getByLabel('Breakdown').selectOption({ label: 'Channel' });
    const groups = page.getByTestId('nps-groups-table');
    await groups.waitFor();
    await expectChartDrawn(page, 'nps-groups-chart');
    await expectChartDrawn(page, 'nps-trend-chart');
    expect(page.url()).toContain('by=CHANNEL');

    const { rows: channels } = await database.query<{ channel: string | null; n: number; nps: number }>(
      `select channel, count(*)::int as n,
              100.0 * (count(*) filter (where score >= 9) - count(*) filter (where score <= 6)) / count(*) as nps
         from feedback
        where tenant_id = $1 and kind = 'NPS' and score is not null
          and received_at >= ($2::date)::timestamp at time zone $4
          and received_at < ($3::date + 1)::timestamp at time zone $4
        group by channel`,
      [world.tenantId, range.from, range.to, TIME_ZONE],
    );
    expect(channels.length).toBeGreaterThan(1);
    const shown = await tableRows(groups);
    expect(shown.length).toBe(channels.length);
    for (const channel of channels) {
      const row = shown.find((cells) => cells[0] === (channel.channel ?? 'Not recorded'));
      expect([channel.channel, row && number(row[1])]).toEqual([channel.channel, channel.n]);
      expect(number(row![2])).toBeCloseTo(Number(channel.nps), 1);
    }
    await saveScreenshot(page, 'dashboards-nps-by-channel');

    // By RFM segment: the segments' answers (and those of customers without a segment) add up to n.
    await page.getByLabel('Breakdown').selectOption({ label: 'RFM segment' });
    await groups.locator('caption', { hasText: 'RFM segment' }).waitFor();
    const segments = await tableRows(groups);
    expect(segments.map((cells) => cells[0])).toEqual(expect.arrayContaining(['Champions']));
    const total = number(await page.getByTestId('nps-n').textContent());
    expect(segments.reduce((sum, cells) => sum + number(cells[1]), 0)).toBe(total);
    expect(await page.getByTestId('nps-trend-table').locator('thead th').count()).toBe(segments.length + 1);
    await saveScreenshot(page, 'dashboards-nps-by-segment');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('shows the RFM heat map and segments over every buyer of the range, and lists the customers of a segment', async () => {
    const { page, errors } = await openDashboard('/dashboards/rfm');
    const count = page.getByTestId('rfm-customer-count');
    await count.waitFor();
    await expectChartDrawn(page, 'rfm-heatmap');
    await expectChartDrawn(page, 'rfm-segments-chart');

    // Buyers: customers with a completed order (amount > 0) in the range.
    const { rows } = await database.query<{ buyers: number }>(
      `select count(distinct customer_id)::int as buyers
         from "order"
        where tenant_id = $1 and status = 'COMPLETED' and amount > 0
          and placed_at >= ($2::date)::timestamp at time zone $4
          and placed_at < ($3::date + 1)::timestamp at time zone $4`,
      [world.tenantId, range.from, range.to, TIME_ZONE],
    );
    expect(rows[0]!.buyers).toBeGreaterThan(50);
    expect(number(await count.textContent())).toBe(rows[0]!.buyers);

    // The 25 cells of the grid table and the segments of the table both hold every buyer once.
    const gridCells = await page.getByTestId('rfm-grid-table').locator('tbody td').allTextContents();
    expect(gridCells).toHaveLength(25);
    expect(gridCells.reduce((sum, text) => sum + number(text), 0)).toBe(rows[0]!.buyers);
    const segments = await tableRows(page.getByTestId('rfm-segments-table'));
    expect(segments).toHaveLength(10);
    expect(segments.reduce((sum, cells) => sum + number(cells[1]), 0)).toBe(rows[0]!.buyers);
    await saveScreenshot(page, 'dashboards-rfm');

    // A segment chosen with the keyboard from the table lists its customers, with their names.
    const hibernating = segments.find((cells) => cells[0] === 'Hibernating')!;
    const button = page.getByRole('button', { name: 'Show the customers of Hibernating' });
    await button.focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('rfm-customers');
    await list.getByRole('heading', { name: 'Customers in Hibernating' }).waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('segment=HIBERNATING');
    const caption = page.getByTestId('rfm-customers-table').locator('caption');
    expect(await caption.textContent()).toBe(`Customers of Hibernating: 1–25 of ${hibernating[1]}`);
    const customers = await tableRows(page.getByTestId('rfm-customers-table'));
    expect(customers).toHaveLength(25);
    // Each listed buyer's F is their completed orders in the range, as plain SQL counts them.
    const frequencies = await ordersInRange(customers.slice(0, 5).map((cells) => cells[0]!));
    for (const cells of customers.slice(0, 5)) expect([cells[0], number(cells[4])]).toEqual([cells[0], frequencies.get(cells[0]!)]);
    const { rows: names } = await database.query<{ name: string }>('select name from customer where tenant_id = $1 and external_id = $2', [world.tenantId, customers[0]![0]]);
    await page.getByTestId('rfm-customers-table').getByRole('cell', { name: names[0]!.name }).first().waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByTestId('rfm-customers-table').locator('caption', { hasText: '26–50' }).waitFor();
    await saveScreenshot(page, 'dashboards-rfm-customers');

    // A click on the heat map's top-right cell (R = 5, F = 5) selects Champions.
    await page.getByTestId('rfm-heatmap').scrollIntoViewIfNeeded();
    const chart = (await page.getByTestId('rfm-heatmap').boundingBox())!;
    const cellWidth = (chart.width - 56 - 16) / 5;
    const cellHeight = (chart.height - 16 - 88) / 5;
    await page.mouse.click(chart.x + 56 + cellWidth * 4.5, chart.y + 16 + cellHeight * 0.5);
    await list.getByRole('heading', { name: 'Customers in Champions' }).waitFor();
    expect(page.url()).toContain('segment=CHAMPIONS');
    await page.getByRole('button', { name: 'Close the list' }).click();
    await list.waitFor({ state: 'detached' });
    await page.close();
    expect(errors).toEqual([]);
  });

  it('lists a segment by external id and scores for a key without customers:read', async () => {
    const analyticsKey = await world.app.keyFor(world.tenantId, ['analytics:read']);
    const { page, errors } = await openConsole(browser, world, 'tablet');
    await signIn(page, analyticsKey);
    await goTo(page, '/dashboards/rfm?segment=CHAMPIONS');
    const list = page.getByTestId('rfm-customers-table');
    await list.waitFor();
    expect(await page.getByText(/Names need the customers:read scope/).isVisible()).toBe(true);
    expect(await list.locator('thead th').allTextContents()).not.toContain('Name');
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(768);
    await saveScreenshot(page, 'dashboards-rfm-without-names-tablet');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('draws growth and retention, cohorts and feedback operations without errors', async () => {
    const { page, errors } = await openDashboard('/dashboards/growth');
    for (const chart of ['growth-base-chart', 'growth-rates-chart', 'growth-repeat-chart']) await expectChartDrawn(page, chart);
    expect(await page.getByTestId('growth-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    await saveScreenshot(page, 'dashboards-growth');

    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Cohorts' }).click();
    await expectChartDrawn(page, 'cohorts-heatmap');
    // The first cohort: customers whose first completed order falls in the range's first month.
    const { rows } = await database.query<{ size: number }>(
      `select count(*)::int as size from (
         select customer_id, min(placed_at) as acquired
           from "order" where tenant_id = $1 and status = 'COMPLETED' and amount > 0 group by customer_id) first_orders
        where acquired >= ($2::date)::timestamp at time zone $3
          and acquired < ($2::date + interval '1 month')::timestamp at time zone $3`,
      [world.tenantId, range.from, TIME_ZONE],
    );
    const cohorts = await tableRows(page.getByTestId('cohorts-table'));
    expect(number(cohorts[0]![1])).toBe(rows[0]!.size);
    expect(cohorts[0]![2]).toBe('100%');
    await page.getByLabel('Measure').selectOption('revenue');
    await page.getByRole('heading', { name: 'Revenue per member by cohort' }).waitFor();
    await expectChartDrawn(page, 'cohorts-heatmap');
    await saveScreenshot(page, 'dashboards-cohorts');

    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Feedback SLA' }).click();
    for (const chart of ['feedback-sla-chart', 'feedback-backlog-chart']) await expectChartDrawn(page, chart);
    await page.getByLabel('Breakdown').selectOption({ label: 'Feedback category' });
    await page.getByTestId('feedback-groups-table').waitFor();
    await expectChartDrawn(page, 'feedback-groups-chart');
    expect(await page.getByRole('alert').count()).toBe(0);
    await saveScreenshot(page, 'dashboards-feedback');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('refuses a start after the end itself, and shows the refusal the server gives for too many points', async () => {
    const { page, errors } = await openDashboard('/dashboards/growth');
    await page.getByLabel('From').fill(range.to);
    await page.getByLabel('To (inclusive)').fill(range.from);
    await page.getByRole('button', { name: 'Apply' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('The start date must not be after the end date.');
    expect(page.url()).toContain(`from=${range.from}`);

    // Daily points over 30 years: the API answers BAD_USER_INPUT naming input.interval.
    await page.getByLabel('From').fill('1996-01-01');
    await page.getByLabel('To (inclusive)').fill(range.to);
    await page.getByLabel('Interval').selectOption('DAY');
    await page.getByRole('button', { name: 'Apply' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'at most 1000' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('input.interval');
    await saveScreenshot(page, 'dashboards-server-error');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('follows a switch to Chinese on a dashboard, labels and charts included', async () => {
    const { page, errors } = await openDashboard('/dashboards/nps');
    await page.getByTestId('nps-trend-table').waitFor();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '净推荐值（NPS）' }).waitFor();
    expect(await page.getByRole('heading', { name: 'NPS 趋势' }).isVisible()).toBe(true);
    expect(await page.getByTestId('nps-trend-table').locator('caption').textContent()).toBe('各时间段的 NPS');
    expect(await page.getByLabel('细分维度').isVisible()).toBe(true);
    expect(await page.getByLabel('时间粒度').inputValue()).toBe('MONTH');
    expect(await page.getByTestId('nps-trend-chart').getAttribute('aria-label')).toMatch(/NPS 折线图/);
    const sections = page.getByRole('navigation', { name: '控制台栏目' });
    for (const name of ['增长与留存', '同期群', '反馈 SLA']) expect(await sections.getByRole('link', { name }).count()).toBe(1);
    await page.getByLabel('细分维度').selectOption({ label: 'RFM 分群' });
    await page.getByTestId('nps-groups-table').getByRole('rowheader', { name: '冠军客户' }).waitFor();
    await saveScreenshot(page, 'dashboards-nps-zh');
    await page.close();
    expect(errors).toEqual([]);
  });

  /** NPS answers per calendar month of the tenant's zone, empty months included. */
  async function npsByMonth(from: string, to: string): Promise<{ month: string; n: number; promoters: number; detractors: number }[]> {
    const { rows } = await database.query<{ month: string; n: number; promoters: number; detractors: number }>(
      `with months as (select generate_series($2::date, $3::date, interval '1 month')::date as month)
       select to_char(m.month, 'YYYY-MM') as month, count(f.id)::int as n,
              (count(f.id) filter (where f.score >= 9))::int as promoters,
              (count(f.id) filter (where f.score <= 6))::int as detractors
         from months m
         left join feedback f
           on f.tenant_id = $1 and f.kind = 'NPS' and f.score is not null
          and f.received_at >= greatest(m.month, $2::date)::timestamp at time zone $4
          and f.received_at < least(m.month + interval '1 month', $3::date + 1)::timestamp at time zone $4
        group by m.month order by m.month`,
      [world.tenantId, from, to, TIME_ZONE],
    );
    return rows;
  }

  /** Distinct completed orders (amount > 0) of each customer in the test's range. */
  async function ordersInRange(externalIds: string[]): Promise<Map<string, number>> {
    const { rows } = await database.query<{ external_id: string; orders: number }>(
      `select c.external_id, count(distinct o.id)::int as orders
         from customer c join "order" o on o.tenant_id = c.tenant_id and o.customer_id = c.id
        where c.tenant_id = $1 and c.external_id = any($2) and o.status = 'COMPLETED' and o.amount > 0
          and o.placed_at >= ($3::date)::timestamp at time zone $5
          and o.placed_at < ($4::date + 1)::timestamp at time zone $5
        group by c.external_id`,
      [world.tenantId, externalIds, range.from, range.to, TIME_ZONE],
    );
    return new Map(rows.map((row) => [row.external_id, row.orders]));
  }
});

async function applyRange(page: Page, from: string, to: string): Promise<void> {
  await page.getByLabel('From').fill(from);
  await page.getByLabel('To (inclusive)').fill(to);
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(([start, end]) => location.hash.includes(`from=${start}`) && location.hash.includes(`to=${end}`), [from, to]);
  // The figures are the range's once the page shows that range and no answer is on its way
  // (until then the previous range's figures stay on screen, marked busy).
  await page.waitForFunction(
    (range) => {
      const dom = document as unknown as { querySelector(selector: string): unknown };
      return dom.querySelector(`[data-testid="dashboard-applied-range"][data-range="${range}"]`) !== null && dom.querySelector('[aria-busy="true"]') === null;
    },
    `${from}/${to}`,
  );
}

/** The chart's canvas exists and ECharts painted on it (a fair number of pixels are not blank). */
async function expectChartDrawn(page: Page, testId: string): Promise<void> {
  const canvas = page.getByTestId(testId).locator('canvas').first();
  await canvas.waitFor();
  let painted = 0;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    painted = await canvas.evaluate((element) => {
      const pixels = element.getContext('2d').getImageData(0, 0, element.width, element.height).data as Uint8ClampedArray;
      let count = 0;
      for (let index = 3; index < pixels.length; index += 4 * 16) if (pixels[index]! > 0) count += 1;
      return count;
    });
    if (painted > 200) return;
  }
  expect([testId, painted]).toEqual([testId, 'more than 200 sampled pixels painted']);
}

/** The cells (header cell first) of every body row of a table, as text. */
async function tableRows(table: ReturnType<Page['getByTestId']>): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
}

/** The first number in a text as the console formats it in English ("1,234.5", "−3", "± 2.7"). */
function number(text: string | null): number {
  const match = /-?[\d,]+(\.\d+)?/.exec((text ?? '').replace(/\u2212/g, '-'));
  if (!match) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(match[0].replace(/,/g, ''));
}

function calendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
