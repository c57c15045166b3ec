import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../app-role.js';

// A missing or emptied setting yields NULL, which matches no row: fail closed.
const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The refresh log of the tenant in app.tenant_id, rebuilt from its changes: every change carries
 * its refresh's instant and the version it evaluated, so a refresh is a run of consecutive
 * sequence numbers sharing both. Runs, not just (instant, version): two refreshes stamped alike
 * with another between them (a clock set back) stay two rows whose ranges do not overlap.
 * Exported so a test can check the grouping on changes it writes.
 */
export const BACKFILL_REFRESH_LOG_SQL = `
insert into segment_refresh_log (tenant_id, segment_id, segment_version, refreshed_at, entered, exited, first_sequence, last_sequence)
select tenant_id, segment_id, segment_version, changed_at,
       count(*) filter (where change = 'ENTERED'), count(*) filter (where change = 'EXITED'),
       min(sequence), max(sequence)
  from (select ch.tenant_id, ch.segment_id, ch.segment_version, ch.changed_at, ch.change, ch.sequence,
               ch.sequence - row_number() over (partition by ch.segment_id, ch.changed_at, ch.segment_version order by ch.sequence) as run
          from segment_membership_change ch
         where ch.tenant_id = ${CURRENT_TENANT}) numbered
 group by tenant_id, segment_id, segment_version, changed_at, run`;

/**
 * `Segment.refreshHistory` reads one row per refresh that changed a segment's membership, written
 * by the refresh in the statement that logs its changes (segment-refresh.query.ts). Reading the
 * newest refreshes is then a short backward scan of this small table, where grouping the change
 * log by refresh needed a covering index on that large, append-only table, written at every
 * refresh for the sake of a page people look at now and then.
 *
 * Keyed like the changes, by the refresh's last sequence number: refreshes of a segment commit
 * in that order, while a refresh's instant is taken before it waits for the segment's lock.
 */
export class Migration20261128000000_segment_refresh_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table segment_refresh_log (
  tenant_id uuid not null,
  segment_id uuid not null,
  segment_version integer not null,
  refreshed_at timestamptz not null,
  entered integer not null check (entered >= 0),
  exited integer not null check (exited >= 0),
  first_sequence bigint not null check (first_sequence >= 1),
  last_sequence bigint not null,
  primary key (tenant_id, segment_id, last_sequence),
  foreign key (tenant_id, segment_id) references segment (tenant_id, id) on delete cascade,
  check (first_sequence <= last_sequence),
  check (entered + exited > 0)
);`);
    this.addSql(`alter table segment_refresh_log enable row level security;`);
    this.addSql(`alter table segment_refresh_log force row level security;`);
    this.addSql(`create policy tenant_isolation on segment_refresh_log using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
    this.addSql(`grant select, insert, update, delete on segment_refresh_log to ${APP_ROLE};`);

    // One tenant at a time as that tenant: row security is forced on the change log, so the
    // owner of the tables (the usual migrating user) reads no change without app.tenant_id.
    this.addSql(`
do $backfill$
declare
  each_tenant record;
begin
  for each_tenant in select id from tenant loop
    perform set_config('app.tenant_id', each_tenant.id::text, true);
    ${BACKFILL_REFRESH_LOG_SQL};
  end loop;
  perform set_config('app.tenant_id', '', true);
end
$backfill$;`);
  }
}
