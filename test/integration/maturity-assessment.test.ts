import {
  AnswerItemsDocument, AssessmentResultDocument, MaturityHistoryDocument, MaturityModelDocument, OverrideItemDocument, RefreshEvidenceDocument,
  SetMaturityTargetsDocument, StartAssessmentDocument, SubmitAssessmentDocument, SubmittedResultDocument, type AnswerInput, type MaturityModelQuery,
} from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const STAGES = [1, 2, 3, 4, 5, 6, 7];
const ITEMS = STAGES.flatMap((stage) => [1, 2, 3, 4, 5].map((n) => `${stage}.${n}`));

function level(itemId: string, respondent: string, value: number): AnswerInput {
  return { itemId, respondent, level: value };
}

describe('maturity assessment through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('serves the model in English and Simplified Chinese, to keys with assessments:read only', async () => {
    const { key } = await app.tenantWithKey(['assessments:read']);
    const en = await app.request(MaturityModelDocument, { locale: 'EN' }, key);
    const zh = await app.request(MaturityModelDocument, { locale: 'ZH_CN' }, key);
    expect(en.body.errors).toBeUndefined();
    expect(en.body.data!.maturityModel.stages.map((stage) => stage.name)).toEqual(['Initiate', 'Radiate', 'Align', 'Segment', 'Personalize', 'Experience management', 'Lifetime customers']);
    expect(zh.body.data!.maturityModel.stages.map((stage) => stage.name)).toEqual(['开始发声', '扩大声量', '目标匹配', '细分客户', '个性化营销', '客户体验管理', '养成终身客户']);
    expect(en.body.data!.maturityModel.items.map((item) => item.id)).toEqual(ITEMS);
    // Same structure in both languages; only the texts differ.
    const shape = (items: MaturityModelQuery['maturityModel']['items']) => items.map((item) => [item.id, item.stage, item.dimension, item.gate, item.weight, item.allowsNotApplicable, item.evidence?.key ?? null]);
    expect(shape(zh.body.data!.maturityModel.items)).toEqual(shape(en.body.data!.maturityModel.items));
    expect(en.body.data!.maturityModel.items.find((item) => item.id === '4.1')).toMatchObject({ gate: true, weight: 2, dimension: 'DATA', evidence: { key: 'FRESH_BEHAVIOURAL_SEGMENT_COVERAGE' } });

    const analyst = await app.keyFor((await app.tenantWithKey(['analytics:read'])).tenant.id, ['analytics:read']);
    const refused = await app.request(MaturityModelDocument, { locale: 'EN' }, analyst);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  });

  /**
   * A tenant with no data (so no evidence: every item is SELF_REPORTED) and an admin key (admin
   * keys are not counted as API consumers by item 6.4). Two respondents, Ana and Bo:
   * - stages 1–3: both answer 4 → x = 1 on all 15 items;
   * - 4.1 (gate) 4 and 4; 4.2 (gate) Ana 1, Bo 3 → median 2, x = .5, spread 2 → DISAGREE;
   *   4.3 0 (Ana only); 4.4 NOT_APPLICABLE; 4.5 2 → x = .5;
   * - stages 5–7: Ana says UNKNOWN to all 15 → x = 0.
   */
  async function answeredAssessment() {
    const { key, tenant } = await app.tenantWithKey(['admin']);
    const started = await app.request(StartAssessmentDocument, { input: { title: 'Annual review', respondents: ['Ana', 'Bo'] } }, key);
    expect(started.body.errors).toBeUndefined();
    const id = started.body.data!.startAssessment.id;
    const answers: AnswerInput[] = [
      ...ITEMS.slice(0, 15).flatMap((item) => [level(item, 'Ana', 4), level(item, 'Bo', 4)]),
      level('4.1', 'Ana', 4), level('4.1', 'Bo', 4),
      level('4.2', 'Ana', 1), level('4.2', 'Bo', 3),
      level('4.3', 'Ana', 0),
      { itemId: '4.4', respondent: 'Ana', special: 'NOT_APPLICABLE' },
      { itemId: '4.5', respondent: 'Ana', quick: 'PARTLY', note: 'Only the web shop' },
      ...ITEMS.slice(20).map((item): AnswerInput => ({ itemId: item, respondent: 'Ana', special: 'UNKNOWN' })),
    ];
    // Saved in two partial calls, as a consultant would over a workshop.
    for (const part of [answers.slice(0, 20), answers.slice(20)]) {
      const saved = await app.request(AnswerItemsDocument, { input: { assessmentId: id, answers: part } }, key);
      expect(saved.body.errors).toBeUndefined();
    }
    return { key, tenant, id };
  }

  it('scores a worked example: stage, headline, index, dimensions, confidence and recommendations', async () => {
    const { key, id } = await answeredAssessment();
    const response = await app.request(AssessmentResultDocument, { id, locale: 'EN' }, key);
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data!.assessment.result;
    // S1 = S2 = S3 = 1. S4 = (2·1 + 2·.5 + 1·0 + 1·.5) / (2 + 2 + 1 + 1) = 3.5 / 6 = .58333 < .70: not achieved.
    // S5 = S6 = S7 = 0. Stage 3; the headline's progress is S4 = 58%.
    expect(result.evidenceAdjusted.stage).toBe(3);
    expect(result.headline).toBe('Stage 3 · Align, 58% toward Segment');
    expect(result.evidenceAdjusted.stageScores.map((stage) => Number(stage.score.toFixed(4)))).toEqual([1, 1, 1, 0.5833, 0, 0, 0]);
    expect(result.evidenceAdjusted.tier).toBe('ATTRACT');
    // M = 1 + 1·1 + 1·1·1 + .58333 + 0 + 0 + 0 = 3.58333.
    expect(result.evidenceAdjusted.index).toBeCloseTo(3.58333, 4);
    // No evidence anywhere: the self-reported placement is the same.
    expect(result.selfReported.stage).toBe(3);
    expect(result.items.every((item) => item.status === 'SELF_REPORTED' || item.status === 'NOT_APPLICABLE')).toBe(true);
    const item42 = result.items.find((item) => item.itemId === '4.2')!;
    expect(item42).toMatchObject({ selfScore: 0.5, effectiveScore: 0.5, disagree: true, unknown: false });
    expect(result.items.find((item) => item.itemId === '4.4')).toMatchObject({ applicable: false, status: 'NOT_APPLICABLE', selfScore: null });
    expect(result.items.find((item) => item.itemId === '4.5')).toMatchObject({ selfScore: 0.5 });
    // Dimension levels (highest k with the mean of the dimension's items in stages ≤ k ≥ .70 and no gate there < .50):
    // DATA 1.3, 3.4, 4.1 = 1 and 5.3 = 0 → k = 5 mean .75 ✓, k = 6 adds gate 6.1 = 0 ✗ → 5.
    // CHANNELS 1.1, 1.4, 2.1, 2.3 = 1, 4.2 = .5, 5.4 = 0 → k = 6 mean 4.5/6 = .75 ✓, k = 7 adds 7.3 = 0 → .64 ✗ → 6.
    // TECHNOLOGY 1.2, 2.5 = 1 (4.4 N/A) → k = 4 ✓, k = 5 gate 5.1 = 0 ✗ → 4.
    // MEASUREMENT 2.2, 3.2, 3.3 = 1, 4.3 = 0 → k = 4 mean .75 ✓, k = 5 gate 5.2 = 0 ✗ → 4.
    // STRATEGY 2.4, 3.1 = 1, 4.5 = .5 → k = 5 mean .83 ✓, k = 6 adds 6.5 = 0 → .625 ✗ → 5.
    // ORGANIZATION 1.5, 3.5 = 1 → k = 4 ✓, k = 5 adds 5.5 = 0 → .67 ✗ → 4.
    const levels = Object.fromEntries(result.evidenceAdjusted.dimensions.map((dimension) => [dimension.dimension, dimension.level]));
    expect(levels).toEqual({ STRATEGY: 5, DATA: 5, TECHNOLOGY: 4, CHANNELS: 6, MEASUREMENT: 4, ORGANIZATION: 4 });
    // Floor: level 4 for TECHNOLOGY (mean 2/5 = .4), MEASUREMENT (3/7 = .43), ORGANIZATION (2/5 = .4);
    // TECHNOLOGY and ORGANIZATION tie on the mean, TECHNOLOGY comes first in the model.
    expect(result.evidenceAdjusted.floor).toBe('TECHNOLOGY');
    // 15 UNKNOWN of 34 applicable items: c1 = 19/34 = .5588; no evidence, so C = c1 × .6 = .3353 → LOW,
    // and provisional (over 20% unknown; the next stage's gates 4.1, 4.2 are known).
    expect(result.confidence.knownShare).toBeCloseTo(19 / 34, 6);
    expect(result.confidence.value).toBeCloseTo((19 / 34) * 0.6, 6);
    expect(result.confidence.band).toBe('LOW');
    expect(result.provisional).toBe(true);
    expect(result.provisionalReasons).toEqual(['UNKNOWN_SHARE']);
    // Target stage 4. Gaps (s < .75) in stages ≤ 4: 4.2 (1 − .5)·2 = 1.0, 4.3 (1 − 0)·1 = 1.0, 4.5 (1 − .5)·1 = .5.
    // No failing gate (4.2 is exactly .5), no foundation gap, no floor (TECHNOLOGY) item among them:
    // all three are gaps of the target stage, by priority, ties in model order.
    expect(result.recommendations.map((recommendation) => [recommendation.item.itemId, recommendation.priority, recommendation.reason])).toEqual([
      ['4.2', 1, 'TARGET_STAGE_GAP'], ['4.3', 1, 'TARGET_STAGE_GAP'], ['4.5', 0.5, 'TARGET_STAGE_GAP'],
    ]);
    expect(result.recommendations[0].title.length).toBeGreaterThan(0);
    expect(result.nextSteps.length).toBeGreaterThanOrEqual(3);

    const zh = await app.request(AssessmentResultDocument, { id, locale: 'ZH_CN' }, key);
    expect(zh.body.data!.assessment.result.headline).toBe('第 3 阶段 · 目标匹配，距「细分客户」已完成 58%');
    // The language changes the words, never the figures.
    const figures = (localized: typeof result) => ({
      placements: [localized.selfReported, localized.evidenceAdjusted].map(({ stage, index, progressToNext, stageScores, dimensions, floor, aheadOfFoundations }) => ({
        stage, index, progressToNext, floor, aheadOfFoundations,
        stageScores: stageScores.map(({ score, achieved, failingGates }) => ({ score, achieved, failingGates })),
        dimensions: dimensions.map(({ dimension, level, mean }) => ({ dimension, level, mean })),
      })),
      confidence: localized.confidence,
      items: localized.items.map(({ itemId, selfScore, effectiveScore, status }) => ({ itemId, selfScore, effectiveScore, status })),
      recommendations: localized.recommendations.map(({ item, priority, reason }) => ({ itemId: item.itemId, priority, reason })),
    });
    expect(figures(zh.body.data!.assessment.result)).toEqual(figures(result));
    expect(zh.body.data!.assessment.result.recommendations[0].title).not.toBe(result.recommendations[0].title);
  });

  it('refuses bad answers naming the field, and writes nothing of the call', async () => {
    const { key, id } = await answeredAssessment();
    const before = await app.request(AssessmentResultDocument, { id, locale: 'EN' }, key);
    const bad = async (answer: AnswerInput) => app.request(AnswerItemsDocument, { input: { assessmentId: id, answers: [level('1.1', 'Ana', 0), answer] } }, key);
    const cases: [AnswerInput, string, RegExp][] = [
      [level('9.9', 'Ana', 2), 'input.answers[1].itemId', /not an item of questionnaire version 1/],
      [level('1.2', 'Zoe', 2), 'input.answers[1].respondent', /not a respondent/],
      [level('1.2', 'Ana', 5), 'input.answers[1].level', /0 to 4/],
      [{ itemId: '1.2', respondent: 'Ana', level: 2, quick: 'YES' }, 'input.answers[1].level', /exactly one of level, quick or special/],
      [{ itemId: '4.1', respondent: 'Ana', special: 'NOT_APPLICABLE' }, 'input.answers[1].special', /does not allow NOT_APPLICABLE \(it is a gate\)/],
      [{ itemId: '1.2', respondent: 'Ana', level: 1, note: 'x'.repeat(4001) }, 'input.answers[1].note', /at most 4000/],
      [level('1.1', 'Ana', 3), 'input.answers[1].itemId', /twice in one call/],
    ];
    for (const [answer, field, message] of cases) {
      const response = await bad(answer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0].extensions!.field).toBe(field);
      expect(response.body.errors![0].message).toMatch(message);
    }
    // 1.1 was 4 for Ana before; the first, valid answer of every refused call (level 0) was not saved.
    const after = await app.request(AssessmentResultDocument, { id, locale: 'EN' }, key);
    expect(after.body.data!.assessment.answers).toEqual(before.body.data!.assessment.answers);

    const noJustification = await app.request(OverrideItemDocument, { input: { assessmentId: id, itemId: '4.3', level: 3, justification: 'ok' } }, key);
    expect(noJustification.body.errors![0].extensions!.field).toBe('input.justification');
  });

  it('applies an override with its justification, submits, freezes the answers and keeps a history with targets', async () => {
    const { key, id } = await answeredAssessment();
    const overridden = await app.request(OverrideItemDocument, { input: { assessmentId: id, itemId: '4.3', level: 4, justification: 'A/B test log reviewed in the workshop' } }, key);
    expect(overridden.body.errors).toBeUndefined();
    // 4.3 now s = 1: S4 = (2 + 1 + 1 + .5) / 6 = .75 ≥ .70 and gates 4.1 = 1, 4.2 = .5 ≥ .5 → stage 4, 0% toward Personalize (S5 = 0).
    const result = (await app.request(AssessmentResultDocument, { id, locale: 'EN' }, key)).body.data!.assessment.result;
    expect(result.items.find((item) => item.itemId === '4.3')).toMatchObject({ status: 'OVERRIDDEN', effectiveScore: 1, override: { score: 1, justification: 'A/B test log reviewed in the workshop' } });
    expect(result.headline).toBe('Stage 4 · Segment, 0% toward Personalize');
    // Self-reported ignores the override: still stage 3.
    expect(result.selfReported.stage).toBe(3);

    const incomplete = await app.request(StartAssessmentDocument, { input: { title: 'Half done', respondents: ['Ana'] } }, key);
    const refused = await app.request(SubmitAssessmentDocument, { id: incomplete.body.data!.startAssessment.id }, key);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors![0].message).toMatch(/unanswered: 1\.1, 1\.2, .*7\.5/);

    const submitted = await app.request(SubmitAssessmentDocument, { id }, key);
    expect(submitted.body.data!.submitAssessment.status).toBe('SUBMITTED');
    const frozen = await app.request(AnswerItemsDocument, { input: { assessmentId: id, answers: [level('7.1', 'Ana', 4)] } }, key);
    expect(errorCodes(frozen)).toEqual(['BAD_USER_INPUT']);
    expect(frozen.body.errors![0].message).toMatch(/answers are frozen/);
    const refreshed = await app.request(RefreshEvidenceDocument, { id }, key);
    expect(refreshed.body.errors).toBeUndefined();
    const snapshot = await app.request(SubmittedResultDocument, { id }, key);
    expect(snapshot.body.data!.assessment.submittedResult).toMatchObject({ headline: 'Stage 4 · Segment, 0% toward Personalize', evidenceAdjusted: { stage: 4 }, selfReported: { stage: 3 } });

    // A second run a year later: everything fully in place → stage 7, M = 7.
    const second = await app.request(StartAssessmentDocument, { input: { title: 'Second review', respondents: ['Ana'] } }, key);
    const secondId = second.body.data!.startAssessment.id;
    await app.request(AnswerItemsDocument, { input: { assessmentId: secondId, answers: ITEMS.map((item) => level(item, 'Ana', 4)) } }, key);
    expect((await app.request(SubmitAssessmentDocument, { id: secondId }, key)).body.errors).toBeUndefined();

    const targets = await app.request(SetMaturityTargetsDocument, { input: { stage: 5, dimensions: [{ dimension: 'DATA', level: 6 }, { dimension: 'TECHNOLOGY', level: 7 }] } }, key);
    expect(targets.body.errors).toBeUndefined();
    const history = (await app.request(MaturityHistoryDocument, {}, key)).body.data!;
    expect(history.assessments.map((assessment) => assessment.status)).toEqual(['SUBMITTED', 'DRAFT', 'SUBMITTED']);
    expect(history.maturityHistory.runs.map((run) => [run.title, run.stage, run.selfReportedStage])).toEqual([['Annual review', 4, 3], ['Second review', 7, 7]]);
    // First run: S4 = .75, so M = 3 + .75 = 3.75; second M = 7: change +3.25, stage +3, DATA 5 → 7 (+2).
    expect(history.maturityHistory.runs[0].index).toBeCloseTo(3.75, 6);
    expect(history.maturityHistory.runs[0].change).toBeNull();
    expect(history.maturityHistory.runs[1].change!.stage).toBe(3);
    expect(history.maturityHistory.runs[1].change!.index).toBeCloseTo(3.25, 6);
    expect(history.maturityHistory.runs[1].change!.dimensions.find((dimension) => dimension.dimension === 'DATA')!.level).toBe(2);
    expect(history.maturityHistory.progress).toEqual([
      { dimension: null, target: 5, current: 7, remaining: 0, met: true },
      { dimension: 'DATA', target: 6, current: 7, remaining: 0, met: true },
      { dimension: 'TECHNOLOGY', target: 7, current: 7, remaining: 0, met: true },
    ]);
    const badTargets = await app.request(SetMaturityTargetsDocument, { input: { stage: 8 } }, key);
    expect(badTargets.body.errors![0].extensions!.field).toBe('input.stage');
  });

  it('keeps assessments to their tenant and to keys with the assessment scopes', async () => {
    const { id } = await answeredAssessment();
    const other = await app.tenantWithKey(['admin']);
    const foreign = await app.request(AssessmentResultDocument, { id, locale: 'EN' }, other.key);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    const foreignWrite = await app.request(AnswerItemsDocument, { input: { assessmentId: id, answers: [level('1.1', 'Ana', 0)] } }, other.key);
    expect(errorCodes(foreignWrite)).toEqual(['NOT_FOUND']);
    expect((await app.request(MaturityHistoryDocument, {}, other.key)).body.data!.assessments).toEqual([]);

    const reader = await app.keyFor(other.tenant.id, ['assessments:read']);
    const start = await app.request(StartAssessmentDocument, { input: { title: 'x', respondents: ['A'] } }, reader);
    expect(errorCodes(start)).toEqual(['FORBIDDEN']);
    expect(start.body.errors![0].message).toMatch(/assessments:write/);
  });
});
