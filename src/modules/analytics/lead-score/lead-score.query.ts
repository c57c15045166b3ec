import { allOf, joinSql, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER } from '../../customer/customer.query.js';
import type { LeadScoreRuleSetting } from '../settings/analytics-settings.js';
import { LeadScoreRuleKey } from '../settings/lead-score-rules.js';
import { BEHAVIOUR_ACTIONS, BEHAVIOUR_RULES, DECISION_MAKER_ROLE, JOB_LEVEL_WORDS, PROFILE_RULES, TITLE_WORD_SEPARATOR } from './lead-score-signals.js';
import type { LeadGrade } from './lead-score.enums.js';

/** SQL of the lead score (METRICS.md, Lead score). Every value is a bind parameter. */

export interface LeadScoring {
  tenantId: string;
  /** Touchpoints and orders after it do not count; decay is measured to it. */
  asOf: Date;
  rules: readonly LeadScoreRuleSetting[];
  halfLifeDays: number;
  thresholds: { a: number; b: number; c: number };
}

/**
 * A scored customer. Besides the totals, every rule has a column `<rule>_points` (decimal text,
 * 0 when the rule does not apply), and behaviour rules `<rule>_events` and `<rule>_capped`.
 */
export interface LeadScoreRow {
  customer_id: string;
  external_id: string;
  profile_score: string;
  behaviour_score: string;
  score: string;
  grade: LeadGrade;
  prospect: boolean;
  total_count: number | null;
  [column: string]: unknown;
}

/** Column name of a rule's figure: rule keys are code-written constants, never input. */
export function ruleColumn(rule: LeadScoreRuleKey, figure: 'points' | 'events' | 'capped'): string {
  return `${rule.toLowerCase()}_${figure}`;
}

function completedOrderBy(scoring: LeadScoring, customer: SqlFragment): SqlFragment {
  return sql`exists (select 1 from "order" o
                      where o.tenant_id = ${scoring.tenantId} and o.customer_id = ${customer}
                        and ${trusted(COMPLETED_ORDER)} and o.placed_at <= ${scoring.asOf})`;
}

/** Customers with no completed order at or before asOf (METRICS.md: prospects, leads). */
export function prospectCondition(scoring: LeadScoring): SqlFragment {
  return sql`not ${completedOrderBy(scoring, trusted('c.id'))}`;
}

/** Customers known at asOf: first seen (or, without that, recorded) at or before it. */
export function knownAtCondition(scoring: LeadScoring): SqlFragment {
  return sql`coalesce(c.first_seen_at, c.created_at) <= ${scoring.asOf}`;
}

// When a profile rule applies, on the inputs of a customer (alias x).
const PROFILE_CONDITIONS: Record<string, (x: string) => string> = {
  [LeadScoreRuleKey.JOB_LEVEL_EXECUTIVE]: (x) => `${x}.job_level = 'EXECUTIVE'`,
  [LeadScoreRuleKey.JOB_LEVEL_MANAGER]: (x) => `${x}.job_level = 'MANAGER'`,
  [LeadScoreRuleKey.JOB_LEVEL_STAFF]: (x) => `${x}.job_level = 'STAFF'`,
  [LeadScoreRuleKey.KEY_DECISION_ROLE]: (x) => `${x}.decision_maker`,
  [LeadScoreRuleKey.PHONE_PRESENT]: (x) => `${x}.has_phone`,
  [LeadScoreRuleKey.STATED_NEED]: (x) => `${x}.stated_need`,
  [LeadScoreRuleKey.COMPANY_SIZE_LARGE]: (x) => `${x}.size_band = 'LARGE'`,
  [LeadScoreRuleKey.COMPANY_SIZE_MEDIUM]: (x) => `${x}.size_band = 'MEDIUM'`,
};

const inputColumn = (rule: LeadScoreRuleKey, figure: 'events' | 'weight') => `${rule.toLowerCase()}_${figure}`;

/**
 * Each rule's points (a double) and, for behaviour rules, whether the cap was reached, as SQL on
 * the inputs of a customer (alias x): the profile fields and per behaviour rule its event count
 * and Σ 0.5^(age days / half-life). Used for the score of every customer and again, for the
 * explanation, on the rows returned only.
 */
