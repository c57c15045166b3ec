import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { plainRows } from '../../src/db/plain-rows.js';
import { SqlRunner } from '../../src/db/sql-runner.js';
import { inTenantTransaction } from '../../src/db/tenancy.js';
import { ApiKey } from '../../src/modules/auth/api-key.entity.js';
import { ApiKeyService } from '../../src/modules/auth/api-key.service.js';
import { Customer } from '../../src/modules/customer/customer.entity.js';
import { Feedback } from '../../src/modules/feedback/feedback.entity.js';
import { ImportRun } from '../../src/modules/import/import-run.entity.js';
import { Journey } from '../../src/modules/journey/journey.entity.js';
import { Touchpoint } from '../../src/modules/journey/touchpoint.entity.js';
import { Order } from '../../src/modules/order/order.entity.js';
import { Segment } from '../../src/modules/segment/segment.entity.js';
import { Tag } from '../../src/modules/tag/tag.entity.js';
import { Tenant } from '../../src/modules/tenant/tenant.entity.js';
import { TenantService } from '../../src/modules/tenant/tenant.service.js';

/**
 * Pages of lists read rows as plain objects (plainRows) instead of managed entities (em.map).
 * For every entity a list page reads, a row with every column set and one with every optional
 * column null must come out with the same properties and values either way: dates as Date,
 * decimals as text, arrays and JSON as parsed values, nulls as null.
 */
