import { badInput, NotFoundError, throwIfInvalid } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';

/** What the service needs of a request: the tenant's transaction and the key acting. */
export type AssessmentScope = Pick<RequestContext, 'tenantId' | 'em' | 'sql' | 'auth'>;
import { toDate } from '../../db/sql-runner.js';
import { observeEvidence } from './evidence/maturity-evidence.js';
import { checkAnswers, checkOverride, checkStart } from './assessment-input.js';
import {
  answersSql, assessmentSql, assessmentsSql, deleteOverrideSql, insertAssessmentSql, insertEvidenceSql, latestEvidenceSql,
  overridesSql, resultSql, saveResultSql, touchAssessmentSql, upsertAnswersSql, upsertOverrideSql,
  type AnswerRow, type AssessmentRow, type EvidenceRow, type OverrideRow,
} from './assessment.query.js';
import type { AnswerItemsInput, Assessment, OverrideItemInput, StartAssessmentInput } from './assessment.types.js';
import { AssessmentStatus } from './maturity.enums.js';
import { CURRENT_MODEL, modelOfVersion } from './maturity-models.js';
import type { Locale, MaturityModel } from './model/maturity-model.types.js';
import { buildResult } from './assessment-result.js';
import type { AssessmentResult } from './assessment-result.types.js';
import { scoreAssessment } from './scoring/maturity-scoring.js';
import type { AnswerValue, AssessmentScore, ItemInput } from './scoring/maturity-scoring.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything an assessment's result is computed from. */
export interface AssessmentState {
  assessment: Assessment;
  model: MaturityModel;
  answers: AnswerRow[];
  overrides: Map<string, OverrideRow>;
  evidence: Map<string, EvidenceRow>;
}

/** What submission freezes: the score and the evidence it was computed with. */
export interface FrozenResult {
  score: AssessmentScore;
  evidence: Record<string, EvidenceRow>;
}

function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    title: row.title,
    status: row.status as AssessmentStatus,
    modelVersion: row.model_version,
    respondents: row.respondents,
    createdAt: toDate(row.created_at) as Date,
    updatedAt: toDate(row.updated_at) as Date,
    submittedAt: toDate(row.submitted_at),
  };
}

function answerValue(row: AnswerRow): AnswerValue {
  if (row.special === 'UNKNOWN') return { kind: 'UNKNOWN' };
  if (row.special === 'NOT_APPLICABLE') return { kind: 'NOT_APPLICABLE' };
  return { kind: 'LEVEL', level: row.level as 0 | 1 | 2 | 3 | 4 };
}

/** The scoring inputs of every item of the model from the stored answers, overrides and evidence. */
export function scoringInputs(model: MaturityModel, answers: AnswerRow[], overrides: Map<string, OverrideRow>, evidence: Map<string, EvidenceRow>): ItemInput[] {
  return model.items.map((item) => {
    const override = overrides.get(item.id);
    const observed = evidence.get(item.id);
    return {
      itemId: item.id,
      answers: answers.filter((answer) => answer.item_id === item.id).map((answer) => ({ respondent: answer.respondent, value: answerValue(answer) })),
      evidenceLevel: observed?.level === null || observed?.level === undefined ? null : Number(observed.level),
      override: override ? { score: Number(override.score), justification: override.justification } : null,
    };
  });
}

/**
 * Assessments of the tenant's company: start, answer (partial saves per respondent), refresh
 * evidence, override, submit (freezes the answers and the result), read.
 */
