import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../app-role.js';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Bulk import: a record of every import run, and an external id on touchpoints so that
 * importing the same touchpoint file twice updates instead of duplicating.
 */
export class Migration20261123010000_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table touchpoint add column external_id text check (length(external_id) between 1 and 200);`);
    this.addSql(`alter table touchpoint add constraint touchpoint_tenant_external_id_key unique (tenant_id, external_id);`);

    this.addSql(`
create table import_run (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenant (id) on delete cascade,
  entity text not null check (entity in ('customers', 'orders', 'feedback', 'touchpoints', 'tags')),
  source text not null check (source in ('CLI', 'HTTP')),
  file_name text,
  format text not null check (format in ('csv', 'ndjson')),
  preset text,
  dry_run boolean not null default false,
  status text not null default 'RUNNING' check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
  read integer not null default 0,
  inserted integer not null default 0,
  updated integer not null default 0,
  unchanged integer not null default 0,
  rejected integer not null default 0,
  error text,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  unique (tenant_id, id)
);
create index import_run_tenant_started_idx on import_run (tenant_id, started_at desc, id desc);`);
    this.addSql(`alter table import_run enable row level security;`);
    this.addSql(`alter table import_run force row level security;`);
    this.addSql(`create policy tenant_isolation on import_run using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
    this.addSql(`grant select, insert, update, delete on import_run to ${APP_ROLE};`);
  }
}
