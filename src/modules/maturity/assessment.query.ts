import { sql, type SqlFragment } from '../../common/sql-fragment.js';

/** SQL of assessments: answers, overrides, evidence, results and targets. Every value is a parameter. */

export interface AssessmentRow {
  id: string;
  title: string;
  status: 'DRAFT' | 'SUBMITTED';
  model_version: number;
  respondents: string[];
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
}

export interface AnswerRow {
  item_id: string;
  respondent: string;
  level: number | null;
  special: 'UNKNOWN' | 'NOT_APPLICABLE' | null;
  note: string | null;
  answered_at: Date;
}

export interface OverrideRow {
  item_id: string;
  score: string;
  justification: string;
  created_at: Date;
}

export interface EvidenceRow {
  item_id: string;
  measure: string;
  value: number | null;
  detail: Record<string, unknown>;
  window_days: number | null;
  observed_at: Date;
  level: string | null;
}

const ASSESSMENT_COLUMNS = sql`id, title, status, model_version, respondents, created_at, updated_at, submitted_at`;

export function insertAssessmentSql(tenantId: string, input: { title: string; modelVersion: number; respondents: string[]; keyId: string }): SqlFragment {
  return sql`
    insert into assessment (tenant_id, title, model_version, respondents, created_by_key_id)
    values (${tenantId}, ${input.title}, ${input.modelVersion}, ${input.respondents}::text[], ${input.keyId})
    returning ${ASSESSMENT_COLUMNS}`;
}

/** One assessment; `lock` takes it for update, so concurrent writes to it queue up. */
export function assessmentSql(tenantId: string, id: string, lock = false): SqlFragment {
  return sql`select ${ASSESSMENT_COLUMNS} from assessment where tenant_id = ${tenantId} and id = ${id} ${lock ? sql`for update` : sql``}`;
}

export function assessmentsSql(tenantId: string): SqlFragment {
  return sql`select ${ASSESSMENT_COLUMNS} from assessment where tenant_id = ${tenantId} order by created_at, id`;
}

export function touchAssessmentSql(tenantId: string, id: string, submit = false): SqlFragment {
  return sql`
    update assessment set updated_at = now() ${submit ? sql`, status = 'SUBMITTED', submitted_at = now()` : sql``}
     where tenant_id = ${tenantId} and id = ${id}`;
}

export function answersSql(tenantId: string, assessmentId: string): SqlFragment {
  return sql`
    select item_id, respondent, level, special, note, answered_at from assessment_answer
     where tenant_id = ${tenantId} and assessment_id = ${assessmentId}
     order by item_id, respondent`;
}

/** Saves answers in one statement; a respondent's new answer to an item replaces the old one. */
export function upsertAnswersSql(
  tenantId: string,
  assessmentId: string,
  answers: { itemId: string; respondent: string; level: number | null; special: string | null; note: string | null }[],
): SqlFragment {
  return sql`
    insert into assessment_answer (tenant_id, assessment_id, item_id, respondent, level, special, note)
    select ${tenantId}, ${assessmentId}, a.item_id, a.respondent, a.level, a.special, a.note
      from unnest(${answers.map((a) => a.itemId)}::text[], ${answers.map((a) => a.respondent)}::text[], ${answers.map((a) => a.level)}::smallint[],
                  ${answers.map((a) => a.special)}::text[], ${answers.map((a) => a.note)}::text[]) as a(item_id, respondent, level, special, note)
    on conflict (tenant_id, assessment_id, item_id, respondent)
    do update set level = excluded.level, special = excluded.special, note = excluded.note, answered_at = now()`;
}

export function overridesSql(tenantId: string, assessmentId: string): SqlFragment {
  return sql`
    select item_id, score::text as score, justification, created_at from assessment_override
     where tenant_id = ${tenantId} and assessment_id = ${assessmentId}`;
}

