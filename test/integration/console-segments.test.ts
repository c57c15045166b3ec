import { chromium, type Browser, type Page } from 'playwright-core';
import pg from 'pg';
import { CHROMIUM_PATH } from '../support/chromium.js';
import { goTo, openConsole, saveScreenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-world.js';

// The segment pages of the web console: building a segment in the form, previewing, saving, its
// page with members and changes, the list, the server's refusal of a bad value, and a read-only key.
// Every count asserted is worked out here in plain SQL over the seeded tenant, never by the
// server's segment code.

const REGIONS = ['North', 'East'];
const MIN_ORDERS = 2;
const TAG = 'tier.gold';

/**
 * Customers of the tenant in one of REGIONS, with at least MIN_ORDERS completed orders (status
 * COMPLETED and amount > 0, METRICS.md) placed by now, and who consent to email or hold TAG now.
 */
async function expectedMembers(client: pg.Client, tenantId: string, minOrders = MIN_ORDERS): Promise<number> {
  const { rows } = await client.query<{ count: string }>(
    `select count(*) as count
       from customer c
      where c.tenant_id = $1
        and c.region = any($2::text[])
        and (select count(*) from "order" o
              where o.tenant_id = c.tenant_id and o.customer_id = c.id
                and o.status = 'COMPLETED' and o.amount > 0 and o.placed_at <= now()) >= $3
        and (c.consent_email is true
             or exists (select 1 from customer_tag ct join tag t on t.tenant_id = ct.tenant_id and t.id = ct.tag_id
                         where ct.tenant_id = c.tenant_id and ct.customer_id = c.id and t.key = $4
                           and ct.assigned_at <= now() and (ct.expires_at is null or ct.expires_at > now())))`,
    [tenantId, REGIONS, minOrders, TAG],
  );
  return Number(rows[0].count);
}

async function savedSegmentCount(client: pg.Client, tenantId: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>('select count(*) as count from segment where tenant_id = $1', [tenantId]);
  return Number(rows[0].count);
}

function condition(page: Page, number: string) {
  return page.getByRole('group', { name: `Condition ${number}`, exact: true });
}

/** Fills the builder: Region is one of North, East AND Completed orders ≥ 2 AND (consent to email OR tag tier.gold). */
async function buildConditions(page: Page): Promise<void> {
  await goTo(page, '/segments/new');
  await page.getByRole('heading', { level: 1, name: 'New segment' }).waitFor();
  await condition(page, '1').getByLabel('Field').selectOption('REGION');
  await condition(page, '1').getByLabel('Operator').selectOption('IN');
  await condition(page, '1').getByLabel('Values').fill(REGIONS.join(', '));

  await page.getByRole('button', { name: 'Add condition', exact: true }).click();
  await condition(page, '2').getByLabel('Field').selectOption('ORDER_COUNT');
  await condition(page, '2').getByLabel('Operator').selectOption('GTE');
  await condition(page, '2').getByLabel('Value', { exact: true }).fill(String(MIN_ORDERS));

  // A nested OR group: its two conditions are 3.1 and 3.2.
  await page.getByRole('button', { name: 'Add group', exact: true }).click();
  await page.getByLabel('Match (Group 3)').selectOption('any');
  await condition(page, '3.1').getByLabel('Field').selectOption('CONSENT_EMAIL');
  await condition(page, '3.1').getByLabel('Value', { exact: true }).selectOption('true');
  await condition(page, '3.2').getByLabel('Field').selectOption('TAG');
  await condition(page, '3.2').getByLabel('Operator').selectOption('HAS');
  await condition(page, '3.2').getByLabel('Value', { exact: true }).fill(TAG);
}

async function previewedCount(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Preview count' }).click();
  const count = page.getByTestId('segment-preview-count');
  await count.waitFor();
  return Number(await count.getAttribute('data-count'));
}

describe('web console: segments', () => {
  let world: ConsoleWorld;
  let browser: Browser;
  let client: pg.Client;
  let expected: number;
  const savedName = 'Engaged North and East buyers';

  beforeAll(async () => {
    world = await startConsoleWorld();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-background-networking'] });
    client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    expected = await expectedMembers(client, world.tenantId);
  });

  afterAll(async () => {
    await client?.end();
    await browser?.close();
    await world?.app.stop();
  });

  it('builds a segment from conditions in a form and previews the count plain SQL gives', async () => {
    // A count of 0 or of everyone would not show that the conditions were applied.
    const { rows } = await client.query<{ count: string }>('select count(*) as count from customer where tenant_id = $1', [world.tenantId]);
    expect(expected).toBeGreaterThan(10);
    expect(expected).toBeLessThan(Number(rows[0].count) / 2);

    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await buildConditions(page);
    expect(await previewedCount(page)).toBe(expected);
    expect(await page.getByTestId('segment-preview-count').textContent()).toBe(`${expected.toLocaleString('en')} customers match`);
    // The sample: the first ten members by external id, each in one of the regions.
    const sample = page.getByRole('table', { name: 'First matching customers, by external id' });
    expect(await sample.locator('tbody tr').count()).toBe(Math.min(10, expected));
    for (const region of await sample.locator('tbody tr td:nth-child(3)').allTextContents()) expect(REGIONS).toContain(region);

    // A change after the preview marks the count as stale until previewed again.
    await condition(page, '2').getByLabel('Value', { exact: true }).fill('3');
    await page.getByText('The conditions changed since this count').waitFor();
    await condition(page, '2').getByLabel('Value', { exact: true }).fill(String(MIN_ORDERS));
    expect(await page.getByText('The conditions changed since this count').count()).toBe(0);

    await saveScreenshot(page, 'segments-builder-preview');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('saves the segment and shows its page with its definition, members and changes', async () => {
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await buildConditions(page);
    await page.getByLabel('Name', { exact: true }).fill(savedName);
    await page.getByLabel('Refresh every (minutes)').fill('60');
    await page.getByRole('button', { name: 'Save segment' }).click();

    await page.getByRole('heading', { level: 1, name: savedName }).waitFor();
    expect(page.url()).toMatch(/#\/segments\/[0-9a-f-]{36}/);
    expect(Number(await page.getByTestId('segment-member-count').getAttribute('data-count'))).toBe(expected);
    await page.getByText(`Segment saved: ${expected.toLocaleString('en')} members.`).waitFor();

    const definition = page.getByRole('region', { name: 'Definition' });
    await definition.getByText('Region is one of North, East').waitFor();
    await definition.getByText(`Completed orders is at least ${MIN_ORDERS}`).waitFor();
    await definition.getByText(`Tag has ${TAG}`).waitFor();

    // Members: the first page of 25 by external id, and the total.
    const members = page.getByRole('table', { name: /Current members by external id/ });
    await members.locator('tbody tr').first().waitFor();
    expect(await members.locator('tbody tr').count()).toBe(Math.min(25, expected));
    expect(await page.getByTestId('segment-members-range').textContent()).toBe(`1–${Math.min(25, expected)} of ${expected.toLocaleString('en')}`);
    const firstPage = await members.locator('tbody tr td:first-child').allTextContents();
    expect(firstPage).toEqual([...firstPage].sort());
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByTestId('segment-members-range').getByText(`26–`).waitFor();
    expect(await members.locator('tbody tr td:first-child').first().textContent()).not.toBe(firstPage[0]);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByTestId('segment-members-range').getByText('1–').waitFor();

    // Changes: the creation entered every member.
    const refreshes = page.getByTestId('segment-refreshes');
    await refreshes.locator('tbody tr').first().waitFor();
    expect(await refreshes.locator('tbody tr td').allTextContents()).toEqual([expect.any(String), '1', expected.toLocaleString('en'), '0']);

    // Nothing changed in the data, so a refresh moves nobody.
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.getByText(`Refreshed: 0 joined, 0 left; ${expected.toLocaleString('en')} members now`).waitFor();

    await saveScreenshot(page, 'segments-detail');
    // The same page in Chinese follows the language switch at once.
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByRole('heading', { level: 2, name: '成员' }).waitFor();
    await page.getByRole('button', { name: '立即刷新' }).waitFor();
    await saveScreenshot(page, 'segments-detail-zh');
    await page.getByTestId('language-select').selectOption('en');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('lists the saved segment with its member count', async () => {
    expect(await savedSegmentCount(client, world.tenantId)).toBe(1);
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await goTo(page, '/segments');
    const row = page.getByRole('row', { name: new RegExp(savedName) });
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe(expected.toLocaleString('en'));
    expect(await row.getByText('60 min').count()).toBe(1);
    await page.getByRole('link', { name: 'New segment' }).first().waitFor();
    await saveScreenshot(page, 'segments-list');

    await row.getByRole('link', { name: savedName }).click();
    await page.getByRole('heading', { level: 1, name: savedName }).waitFor();
    await page.close();
    expect(errors).toEqual([]);
  });

  it('shows the server’s message naming the field of a bad value, next to its condition, and saves nothing', async () => {
    const before = await savedSegmentCount(client, world.tenantId);
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await goTo(page, '/segments/new');
    await condition(page, '1').getByLabel('Field').selectOption('REGION');
    await condition(page, '1').getByLabel('Value', { exact: true }).fill('North');
    await page.getByRole('button', { name: 'Add condition', exact: true }).click();
    await condition(page, '2').getByLabel('Field').selectOption('NPS_SCORE');
    await condition(page, '2').getByLabel('Operator').selectOption('GTE');
    await condition(page, '2').getByLabel('Value', { exact: true }).fill('11');
    await page.getByLabel('Name', { exact: true }).fill('Should not be saved');

    await page.getByRole('button', { name: 'Save segment' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = await alert.textContent();
    expect(message).toContain('input.definition.all[1].condition.value: must be a whole number from 0 to 10');
    expect(message).toContain('Field: input.definition.all[1].condition.value');
    // The refused input is marked, and its condition says why.
    expect(await condition(page, '2').getByLabel('Value', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await condition(page, '2').getByText('The server refused this condition (value): must be a whole number from 0 to 10').waitFor();
    expect(await condition(page, '1').getByLabel('Value', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    expect(page.url()).toContain('#/segments/new');
    await saveScreenshot(page, 'segments-bad-value');

    // The preview refuses it the same way.
    await page.getByRole('button', { name: 'Preview count' }).click();
    await page.getByRole('alert').getByText('must be a whole number from 0 to 10').waitFor();
    expect(await page.getByTestId('segment-preview-count').count()).toBe(0);

    expect(await savedSegmentCount(client, world.tenantId)).toBe(before);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('gives a key with segments:read only the segments without save, refresh or edit buttons', async () => {
    const readOnlyKey = await world.app.keyFor(world.tenantId, ['segments:read']);
    const { page, errors } = await openConsole(browser, world, 'tablet');
    await signIn(page, readOnlyKey);
    const sections = page.getByRole('navigation', { name: 'Console sections' });
    expect(await sections.getByRole('link', { name: 'Segments', exact: true }).count()).toBe(1);
    expect(await sections.getByRole('link', { name: 'New segment' }).count()).toBe(0);

    await goTo(page, '/segments');
    const row = page.getByRole('row', { name: new RegExp(savedName) });
    await row.waitFor();
    expect(await page.getByRole('link', { name: 'New segment' }).count()).toBe(0);

    await row.getByRole('link', { name: savedName }).click();
    await page.getByRole('heading', { level: 1, name: savedName }).waitFor();
    expect(Number(await page.getByTestId('segment-member-count').getAttribute('data-count'))).toBe(expected);
    // Members by external id only: profile fields need customers:read.
    const members = page.getByRole('table', { name: /Current members by external id/ });
    await members.locator('tbody tr').first().waitFor();
    expect(await members.getByRole('columnheader').allTextContents()).toEqual(['External id', 'Member since']);
    for (const name of ['Refresh now', 'Delete', 'Save segment']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await saveScreenshot(page, 'segments-read-only');

    // Not even by address: the builder is not rendered.
    await goTo(page, '/segments/new');
    await page.getByTestId('not-allowed').waitFor();
    expect(await page.getByRole('button', { name: 'Save segment' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Preview count' }).count()).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('edits the saved segment in the same form: a new version with the members plain SQL gives', async () => {
    const expectedAfter = await expectedMembers(client, world.tenantId, MIN_ORDERS + 1);
    expect(expectedAfter).toBeLessThan(expected);
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await goTo(page, '/segments');
    await page.getByRole('link', { name: savedName }).click();
    await page.getByRole('link', { name: 'Edit' }).click();

    // The stored definition comes back as the rows and the group it was built from.
    await page.getByRole('heading', { level: 1, name: `Edit “${savedName}”` }).waitFor();
    expect(await condition(page, '1').getByLabel('Values').inputValue()).toBe(REGIONS.join(', '));
    expect(await page.getByLabel('Match (Group 3)').inputValue()).toBe('any');
    expect(await condition(page, '3.2').getByLabel('Value', { exact: true }).inputValue()).toBe(TAG);
    expect(await page.getByLabel('Refresh every (minutes)').inputValue()).toBe('60');

    await condition(page, '2').getByLabel('Value', { exact: true }).fill(String(MIN_ORDERS + 1));
    expect(await previewedCount(page)).toBe(expectedAfter);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: savedName }).waitFor();
    expect(Number(await page.getByTestId('segment-member-count').getAttribute('data-count'))).toBe(expectedAfter);
    await page.getByRole('region', { name: 'Definition' }).getByText(`Completed orders is at least ${MIN_ORDERS + 1}`).waitFor();
    // The update's refresh let the members with exactly MIN_ORDERS orders go.
    const refreshes = page.getByTestId('segment-refreshes');
    await refreshes.getByRole('cell', { name: '2', exact: true }).first().waitFor();
    expect(await refreshes.locator('tbody tr').first().locator('td').allTextContents()).toEqual([expect.any(String), '2', '0', (expected - expectedAfter).toLocaleString('en')]);
    await saveScreenshot(page, 'segments-edited');
    await page.close();
    expect(errors).toEqual([]);
  });
});
