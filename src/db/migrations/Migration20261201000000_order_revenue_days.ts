import { Migration } from '@mikro-orm/migrations';
import { ADVISORY_LOCK } from '../advisory-locks.js';
import { APP_ROLE } from '../app-role.js';

/**
 * Completed orders summed per local day, channel and customer region, for the revenue series
 * (revenue-days.query.ts): a year by month and region then reads about 15,000 day rows instead
 * of joining 550,000 orders to their customers.
 *
 * A base is one time zone's days of a tenant: every local day before `through_day` has its rows
 * (days without completed orders have none). A series adds the orders of the part of its window
 * the base's whole days do not cover (the partial first and last days, and everything from
 * through_day on), read from the orders in the same statement.
 *
 * Triggers keep every base true by adding what a statement changed: each completed order it
 * inserted counts +1 on its day, channel and customer region, each it deleted -1, an update
 * both; a customer changing region moves their orders' counts from the old region to the new.
 * A statement that changes more orders than that is worth (an import) drops the tenant's bases
 * instead, and the next request builds them again.
 */
export class Migration20261201000000_order_revenue_days extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table order_revenue_days_base (
  tenant_id uuid not null references tenant (id) on delete cascade,
  time_zone text not null,
  through_day date not null,
  built_at timestamptz not null default now(),
  primary key (tenant_id, time_zone)
);
create table order_revenue_days (
  tenant_id uuid not null,
  time_zone text not null,
  day date not null,
  channel text,
  region text,
  orders integer not null,
  revenue numeric not null,
  foreign key (tenant_id, time_zone) references order_revenue_days_base (tenant_id, time_zone) on delete cascade
);
create unique index order_revenue_days_key on order_revenue_days (tenant_id, time_zone, day, channel, region) nulls not distinct;`);

    for (const table of ['order_revenue_days_base', 'order_revenue_days']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
      this.addSql(`grant select, insert, update, delete on ${table} to ${APP_ROLE};`);
    }

    // Whether the tenant has a base to keep true. A request building or extending a base holds
    // the build lock exclusively while it reads the orders: waiting for it here means this
    // statement's changes are either in what it wrote or added by the caller.
    this.addSql(`
create function order_revenue_days_kept(p_tenant uuid) returns boolean
language plpgsql as $fn$
begin
  perform pg_advisory_xact_lock_shared(${BUILD_LOCK}, hashtext(p_tenant::text));
  return exists (select 1 from order_revenue_days_base where tenant_id = p_tenant);
end
$fn$;`);

    // Adds signed changes (one per order and region: orders +1 or -1, revenue the signed
    // amount) to every base of a tenant.
    // Transition tables are visible only in the trigger function itself, hence the arrays.
    this.addSql(`
create function order_revenue_days_add(p_tenant uuid, p_placed timestamptz[], p_channel text[], p_region text[], p_orders integer[], p_revenue numeric[])
returns void
language plpgsql as $fn$
declare
  b record;
  emptied date[];
begin
  -- One writer at a time: a customer moving region and an order of theirs written at the same
  -- time are then counted once, in the region the later of the two reads.
  perform pg_advisory_xact_lock(${PATCH_LOCK}, hashtext(p_tenant::text));
  for b in select time_zone, through_day from order_revenue_days_base where tenant_id = p_tenant loop
    -- Day d runs from local midnight d to local midnight d + 1, each as "d::timestamp at time
    -- zone": where a midnight is repeated or skipped, an instant's local date can be the day
    -- before or after that, so it is moved to the day whose range holds it.
    with changes as (
      select case when c.placed_at < (c.local_day::timestamp at time zone b.time_zone) then c.local_day - 1
                  when c.placed_at >= ((c.local_day + 1)::timestamp at time zone b.time_zone) then c.local_day + 1
                  else c.local_day end as day,
             c.channel, c.region, c.orders, c.revenue
        from (select t.*, (t.placed_at at time zone b.time_zone)::date as local_day
                from unnest(p_placed, p_channel, p_region, p_orders, p_revenue) t(placed_at, channel, region, orders, revenue)
               where t.placed_at < (b.through_day::timestamp at time zone b.time_zone)) c
    ), summed as (
      insert into order_revenue_days as r (tenant_id, time_zone, day, channel, region, orders, revenue)
      select p_tenant, b.time_zone, c.day, c.channel, c.region, sum(c.orders), sum(c.revenue)
        from changes c
       group by c.day, c.channel, c.region
      on conflict (tenant_id, time_zone, day, channel, region)
        do update set orders = r.orders + excluded.orders, revenue = r.revenue + excluded.revenue
      returning r.day, r.orders
    )
    select array_agg(s.day) filter (where s.orders = 0) into emptied from summed s;
    -- A day, channel and region left without orders has no row, as after a build.
    if emptied is not null then
      delete from order_revenue_days r
       where r.tenant_id = p_tenant and r.time_zone = b.time_zone and r.day = any(emptied) and r.orders = 0;
    end if;
  end loop;
