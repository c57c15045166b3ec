import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../app-role.js';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * What a key may spend and send: an expiry, its own cost budget per minute (null: the server's
 * default), and whether it may send only the tenant's registered (trusted) documents. The
 * trusted documents themselves are stored per tenant under the SHA-256 of their text.
 */
export class Migration20261126000000_key_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table api_key
  add column expires_at timestamptz,
  add column cost_per_minute integer check (cost_per_minute between 1 and 100000000),
  add column trusted_documents_only boolean not null default false;

create table trusted_document (
  tenant_id uuid not null references tenant (id) on delete cascade,
  id text not null check (id ~ '^sha256:[0-9a-f]{64}$'),
  name text check (length(name) between 1 and 200),
  body text not null check (length(body) between 1 and 100000),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);`);
    this.addSql(`alter table trusted_document enable row level security;`);
    this.addSql(`alter table trusted_document force row level security;`);
    this.addSql(
      `create policy tenant_isolation on trusted_document using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`,
    );
    this.addSql(`grant select, insert, update, delete on trusted_document to ${APP_ROLE};`);
  }
}