function ruleFigures(scoring: LeadScoring, x: string) {
  const setting = new Map(scoring.rules.map((rule) => [rule.rule, rule]));
  const pointsOf = (rule: LeadScoreRuleKey) => sql`${setting.get(rule)?.points ?? 0}::float8`;
  const points = new Map<LeadScoreRuleKey, SqlFragment>();
  const capped = new Map<LeadScoreRuleKey, SqlFragment>();
  for (const rule of PROFILE_RULES) points.set(rule, sql`case when ${trusted(PROFILE_CONDITIONS[rule](x))} then ${pointsOf(rule)} else 0 end`);
  for (const rule of BEHAVIOUR_RULES) {
    const decayed = sql`(${pointsOf(rule)} * ${trusted(`${x}.${inputColumn(rule, 'weight')}`)})`;
    const cap = sql`${setting.get(rule)?.cap ?? null}::float8`;
    points.set(rule, sql`least(${decayed}, coalesce(${cap}, ${decayed}))`);
    capped.set(rule, sql`coalesce(${decayed} > ${cap}, false)`);
  }
  const sumOf = (rules: readonly LeadScoreRuleKey[]) => joinSql(rules.map((rule) => points.get(rule) as SqlFragment), ' + ');
  return { points, capped, sumOf };
}

/**
 * `with ... graded` for the customers of `customer c` meeting the conditions: one row per
 * customer with its inputs (see ruleFigures), score and grade.
 * Touchpoints are read only where `touchpointScope` holds (a condition on `t`).
 *
 * Behaviour: each event gives points × 0.5^(age days / half-life); per customer and rule the
 * sum is capped. One aggregate per customer with a filtered sum per rule keeps this a single
 * pass over the touchpoints. Points are added as doubles and the scores rounded to 4 decimals
 * (numeric) once: a float sum may differ in its last bits between plans, the rounded score
 * sorts and pages the same every time.
 */
function scoresCte(scoring: LeadScoring, conditions: readonly SqlFragment[], touchpointScope: SqlFragment): SqlFragment {
  const { tenantId, asOf, thresholds } = scoring;
  const actions = [...BEHAVIOUR_ACTIONS.entries()];
  const figures = ruleFigures(scoring, 'i');
  const behaviourSums = BEHAVIOUR_RULES.map((rule) => sql`
    count(*) filter (where a.rule = ${rule}::text) as ${trusted(inputColumn(rule, 'events'))},
    sum(h.weight) filter (where a.rule = ${rule}::text) as ${trusted(inputColumn(rule, 'weight'))}`);
  const behaviourInputs = BEHAVIOUR_RULES.map((rule) =>
    trusted(`coalesce(b.${inputColumn(rule, 'events')}, 0) as ${inputColumn(rule, 'events')}, coalesce(b.${inputColumn(rule, 'weight')}, 0) as ${inputColumn(rule, 'weight')}`),
  );

  return sql`
    with action_rule as (
      select a.action, a.rule from unnest(${actions.map(([action]) => action)}::text[], ${actions.map(([, rule]) => rule)}::text[]) as a(action, rule)
    ),
    population as (
      select c.id as customer_id, c.external_id,
             case when w.words && ${JOB_LEVEL_WORDS.EXECUTIVE}::text[] then 'EXECUTIVE'
                  when w.words && ${JOB_LEVEL_WORDS.MANAGER}::text[] then 'MANAGER'
                  when btrim(c.job_title) <> '' then 'STAFF' end as job_level,
             coalesce(upper(c.attributes ->> 'decisionRole') = ${DECISION_MAKER_ROLE}, false) as decision_maker,
             coalesce(btrim(c.phone) <> '', false) as has_phone,
             coalesce(lower(c.attributes ->> 'statedNeed') = 'true', false) as stated_need,
             c.size_band
        from customer c
       cross join lateral (select regexp_split_to_array(lower(c.job_title), ${TITLE_WORD_SEPARATOR}) as words) w
       where c.tenant_id = ${tenantId} and ${allOf(conditions)}
    ),
    behaviour as (
      -- 0.5^x is below the smallest double past x ≈ 1074 and PostgreSQL raises an underflow
      -- error instead of returning 0, so such old events weigh 0 explicitly.
      select t.customer_id, ${joinSql(behaviourSums, ',')}
        from touchpoint t
        join action_rule a on a.action = lower(t.action)
       cross join lateral (select date_part('epoch', ${asOf}::timestamptz - t.occurred_at) / 86400 / ${scoring.halfLifeDays}::float8 as half_lives) d
       cross join lateral (select case when d.half_lives < 1000 then power(0.5::float8, d.half_lives) else 0 end as weight) h
       where t.tenant_id = ${tenantId} and t.occurred_at <= ${asOf} and ${touchpointScope}
       group by t.customer_id
    ),
    inputs as (
      select p.*, ${joinSql(behaviourInputs, ', ')}
        from population p
        left join behaviour b on b.customer_id = p.customer_id
    ),
    scored as (
      -- offset 0 keeps this subquery from being merged into graded, where the score would be
      -- computed once per reference.
      select i.*, round((${figures.sumOf([...PROFILE_RULES, ...BEHAVIOUR_RULES])})::numeric, 4) as score
        from inputs i
      offset 0
    ),
    graded as (
      select s.*,
             case when s.score >= ${thresholds.a}::numeric then 'A' when s.score >= ${thresholds.b}::numeric then 'B'
                  when s.score >= ${thresholds.c}::numeric then 'C' else 'D' end as grade
        from scored s
    )`;
}

