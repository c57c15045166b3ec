import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../app-role.js';

/**
 * The foundation schema: platform tables (tenant, api_key) and the tenant data model
 * (customers, tags, orders, journeys, touchpoints, feedback).
 *
 * Every tenant table carries tenant_id, every unique key starts with it, and references
 * between tenant tables go through (tenant_id, id) pairs so a row can never point at another
 * tenant's row, whatever the application does. Row-level security (FORCE) keyed on the
 * transaction-local setting app.tenant_id isolates tenants; the application role that
 * requests switch to owns nothing and cannot bypass RLS.
 */
export class Migration20261123000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
do $$ begin
  if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
    create role ${APP_ROLE} nologin nobypassrls;
  end if;
end $$;`);
    // The connecting user must be able to SET ROLE to the application role.
    this.addSql(`grant ${APP_ROLE} to current_user;`);
    this.addSql(`grant usage on schema public to ${APP_ROLE};`);

    this.addSql(`
create table tenant (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text not null check (length(name) between 1 and 200),
  time_zone text not null default 'UTC',
  base_currency char(3) not null default 'USD' check (base_currency ~ '^[A-Z]{3}$'),
  settings jsonb not null default '{}',
  created_at timestamptz not null default now()
);`);

    this.addSql(`
create table api_key (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenant (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  prefix text not null unique,
  secret_hash text not null,
  scopes text[] not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_key_tenant_idx on api_key (tenant_id, created_at);`);

    this.addSql(`
create table customer (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenant (id) on delete cascade,
  external_id text not null check (length(external_id) between 1 and 200),
  name text,
  email text,
  phone text,
  company text,
  job_title text,
  region text,
  industry text,
  size_band text check (size_band in ('SMALL', 'MEDIUM', 'LARGE')),
  source_systems text[] not null default '{}',
  consent_email boolean,
  consent_sms boolean,
  wallet_estimate numeric(14, 2),
  first_seen_at timestamptz,
  attributes jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, external_id)
);
create index customer_tenant_created_idx on customer (tenant_id, created_at, id);
create index customer_tenant_region_idx on customer (tenant_id, region);`);

    this.addSql(`
create table tag (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenant (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9][a-z0-9_.:-]{0,99}$'),
  label text not null,
  category text not null check (category in ('TIER', 'PREDICTIVE', 'SPENDING', 'CREDIT', 'BEHAVIOR')),
  description text,
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, key)
);

create table customer_tag (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  customer_id uuid not null,
  tag_id uuid not null,
  source text not null check (source in ('MANUAL', 'RULE', 'MODEL', 'IMPORT')),
  score numeric(10, 4),
  confidence numeric(5, 4) check (confidence between 0 and 1),
  assigned_at timestamptz not null default now(),
  expires_at timestamptz,
  unique (tenant_id, customer_id, tag_id),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id) on delete cascade,
  foreign key (tenant_id, tag_id) references tag (tenant_id, id) on delete cascade
);
create index customer_tag_tag_idx on customer_tag (tenant_id, tag_id);`);

    this.addSql(`
create table "order" (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  external_id text not null check (length(external_id) between 1 and 200),
  customer_id uuid not null,
  placed_at timestamptz not null,
  amount numeric(14, 2) not null,
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  original_amount numeric(14, 2),
  channel text,
  status text not null default 'COMPLETED' check (status in ('COMPLETED', 'CANCELLED', 'REFUNDED')),
  item_count integer check (item_count >= 0),
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, external_id),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id) on delete cascade
);
create index order_customer_placed_idx on "order" (tenant_id, customer_id, placed_at desc, id desc);
create index order_tenant_placed_idx on "order" (tenant_id, placed_at);`);

    this.addSql(`
create table journey (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenant (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9][a-z0-9_.:-]{0,99}$'),
  name text not null,
  persona text,
  scenario text,
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, key)
);