export class AssessmentService {
  constructor(
    private readonly context: AssessmentScope,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get tenantId(): string {
    return this.context.tenantId;
  }

  async start(input: StartAssessmentInput): Promise<Assessment> {
    throwIfInvalid(checkStart(input));
    const [row] = await this.context.sql.query<AssessmentRow>(insertAssessmentSql(this.tenantId, {
      title: input.title.trim(), modelVersion: CURRENT_MODEL.version, respondents: input.respondents, keyId: this.context.auth.apiKey.id,
    }));
    const assessment = toAssessment(row);
    // The consultant sees what the data says from the first question on.
    await this.observe(assessment);
    return assessment;
  }

  async get(id: string, lock = false): Promise<Assessment> {
    if (!UUID.test(id)) throw new NotFoundError('Assessment', id);
    const [row] = await this.context.sql.query<AssessmentRow>(assessmentSql(this.tenantId, id.toLowerCase(), lock));
    if (!row) throw new NotFoundError('Assessment', id);
    return toAssessment(row);
  }

  async list(): Promise<Assessment[]> {
    return (await this.context.sql.query<AssessmentRow>(assessmentsSql(this.tenantId))).map(toAssessment);
  }

  async answer(input: AnswerItemsInput): Promise<Assessment> {
    const assessment = await this.draft(input.assessmentId);
    const { errors, valid } = checkAnswers(modelOfVersion(assessment.modelVersion), assessment.respondents, input.answers ?? []);
    throwIfInvalid(errors);
    await this.context.sql.query(upsertAnswersSql(this.tenantId, assessment.id, valid));
    await this.context.sql.query(touchAssessmentSql(this.tenantId, assessment.id));
    return this.get(assessment.id);
  }

  async override(input: OverrideItemInput): Promise<Assessment> {
    const assessment = await this.draft(input.assessmentId);
    throwIfInvalid(checkOverride(modelOfVersion(assessment.modelVersion), input));
    if (input.level === null || input.level === undefined) {
      await this.context.sql.query(deleteOverrideSql(this.tenantId, assessment.id, input.itemId));
    } else {
      await this.context.sql.query(upsertOverrideSql(this.tenantId, assessment.id, input.itemId, input.level / 4, (input.justification as string).trim(), this.context.auth.apiKey.id));
    }
    await this.context.sql.query(touchAssessmentSql(this.tenantId, assessment.id));
    return this.get(assessment.id);
  }

  /** Works on submitted assessments too: the answers stay, the evidence-adjusted result follows the data. */
  async refreshEvidence(id: string): Promise<Assessment> {
    const assessment = await this.get(id, true);
    await this.observe(assessment);
    await this.context.sql.query(touchAssessmentSql(this.tenantId, assessment.id));
    return this.get(assessment.id);
  }

  async submit(id: string): Promise<Assessment> {
    const assessment = await this.draft(id);
    const state = await this.state(assessment);
    const answered = new Set(state.answers.map((answer) => answer.item_id));
    const missing = state.model.items.filter((item) => !answered.has(item.id)).map((item) => item.id);
    if (missing.length > 0) {
      throw badInput('id', `every item needs an answer before submission (UNKNOWN is an answer); unanswered: ${missing.join(', ')}`);
    }
    const frozen: FrozenResult = { score: this.score(state), evidence: Object.fromEntries(state.evidence) };
    await this.context.sql.query(saveResultSql(this.tenantId, assessment.id, this.now(), frozen));
    await this.context.sql.query(touchAssessmentSql(this.tenantId, assessment.id, true));
    return this.get(assessment.id);
  }

  async state(assessment: Assessment): Promise<AssessmentState> {
    const answers = await this.context.sql.query<AnswerRow>(answersSql(this.tenantId, assessment.id));
    const overrides = await this.context.sql.query<OverrideRow>(overridesSql(this.tenantId, assessment.id));
    const evidence = await this.context.sql.query<EvidenceRow>(latestEvidenceSql(this.tenantId, assessment.id));
    return {
      assessment,
      model: modelOfVersion(assessment.modelVersion),
      answers: answers.map((answer) => ({ ...answer, answered_at: toDate(answer.answered_at) as Date })),
      overrides: new Map(overrides.map((row) => [row.item_id, { ...row, created_at: toDate(row.created_at) as Date }])),
      evidence: new Map(evidence.map((row) => [row.item_id, { ...row, observed_at: toDate(row.observed_at) as Date }])),
    };
  }

  score(state: AssessmentState): AssessmentScore {
    return scoreAssessment(state.model, scoringInputs(state.model, state.answers, state.overrides, state.evidence));
  }

  /** The result now: the stored answers with the latest evidence (live after submission too). */
  async liveResult(assessment: Assessment, locale: Locale): Promise<AssessmentResult> {
    const state = await this.state(assessment);
    return buildResult({ ...state, score: this.score(state), computedAt: this.now() }, locale);
  }

  /** The result as frozen at submission, with the evidence it used; null for a draft. */
  async submittedResult(assessment: Assessment, locale: Locale): Promise<AssessmentResult | null> {
    const frozen = await this.frozen(assessment);
    if (!frozen) return null;
    const state = await this.state(assessment);
    return buildResult({ ...state, score: frozen.result.score, evidence: new Map(Object.entries(frozen.result.evidence)), computedAt: frozen.computedAt }, locale);
  }

  /** The result frozen at submission, or null for a draft. */
  private async frozen(assessment: Assessment): Promise<{ computedAt: Date; result: FrozenResult } | null> {
    const [row] = await this.context.sql.query<{ computed_at: Date; result: FrozenResult }>(resultSql(this.tenantId, assessment.id));
    if (!row) return null;
    const evidence = Object.fromEntries(Object.entries(row.result.evidence).map(([item, observed]) => [item, { ...observed, observed_at: toDate(observed.observed_at) as Date }]));
    return { computedAt: toDate(row.computed_at) as Date, result: { score: row.result.score, evidence } };
  }

  private async draft(id: string): Promise<Assessment> {
    const assessment = await this.get(id, true);
    if (assessment.status !== AssessmentStatus.DRAFT) {
      throw badInput('assessmentId', `assessment ${assessment.id} is submitted: its answers are frozen (evidence can still be refreshed)`);
    }
    return assessment;
  }

  /** Stores one observation per bound item of the assessment's questionnaire. */
  private async observe(assessment: Assessment): Promise<void> {
    const model = modelOfVersion(assessment.modelVersion);
    const observations = new Map((await observeEvidence(this.context, this.now())).map((observation) => [observation.measure, observation]));
    const rows = model.items.flatMap((item) => {
      const observed = item.evidence ? observations.get(item.evidence) : undefined;
      return observed ? [{ itemId: item.id, ...observed }] : [];
    });
    if (rows.length > 0) await this.context.sql.query(insertEvidenceSql(this.tenantId, assessment.id, rows));
  }
}
