import { Migration } from '@mikro-orm/migrations';
import { ADVISORY_LOCK } from '../advisory-locks.js';
import { APP_ROLE } from '../app-role.js';

/**
 * Each kept base of per-customer totals gets a slot (0..7, one per base a tenant keeps), and the
 * rows are partitioned by slot, so reading one base scans its own partition: a base's rows and
 * at most one base of each other tenant (customer-totals.query.ts). In one shared table,
 * PostgreSQL read a base with a sequential scan of every kept base (its index, bloated by bases
 * built and dropped, looked dearer), so every metric on the totals grew with the bases kept.
 *
 * Bases are a cache built on first use: the existing ones are dropped, not carried over.
 */
export class Migration20261129000000_customer_totals_slots extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from customer_order_totals_base;`);
    this.addSql(`drop table customer_order_totals;`);
    this.addSql(`alter table customer_order_totals_base add column slot smallint not null check (slot between 0 and ${SLOTS - 1});`);
    this.addSql(`alter table customer_order_totals_base add constraint customer_order_totals_base_slot unique (tenant_id, slot);`);
    this.addSql(`
create table customer_order_totals (
  tenant_id uuid not null,
  slot smallint not null,
  base_end timestamptz not null,
  window_days integer not null,
  customer_id uuid not null,
  external_id text not null,
  window_orders integer not null,
  window_revenue numeric not null,
  first_order_at timestamptz not null,
  last_order_at timestamptz not null,
  lifetime_orders integer not null,
  lifetime_revenue numeric not null,
  primary key (tenant_id, slot, base_end, window_days, customer_id)
) partition by list (slot);`);
    // Writes go through the parent. Reads name the slot's partition: the planner estimates a
    // join of two bases from the statistics of the tables named, and the parent of partitions
    // has none (autovacuum never analyzes it), so a join read through it was estimated at
    // 47 million rows for 100,000 and planned as 300,000 index probes. Each partition carries
    // the same policy as the parent, which applies only to reads through the parent.
    for (let slot = 0; slot < SLOTS; slot++) {
      this.addSql(`create table customer_order_totals_slot_${slot} partition of customer_order_totals for values in (${slot});`);
    }
    for (const table of ['customer_order_totals', ...Array.from({ length: SLOTS }, (_, slot) => `customer_order_totals_slot_${slot}`)]) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
      this.addSql(`grant select on ${table} to ${APP_ROLE};`);
    }
    this.addSql(`grant insert, delete on customer_order_totals to ${APP_ROLE};`);

    // A freshly built base is unknown to the planner (a new partition has no statistics, a
    // reused one those of the base it held before): estimated at a row or two, a base was
    // joined by nested loops, 6× slower on 100,000 buyers. The application role may not
    // ANALYZE a table it does not own, so it calls this, which analyzes one slot and nothing
    // else; SKIP_LOCKED so a build never waits on another tenant's analysis of the same slot.
    this.addSql(`
create function customer_order_totals_analyze(p_slot integer) returns void
language plpgsql security definer set search_path from current as $fn$
begin
  if p_slot is null or p_slot < 0 or p_slot > ${SLOTS - 1} then
    raise exception 'slot must be 0..${SLOTS - 1}, got %', p_slot;
  end if;
  execute format('analyze (skip_locked) customer_order_totals_slot_%s', p_slot);
end
$fn$;`);
    this.addSql(`revoke all on function customer_order_totals_analyze(integer) from public;`);
    this.addSql(`grant execute on function customer_order_totals_analyze(integer) to ${APP_ROLE};`);

    // As before (Migration20261124000000), with each row in its base's slot.
    this.addSql(`
create or replace function customer_order_totals_apply(p_tenant uuid, p_customers uuid[], p_earliest timestamptz) returns void
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
     and t.tenant_id = p_tenant and t.slot = b.slot and t.base_end = b.base_end and t.window_days = b.window_days
     and t.customer_id = any(p_customers);
  insert into customer_order_totals
       (tenant_id, slot, base_end, window_days, customer_id, external_id, window_orders, window_revenue,
        first_order_at, last_order_at, lifetime_orders, lifetime_revenue)
  select p_tenant, b.slot, b.base_end, b.window_days, o.customer_id, c.external_id,
         count(*) filter (where o.placed_at >= b.base_end - make_interval(hours => 24 * b.window_days)),
         coalesce(sum(o.amount) filter (where o.placed_at >= b.base_end - make_interval(hours => 24 * b.window_days)), 0),
         min(o.placed_at), max(o.placed_at), count(*), sum(o.amount)
    from customer_order_totals_base b
    join "order" o on o.tenant_id = p_tenant and o.customer_id = any(p_customers)
                  and o.status = 'COMPLETED' and o.amount > 0 and o.placed_at < b.base_end
    join customer c on c.tenant_id = p_tenant and c.id = o.customer_id
   where b.tenant_id = p_tenant and b.base_end > p_earliest
   group by b.slot, b.base_end, b.window_days, o.customer_id, c.external_id;
end
$fn$;`);
  }
}

/** Bases a tenant keeps, one per slot (customer-totals.service.ts keeps this many). */
export const CUSTOMER_TOTALS_SLOTS = 8;
const SLOTS = CUSTOMER_TOTALS_SLOTS;

// A missing or emptied setting yields NULL, which matches no row: fail closed.
const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

const BUILD_LOCK = ADVISORY_LOCK.customerTotalsBuild;
const PATCH_LOCK = ADVISORY_LOCK.customerTotalsPatch;

// As in Migration20261124000000: past this many customers in one statement, rebuilding on the
// next request is cheaper than patching.
const PATCH_LIMIT = 100;
