// The analytics benchmark tenant: 100,000 customers, 1,000,000 orders, 200,000 feedback rows,
// 300,000 touchpoints on a five-stage journey and 150,000 tag assignments, generated inside
// PostgreSQL with a fixed random seed, over the two years before `dataEnd`. Built once and
// reused; `tenant.settings.bench` records what it holds.

export const BENCH_TENANT = 'bench-analytics';
export const SIZES = { customers: 100_000, orders: 1_000_000, feedback: 200_000, touchpoints: 300_000 };

/** Creates the tenant when missing; returns its id and the instant the data ends. */
export async function ensureBenchTenant(client, log) {
  const existing = await client.query(`select id, settings->'bench' as bench from tenant where slug = $1`, [BENCH_TENANT]);
  if (existing.rows[0]?.bench?.complete) return { tenantId: existing.rows[0].id, dataEnd: new Date(existing.rows[0].bench.dataEnd) };
  if (existing.rows[0]) await client.query(`delete from tenant where id = $1`, [existing.rows[0].id]);
  const dataEnd = new Date();
  dataEnd.setUTCHours(0, 0, 0, 0);
  const started = Date.now();
  await client.query('begin');
  const {
    rows: [tenant],
  } = await client.query(`insert into tenant (slug, name, time_zone, base_currency) values ($1, 'Analytics benchmark', 'Europe/London', 'USD') returning id`, [BENCH_TENANT]);
  const tenantId = tenant.id;
  await client.query(`select set_config('app.tenant_id', $1, true), setseed(0.42)`, [tenantId]);
  const end = dataEnd.toISOString();
  log(`generating ${SIZES.customers} customers…`);
  await client.query(
    `insert into customer (tenant_id, external_id, name, email, phone, job_title, region, size_band, wallet_estimate, attributes, created_at, updated_at)
     select $1, 'B' || lpad(i::text, 6, '0'), 'Customer ' || i, 'customer' || i || '@example.com',
            case when random() < 0.6 then '+44 20 7946 ' || lpad((i % 10000)::text, 4, '0') end,
            (array['Chief Executive Officer', 'VP of Sales', 'Marketing Manager', 'Analyst', 'Engineer', null])[1 + floor(random() * 6)::int],
            (array['North', 'South', 'East', 'West', 'Central', 'Online', 'Export', 'Islands'])[1 + floor(random() * 8)::int],
            (array['SMALL', 'MEDIUM', 'LARGE'])[1 + floor(random() * 3)::int],
            case when random() < 0.7 then round((200 + random() * 5000)::numeric, 2) end,
            jsonb_build_object('decisionRole', (array['DECISION_MAKER', 'INFLUENCER', 'USER'])[1 + floor(random() * 3)::int], 'statedNeed', random() < 0.35),
            $2::timestamptz - interval '900 days' * random(), now()
       from generate_series(1, $3::int) i`,
    [tenantId, end, SIZES.customers],
  );
  log(`generating ${SIZES.orders} orders…`);
  // Skewed: low customer numbers buy far more often (a few heavy buyers, a long tail).
  await client.query(
    `insert into "order" (tenant_id, external_id, customer_id, placed_at, amount, currency, original_amount, channel, status, item_count)
     select $1, 'O' || g.i, c.id, $2::timestamptz - interval '730 days' * power(g.r_time, 1.3),
            g.amount, case when g.r_currency < 0.1 then 'EUR' else 'USD' end,
            case when g.r_currency < 0.1 then round(g.amount * 0.92, 2) else g.amount end,
            (array['web', 'app', 'store', 'marketplace'])[1 + floor(g.r_channel * 4)::int],
            case when g.r_status < 0.94 then 'COMPLETED' when g.r_status < 0.97 then 'CANCELLED' else 'REFUNDED' end,
            1 + floor(g.r_status * 7)::int
       from (select i, 1 + floor($4::int * power(random(), 1.8))::int as k, random() as r_time, round(exp(3 + random() * 2.5)::numeric, 2) as amount,
                    random() as r_currency, random() as r_channel, random() as r_status
               from generate_series(1, $3::int) i) g
       join customer c on c.tenant_id = $1 and c.external_id = 'B' || lpad(g.k::text, 6, '0')`,
    [tenantId, end, SIZES.orders, SIZES.customers],
  );
  log('generating a journey and its touchpoints…');
  const {
    rows: [journey],
  } = await client.query(`insert into journey (tenant_id, key, name) values ($1, 'online-purchase', 'Online purchase') returning id`, [tenantId]);
  await client.query(
    `insert into journey_stage (tenant_id, journey_id, key, name, position)
     select $1, $2, s.key, initcap(s.key), s.position - 1
       from unnest(array['awareness', 'consideration', 'purchase', 'use', 'advocacy']) with ordinality as s(key, position)`,
    [tenantId, journey.id],
  );
  await client.query(
    `insert into touchpoint (tenant_id, customer_id, journey_id, stage_id, occurred_at, channel, action, emotion)
     select $1, c.id, $2, s.id, $3::timestamptz - interval '730 days' * g.r_time,
            (array['web', 'email', 'app', 'store', 'social'])[1 + floor(g.r_channel * 5)::int],
            (array['site_visit', 'email_opened', 'email_clicked', 'content_downloaded', 'email_forwarded', 'product_used', 'review_written'])[1 + floor(g.r_action * 7)::int],
            greatest(-2, least(2, round((2 - g.position) * 0.3 + (random() - 0.5) * 3)))::smallint
       from (select i, 1 + floor($5::int * random())::int as k, random() as r_time, random() as r_channel, random() as r_action,
                    floor(power(random(), 1.5) * 5)::int as position
               from generate_series(1, $4::int) i) g
       join customer c on c.tenant_id = $1 and c.external_id = 'B' || lpad(g.k::text, 6, '0')
       join journey_stage s on s.tenant_id = $1 and s.journey_id = $2 and s.position = g.position`,
    [tenantId, journey.id, end, SIZES.touchpoints, SIZES.customers],
  );
  log(`generating ${SIZES.feedback} feedback rows…`);
  await client.query(
    `insert into feedback (tenant_id, external_id, customer_id, kind, score, channel, category, stage_id, received_at, first_response_at, resolved_at, status, follow_up_result)
     select $1, 'F' || g.i, c.id, g.kind, g.score,
            (array['email', 'sms', 'app', 'web', 'phone'])[1 + floor(g.r_channel * 5)::int],
            (array['delivery', 'product', 'billing', 'support', 'website'])[1 + floor(g.r_category * 5)::int],
            s.id, g.received_at,
            case when g.is_case and g.r_response < 0.85 then g.received_at + interval '1 hour' * (-ln(1 - random()) * 20) end,
            case when g.is_case and g.r_response < 0.6 then g.received_at + interval '1 hour' * (48 + random() * 200) end,
            case when not g.is_case then 'CLOSED' when g.r_response < 0.6 then 'RESOLVED' when g.r_response < 0.85 then 'RESPONDED' else 'OPEN' end,
            case when g.is_case and g.r_response < 0.6 then (array['SATISFIED', 'NOT_SATISFIED', 'NO_REPLY'])[1 + floor(random() * 3)::int] end
       from (select k.*, $3::timestamptz - interval '730 days' * random() as received_at, random() as r_channel, random() as r_category, random() as r_response,
                    k.kind in ('COMPLAINT', 'SUGGESTION') or (k.kind = 'NPS' and k.score <= 6) or (k.kind = 'CSAT' and k.score <= 2) as is_case
               from (select i, 1 + floor($5::int * random())::int as k, floor(random() * 5)::int as stage_position, r.kind,
                            case r.kind when 'NPS' then least(10, floor(11 * power(random(), 0.55)))::smallint
                                        when 'CSAT' then least(5, 1 + floor(5 * power(random(), 0.6)))::smallint
                                        when 'CES' then least(7, 1 + floor(7 * power(random(), 0.7)))::smallint end as score
                       from generate_series(1, $4::int) i,
                            lateral (select case when random() < 0.5 then 'NPS' when random() < 0.5 then 'CSAT' when random() < 0.4 then 'CES'
                                                 when random() < 0.7 then 'COMPLAINT' else 'SUGGESTION' end as kind
                                      where i is not null) r) k) g
       join customer c on c.tenant_id = $1 and c.external_id = 'B' || lpad(g.k::text, 6, '0')
       left join journey_stage s on s.tenant_id = $1 and s.journey_id = $2 and s.position = g.stage_position and g.kind in ('NPS', 'CSAT')`,
    [tenantId, journey.id, end, SIZES.feedback, SIZES.customers],
  );
  log('generating tags…');
  await client.query(
    `insert into tag (tenant_id, key, label, category)
     values ($1, 'vip', 'VIP', 'TIER'), ($1, 'newsletter', 'Newsletter', 'BEHAVIOR'), ($1, 'churn-risk', 'Churn risk', 'PREDICTIVE'), ($1, 'big-spender', 'Big spender', 'SPENDING')`,
    [tenantId],
  );
  await client.query(
    `insert into customer_tag (tenant_id, customer_id, tag_id, source)
     select $1, c.id, t.id, 'RULE'
       from customer c join tag t on t.tenant_id = $1
      where c.tenant_id = $1 and abs(hashtext(c.external_id || t.key)) % 100 < case t.key when 'vip' then 5 when 'newsletter' then 80 when 'churn-risk' then 20 else 45 end`,
    [tenantId],
  );
  await client.query(`update tenant set settings = jsonb_build_object('bench', jsonb_build_object('complete', true, 'dataEnd', $2::text)) where id = $1`, [tenantId, end]);
  await client.query('commit');
  // VACUUM sets the visibility map, so metrics can read the covering indexes without the table.
  await client.query('vacuum analyze customer, customer_tag, tag, "order", journey_stage, touchpoint, feedback');
  log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { tenantId, dataEnd };
}
