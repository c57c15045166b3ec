import { FieldChecker } from '../../common/validation.js';
import type { FieldError } from '../../common/errors.js';
import type { MaturityModel } from './model/maturity-model.types.js';
import type { AnswerInput, MaturityTargetsInput, OverrideItemInput, StartAssessmentInput } from './assessment.types.js';
import { QuickAnswer, SpecialAnswer } from './maturity.enums.js';

/** Validation of assessment inputs: every problem named by its field path, nothing written on any. */

export const MAX_ANSWERS_PER_CALL = 500;
const MAX_RESPONDENTS = 50;
const QUICK_LEVELS: Record<QuickAnswer, number> = { [QuickAnswer.NO]: 0, [QuickAnswer.PARTLY]: 2, [QuickAnswer.YES]: 4 };

export interface ValidAnswer {
  itemId: string;
  respondent: string;
  level: number | null;
  special: SpecialAnswer | null;
  note: string | null;
}

export function checkStart(input: StartAssessmentInput): FieldError[] {
  const check = new FieldChecker('input');
  check.requiredText('title', input.title, 200);
  const respondents = input.respondents ?? [];
  if (respondents.length < 1 || respondents.length > MAX_RESPONDENTS) check.fail('respondents', `must list 1 to ${MAX_RESPONDENTS} respondents`);
  const seen = new Set<string>();
  respondents.forEach((respondent, index) => {
    check.requiredText(`respondents[${index}]`, respondent, 100);
    if (seen.has(respondent)) check.fail(`respondents[${index}]`, `"${respondent}" is listed twice`);
    seen.add(respondent);
  });
  return check.errors;
}

/** Checks a batch against the model and the assessment's respondents; returns the answers as stored. */
export function checkAnswers(model: MaturityModel, respondents: readonly string[], answers: readonly AnswerInput[]): { errors: FieldError[]; valid: ValidAnswer[] } {
  const check = new FieldChecker('input');
  if (answers.length < 1 || answers.length > MAX_ANSWERS_PER_CALL) check.fail('answers', `must hold 1 to ${MAX_ANSWERS_PER_CALL} answers`);
  const items = new Map(model.items.map((item) => [item.id, item]));
  const valid: ValidAnswer[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const at = new FieldChecker(`input.answers[${index}]`);
    const item = items.get(answer.itemId);
    if (!item) at.fail('itemId', `"${answer.itemId}" is not an item of questionnaire version ${model.version}`);
    if (!respondents.includes(answer.respondent)) at.fail('respondent', `"${answer.respondent}" is not a respondent of this assessment`);
    const given = [answer.level, answer.quick, answer.special].filter((value) => value !== undefined && value !== null).length;
    if (given !== 1) at.fail('level', 'give exactly one of level, quick or special');
    at.integer('level', answer.level, 0, 4);
    at.optionalText('note', answer.note, 4000);
    if (answer.special === SpecialAnswer.NOT_APPLICABLE && item && !item.allowsNotApplicable) {
      at.fail('special', `item ${item.id} does not allow NOT_APPLICABLE${item.gate ? ' (it is a gate)' : ''}`);
    }
    const key = `${answer.itemId}\u0000${answer.respondent}`;
    if (seen.has(key)) at.fail('itemId', `answers item ${answer.itemId} for ${answer.respondent} twice in one call`);
    seen.add(key);
    check.errors.push(...at.errors);
    if (at.errors.length === 0) {
      valid.push({
        itemId: answer.itemId,
        respondent: answer.respondent,
        level: answer.quick ? QUICK_LEVELS[answer.quick] : (answer.level ?? null),
        special: answer.special ?? null,
        note: answer.note ?? null,
      });
    }
  });
  return { errors: check.errors, valid };
}

export function checkOverride(model: MaturityModel, input: OverrideItemInput): FieldError[] {
  const check = new FieldChecker('input');
  if (!model.items.some((item) => item.id === input.itemId)) check.fail('itemId', `"${input.itemId}" is not an item of questionnaire version ${model.version}`);
  check.integer('level', input.level, 0, 4);
  if (input.level !== null && input.level !== undefined) {
    const justification = input.justification?.trim() ?? '';
    if (justification.length < 10) check.fail('justification', 'is required with an override: at least 10 characters saying why');
    else check.optionalText('justification', input.justification, 4000);
  }
  return check.errors;
}

export function checkTargets(input: MaturityTargetsInput): FieldError[] {
  const check = new FieldChecker('input');
  check.integer('stage', input.stage, 1, 7);
  const seen = new Set<string>();
  (input.dimensions ?? []).forEach((target, index) => {
    check.integer(`dimensions[${index}].level`, target.level, 1, 7, true);
    if (seen.has(target.dimension)) check.fail(`dimensions[${index}].dimension`, `${target.dimension} is given twice`);
    seen.add(target.dimension);
  });
  return check.errors;
}
