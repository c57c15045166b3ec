import { csatFromSummary, npsFromCategories } from '../../src/modules/analytics/nps/nps-math.js';

const NO_NPS = 'no NPS answers linked to this stage in the window';
const NO_CSAT = 'no CSAT answers linked to this stage in the window';

describe('NPS and CSAT from answers counted by category (journey stages)', () => {
  it('computes NPS and its margin of error from the category counts', () => {
    // 3 promoters, 1 passive, 2 detractors of 6: P = 0.5, D = 1/3; NPS = 100 × (0.5 − 0.3333) = 16.667.
    // MoE = 196 × sqrt((0.5 + 0.3333 − 0.1667²) / 6) = 196 × sqrt(0.80556 / 6) = 196 × 0.366414 = 71.817.
    const score = npsFromCategories({ promoters: 3, passives: 1, detractors: 2 }, 30, NO_NPS);
    expect(score).toMatchObject({ n: 6, promoters: 3, passives: 1, detractors: 2, lowSample: true, reason: null });
    expect(score.nps).toBeCloseTo(16.667, 3);
    expect(score.marginOfError).toBeCloseTo(71.817, 2);
  });

  it('gives a zero margin when every answer is a promoter, and flags low samples by the threshold', () => {
    // P = 1, D = 0: P + D − (P − D)² = 1 − 1 = 0.
    expect(npsFromCategories({ promoters: 30, passives: 0, detractors: 0 }, 30, NO_NPS)).toMatchObject({ n: 30, nps: 100, marginOfError: 0, lowSample: false });
    expect(npsFromCategories({ promoters: 0, passives: 0, detractors: 29 }, 30, NO_NPS)).toMatchObject({ n: 29, nps: -100, lowSample: true });
  });

  it('gives null NPS with a reason without answers', () => {
    expect(npsFromCategories({ promoters: 0, passives: 0, detractors: 0 }, 30, NO_NPS)).toMatchObject({ n: 0, nps: null, marginOfError: null, reason: 'no NPS answers linked to this stage in the window' });
  });

  it('computes CSAT % satisfied and its margin of error', () => {
    // 3 of 4 satisfied: 75%; MoE = 196 × sqrt(0.75 × 0.25 / 4) = 196 × 0.216506 = 42.435.
    const score = csatFromSummary({ n: 4, satisfied: 3, mean: 4 }, 4, NO_CSAT);
    expect(score).toMatchObject({ n: 4, satisfied: 3, satisfiedShare: 75, mean: 4, lowSample: false, reason: null });
    expect(score.marginOfError).toBeCloseTo(42.435, 2);
    expect(csatFromSummary({ n: 0, satisfied: 0, mean: null }, 4, NO_CSAT)).toMatchObject({ satisfiedShare: null, mean: null, marginOfError: null, reason: 'no CSAT answers linked to this stage in the window' });
  });
});
