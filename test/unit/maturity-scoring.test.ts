import { MATURITY_MODEL_V1 } from '../../src/modules/maturity/model/maturity-model.v1.js';
import { itemScoreOf } from '../../src/modules/maturity/scoring/item-scores.js';
import { headline, scoreAssessment } from '../../src/modules/maturity/scoring/maturity-scoring.js';
import type { AssessmentScore, ItemInput, ItemScore, RespondentAnswer } from '../../src/modules/maturity/scoring/maturity-scoring.types.js';

const MODEL = MATURITY_MODEL_V1;

/** One respondent's level 0..4, UNKNOWN or N/A; a list for several respondents. */
type Single = number | 'UNKNOWN' | 'N/A';
type Given = Single | Single[];

function respondentAnswers(given: Given): RespondentAnswer[] {
  const values = Array.isArray(given) ? given : [given];
  return values.map((value, index) => ({
    respondent: `respondent ${index + 1}`,
    value: value === 'UNKNOWN' ? { kind: 'UNKNOWN' } : value === 'N/A' ? { kind: 'NOT_APPLICABLE' } : { kind: 'LEVEL', level: value as 0 | 1 | 2 | 3 | 4 },
  }));
}

/** One input per item of the model: `given[id]` where stated, `otherwise` for the rest. */
function inputs(given: Record<string, Given>, otherwise: Given, evidence: Record<string, number> = {}, overrides: Record<string, number> = {}): ItemInput[] {
  return MODEL.items.map((definition) => ({
    itemId: definition.id,
    answers: respondentAnswers(given[definition.id] ?? otherwise),
    evidenceLevel: evidence[definition.id] ?? null,
    override: overrides[definition.id] === undefined ? null : { score: overrides[definition.id], justification: 'seen in the workshop' },
  }));
}

/** Every item of the stages listed at one level. */
function stagesAt(stages: number[], level: Given): Record<string, Given> {
  return Object.fromEntries(MODEL.items.filter((item) => stages.includes(item.stage)).map((item) => [item.id, level]));
}