export function upsertOverrideSql(tenantId: string, assessmentId: string, itemId: string, score: number, justification: string, keyId: string): SqlFragment {
  return sql`
    insert into assessment_override (tenant_id, assessment_id, item_id, score, justification, created_by_key_id)
    values (${tenantId}, ${assessmentId}, ${itemId}, ${score}, ${justification}, ${keyId})
    on conflict (tenant_id, assessment_id, item_id)
    do update set score = excluded.score, justification = excluded.justification, created_at = now(), created_by_key_id = excluded.created_by_key_id`;
}

export function deleteOverrideSql(tenantId: string, assessmentId: string, itemId: string): SqlFragment {
  return sql`delete from assessment_override where tenant_id = ${tenantId} and assessment_id = ${assessmentId} and item_id = ${itemId}`;
}

/** The latest observation per bound item. */
export function latestEvidenceSql(tenantId: string, assessmentId: string): SqlFragment {
  return sql`
    select distinct on (item_id) item_id, measure, value, detail, window_days, observed_at, level::text as level
      from assessment_evidence
     where tenant_id = ${tenantId} and assessment_id = ${assessmentId}
     order by item_id, observed_at desc, id desc`;
}

export function insertEvidenceSql(
  tenantId: string,
  assessmentId: string,
  rows: { itemId: string; measure: string; value: number | null; detail: Record<string, unknown>; windowDays: number | null; observedAt: Date; level: number | null }[],
): SqlFragment {
  return sql`
    insert into assessment_evidence (tenant_id, assessment_id, item_id, measure, value, detail, window_days, observed_at, level)
    select ${tenantId}, ${assessmentId}, e.item_id, e.measure, e.value, e.detail, e.window_days, e.observed_at, e.level
      from unnest(${rows.map((r) => r.itemId)}::text[], ${rows.map((r) => r.measure)}::text[], ${rows.map((r) => r.value)}::float8[],
                  ${rows.map((r) => JSON.stringify(r.detail))}::jsonb[], ${rows.map((r) => r.windowDays)}::int[],
                  ${rows.map((r) => r.observedAt)}::timestamptz[], ${rows.map((r) => r.level)}::numeric[])
           as e(item_id, measure, value, detail, window_days, observed_at, level)`;
}

export function saveResultSql(tenantId: string, assessmentId: string, computedAt: Date, result: unknown): SqlFragment {
  return sql`
    insert into assessment_result (tenant_id, assessment_id, computed_at, result)
    values (${tenantId}, ${assessmentId}, ${computedAt}, ${JSON.stringify(result)}::jsonb)
    on conflict (tenant_id, assessment_id) do update set computed_at = excluded.computed_at, result = excluded.result`;
}

export function resultSql(tenantId: string, assessmentId: string): SqlFragment {
  return sql`select computed_at, result from assessment_result where tenant_id = ${tenantId} and assessment_id = ${assessmentId}`;
}

/** Submitted assessments with their frozen results, in submission order. */
export function submittedRunsSql(tenantId: string): SqlFragment {
  return sql`
    select a.id, a.title, a.submitted_at, r.result
      from assessment a join assessment_result r on r.tenant_id = a.tenant_id and r.assessment_id = a.id
     where a.tenant_id = ${tenantId} and a.status = 'SUBMITTED'
     order by a.submitted_at, a.id`;
}

export function targetsSql(tenantId: string): SqlFragment {
  return sql`select stage, dimensions, updated_at from maturity_target where tenant_id = ${tenantId}`;
}

export function upsertTargetsSql(tenantId: string, stage: number | null, dimensions: Record<string, number>): SqlFragment {
  return sql`
    insert into maturity_target (tenant_id, stage, dimensions) values (${tenantId}, ${stage}, ${JSON.stringify(dimensions)}::jsonb)
    on conflict (tenant_id) do update set stage = excluded.stage, dimensions = excluded.dimensions, updated_at = now()`;
}