end
$fn$;`);

    // Transition tables may not serve more than one event, hence one trigger per event. Each
    // lists (tenant_id, customer_id, placed_at, channel, sign, amount) of the completed orders
    // it changed.
    const changed = {
      insert: `select tenant_id, customer_id, placed_at, channel, 1 as sign, amount from new_orders where status = 'COMPLETED' and amount > 0`,
      delete: `select tenant_id, customer_id, placed_at, channel, -1 as sign, amount from old_orders where status = 'COMPLETED' and amount > 0`,
      update: `select tenant_id, customer_id, placed_at, channel, -1 as sign, amount from old_orders where status = 'COMPLETED' and amount > 0
               union all
               select tenant_id, customer_id, placed_at, channel, 1 as sign, amount from new_orders where status = 'COMPLETED' and amount > 0`,
    };
    // No check for a base before order_revenue_days_kept: it takes the build lock first. A check
    // without it could miss a base being built and committed after this statement's orders,
    // from a snapshot taken before they were committed.
    for (const [event, rows] of Object.entries(changed)) {
      this.addSql(`
create function order_revenue_days_after_${event}() returns trigger
language plpgsql as $fn$
${CHANGES_DECLARED}
  for touched in select c.tenant_id, count(*) as changes from (${rows}) c group by c.tenant_id loop
    continue when not order_revenue_days_kept(touched.tenant_id);
    if touched.changes > ${PATCH_ROWS_LIMIT} then
      delete from order_revenue_days_base where tenant_id = touched.tenant_id;
      continue;
    end if;
    -- An order whose customer is gone was deleted with them: the region it was counted in is
    -- unknown, so the bases are built again.
    if exists (select 1 from (${rows}) c
                where c.tenant_id = touched.tenant_id
                  and not exists (select 1 from customer cu where cu.tenant_id = c.tenant_id and cu.id = c.customer_id)) then
      delete from order_revenue_days_base where tenant_id = touched.tenant_id;
      continue;
    end if;
    select array_agg(c.placed_at), array_agg(c.channel), array_agg(cu.region), array_agg(c.sign), array_agg(c.sign * c.amount)
      into placed, channels, regions, signs, revenues
      from (${rows}) c
      join customer cu on cu.tenant_id = c.tenant_id and cu.id = c.customer_id
     where c.tenant_id = touched.tenant_id;
    perform order_revenue_days_add(touched.tenant_id, placed, channels, regions, signs, revenues);
  end loop;
  return null;
end
$fn$;`);
      const transition = event === 'insert' ? 'new table as new_orders' : event === 'delete' ? 'old table as old_orders' : 'old table as old_orders new table as new_orders';
      this.addSql(`
create trigger order_revenue_days_after_${event} after ${event} on "order"
  referencing ${transition}
  for each statement execute function order_revenue_days_after_${event}();`);
    }

    // A customer's region is a dimension of the days: moving a customer moves their orders'
    // counts from the old region to the new one.
    this.addSql(`
create function order_revenue_days_after_customer_update() returns trigger
language plpgsql as $fn$
${CHANGES_DECLARED}
  for touched in
    select n.tenant_id, count(*) as moved
      from new_customers n
      join old_customers p on p.id = n.id
     where p.region is distinct from n.region
     group by n.tenant_id
  loop
    continue when not order_revenue_days_kept(touched.tenant_id);
    -- Each customer has at least one order to move, or nothing changes: past the limit in
    -- customers (an import of profiles), drop the bases without reading their orders.
    if touched.moved > ${PATCH_ROWS_LIMIT} then
      delete from order_revenue_days_base where tenant_id = touched.tenant_id;
      continue;
    end if;
    -- Each completed order counts twice: out of the old region and into the new one.
    select array_agg(o.placed_at), array_agg(o.channel), array_agg(moved.region), array_agg(moved.sign), array_agg(moved.sign * o.amount)
      into placed, channels, regions, signs, revenues
      from new_customers n
      join old_customers p on p.id = n.id
      join "order" o on o.tenant_id = n.tenant_id and o.customer_id = n.id and o.status = 'COMPLETED' and o.amount > 0
      cross join lateral (values (p.region, -1), (n.region, 1)) moved(region, sign)
     where n.tenant_id = touched.tenant_id and p.region is distinct from n.region;
    continue when placed is null;
    if cardinality(placed) > ${PATCH_ROWS_LIMIT} then
      delete from order_revenue_days_base where tenant_id = touched.tenant_id;
      continue;
    end if;
    perform order_revenue_days_add(touched.tenant_id, placed, channels, regions, signs, revenues);
  end loop;
  return null;
end
$fn$;`);
    this.addSql(`
create trigger order_revenue_days_after_customer_update after update on customer
  referencing old table as old_customers new table as new_customers
  for each statement execute function order_revenue_days_after_customer_update();`);
  }
}

// The trigger functions' variables: the tenant they are at and its changes as arrays, one
// element per order and region, handed to order_revenue_days_add.
const CHANGES_DECLARED = `declare
  touched record;
  placed timestamptz[];
  channels text[];
  regions text[];
  signs integer[];
  revenues numeric[];
begin`;

// A missing or emptied setting yields NULL, which matches no row: fail closed.
const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

const BUILD_LOCK = ADVISORY_LOCK.revenueDaysBuild;
const PATCH_LOCK = ADVISORY_LOCK.revenueDaysPatch;

// Adding a change reads its customer's region (about 10 µs) and upserts a day row; past this
// many changed orders in one statement (an import batch), or customers moving region, the bases
// are dropped and built again by the next request, which reads every order once (about 3 s for
// 1,000,000).
const PATCH_ROWS_LIMIT = 1000;
