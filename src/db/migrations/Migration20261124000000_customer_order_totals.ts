import { Migration } from '@mikro-orm/migrations';
import { ADVISORY_LOCK } from '../advisory-locks.js';
import { APP_ROLE } from '../app-role.js';

/**
 * Per-customer order totals as of a day, for the analytics that aggregate every buyer of a
 * window (RFM, value concentration, tenure...). A "base" holds, for each customer with a
 * completed order before `base_end`, the totals of the `window_days` before it and of all time;
 * a metric as of an instant A on or after base_end adds the orders of [base_end, A) and removes
 * those of [base_end − W, A − W), so it reads one row per customer instead of every order
 * (customer-totals.query.ts). Bases are built on first use (customer-totals.service.ts).
 *
 * Triggers on "order" keep every base true to the orders: a statement that changes completed
 * orders before a base's end recomputes the rows of the customers it touched, or, when it
 * touches many (an import), drops the bases, to be rebuilt on the next request.
 */
export class Migration20261124000000_customer_order_totals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table customer_order_totals_base (
  tenant_id uuid not null references tenant (id) on delete cascade,
  base_end timestamptz not null,
  window_days integer not null check (window_days between 1 and 3650),
  built_at timestamptz not null default now(),
  primary key (tenant_id, base_end, window_days)
);
-- No foreign keys on the rows: checking 100,000 of them would double the time a base takes to
-- build, and the triggers below and the base's cascade already remove them with their owners.
create table customer_order_totals (
  tenant_id uuid not null,
  base_end timestamptz not null,
  window_days integer not null,
  customer_id uuid not null,
  -- Copied (external ids never change: they are the key imports and the API match on) so
  -- RFM can break ties without joining every customer.
  external_id text not null,
  window_orders integer not null,
  window_revenue numeric not null,
  first_order_at timestamptz not null,
  last_order_at timestamptz not null,
  lifetime_orders integer not null,
  lifetime_revenue numeric not null,
  primary key (tenant_id, base_end, window_days, customer_id)
);`);

    for (const table of ['customer_order_totals_base', 'customer_order_totals']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
      this.addSql(`grant select, insert, delete on ${table} to ${APP_ROLE};`);
    }
    this.addSql(`grant update on customer_order_totals_base to ${APP_ROLE};`);

    // Recomputes the rows of some customers in every base their orders since p_earliest can
    // change, or drops those bases when the change is too wide to patch.
    this.addSql(`
create function customer_order_totals_apply(p_tenant uuid, p_customers uuid[], p_earliest timestamptz) returns void
language plpgsql as $fn$
begin
  -- A request building a base holds this lock exclusively while it reads the orders: waiting
  -- here means this statement's orders are either in the base it builds or patched below.
  perform pg_advisory_xact_lock_shared(${BUILD_LOCK}, hashtext(p_tenant::text));
  if not exists (select 1 from customer_order_totals_base b where b.tenant_id = p_tenant and b.base_end > p_earliest) then
    return;
  end if;
  if cardinality(p_customers) > ${PATCH_LIMIT} then
    delete from customer_order_totals_base b where b.tenant_id = p_tenant and b.base_end > p_earliest;
    delete from customer_order_totals t where t.tenant_id = p_tenant and t.base_end > p_earliest;
    return;
  end if;
  -- Two writers patching the same customer one after the other: the second recomputes after
  -- the first commits, so it sees both orders.
  perform pg_advisory_xact_lock(${PATCH_LOCK}, hashtext(p_tenant::text));
  delete from customer_order_totals t
   using customer_order_totals_base b
   where b.tenant_id = p_tenant and b.base_end > p_earliest
     and t.tenant_id = p_tenant and t.base_end = b.base_end and t.window_days = b.window_days
     and t.customer_id = any(p_customers);
  insert into customer_order_totals
       (tenant_id, base_end, window_days, customer_id, external_id, window_orders, window_revenue,
        first_order_at, last_order_at, lifetime_orders, lifetime_revenue)
  select p_tenant, b.base_end, b.window_days, o.customer_id, c.external_id,
         count(*) filter (where o.placed_at >= b.base_end - make_interval(hours => 24 * b.window_days)),
         coalesce(sum(o.amount) filter (where o.placed_at >= b.base_end - make_interval(hours => 24 * b.window_days)), 0),
         min(o.placed_at), max(o.placed_at), count(*), sum(o.amount)
    from customer_order_totals_base b
    join "order" o on o.tenant_id = p_tenant and o.customer_id = any(p_customers)
                  and o.status = 'COMPLETED' and o.amount > 0 and o.placed_at < b.base_end
    join customer c on c.tenant_id = p_tenant and c.id = o.customer_id
   where b.tenant_id = p_tenant and b.base_end > p_earliest
   group by b.base_end, b.window_days, o.customer_id, c.external_id;
end
$fn$;`);

    // Transition tables may not serve more than one event, hence one trigger per event.
    const changed = {
      insert: `select tenant_id, customer_id, placed_at from new_orders where status = 'COMPLETED' and amount > 0`,
      delete: `select tenant_id, customer_id, placed_at from old_orders where status = 'COMPLETED' and amount > 0`,
      update: `select tenant_id, customer_id, placed_at from old_orders where status = 'COMPLETED' and amount > 0
               union all
               select tenant_id, customer_id, placed_at from new_orders where status = 'COMPLETED' and amount > 0`,
    };
    for (const [event, rows] of Object.entries(changed)) {
      this.addSql(`
create function order_totals_after_${event}() returns trigger
language plpgsql as $fn$
declare
  touched record;
begin
  for touched in
    select c.tenant_id, array_agg(distinct c.customer_id) as customers, min(c.placed_at) as earliest
      from (${rows}) c
     group by c.tenant_id
  loop
    perform customer_order_totals_apply(touched.tenant_id, touched.customers, touched.earliest);
  end loop;
  return null;
end
$fn$;`);
      const transition = event === 'insert' ? 'new table as new_orders' : event === 'delete' ? 'old table as old_orders' : 'old table as old_orders new table as new_orders';
      this.addSql(`
create trigger order_totals_after_${event} after ${event} on "order"
  referencing ${transition}
  for each statement execute function order_totals_after_${event}();`);
    }
  }
}

// A missing or emptied setting yields NULL, which matches no row: fail closed.
const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

const BUILD_LOCK = ADVISORY_LOCK.customerTotalsBuild;
const PATCH_LOCK = ADVISORY_LOCK.customerTotalsPatch;

// Patching costs one index probe per order of each customer per base; past this many customers
// in one statement, rebuilding on the next request is cheaper.
const PATCH_LIMIT = 100;