/** Which customers a distribution or page covers. */
export interface LeadPopulation {
  conditions: SqlFragment[];
  /**
   * True when the conditions leave out many customers (prospects only, a filter): touchpoints
   * are then read for those customers only. Over every customer that semi-join costs more than
   * it saves.
   */
  narrow: boolean;
}

function touchpointScope(population: LeadPopulation): SqlFragment {
  return trusted(population.narrow ? 't.customer_id in (select p.customer_id from population p)' : 'true');
}

/**
 * The picked rows (a page or a batch) with every rule's figures (see LeadScoreRow) and whether
 * the customer is still a prospect, both worked out for those rows only.
 */
function pickedSql(scoring: LeadScoring, picked: SqlFragment): SqlFragment {
  const figures = ruleFigures(scoring, 'k');
  const ruleColumns = [
    ...PROFILE_RULES.map((rule) => sql`round((${figures.points.get(rule) as SqlFragment})::numeric, 4)::text as ${trusted(ruleColumn(rule, 'points'))}`),
    ...BEHAVIOUR_RULES.map((rule) => sql`
      round((${figures.points.get(rule) as SqlFragment})::numeric, 4)::text as ${trusted(ruleColumn(rule, 'points'))},
      k.${trusted(inputColumn(rule, 'events'))} as ${trusted(ruleColumn(rule, 'events'))},
      ${figures.capped.get(rule) as SqlFragment} as ${trusted(ruleColumn(rule, 'capped'))}`),
  ];
  return sql`
    select k.customer_id, k.external_id, k.score::text, k.grade, k.total_count,
           round((${figures.sumOf(PROFILE_RULES)})::numeric, 4)::text as profile_score,
           round((${figures.sumOf(BEHAVIOUR_RULES)})::numeric, 4)::text as behaviour_score,
           ${joinSql(ruleColumns, ', ')},
           not ${completedOrderBy(scoring, trusted('k.customer_id'))} as prospect
      from (${picked}) k
     order by k.score desc, k.customer_id`;
}

/** Scores of the given customers (any customer, buyer or not). */
export function leadScoresOfSql(scoring: LeadScoring, customerIds: readonly string[]): SqlFragment {
  const ids = [...customerIds];
  return sql`${scoresCte(scoring, [sql`c.id = any(${ids}::uuid[])`], sql`t.customer_id = any(${ids}::uuid[])`)}
    ${pickedSql(scoring, trusted('select g.*, null::int as total_count from graded g'))}`;
}

/** Customers and Σ score per grade over the population. */
export function leadGradeCountsSql(scoring: LeadScoring, population: LeadPopulation): SqlFragment {
  return sql`${scoresCte(scoring, population.conditions, touchpointScope(population))}
    select g.grade, count(*)::int as customers, sum(g.score)::text as score_sum from graded g group by g.grade`;
}

export interface LeadScorePage {
  grade: LeadGrade | null;
  /** Keyset position: the score (decimal text) and customer id of the last item seen. */
  after: { score: string; customerId: string } | null;
  limit: number;
}

/** Highest score first (customer id breaks ties), with the count of the whole filtered list. */
export function leadScorePageSql(scoring: LeadScoring, population: LeadPopulation, page: LeadScorePage): SqlFragment {
  const { after } = page;
  const keyset = after
    ? sql`(g.score < ${after.score}::numeric or (g.score = ${after.score}::numeric and g.customer_id > ${after.customerId}::uuid))`
    : trusted('true');
  const ofGrade = page.grade ? sql`g.grade = ${page.grade}` : trusted('true');
  return sql`${scoresCte(scoring, population.conditions, touchpointScope(population))},
    counted as (select g.*, count(*) over ()::int as total_count from graded g where ${ofGrade})
    ${pickedSql(scoring, sql`select g.* from counted g where ${keyset} order by g.score desc, g.customer_id limit ${page.limit}`)}`;
}
