import { badInput } from '../../../common/errors.js';
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from '../../../common/pagination.js';
import type { RequestContext } from '../../../context.js';
import type { Customer } from '../../customer/customer.entity.js';
import { analyticsOf, analyticsWindow } from '../analytics-request.js';
import { CUSTOMER_FACT, filterConditions } from '../metric/metric-scope.js';
import { LeadScoreRuleKey } from '../settings/lead-score-rules.js';
import { BEHAVIOUR_RULES } from './lead-score-signals.js';
import { LEAD_GRADES, type LeadGrade } from './lead-score.enums.js';
import {
  knownAtCondition,
  leadGradeCountsSql,
  leadScorePageSql,
  leadScoresOfSql,
  prospectCondition,
  ruleColumn,
  type LeadPopulation,
  type LeadScoreRow,
  type LeadScoring,
} from './lead-score.query.js';
import { LeadGradeCount, LeadGradeDistribution, LeadScore, LeadScoreExplanation, type LeadScoreInput, type LeadScoresArgs } from './lead-score.types.js';

const CURSOR_SORT = 'leadScore';
const DECIMAL = /^-?\d{1,12}(\.\d{1,12})?$/;

/** Lead scores (METRICS.md, Lead score): one statement per call, computed in PostgreSQL. */
export class LeadScoreService {
  constructor(
    private readonly context: RequestContext,
    /** "now" of the request, so every customer of a page is scored as of the same instant. */
    private readonly now: Date,
  ) {}

  /** asOf with its default, refused outside the years 1900..2200 (naming `field`). */
  asOfOrNow(asOf: Date | null | undefined, field: string): Date {
    const instant = asOf ?? this.now;
    if (Number.isNaN(instant.getTime()) || instant.getUTCFullYear() < 1900 || instant.getUTCFullYear() > 2200) {
      throw badInput(field, 'must be a date-time between the years 1900 and 2200');
    }
    return instant;
  }

  async scoresOf(customerIds: readonly string[], asOf: Date): Promise<Map<string, LeadScore>> {
    const rows = await this.context.sql.query<LeadScoreRow>(leadScoresOfSql(this.scoringAt(asOf), customerIds));
    return new Map(rows.map((row) => [row.customer_id, this.toScore(row, asOf)]));
  }

  async distribution(input: LeadScoreInput | null | undefined): Promise<LeadGradeDistribution> {
    const { scoring, population, includeBuyers } = await this.population(input);
    const rows = await this.context.sql.query<{ grade: LeadGrade; customers: number; score_sum: string }>(leadGradeCountsSql(scoring, population));
    const byGrade = new Map(rows.map((row) => [row.grade, row]));
    const n = rows.reduce((sum, row) => sum + row.customers, 0);
    const scoreSum = rows.reduce((sum, row) => sum + Number(row.score_sum), 0);
    return Object.assign(new LeadGradeDistribution(), {
      asOf: scoring.asOf,
      includeBuyers,
      n,
      meanScore: n === 0 ? null : scoreSum / n,
      reason: n === 0 ? (includeBuyers ? 'no customers known at asOf match' : 'no prospects (customers without a completed order) known at asOf match') : null,
      grades: LEAD_GRADES.map((grade) => {
        const customers = byGrade.get(grade)?.customers ?? 0;
        return Object.assign(new LeadGradeCount(), { grade, customers, share: n === 0 ? null : customers / n });
      }),
      thresholds: { ...scoring.thresholds },
      halfLifeDays: scoring.halfLifeDays,
    });
  }

  async page(args: LeadScoresArgs): Promise<ConnectionShape<LeadScore>> {
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after, CURSOR_SORT);
    if (cursor && !DECIMAL.test(String(cursor.value))) throw badInput('after', 'is not a valid cursor');
    const { scoring, population } = await this.population(args.input);
    const after = cursor ? { score: String(cursor.value), customerId: cursor.id } : null;
    const rows = await this.context.sql.query<LeadScoreRow>(leadScorePageSql(scoring, population, { grade: args.grade ?? null, after, limit: first + 1 }));
    // The count travels with the rows; only a page past the end needs a second statement.
    const total = rows[0]?.total_count;
    const countTotal = async () =>
      total ?? (await this.context.sql.query<LeadScoreRow>(leadScorePageSql(scoring, population, { grade: args.grade ?? null, after: null, limit: 1 })))[0]?.total_count ?? 0;
    return toConnection(rows.map((row) => this.toScore(row, scoring.asOf)), first, Boolean(cursor), (score) => encodeCursor(CURSOR_SORT, score.scoreText, score.customerId), countTotal);
  }

  private toScore(row: LeadScoreRow, asOf: Date): LeadScore & { scoreText: string } {
    return toScore(row, asOf, () => this.context.loaders.customerById.load(row.customer_id));
  }

  private scoringAt(asOf: Date): LeadScoring {
    const { settings } = analyticsOf(this.context);
    return {
      tenantId: this.context.tenantId,
      asOf,
      rules: settings.leadScoreRules,
      halfLifeDays: settings.leadScoreHalfLifeDays,
      thresholds: settings.leadGradeThresholds,
    };
  }

  /** The customers a distribution or page covers: known at asOf, filtered, prospects unless includeBuyers. */
  private async population(input: LeadScoreInput | null | undefined): Promise<{ scoring: LeadScoring; population: LeadPopulation; includeBuyers: boolean }> {
    const asOf = this.asOfOrNow(input?.asOf, 'input.asOf');
    const window = await analyticsWindow(this.context, { asOf, filter: input?.filter }, { now: this.now });
    const scoring = this.scoringAt(asOf);
    const includeBuyers = input?.includeBuyers ?? false;
    const filters = filterConditions(CUSTOMER_FACT, window, this.context.tenantId, 'input');
    const conditions = [knownAtCondition(scoring), ...filters];
    if (!includeBuyers) conditions.push(prospectCondition(scoring));
    return { scoring, population: { conditions, narrow: !includeBuyers || filters.length > 0 }, includeBuyers };
  }
}

/** A score row as the API type; `scoreText` keeps the exact decimal for the cursor. */
function toScore(row: LeadScoreRow, asOf: Date, loadCustomer: () => Promise<Customer | null>): LeadScore & { scoreText: string } {
  return Object.assign(new LeadScore(), {
    loadCustomer,
    customerId: row.customer_id,
    externalId: row.external_id,
    asOf,
    score: Number(row.score),
    scoreText: row.score,
    grade: row.grade,
    profileScore: Number(row.profile_score),
    behaviourScore: Number(row.behaviour_score),
    prospect: row.prospect,
    explanation: explanationOf(row),
  });
}

/** The rules that gave points, in enum order: the profile rules, then the behaviour rules. */
function explanationOf(row: LeadScoreRow): LeadScoreExplanation[] {
  return Object.values(LeadScoreRuleKey).flatMap((rule) => {
    const points = row[ruleColumn(rule, 'points')];
    if (points === null || points === undefined || Number(points) === 0) return [];
    const behaviour = BEHAVIOUR_RULES.includes(rule);
    return [
      Object.assign(new LeadScoreExplanation(), {
        rule,
        points: Number(points),
        events: behaviour ? Number(row[ruleColumn(rule, 'events')]) : null,
        capped: behaviour ? row[ruleColumn(rule, 'capped')] === true : false,
      }),
    ];
  });
}
