import { Migration } from '@mikro-orm/migrations';
import { ADVISORY_LOCK } from '../advisory-locks.js';

/**
 * Each buyer of a base (an order in its window) gets its place, 1..N, in the three orders RFM
 * scores by: recency (last order, latest first), frequency (orders, then external id) and
 * monetary (revenue). RFM as of now then finds its quintile edges by reading the few rows
 * around each edge's place instead of sorting every buyer (rfm-ranked-summary.query.ts).
 *
 * The places are those of the base as built. An order written later changes a customer's row
 * (customer_order_totals_apply): the new row keeps the customer's places and is marked
 * `patched`, so a reader knows those places are stale and treats the customer as changed.
 * When a customer with places loses every order of a base, its places would leave a gap, so
 * the base's `ranked_buyers` is cleared and readers stop using the places of that base.
 *
 * Each row also keeps its window revenue as float8 (`monetary_value`), the value RFM's monetary
 * quintiles and bins compare: converting the numeric for every buyer cost a fifth of scoring.
 *
 * Bases are a cache built on first use: the existing ones are dropped, not carried over.
 */
export class Migration20261130000000_customer_totals_ranks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from customer_order_totals_base;`);
    this.addSql(`delete from customer_order_totals;`);
    this.addSql(`
alter table customer_order_totals
  add column recency_rank integer,
  add column frequency_rank integer,
  add column monetary_rank integer,
  add column patched boolean not null default false,
  add column monetary_value double precision not null;`);
    for (const measure of ['recency', 'frequency', 'monetary']) {
      this.addSql(`create index customer_order_totals_${measure}_rank on customer_order_totals (tenant_id, ${measure}_rank) where ${measure}_rank is not null;`);
    }
    this.addSql(`create index customer_order_totals_patched on customer_order_totals (tenant_id) where patched;`);
    // Buyers given places when the base was built; null once a gap makes the places unusable.
    this.addSql(`alter table customer_order_totals_base add column ranked_buyers integer;`);

    // As in Migration20261129000000, keeping each patched customer's places.
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
  -- A customer with places and no completed order left before a base's end loses its row:
  -- its places would be a gap, so that base's places are no longer used.
  update customer_order_totals_base b set ranked_buyers = null
   where b.tenant_id = p_tenant and b.base_end > p_earliest and b.ranked_buyers is not null
     and exists (select 1 from customer_order_totals t
                  where t.tenant_id = p_tenant and t.slot = b.slot and t.base_end = b.base_end and t.window_days = b.window_days
                    and t.customer_id = any(p_customers) and t.recency_rank is not null
                    and not exists (select 1 from "order" o
                                     where o.tenant_id = p_tenant and o.customer_id = t.customer_id
                                       and o.status = 'COMPLETED' and o.amount > 0 and o.placed_at < b.base_end));
  with replaced as (
    delete from customer_order_totals t
     using customer_order_totals_base b
     where b.tenant_id = p_tenant and b.base_end > p_earliest
       and t.tenant_id = p_tenant and t.slot = b.slot and t.base_end = b.base_end and t.window_days = b.window_days
       and t.customer_id = any(p_customers)
    returning t.slot, t.base_end, t.window_days, t.customer_id, t.recency_rank, t.frequency_rank, t.monetary_rank
  )
  insert into customer_order_totals
       (tenant_id, slot, base_end, window_days, customer_id, external_id, window_orders, window_revenue,
        first_order_at, last_order_at, lifetime_orders, lifetime_revenue, recency_rank, frequency_rank, monetary_rank, patched, monetary_value)
  select p_tenant, b.slot, b.base_end, b.window_days, o.customer_id, c.external_id,
         count(*) filter (where o.placed_at >= b.base_end - make_interval(hours => 24 * b.window_days)),
         coalesce(sum(o.amount) filter (where o.placed_at >= b.base_end - make_interval(hours => 24 * b.window_days)), 0),
         min(o.placed_at), max(o.placed_at), count(*), sum(o.amount),
         r.recency_rank, r.frequency_rank, r.monetary_rank, true,
         coalesce(sum(o.amount) filter (where o.placed_at >= b.base_end - make_interval(hours => 24 * b.window_days)), 0)::float8
    from customer_order_totals_base b
    join "order" o on o.tenant_id = p_tenant and o.customer_id = any(p_customers)
                  and o.status = 'COMPLETED' and o.amount > 0 and o.placed_at < b.base_end
    join customer c on c.tenant_id = p_tenant and c.id = o.customer_id
    left join replaced r on r.slot = b.slot and r.base_end = b.base_end and r.window_days = b.window_days and r.customer_id = o.customer_id
   where b.tenant_id = p_tenant and b.base_end > p_earliest
   group by b.slot, b.base_end, b.window_days, o.customer_id, c.external_id, r.recency_rank, r.frequency_rank, r.monetary_rank;
end
$fn$;`);
  }
}

const BUILD_LOCK = ADVISORY_LOCK.customerTotalsBuild;
const PATCH_LOCK = ADVISORY_LOCK.customerTotalsPatch;

// As in Migration20261124000000: past this many customers in one statement, rebuilding on the
// next request is cheaper than patching.
const PATCH_LIMIT = 100;