create table journey_stage (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  journey_id uuid not null,
  key text not null check (key ~ '^[a-z0-9][a-z0-9_.:-]{0,99}$'),
  name text not null,
  position integer not null check (position >= 0),
  unique (tenant_id, id),
  unique (tenant_id, journey_id, key),
  unique (tenant_id, journey_id, position),
  foreign key (tenant_id, journey_id) references journey (tenant_id, id) on delete cascade
);

create table touchpoint (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  customer_id uuid not null,
  journey_id uuid,
  stage_id uuid,
  occurred_at timestamptz not null,
  channel text,
  action text not null,
  thought text,
  emotion smallint check (emotion between -2 and 2),
  gains text,
  pains text,
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id) on delete cascade,
  foreign key (tenant_id, journey_id) references journey (tenant_id, id) on delete cascade,
  foreign key (tenant_id, stage_id) references journey_stage (tenant_id, id) on delete set null (stage_id)
);
create index touchpoint_customer_idx on touchpoint (tenant_id, customer_id, occurred_at desc, id desc);
create index touchpoint_journey_idx on touchpoint (tenant_id, journey_id, occurred_at);`);

    this.addSql(`
create table feedback (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null,
  external_id text check (length(external_id) between 1 and 200),
  customer_id uuid,
  kind text not null check (kind in ('NPS', 'CSAT', 'CES', 'COMPLAINT', 'SUGGESTION', 'PRAISE')),
  score smallint,
  comment text,
  channel text,
  category text,
  stage_id uuid,
  touchpoint_id uuid,
  received_at timestamptz not null,
  first_response_at timestamptz,
  resolved_at timestamptz,
  status text not null default 'OPEN' check (status in ('OPEN', 'RESPONDED', 'RESOLVED', 'CLOSED')),
  follow_up_result text check (follow_up_result in ('SATISFIED', 'NOT_SATISFIED', 'NO_REPLY')),
  sentiment numeric(4, 3) check (sentiment between -1 and 1),
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, external_id),
  check (
    (kind = 'NPS' and score between 0 and 10) or
    (kind = 'CSAT' and score between 1 and 5) or
    (kind = 'CES' and score between 1 and 7) or
    (kind in ('COMPLAINT', 'SUGGESTION', 'PRAISE') and score is null)
  ),
  check (first_response_at is null or first_response_at >= received_at),
  check (resolved_at is null or resolved_at >= received_at),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id) on delete cascade,
  foreign key (tenant_id, stage_id) references journey_stage (tenant_id, id) on delete set null (stage_id),
  foreign key (tenant_id, touchpoint_id) references touchpoint (tenant_id, id) on delete set null (touchpoint_id)
);
create index feedback_customer_idx on feedback (tenant_id, customer_id, received_at desc, id desc);
create index feedback_tenant_received_idx on feedback (tenant_id, kind, received_at);`);

    for (const table of TENANT_TABLES) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(
        `create policy tenant_isolation on ${table} ` +
          `using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`,
      );
      this.addSql(`grant select, insert, update, delete on ${table} to ${APP_ROLE};`);
    }

    // Platform tables: the key lookup that authenticates a request runs before the tenant is
    // known, as the connecting user, so RLS is enabled but not forced here. Inside a request
    // (application role) a tenant sees its own row and its own keys only.
    this.addSql(`alter table tenant enable row level security;`);
    this.addSql(`create policy tenant_self on tenant using (id = ${CURRENT_TENANT});`);
    this.addSql(`grant select on tenant to ${APP_ROLE};`);
    this.addSql(`alter table api_key enable row level security;`);
    this.addSql(
      `create policy tenant_isolation on api_key using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`,
    );
    this.addSql(`grant select, insert, update on api_key to ${APP_ROLE};`);
  }
}

const TENANT_TABLES = ['customer', 'tag', 'customer_tag', '"order"', 'journey', 'journey_stage', 'touchpoint', 'feedback'];

// A missing or emptied setting yields NULL, which matches no row: fail closed.
const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
