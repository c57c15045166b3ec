import { cesFigures, csatFigures, emptyCounts, NPS_SCALE, npsFigures } from '../../src/modules/analytics/nps/nps-math.js';

/** counts indexed from the scale's lowest score, from a list of answers. */
function countsOf(scores: number[], min: number, max: number): number[] {
  const counts = new Array<number>(max - min + 1).fill(0);
  for (const score of scores) counts[score - min] += 1;
  return counts;
}

describe('NPS arithmetic', () => {
  it('counts promoters 9–10, passives 7–8, detractors 0–6 and computes NPS with its margin of error', () => {
    // 10, 9, 9 promoters; 8, 7 passives; 6, 5, 0 detractors: n = 8, P = 3/8, D = 3/8 → NPS 0.
    // MoE = 100 × 1.96 × sqrt((6/8 − 0²) / 8) = 196 × sqrt(0.09375) = 196 × 0.30619 = 60.01.
    const figures = npsFigures(countsOf([10, 9, 9, 8, 7, 6, 5, 0], 0, 10), 30, 'none');
    expect(figures).toMatchObject({ n: 8, promoters: 3, passives: 2, detractors: 3, promoterShare: 0.375, detractorShare: 0.375, nps: 0, lowSample: true, reason: null });
    expect(figures.marginOfError).toBeCloseTo(60.0125, 3);
  });

  it('gives −100 with no uncertainty when every answer is a detractor, and flags by the threshold', () => {
    // P = 0, D = 1: P + D − (P − D)² = 1 − 1 = 0 → MoE 0. n = 3 is not below a threshold of 3.
    expect(npsFigures(countsOf([0, 3, 6], 0, 10), 3, 'none')).toMatchObject({ nps: -100, marginOfError: 0, lowSample: false });
  });

  it('gives null values and the reason without answers', () => {
    expect(npsFigures(emptyCounts(NPS_SCALE), 30, 'no NPS answers in the window')).toEqual({
      n: 0, promoters: 0, passives: 0, detractors: 0, promoterShare: null, detractorShare: null, nps: null, marginOfError: null, lowSample: true, reason: 'no NPS answers in the window',
    });
  });
});

describe('CSAT and CES arithmetic', () => {
  it('computes % satisfied (4–5), mean, distribution and margin of error of CSAT', () => {
    // 5, 4, 4, 2: satisfied 3 of 4 → 75 %; mean 15 / 4 = 3.75; MoE = 196 × sqrt(0.75 × 0.25 / 4) = 196 × 0.21651 = 42.44.
    const figures = csatFigures(countsOf([5, 4, 4, 2], 1, 5), 2, 'none');
    expect(figures).toMatchObject({ n: 4, satisfied: 3, satisfiedShare: 75, mean: 3.75, lowSample: false, reason: null });
    expect(figures.marginOfError).toBeCloseTo(42.4352, 3);
    expect(figures.distribution).toEqual([{ score: 1, count: 0 }, { score: 2, count: 1 }, { score: 3, count: 0 }, { score: 4, count: 2 }, { score: 5, count: 1 }]);
  });

  it('computes % easy (5–7), mean and distribution of CES', () => {
    // 7, 5, 4, 1, 1: easy 2 of 5 → 40 %; mean 18 / 5 = 3.6.
    const figures = cesFigures(countsOf([7, 5, 4, 1, 1], 1, 7), 30, 'none');
    expect(figures).toMatchObject({ n: 5, easy: 2, easyShare: 40, mean: 3.6, lowSample: true });
    expect(figures.distribution.map((entry) => entry.count)).toEqual([2, 0, 0, 1, 1, 0, 1]);
    expect(cesFigures(countsOf([], 1, 7), 30, 'nothing')).toMatchObject({ n: 0, easyShare: null, mean: null, reason: 'nothing' });
  });
});
