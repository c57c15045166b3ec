import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../app-role.js';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Saved segments and partner sync: segments with their version history, the current members,
 * the log of ENTERED/EXITED changes (the partner's cursor is a change's sequence number), the
 * refresh schedule, webhook subscriptions and their delivery log, and the segment restriction
 * of API keys.
 *
 * Members and changes copy the customer's external id and carry no foreign key to the
 * customer: when a customer is removed, the next refresh still reports it EXITED under the id
 * partners know it by.
 */
export class Migration20261124010000_segments extends Migration {
  override async up(): Promise<void> {
    // null: the key sees every segment (and, with customers:read, every profile field).
    this.addSql(`alter table api_key add column segment_ids uuid[];`);
    this.addSql(`alter table api_key add column member_fields text[];`);

    this.addSql(`
create table segment (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenant (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  description text check (description is null or length(description) <= 2000),
  definition jsonb not null,
  version integer not null default 1 check (version >= 1),
  refresh_interval_minutes integer not null default 15 check (refresh_interval_minutes between 1 and 10080),
  member_count integer not null default 0,
  -- The sequence number of the newest change; a refresh numbers its changes after it while it
  -- holds this row locked, so sequence numbers commit in order.
  last_sequence bigint not null default 0,
  last_refreshed_at timestamptz,
  last_refresh_ms integer,
  last_refresh_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, id)
);
create unique index segment_name_idx on segment (tenant_id, lower(name));`);

    this.addSql(`
create table segment_version (
  tenant_id uuid not null,
  segment_id uuid not null,
  version integer not null,
  name text not null,
  description text,
  definition jsonb not null,
  refresh_interval_minutes integer not null,
  created_at timestamptz not null default now(),
  -- Which key made the version; not a foreign key, so revoking or removing keys keeps history.
  created_by_key_id uuid,
  primary key (tenant_id, segment_id, version),
  foreign key (tenant_id, segment_id) references segment (tenant_id, id) on delete cascade
);`);

    this.addSql(`
create table segment_membership (
  tenant_id uuid not null,
  segment_id uuid not null,
  customer_id uuid not null,
  external_id text not null,
  entered_at timestamptz not null,
  entered_sequence bigint not null,
  primary key (tenant_id, segment_id, customer_id),
  foreign key (tenant_id, segment_id) references segment (tenant_id, id) on delete cascade
);
-- Members are paged by external id, the id partners know.
create unique index segment_membership_external_idx on segment_membership (tenant_id, segment_id, external_id);`);

    this.addSql(`
create table segment_membership_change (
  tenant_id uuid not null,
  segment_id uuid not null,
  sequence bigint not null check (sequence >= 1),
  customer_id uuid not null,
  external_id text not null,
  change text not null check (change in ('ENTERED', 'EXITED')),
  changed_at timestamptz not null,
  segment_version integer not null,
  primary key (tenant_id, segment_id, sequence),
  foreign key (tenant_id, segment_id) references segment (tenant_id, id) on delete cascade
);`);

    // Due work across tenants: the scheduler of one replica reads it as the connecting user (row
    // security is enabled but not forced here, like api_key), then does each segment's work
    // inside that tenant's transaction as the application role.
    this.addSql(`
create table segment_schedule (
  segment_id uuid primary key,
  tenant_id uuid not null,
  next_refresh_at timestamptz not null,
  -- The earliest pending webhook delivery attempt of the segment, null when none is pending.
  next_delivery_at timestamptz,
  foreign key (tenant_id, segment_id) references segment (tenant_id, id) on delete cascade
);
create index segment_schedule_refresh_idx on segment_schedule (next_refresh_at);
create index segment_schedule_delivery_idx on segment_schedule (next_delivery_at) where next_delivery_at is not null;`);

    this.addSql(`
create table segment_webhook (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  segment_id uuid not null,
  url text not null check (length(url) between 1 and 2000),
  -- Kept as given: it signs every delivery. Never returned by the API.
  secret text not null,
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, segment_id) references segment (tenant_id, id) on delete cascade
);
create index segment_webhook_segment_idx on segment_webhook (tenant_id, segment_id);`);

    this.addSql(`
create table webhook_delivery (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  webhook_id uuid not null,
  segment_id uuid not null,
  first_sequence bigint not null,
  last_sequence bigint not null,
  change_count integer not null,
  payload jsonb not null,
  status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts integer not null default 0,
  next_attempt_at timestamptz,
  last_attempt_at timestamptz,
  last_status_code integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, webhook_id) references segment_webhook (tenant_id, id) on delete cascade
);
create index webhook_delivery_due_idx on webhook_delivery (tenant_id, segment_id, next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (tenant_id, webhook_id, created_at desc, id);

create table webhook_delivery_attempt (
  tenant_id uuid not null,
  delivery_id uuid not null,
  attempt integer not null,
  attempted_at timestamptz not null,
  status_code integer,
  error text,
  duration_ms integer not null,
  primary key (tenant_id, delivery_id, attempt),
  foreign key (tenant_id, delivery_id) references webhook_delivery (tenant_id, id) on delete cascade
);`);

    const forced = ['segment', 'segment_version', 'segment_membership', 'segment_membership_change', 'segment_webhook', 'webhook_delivery', 'webhook_delivery_attempt'];
    for (const table of [...forced, 'segment_schedule']) {
      this.addSql(`alter table ${table} enable row level security;`);
      if (forced.includes(table)) this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
      this.addSql(`grant select, insert, update, delete on ${table} to ${APP_ROLE};`);
    }
  }
}