function definition(id: string) {
  const found = MODEL.items.find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function item(score: AssessmentScore, id: string): ItemScore {
  const found = score.items.find((candidate) => candidate.itemId === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('item scores', () => {
  const single = (id: string, given: Given, evidenceLevel: number | null = null, override: number | null = null) =>
    itemScoreOf(definition(id), { itemId: id, answers: respondentAnswers(given), evidenceLevel, override: override === null ? null : { score: override, justification: 'workshop' } });

  it('takes the median of three respondents and flags a spread of two steps as DISAGREE', () => {
    // 1, 4, 2 → sorted 1, 2, 4 → median 2 → x = 2 / 4 = 0.5; spread 4 − 1 = 3 ≥ 2
    expect(single('1.4', [1, 4, 2])).toMatchObject({ selfScore: 0.5, effectiveScore: 0.5, disagree: true, unknown: false, status: 'SELF_REPORTED' });
    // 3, 3, 4 → median 3 → 0.75; spread 1 → agreement
    expect(single('1.4', [3, 3, 4])).toMatchObject({ selfScore: 0.75, disagree: false });
  });

  it('takes the mean of the two middle answers of two respondents', () => {
    // 2, 3 → (2 + 3) / 2 = 2.5 → x = 0.625; spread 1
    expect(single('1.4', [2, 3])).toMatchObject({ selfScore: 0.625, disagree: false });
    // 1, 3 → 2 → 0.5; spread 2 → DISAGREE
    expect(single('1.4', [3, 1])).toMatchObject({ selfScore: 0.5, disagree: true });
  });

  it('scores UNKNOWN as 0 unless a colleague gave a level, and flags an item nobody answered', () => {
    expect(single('1.4', ['UNKNOWN', 3])).toMatchObject({ selfScore: 0.75, unknown: false });
    expect(single('1.4', ['UNKNOWN', 'UNKNOWN'])).toMatchObject({ selfScore: 0, effectiveScore: 0, unknown: true, unanswered: false, applicable: true });
    expect(single('1.4', [])).toMatchObject({ selfScore: 0, unknown: true, unanswered: true, applicable: true });
  });

  it('drops an item when everybody says N/A and the item allows it, and never a gate', () => {
    // 2.3 allows N/A
    expect(single('2.3', ['N/A', 'N/A'])).toMatchObject({ applicable: false, selfScore: null, effectiveScore: null, status: 'NOT_APPLICABLE', unknown: false });
    // one level among the N/A answers: the level counts, 2 → 0.5
    expect(single('2.3', ['N/A', 2])).toMatchObject({ applicable: true, selfScore: 0.5 });
    expect(single('2.3', ['N/A', 'UNKNOWN'])).toMatchObject({ applicable: true, unknown: true, selfScore: 0 });
    // 1.1 is a gate: N/A is not allowed and counts as UNKNOWN
    expect(single('1.1', ['N/A'])).toMatchObject({ applicable: true, unknown: true, selfScore: 0 });
  });

  it('clamps x to e ± 0.25 and sets each evidence status', () => {
    // x = 4 / 4 = 1, e = 0.5: s = clamp(1, 0.25, 0.75) = 0.75; 1 > 0.5 + 0.25 → OVERCLAIM
    expect(single('3.4', 4, 0.5)).toMatchObject({ selfScore: 1, evidenceLevel: 0.5, effectiveScore: 0.75, status: 'OVERCLAIM' });
    // x = 0.25, e = 1: s = clamp(0.25, 0.75, 1.25) = 0.75; 0.25 < 1 → UNDERCLAIM
    expect(single('3.4', 1, 1)).toMatchObject({ effectiveScore: 0.75, status: 'UNDERCLAIM' });
    // x = 0.75, e = 0.5: |0.75 − 0.5| = 0.25 ≤ 0.25 → CORROBORATED, s = x
    expect(single('3.4', 3, 0.5)).toMatchObject({ effectiveScore: 0.75, status: 'CORROBORATED' });
    // x = 0.625 (2 and 3), e = 0.75: |−0.125| ≤ 0.25 → CORROBORATED
    expect(single('3.4', [2, 3], 0.75)).toMatchObject({ effectiveScore: 0.625, status: 'CORROBORATED' });
    // x = 0, e = 0: s = clamp(0, −0.25, 0.25) = 0
    expect(single('3.4', 0, 0)).toMatchObject({ effectiveScore: 0, status: 'CORROBORATED' });
    // no evidence: s = x
    expect(single('3.4', 3)).toMatchObject({ effectiveScore: 0.75, evidenceLevel: null, status: 'SELF_REPORTED' });
    // override: s = 0.6 whatever x = 0.25 and e = 1 say
    expect(single('3.4', 1, 1, 0.6)).toMatchObject({ selfScore: 0.25, evidenceLevel: 1, effectiveScore: 0.6, status: 'OVERRIDDEN' });
  });

  it('counts an item missing from the inputs as unanswered', () => {
    const score = scoreAssessment(MODEL, inputs({}, 4).filter((input) => input.itemId !== '7.4'));
    expect(item(score, '7.4')).toMatchObject({ unknown: true, unanswered: true, selfScore: 0 });
  });
});

describe('placement', () => {
  it('places everything at 4 at stage 7 with index 7', () => {
    // every S_k = 1 → M = 1 + 1 + … = 7
    const placement = scoreAssessment(MODEL, inputs({}, 4)).selfReported;
    expect(placement).toMatchObject({ stage: 7, tier: 'ADVOCATE', progressToNext: null, index: 7, aheadOfFoundations: [] });
  });

  it('lets a failing gate block a stage whose score is 0.70 or more', () => {
    // stage 1: 1.1★ 1, 1.2★ 1/4 = 0.25, 1.3–1.5 at 1: S_1 = (2 × 1 + 2 × 0.25 + 3) / 7 = 5.5 / 7 = 0.7857 ≥ 0.7,
    // but gate 1.2 < 0.5 → stage 0; every later stage (S = 1) is ahead of the foundations
    const placement = scoreAssessment(MODEL, inputs({ '1.2': 1 }, 4)).selfReported;
    expect(placement.stageScores[0]).toMatchObject({ stage: 1, achieved: false, failingGates: ['1.2'] });
    expect(placement.stageScores[0].score).toBeCloseTo(5.5 / 7, 12);
    expect(placement).toMatchObject({ stage: 0, tier: null, aheadOfFoundations: [2, 3, 4, 5, 6, 7] });
    expect(placement.progressToNext).toBeCloseTo(0.7857, 4);
  });

  it('needs the previous stage to place a stage', () => {
    // stage 2 all at 1 → S_2 = 0.25; stages 3–7 all at 4 (S = 1) are not achieved without stage 2
    const placement = scoreAssessment(MODEL, inputs(stagesAt([2], 1), 4)).selfReported;
    expect(placement.stageScores.map((stage) => stage.achieved)).toEqual([true, false, false, false, false, false, false]);
    expect(placement).toMatchObject({ stage: 1, tier: 'ATTRACT', progressToNext: 0.25, aheadOfFoundations: [3, 4, 5, 6, 7] });
    // M = 1 + 1 × 0.25 + 0.25 × 1 × 5 = 1 + 0.25 × 6 = 2.5
    expect(placement.index).toBeCloseTo(2.5, 12);
  });

  it('computes the index from the stage scores, and the self-reported and evidence-adjusted stages apart', () => {
    // overrides s = 0.9 for stage 1, 0.8 for stage 2, 0.5 for stage 3, answers all 0:
    // evidence-adjusted M = 0.9 + 0.9 × 0.8 + 0.9 × 0.8 × 0.5 + 0 = 0.9 + 0.72 + 0.36 = 1.98;
    // stage 1 (0.9, gates 0.9), stage 2 (0.8, gates 0.8), not stage 3 (0.5 < 0.7) → stage 2
    const overrides = Object.fromEntries(MODEL.items.filter((item) => item.stage <= 3).map((item) => [item.id, [0.9, 0.8, 0.5][item.stage - 1]]));
    const score = scoreAssessment(MODEL, inputs({}, 0, {}, overrides));
    expect(score.evidenceAdjusted.index).toBeCloseTo(1.98, 12);
    expect(score.evidenceAdjusted).toMatchObject({ stage: 2, tier: 'ATTRACT', progressToNext: 0.5 });
    // self-reported: every x = 0 → S = 0, M = 0, stage 0, 0 % toward stage 1
    expect(score.selfReported).toMatchObject({ stage: 0, index: 0, progressToNext: 0 });
  });

  it('leaves an N/A item out of numerator and denominator', () => {
    // stage 2: 2.1★ 1, 2.2★ 1, 2.3 N/A, 2.4 2/4 = 0.5, 2.5 0: S_2 = (2 + 2 + 0.5 + 0) / (2 + 2 + 1 + 1) = 4.5 / 6 = 0.75
    // (were 2.3 counted as 0, S_2 = 4.5 / 7 = 0.643 and the company would stop at stage 1)
    const score = scoreAssessment(MODEL, inputs({ '2.3': 'N/A', '2.4': 2, '2.5': 0 }, 4));
    expect(score.selfReported.stageScores[1].score).toBeCloseTo(0.75, 12);
    expect(score.selfReported.stage).toBe(7);
    // CHANNELS mean without 2.3: its other six items at 1 → 1
    expect(score.selfReported.dimensions.find((dimension) => dimension.dimension === 'CHANNELS')?.mean).toBe(1);
  });

  it('computes dimension levels, means and the floor', () => {
    // all at 3 (0.75) but 3.1★ at 1 (0.25), 1.3 and 1.5 at 0
    // STRATEGY 2.4 .75, 3.1★ .25, 4.5 .75, 6.5 .75: k=1 no items; k=2 {.75} ✓; k ≥ 3 gate 3.1 < .5 ✗ → level 2;
    //   mean 2.5 / 4 = 0.625
    // DATA 1.3 0, 3.4, 4.1★, 5.3, 6.1★, 7.1★ .75: cumulative means 0, 0, .375, .5, .5625, .6, .625 → level 0; mean .625
    // ORGANIZATION 1.5 0, 3.5, 5.5, 6.3, 7.4 .75: 0, 0, .375, .375, .5, .5625, .6 → level 0; mean 3 / 5 = 0.6
    // TECHNOLOGY, CHANNELS, MEASUREMENT all .75 → level 7
    // floor: DATA and ORGANIZATION at level 0, ORGANIZATION has the lower mean (0.6 < 0.625)
    const placement = scoreAssessment(MODEL, inputs({ '3.1': 1, '1.3': 0, '1.5': 0 }, 3)).selfReported;
    const levels = Object.fromEntries(placement.dimensions.map((dimension) => [dimension.dimension, dimension.level]));
    expect(levels).toEqual({ STRATEGY: 2, DATA: 0, TECHNOLOGY: 7, CHANNELS: 7, MEASUREMENT: 7, ORGANIZATION: 0 });
    const means = Object.fromEntries(placement.dimensions.map((dimension) => [dimension.dimension, dimension.mean]));
    expect(means).toEqual({ STRATEGY: 0.625, DATA: 0.625, TECHNOLOGY: 0.75, CHANNELS: 0.75, MEASUREMENT: 0.75, ORGANIZATION: 0.6 });
    expect(placement.floor).toBe('ORGANIZATION');
  });

  it('does not give a dimension a level at a stage where it has no item', () => {
    // all at 3 but 2.4 at 0: STRATEGY has no stage-1 item (so no level 1), then {0} → 0, {0, .75} → .375,
    // {0, .75, .75} → .5, {0, .75, .75, .75} → .5625: level 0 and the floor; the others level 7
    const placement = scoreAssessment(MODEL, inputs({ '2.4': 0 }, 3)).selfReported;
    expect(placement.dimensions.find((dimension) => dimension.dimension === 'STRATEGY')).toEqual({ dimension: 'STRATEGY', level: 0, mean: 0.5625 });
    expect(placement.floor).toBe('STRATEGY');
  });

  it('breaks a floor tie in model order', () => {
    // all at 4: every dimension level 7, mean 1 → the first dimension of the model, STRATEGY
    expect(scoreAssessment(MODEL, inputs({}, 4)).selfReported.floor).toBe('STRATEGY');
  });
});

describe('confidence and provisional', () => {
  // The 16 bound items of version 1.
  const BOUND = ['1.3', '2.2', '3.2', '3.4', '4.1', '4.2', '5.2', '5.3', '5.5', '6.1', '6.2', '6.3', '6.4', '7.1', '7.2', '7.3'];

  it('is MEDIUM (0.6) with every item answered and no evidence', () => {
    expect(MODEL.items.filter((definition) => definition.evidence !== null).map((definition) => definition.id)).toEqual(BOUND);
    // c1 = 1, c2 = 0 / 16 = 0, c3 = 0 (no evidence) → C = 1 × (0.6 + 0) = 0.6
    expect(scoreAssessment(MODEL, inputs({}, 3)).confidence).toEqual({ value: 0.6, band: 'MEDIUM', knownShare: 1, evidenceCoverage: 0, corroboratedShare: 0 });
  });

  it('is HIGH from 0.8: half of the bound items corroborated', () => {
    // answers 3 (x = 0.75), evidence 0.75 on 8 of 16 bound items → all CORROBORATED:
    // C = 1 × (0.6 + 0.4 × 0.5 × 1) = 0.8
    const evidence = Object.fromEntries(BOUND.slice(0, 8).map((id) => [id, 0.75]));
    const confidence = scoreAssessment(MODEL, inputs({}, 3, evidence)).confidence;
    expect(confidence).toMatchObject({ band: 'HIGH', knownShare: 1, evidenceCoverage: 0.5, corroboratedShare: 1 });
    expect(confidence.value).toBeCloseTo(0.8, 12);
  });

  it('counts overrides as corroborated evidence, on bound and unbound items', () => {
    // answers 3 (0.75); one UNKNOWN (1.4); evidence 1.3 e .75 CORROBORATED, 2.2 e .25 OVERCLAIM (0.75 − 0.25 = 0.5),
    // 3.2 e 1 CORROBORATED; overrides on 4.1 (bound) and 1.1 (unbound)
    // c1 = 1 − 1 / 35 = 34 / 35; c2 = {1.3, 2.2, 3.2, 4.1} / 16 = 0.25;
    // c3 = {1.3, 3.2, 4.1, 1.1} / {1.3, 2.2, 3.2, 4.1, 1.1} = 4 / 5 = 0.8
    // C = 34 / 35 × (0.6 + 0.4 × 0.25 × 0.8) = 34 / 35 × 0.68 = 0.66057 → MEDIUM
    const confidence = scoreAssessment(MODEL, inputs({ '1.4': 'UNKNOWN' }, 3, { '1.3': 0.75, '2.2': 0.25, '3.2': 1 }, { '4.1': 0.7, '1.1': 0.5 })).confidence;
    expect(confidence).toMatchObject({ band: 'MEDIUM', evidenceCoverage: 0.25, corroboratedShare: 0.8 });
    expect(confidence.knownShare).toBeCloseTo(34 / 35, 12);
    expect(confidence.value).toBeCloseTo(0.66057, 5);
  });

  it('is LOW with many unknowns, and provisional for the unknown share', () => {
    // stages 5–7 UNKNOWN but 5.1: 5.2–5.5 (4) + 6.1–6.5 (5) + 7.1–7.5 (5) = 14 of 35;
    // c1 = 1 − 14 / 35 = 0.6, c2 = 0 → C = 0.6 × 0.6 = 0.36 → LOW
    const given = { ...stagesAt([5, 6, 7], 'UNKNOWN'), '5.1': 4 };
    const score = scoreAssessment(MODEL, inputs(given, 4));
    expect(score.confidence.band).toBe('LOW');
    expect(score.confidence.value).toBeCloseTo(0.36, 12);
    // 14 / 35 = 40 % > 20 %; evidence-adjusted stage: S_5 = (2 × 1 + 0 + 0 + 0 + 0) / 7 < 0.7 → stage 4,
    // and 5.2★ of stage 5 is UNKNOWN
    expect(score.evidenceAdjusted.stage).toBe(4);
    expect(score).toMatchObject({ provisional: true, provisionalReasons: ['UNKNOWN_SHARE', 'NEXT_GATE_UNKNOWN'] });
  });

  it('is not provisional at exactly 20 % unknown, and is above it', () => {
    // 5.3, 6.3, 6.4, 6.5, 7.3, 7.4, 7.5 UNKNOWN, the rest at 4: 7 / 35 = 20 %, not more.
    // S_5 = (2 + 2 + 0 + 1 + 1) / 7 = 0.857 ✓; S_6 = (2 + 2 + 0 + 0 + 0) / 7 = 0.571 ✗ → stage 5,
    // and the gates of stage 6 (6.1, 6.2) are known
    const unknown = ['5.3', '6.3', '6.4', '6.5', '7.3', '7.4', '7.5'];
    const twenty = scoreAssessment(MODEL, inputs(Object.fromEntries(unknown.map((id) => [id, 'UNKNOWN'])), 4));
    expect(twenty.evidenceAdjusted.stage).toBe(5);
    expect(twenty).toMatchObject({ provisional: false, provisionalReasons: [] });
    // and 5.4: 8 / 35 = 22.9 % > 20 %; S_5 = (2 + 2 + 0 + 0 + 1) / 7 = 0.714 → still stage 5
    const more = scoreAssessment(MODEL, inputs(Object.fromEntries([...unknown, '5.4'].map((id) => [id, 'UNKNOWN'])), 4));
    expect(more.evidenceAdjusted.stage).toBe(5);
    expect(more).toMatchObject({ provisional: true, provisionalReasons: ['UNKNOWN_SHARE'] });
  });

  it('is provisional when a gate of the next stage is unknown, and only then', () => {
    // stages 1–3 at 4, 4.1★ UNKNOWN, the rest at 0 → stage 3; next stage 4 has an unknown gate (1 / 35 unknown)
    const nextGate = scoreAssessment(MODEL, inputs({ ...stagesAt([1, 2, 3], 4), '4.1': 'UNKNOWN' }, 0));
    expect(nextGate.evidenceAdjusted.stage).toBe(3);
    expect(nextGate).toMatchObject({ provisional: true, provisionalReasons: ['NEXT_GATE_UNKNOWN'] });
    // the same with 5.1★ UNKNOWN instead: a gate, but not of the next stage
    const laterGate = scoreAssessment(MODEL, inputs({ ...stagesAt([1, 2, 3], 4), '5.1': 'UNKNOWN' }, 0));
    expect(laterGate).toMatchObject({ provisional: false, provisionalReasons: [] });
  });
});

describe('recommendations', () => {
  it('puts failing gates of the target and foundation gaps first, then the floor dimension, then the rest', () => {
    // stages 1–3 at 4 but 1.4 at 2, 2.5 UNKNOWN, 3.4 at 4 with evidence 0.25; stage 4: 4.1★ 1, 4.2★ 2, 4.3 1, 4.4 0,
    // 4.5 3; stages 5–7 at 0.
    // s: 1.4 .5; 2.5 0; 3.4 clamp(1, 0, .5) = .5 OVERCLAIM; 4.1 .25; 4.2 .5; 4.3 .25; 4.4 0; 4.5 .75
    // S_1 = (2 + 2 + 1 + .5 + 1) / 7 = .929, S_2 = (2 + 2 + 1 + 1 + 0) / 7 = .857, S_3 = 6.5 / 7 = .929,
    // S_4 = (.5 + 1 + .25 + 0 + .75) / 7 = .357 → stage 3, target T = 4
    // floor: TECHNOLOGY (1.2★ 1, 2.5 0, 4.4 0, 5.1★ 0, 6.4 0, 7.5 0: {1} ✓ at 1, {1, 0} ✗ at 2 → level 1);
    //   STRATEGY 5, DATA 3, CHANNELS 4, MEASUREMENT 4, ORGANIZATION 4
    // candidates (stage ≤ 4, s < .75), priority (1 − s) × w × f × g:
    //   2.5 (1 − 0) × 1 × 1.5 × 1.2 = 1.8 FOUNDATION_GAP (UNKNOWN)
    //   4.1 (1 − .25) × 2 × 1 × 1 = 1.5 FAILING_GATE (s < .5)
    //   3.4 (1 − .5) × 1 × 1.5 × 1.2 = 0.9 FOUNDATION_GAP (OVERCLAIM)
    //   1.4 (1 − .5) × 1 × 1.5 × 1 = 0.75 FOUNDATION_GAP
    //   4.4 (1 − 0) × 1 = 1.0 WEAKEST_DIMENSION (TECHNOLOGY)
    //   4.2 (1 − .5) × 2 = 1.0 TARGET_STAGE_GAP (a gate, but s = .5 passes); 4.3 (1 − .25) × 1 = .75 TARGET_STAGE_GAP
    //   4.5 (.75) is not a gap
    const given = { ...stagesAt([1, 2, 3], 4), '1.4': 2, '2.5': 'UNKNOWN' as const, '4.1': 1, '4.2': 2, '4.3': 1, '4.4': 0, '4.5': 3 };
    const score = scoreAssessment(MODEL, inputs(given, 0, { '3.4': 0.25 }));
    expect(score.evidenceAdjusted).toMatchObject({ stage: 3, floor: 'TECHNOLOGY' });
    expect(score.evidenceAdjusted.dimensions.map((dimension) => dimension.level)).toEqual([5, 3, 1, 4, 4, 4]);
    expect(score.recommendations.map((recommendation) => [recommendation.itemId, recommendation.reason])).toEqual([
      ['2.5', 'FOUNDATION_GAP'],
      ['4.1', 'FAILING_GATE'],
      ['3.4', 'FOUNDATION_GAP'],
      ['1.4', 'FOUNDATION_GAP'],
      ['4.4', 'WEAKEST_DIMENSION'],
    ]);
    const priorities = score.recommendations.map((recommendation) => recommendation.priority);
    [1.8, 1.5, 0.9, 0.75, 1.0].forEach((expected, index) => expect(priorities[index]).toBeCloseTo(expected, 12));
  });

  it('caps the target at stage 7, returns fewer when fewer items are gaps, and breaks ties in model order', () => {
    // all at 4 but 7.3, 7.4, 7.5 at 2: S_7 = (2 + 2 + .5 + .5 + .5) / 7 = .786 → stage 7, T = 7 (not 8, so f = 1)
    // each priority (1 − .5) × 1 × 1 × 1 = 0.5; means: CHANNELS 6.5 / 7 = .929, TECHNOLOGY 5.5 / 6 = .917,
    // ORGANIZATION 4.5 / 5 = .9, all level 7 → floor ORGANIZATION: 7.4 first, then 7.3 and 7.5 in model order
    const score = scoreAssessment(MODEL, inputs({ '7.3': 2, '7.4': 2, '7.5': 2 }, 4));
    expect(score.evidenceAdjusted).toMatchObject({ stage: 7, floor: 'ORGANIZATION' });
    expect(score.recommendations).toEqual([
      { itemId: '7.4', priority: 0.5, reason: 'WEAKEST_DIMENSION' },
      { itemId: '7.3', priority: 0.5, reason: 'TARGET_STAGE_GAP' },
      { itemId: '7.5', priority: 0.5, reason: 'TARGET_STAGE_GAP' },
    ]);
  });
});

describe('headline', () => {
  // stage 0: 1.1★ 2 → .5, 1.2★ 1 → .25, 1.3 2 and 3 → .625, 1.4 and 1.5 0:
  //   S_1 = (2 × .5 + 2 × .25 + .625) / 7 = 2.125 / 7 = 0.3036 → 30 %
  const stageZero = inputs({ '1.1': 2, '1.2': 1, '1.3': [2, 3] }, 0);
  // stage 3: stages 1–3 at 4; 4.1★ 3 → .75, 4.2★ 2 → .5, 4.3 2 and 3 → .625, 4.4 and 4.5 0:
  //   S_4 = (1.5 + 1 + .625) / 7 = 3.125 / 7 = 0.4464 → 45 %
  const stageThree = inputs({ ...stagesAt([1, 2, 3], 4), '4.1': 3, '4.2': 2, '4.3': [2, 3] }, 0);
  const stageSeven = inputs({}, 4);

  it('reads in English', () => {
    expect(headline(MODEL, scoreAssessment(MODEL, stageZero).selfReported, 'en')).toBe('Stage 0 · Not started, 30% toward Initiate');
    expect(headline(MODEL, scoreAssessment(MODEL, stageThree).selfReported, 'en')).toBe('Stage 3 · Align, 45% toward Segment');
    expect(headline(MODEL, scoreAssessment(MODEL, stageSeven).selfReported, 'en')).toBe('Stage 7 · Lifetime customers');
  });

  it('reads in Simplified Chinese', () => {
    expect(headline(MODEL, scoreAssessment(MODEL, stageZero).selfReported, 'zh-CN')).toBe('第 0 阶段 · 尚未开始，距「开始发声」已完成 30%');
    expect(headline(MODEL, scoreAssessment(MODEL, stageThree).selfReported, 'zh-CN')).toBe('第 3 阶段 · 目标匹配，距「细分客户」已完成 45%');
    expect(headline(MODEL, scoreAssessment(MODEL, stageSeven).selfReported, 'zh-CN')).toBe('第 7 阶段 · 养成终身客户');
  });
});

describe('properties', () => {
  /** mulberry32: a small seeded generator, so a failure can be replayed. */
  function generator(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let mixed = state;
      mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
      mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
  }

  /**
   * One random assessment: one to three respondents per item, higher levels up to a random
   * stage so that placements vary, now and then an UNKNOWN; evidence on bound items if asked.
   */
  function randomInputs(random: () => number, withEvidence: boolean): ItemInput[] {
    const reached = Math.floor(random() * 8);
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
    return MODEL.items.map((definition) => {
      const respondents = 1 + Math.floor(random() * 3);
      const answers: RespondentAnswer[] = Array.from({ length: respondents }, (_, index) => ({
        respondent: `respondent ${index + 1}`,
        value: random() < 0.05 ? { kind: 'UNKNOWN' } : { kind: 'LEVEL', level: pick(definition.stage <= reached ? [2, 3, 4] : [0, 1, 2, 3]) as 0 | 1 | 2 | 3 | 4 },
      }));
      const evidenceLevel = withEvidence && definition.evidence !== null && random() < 0.8 ? pick([0, 0.25, 0.5, 0.75, 1]) : null;
      return { itemId: definition.id, answers, evidenceLevel, override: null };
    });
  }

  it('never lowers a stage, the index or a dimension level when one answer goes up by one step', () => {
    const random = generator(20261125);
    const failures: string[] = [];
    let checked = 0;
    for (let set = 0; set < 12; set += 1) {
      for (const withEvidence of [false, true]) {
        const base = randomInputs(random, withEvidence);
        const before = scoreAssessment(MODEL, base);
        base.forEach((input, itemIndex) => {
          input.answers.forEach((answer, answerIndex) => {
            if (answer.value.kind !== 'LEVEL' || answer.value.level === 4) return;
            const raisedAnswer: RespondentAnswer = { ...answer, value: { kind: 'LEVEL', level: (answer.value.level + 1) as 1 | 2 | 3 | 4 } };
            const raised = base.map((other, otherIndex) =>
              otherIndex === itemIndex ? { ...other, answers: other.answers.map((otherAnswer, index) => (index === answerIndex ? raisedAnswer : otherAnswer)) } : other,
            );
            const after = scoreAssessment(MODEL, raised);
            for (const use of ['selfReported', 'evidenceAdjusted'] as const) {
              const context = `set ${set}, evidence ${withEvidence}, item ${input.itemId}, respondent ${answerIndex + 1}, ${use}`;
              if (after[use].stage < before[use].stage) failures.push(`${context}: stage ${before[use].stage} → ${after[use].stage}`);
              if (after[use].index < before[use].index - 1e-12) failures.push(`${context}: index ${before[use].index} → ${after[use].index}`);
              after[use].dimensions.forEach((dimension, index) => {
                if (dimension.level < before[use].dimensions[index].level) failures.push(`${context}: ${dimension.dimension} level went down`);
              });
            }
            checked += 1;
          });
        });
      }
    }
    expect(failures).toEqual([]);
    // 24 assessments × 35 items × 1–3 answers, most of them below 4
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives the same result for an item answered N/A as for a model without the item', () => {
    const random = generator(7);
    const allowed = MODEL.items.filter((definition) => definition.allowsNotApplicable).map((definition) => definition.id);
    expect(allowed).toEqual(['2.3', '2.5', '4.4', '5.4', '7.3', '7.5']);
    for (let set = 0; set < 6; set += 1) {
      const base = randomInputs(random, set % 2 === 1);
      for (const id of allowed) {
        const notApplicable = base.map((input) => (input.itemId === id ? { ...input, answers: respondentAnswers(['N/A', 'N/A']) } : input));
        const withNotApplicable = scoreAssessment(MODEL, notApplicable);
        const withoutItem = scoreAssessment({ ...MODEL, items: MODEL.items.filter((definition) => definition.id !== id) }, base.filter((input) => input.itemId !== id));
        expect({ ...withNotApplicable, items: withNotApplicable.items.filter((score) => score.itemId !== id) }).toEqual(withoutItem);
      }
    }
  });
});