describe('plain rows of list pages', () => {
  let orm: Orm;
  let tenantId: string;

  beforeAll(async () => {
    orm = await openOrm({ databaseUrl: process.env.TEST_DATABASE_URL as string, poolSize: 2 });
    tenantId = (await new TenantService(orm.em.fork()).create({ slug: `plain-${Math.random().toString(36).slice(2, 10)}`, name: 'Plain rows' })).id;
    await inTenant(async (sql) => {
      await sql.rows(
        `insert into customer (tenant_id, external_id, name, email, phone, company, job_title, region, industry, size_band, source_systems,
                               consent_email, consent_sms, wallet_estimate, first_seen_at, attributes)
         values (?, 'FULL', 'Full Name', 'full@example.com', '+1 555', 'Acme', 'VP', 'EU', 'Retail', 'LARGE', '{web,pos}',
                 true, false, 1234.50, '2026-01-02T03:04:05.678Z', '{"tier": "gold", "points": [1, 2]}'),
                (?, 'EMPTY', null, null, null, null, null, null, null, null, '{}', null, null, null, null, '{}')`,
        [tenantId, tenantId],
      );
      await sql.rows(
        `insert into "order" (tenant_id, external_id, customer_id, placed_at, amount, currency, original_amount, channel, status, item_count)
         select ?, 'O-' || external_id, id, '2026-03-04T05:06:07.089Z', 99.95, 'EUR', case external_id when 'FULL' then 120.10 end,
                case external_id when 'FULL' then 'web' end, 'REFUNDED', case external_id when 'FULL' then 3 end
           from customer`,
        [tenantId],
      );
      await sql.rows(
        `insert into journey (tenant_id, key, name, persona, scenario) values (?, 'buy', 'Buying', 'Shopper', 'Online'), (?, 'return', 'Returning', null, null)`,
        [tenantId, tenantId],
      );
      await sql.rows(`insert into journey_stage (tenant_id, journey_id, key, name, position) select ?, id, 'pay', 'Pay', 0 from journey where key = 'buy'`, [tenantId]);
      await sql.rows(
        `insert into touchpoint (tenant_id, customer_id, journey_id, stage_id, occurred_at, channel, action, thought, emotion, gains, pains)
         select ?, c.id, j.id, s.id, '2026-03-05T00:00:00Z', 'app', 'pay', 'ok', -2, 'fast', 'fees'
           from customer c, journey j join journey_stage s on s.journey_id = j.id where c.external_id = 'FULL'`,
        [tenantId],
      );
      await sql.rows(
        `insert into touchpoint (tenant_id, customer_id, occurred_at, action) select ?, id, '2026-03-06T00:00:00Z', 'browse' from customer where external_id = 'EMPTY'`,
        [tenantId],
      );
      await sql.rows(
        `insert into feedback (tenant_id, external_id, customer_id, kind, score, comment, channel, category, stage_id, touchpoint_id, received_at,
                               first_response_at, resolved_at, status, follow_up_result, sentiment)
         select ?, 'F1', c.id, 'NPS', 9, 'great', 'email', 'delivery', s.id, t.id, '2026-03-07T00:00:00Z', '2026-03-07T01:00:00Z', '2026-03-08T00:00:00Z',
                'CLOSED', 'SATISFIED', -0.125
           from customer c join touchpoint t on t.customer_id = c.id, journey_stage s where c.external_id = 'FULL'`,
        [tenantId],
      );
      await sql.rows(`insert into feedback (tenant_id, kind, received_at) values (?, 'COMPLAINT', '2026-03-09T00:00:00Z')`, [tenantId]);
      await sql.rows(`insert into tag (tenant_id, key, label, category, description) values (?, 'vip', 'VIP', 'TIER', 'Top'), (?, 'new', 'New', 'BEHAVIOR', null)`, [
        tenantId,
        tenantId,
      ]);
      await sql.rows(
        `insert into segment (tenant_id, name, description, definition, member_count, last_sequence, last_refreshed_at, last_refresh_ms, last_refresh_error)
         values (?, 'Full', 'All set', '{"all": [{"field": "region", "op": "eq", "value": "EU"}]}', 12, 9007199254740993, '2026-03-10T00:00:00Z', 42, 'boom'),
                (?, 'Empty', null, '{"all": []}', 0, 0, null, null, null)`,
        [tenantId, tenantId],
      );
      await sql.rows(
        `insert into import_run (tenant_id, entity, source, file_name, format, preset, dry_run, status, read, inserted, updated, unchanged, rejected, error, finished_at)
         values (?, 'orders', 'CLI', 'o.csv', 'csv', 'online-retail', true, 'FAILED', 10, 5, 2, 1, 2, 'bad file', '2026-03-11T00:00:00Z'),
                (?, 'customers', 'HTTP', null, 'ndjson', null, false, 'RUNNING', 0, 0, 0, 0, 0, null, null)`,
        [tenantId, tenantId],
      );
    });
  });

  afterAll(async () => {
    await orm.close();
  });

  async function inTenant<T>(work: (sql: SqlRunner, em: EntityManager) => Promise<T>): Promise<T> {
    const em = orm.em.fork();
    const sql = new SqlRunner(em, { count: 0 });
    return inTenantTransaction(em, sql, tenantId, () => work(sql, em));
  }

  /** The entity's persisted properties of a managed entity, as plain data. */
  function propertiesOf(em: EntityManager, entity: new () => object, value: object): Record<string, unknown> {
    const meta = em.getMetadata().get(entity.name);
    return Object.fromEntries(
      Object.values(meta.properties)
        .filter((property) => property.kind === 'scalar')
        .map((property) => [property.name, (value as Record<string, unknown>)[property.name]]),
    );
  }

  const LISTED: [string, new () => object, string][] = [
    ['customer', Customer, 'external_id'],
    ['"order"', Order, 'external_id'],
    ['feedback', Feedback, 'received_at'],
    ['touchpoint', Touchpoint, 'occurred_at'],
    ['journey', Journey, 'key'],
    ['tag', Tag, 'key'],
    ['segment', Segment, 'name'],
    ['import_run', ImportRun, 'entity'],
  ];

  it.each(LISTED)('reads %s rows with the same values as managed entities', async (table, entity, orderColumn) => {
    await inTenant(async (sql, em) => {
      const rows = await sql.rows<Record<string, unknown>>(`select * from ${table} where tenant_id = ? order by ${orderColumn}`, [tenantId]);
      expect(rows).toHaveLength(2);
      const plain = plainRows(em, entity, rows);
      const managed = rows.map((row) => propertiesOf(em, entity, em.map(entity, { ...row })));
      expect(plain.map((value) => propertiesOf(em, entity, value))).toEqual(managed);
      // Plain data only: no identity map entry, no tracked state.
      expect(Object.getPrototypeOf(plain[0])).toBe(Object.prototype);
    });
  });

  it('keeps the values a reader relies on', async () => {
    await inTenant(async (sql, em) => {
      const [full, empty] = plainRows(em, Customer, await sql.rows(`select * from customer where tenant_id = ? order by external_id desc`, [tenantId]));
      expect(full.firstSeenAt).toEqual(new Date('2026-01-02T03:04:05.678Z'));
      expect(full.walletEstimate).toBe('1234.50');
      expect(full.sourceSystems).toEqual(['web', 'pos']);
      expect(full.attributes).toEqual({ tier: 'gold', points: [1, 2] });
      expect(full.consentSms).toBe(false);
      expect(empty.firstSeenAt).toBeNull();
      expect(empty.walletEstimate).toBeNull();
      const [segment] = plainRows(em, Segment, await sql.rows(`select * from segment where tenant_id = ? and name = 'Full'`, [tenantId]));
      expect(segment.definition).toEqual({ all: [{ field: 'region', op: 'eq', value: 'EU' }] });
      expect(segment.lastRefreshedAt).toEqual(new Date('2026-03-10T00:00:00Z'));
    });
  });

  it('gives every property of a row that read only some columns, null where not read', async () => {
    await inTenant(async (sql, em) => {
      const [order] = plainRows(em, Order, await sql.rows(`select external_id, placed_at from "order" where tenant_id = ? and external_id = 'O-FULL'`, [tenantId]));
      expect(order.externalId).toBe('O-FULL');
      expect(order.placedAt).toEqual(new Date('2026-03-04T05:06:07.089Z'));
      // Read in the test table above, but not by this statement.
      expect(order.amount).toBeNull();
      expect(order.channel).toBeNull();
      expect(Object.keys(order)).toEqual(Object.keys(plainRows(em, Order, await sql.rows(`select * from "order" where tenant_id = ? limit 1`, [tenantId]))[0]));
    });
  });

  it('authenticates with the key and tenant as the ORM would load them', async () => {
    const service = new ApiKeyService(orm.em.fork());
    const created = await service.create(tenantId, 'plain', ['customers:read', 'analytics:read'], '', { segmentIds: null, memberFields: ['email', 'region'] }, {
      expiresAt: new Date('2030-01-02T03:04:05.678Z'),
      costPerMinute: 1234,
    });
    await orm.em.fork().getConnection().execute(`update tenant set settings = '{"analytics": {"churnWindowDays": 120}}', time_zone = 'Asia/Shanghai' where id = ?`, [tenantId]);
    // Loaded before authenticating: the first use of a key records when it was used.
    const em = orm.em.fork();
    const [apiKey, tenant] = [await em.findOneOrFail(ApiKey, { id: created.apiKey.id }), await em.findOneOrFail(Tenant, { id: tenantId })];
    const auth = await new ApiKeyService(orm.em.fork()).authenticate(`Bearer ${created.key}`);
    expect(propertiesOf(em, ApiKey, auth.apiKey)).toEqual(propertiesOf(em, ApiKey, apiKey));
    expect(propertiesOf(em, Tenant, auth.tenant)).toEqual(propertiesOf(em, Tenant, tenant));
    expect(auth.apiKey.expiresAt).toEqual(new Date('2030-01-02T03:04:05.678Z'));
    expect(auth.apiKey.memberFields).toEqual(['email', 'region']);
    expect(auth.tenant.settings).toEqual({ analytics: { churnWindowDays: 120 } });
    expect(auth.tenant.timeZone).toBe('Asia/Shanghai');
    expect(auth.scopes).toEqual(['customers:read', 'analytics:read']);
  });
});
