import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../app-role.js';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The CX-maturity assessment (MATURITY.md): assessments with their respondents' answers,
 * consultants' overrides, every evidence observation (kept, not overwritten, so a report can
 * show what the data said when), the result frozen at submission, the company's targets, and
 * when a tenant last queried a metric (the evidence of "CLV is used", item 7.2).
 */
export class Migration20261125000000_maturity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table assessment (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenant (id) on delete cascade,
  title text not null check (length(title) between 1 and 200),
  model_version integer not null,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
  respondents text[] not null check (cardinality(respondents) between 1 and 50),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  created_by_key_id uuid,
  unique (tenant_id, id),
  check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index assessment_history_idx on assessment (tenant_id, created_at, id);

create table assessment_answer (
  tenant_id uuid not null,
  assessment_id uuid not null,
  item_id text not null,
  respondent text not null,
  -- A level 0..4, or UNKNOWN / NOT_APPLICABLE (then level is null).
  level smallint check (level between 0 and 4),
  special text check (special in ('UNKNOWN', 'NOT_APPLICABLE')),
  note text check (note is null or length(note) <= 4000),
  answered_at timestamptz not null default now(),
  primary key (tenant_id, assessment_id, item_id, respondent),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade,
  check ((level is null) <> (special is null))
);

create table assessment_override (
  tenant_id uuid not null,
  assessment_id uuid not null,
  item_id text not null,
  -- The effective score s the consultant sets, 0..1.
  score numeric not null check (score between 0 and 1),
  justification text not null check (length(justification) between 10 and 4000),
  created_at timestamptz not null default now(),
  created_by_key_id uuid,
  primary key (tenant_id, assessment_id, item_id),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade
);

create table assessment_evidence (
  id bigint generated always as identity primary key,
  tenant_id uuid not null,
  assessment_id uuid not null,
  item_id text not null,
  measure text not null,
  value double precision,
  detail jsonb not null default '{}',
  window_days integer,
  observed_at timestamptz not null,
  -- null: no evidence (no data of that kind); never a penalty.
  level numeric check (level in (0, 0.25, 0.5, 0.75, 1)),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade
);
create index assessment_evidence_latest_idx on assessment_evidence (tenant_id, assessment_id, item_id, observed_at desc, id desc);

create table assessment_result (
  tenant_id uuid not null,
  assessment_id uuid not null,
  computed_at timestamptz not null,
  result jsonb not null,
  primary key (tenant_id, assessment_id),
  foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade
);

create table maturity_target (
  tenant_id uuid primary key references tenant (id) on delete cascade,
  stage integer check (stage between 1 and 7),
  -- {"DATA": 4, ...}: the level aimed at per dimension.
  dimensions jsonb not null default '{}',
  updated_at timestamptz not null default now()
);

create table metric_usage (
  tenant_id uuid not null references tenant (id) on delete cascade,
  metric text not null,
  last_queried_at timestamptz not null,
  primary key (tenant_id, metric)
);`);

    for (const table of ['assessment', 'assessment_answer', 'assessment_override', 'assessment_evidence', 'assessment_result', 'maturity_target', 'metric_usage']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`);
      this.addSql(`grant select, insert, update, delete on ${table} to ${APP_ROLE};`);
    }
  }
}
