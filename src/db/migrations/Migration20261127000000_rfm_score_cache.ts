import { Migration } from '@mikro-orm/migrations';
import { ADVISORY_LOCK } from '../advisory-locks.js';
import { APP_ROLE } from '../app-role.js';

// A missing or emptied setting yields NULL, which matches no row: fail closed.
const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * RFM scores as of a given instant, kept once computed (rfm-score-cache.service.ts). Scoring
 * every buyer costs a few hundred milliseconds at 100,000 buyers, and a dashboard asks for the
 * same scoring again and again: its summary, a segment's customers, NPS by segment, the
 * transitions between two dates. One row per scoring holds every buyer's measures and cell as
 * arrays, so writing it is one row and reading it one unnest.
 *
 * Exact, not approximate: a statement that changes completed orders placed before an entry's
 * asOf marks the entry stale (the triggers below), so the next request scores again. Only
 * scorings with a caller-given asOf are kept; "now" is never asked twice.
 *
 * Marked, not deleted: a request reading an entry holds FOR KEY SHARE on it, which an update
 * of `stale` does not wait for, so an order write never waits on a reader (a delete would, and
 * a reader that then waited on the writer's own locks would deadlock). Stale entries are
 * deleted when a request evicts old ones, skipping any still being read.
 */
export class Migration20261127000000_rfm_score_cache extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table rfm_score_cache (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references tenant (id) on delete cascade,
  -- Method, window, asOf and fixed edges: everything the scores depend on but the orders.
  scoring_key text not null,
  as_of timestamptz not null,
  built_at timestamptz not null default now(),
  stale boolean not null default false,
  recency_edges float8[],
  frequency_edges float8[],
  monetary_edges float8[],
  customer_ids uuid[] not null,
  external_ids text[] not null,
  recency integer[] not null,
  frequency integer[] not null,
  monetary numeric[] not null,
  -- (r − 1) · 25 + (f − 1) · 5 + m: the segment follows from the map at read time.
  cells smallint[] not null
);
create unique index rfm_score_cache_key_idx on rfm_score_cache (tenant_id, scoring_key) where not stale;
create index rfm_score_cache_as_of_idx on rfm_score_cache (tenant_id, as_of) where not stale;`);
    this.addSql(`alter table rfm_score_cache enable row level security;`);
    this.addSql(`alter table rfm_score_cache force row level security;`);
    this.addSql(`create policy tenant_isolation on rfm_score_cache using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
    this.addSql(`grant select, insert, delete, update (stale) on rfm_score_cache to ${APP_ROLE};`);

    // Transition tables may not serve more than one event, hence one trigger per event.
    const changed = {
      insert: `select tenant_id, placed_at from new_orders where status = 'COMPLETED' and amount > 0`,
      delete: `select tenant_id, placed_at from old_orders where status = 'COMPLETED' and amount > 0`,
      update: `select tenant_id, placed_at from old_orders where status = 'COMPLETED' and amount > 0
               union all
               select tenant_id, placed_at from new_orders where status = 'COMPLETED' and amount > 0`,
    };
    for (const [event, rows] of Object.entries(changed)) {
      this.addSql(`
create function rfm_score_cache_after_${event}() returns trigger
language plpgsql as $fn$
declare
  touched record;
begin
  for touched in select c.tenant_id, min(c.placed_at) as earliest from (${rows}) c group by c.tenant_id loop
    -- A request writing an entry holds this lock exclusively from before it reads the orders
    -- until it commits: waiting here means this update sees (and marks) what it wrote. It is
    -- the lock of the per-customer totals, which order_totals_after_* take before changing
    -- anything, so a writer never holds rows a request waits for while it waits here.
    perform pg_advisory_xact_lock_shared(${ADVISORY_LOCK.customerTotalsBuild}, hashtext(touched.tenant_id::text));
    update rfm_score_cache s set stale = true where s.tenant_id = touched.tenant_id and s.as_of > touched.earliest and not s.stale;
  end loop;
  return null;
end
$fn$;`);
      const transition = event === 'insert' ? 'new table as new_orders' : event === 'delete' ? 'old table as old_orders' : 'old table as old_orders new table as new_orders';
      this.addSql(`
create trigger rfm_score_cache_after_${event} after ${event} on "order"
  referencing ${transition}
  for each statement execute function rfm_score_cache_after_${event}();`);
    }
  }
}
