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
 * Triggers keep every base true: a statement that changes completed orders placed before a
 * base's through_day recomputes the days it touched; a customer whose region changes
 * recomputes the days of their orders; when either touches too many days, the base is dropped
 * and the next request builds it again.
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
create index order_revenue_days_day_idx on order_revenue_days (tenant_id, time_zone, day);`);

    for (const table of ['order_revenue_days_base', 'order_revenue_days']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
      this.addSql(`grant select, insert, delete on ${table} to ${APP_ROLE};`);
    }
    this.addSql(`grant update on order_revenue_days_base to ${APP_ROLE};`);

    // Recomputes the local days of every base of the tenant that the given instants fall on,
    // or drops a base when they fall on more days than patching is worth.
    this.addSql(`
create function order_revenue_days_apply(p_tenant uuid, p_instants timestamptz[]) returns void
language plpgsql as $fn$
declare
  b record;
  days date[];
begin
  -- A request building or extending a base holds this lock exclusively while it reads the
  -- orders: waiting here means this statement's orders are either in what it wrote or patched below.
  perform pg_advisory_xact_lock_shared(${BUILD_LOCK}, hashtext(p_tenant::text));
  for b in select time_zone, through_day from order_revenue_days_base where tenant_id = p_tenant loop
    -- Day d runs from local midnight d to local midnight d + 1, each as "d::timestamp at time
    -- zone": where a midnight is repeated or skipped, an instant's local date can be the day
    -- before or after that, so it is moved to the day whose range holds it.
    select array_agg(distinct case when l.instant < (l.day::timestamp at time zone b.time_zone) then l.day - 1
                                   when l.instant >= ((l.day + 1)::timestamp at time zone b.time_zone) then l.day + 1
                                   else l.day end)
      into days
      from (select i as instant, (i at time zone b.time_zone)::date as day from unnest(p_instants) i) l
     where l.instant < (b.through_day::timestamp at time zone b.time_zone);
    continue when days is null;
    if cardinality(days) > ${PATCH_DAYS_LIMIT} then
      delete from order_revenue_days_base where tenant_id = p_tenant and time_zone = b.time_zone;
      continue;
    end if;
    -- Two writers patching the same day one after the other: the second recomputes after the
    -- first commits, so it sees both changes.
    perform pg_advisory_xact_lock(${PATCH_LOCK}, hashtext(p_tenant::text));
    delete from order_revenue_days d where d.tenant_id = p_tenant and d.time_zone = b.time_zone and d.day = any(days);
    insert into order_revenue_days (tenant_id, time_zone, day, channel, region, orders, revenue)
    select p_tenant, b.time_zone, d.day, o.channel, c.region, count(*), sum(o.amount)
      from unnest(days) d(day)
      join "order" o on o.tenant_id = p_tenant and o.status = 'COMPLETED' and o.amount > 0
                    and o.placed_at >= (d.day::timestamp at time zone b.time_zone)
                    and o.placed_at < ((d.day + 1)::timestamp at time zone b.time_zone)
      left join customer c on c.tenant_id = p_tenant and c.id = o.customer_id
     group by d.day, o.channel, c.region;
  end loop;
end
$fn$;`);

    // Transition tables may not serve more than one event, hence one trigger per event.
    const changed = {
      insert: `select tenant_id, placed_at from new_orders where status = 'COMPLETED' and amount > 0`,
      delete: `select tenant_id, placed_at from old_orders where status = 'COMPLETED' and amount > 0`,
      update: `select tenant_id, placed_at from old_orders where status = 'COMPLETED' and amount > 0
               union all
               select tenant_id, placed_at from new_orders where status = 'COMPLETED' and amount > 0`,
    };
    // No check for a base before calling the apply function: it takes the build lock first. A
    // check without it could miss a base being built and committed after this statement's
    // orders, but from a snapshot taken before they were committed.
    for (const [event, rows] of Object.entries(changed)) {
      this.addSql(`
create function order_revenue_days_after_${event}() returns trigger
language plpgsql as $fn$
declare
  touched record;
begin
  for touched in
    select c.tenant_id, array_agg(distinct c.placed_at) as instants
      from (${rows}) c
     group by c.tenant_id
  loop
    perform order_revenue_days_apply(touched.tenant_id, touched.instants);
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

    // A customer's region is a dimension of the days: moving a customer moves their orders' revenue.
    this.addSql(`
create function order_revenue_days_after_customer_update() returns trigger
language plpgsql as $fn$
declare
  touched record;
begin
  for touched in
    select n.tenant_id, array_agg(n.id) as customers
      from new_customers n
      join old_customers o on o.id = n.id
     where o.region is distinct from n.region
     group by n.tenant_id
  loop
    if cardinality(touched.customers) > ${PATCH_CUSTOMERS_LIMIT} then
      perform pg_advisory_xact_lock_shared(${BUILD_LOCK}, hashtext(touched.tenant_id::text));
      delete from order_revenue_days_base where tenant_id = touched.tenant_id;
    else
      perform order_revenue_days_apply(touched.tenant_id, array(
        select o.placed_at from "order" o
         where o.tenant_id = touched.tenant_id and o.customer_id = any(touched.customers)
           and o.status = 'COMPLETED' and o.amount > 0));
    end if;
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

// A missing or emptied setting yields NULL, which matches no row: fail closed.
const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

const BUILD_LOCK = ADVISORY_LOCK.revenueDaysBuild;
const PATCH_LOCK = ADVISORY_LOCK.revenueDaysPatch;

// Recomputing a day reads its orders (about 1,500 a day at 550,000 a year); past this many days
// in one statement, rebuilding the base on the next request is cheaper.
const PATCH_DAYS_LIMIT = 62;
// Past this many customers changing region in one statement (an import of profiles), drop.
const PATCH_CUSTOMERS_LIMIT = 100;
