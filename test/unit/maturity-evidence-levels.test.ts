import {
  activeApiKeyLevel,
  activeSegmentLevel,
  advocacyLevel,
  closedLoopLevel,
  clvReadinessLevel,
  coverageLevel,
  feedbackVolumeLevel,
  freshBehaviouralSegmentLevel,
  lifecycleMeasurabilityLevel,
} from '../../src/modules/maturity/evidence/evidence-levels.js';

/** Every band boundary of MATURITY.md's evidence table, on both sides. */
describe('evidence levels', () => {
  it('maps a coverage share: ≥ .9 → 1, ≥ .7 → .75, ≥ .5 → .5, > 0 → .25, else 0', () => {
    expect(coverageLevel(1)).toBe(1);
    expect(coverageLevel(0.9)).toBe(1);
    // 9 of 10 and 7 of 10 are computed as ratios in the service: they must land on the boundary.
    expect(coverageLevel(9 / 10)).toBe(1);
    expect(coverageLevel(0.8999)).toBe(0.75);
    expect(coverageLevel(7 / 10)).toBe(0.75);
    expect(coverageLevel(0.6999)).toBe(0.5);
    expect(coverageLevel(0.5)).toBe(0.5);
    expect(coverageLevel(0.4999)).toBe(0.25);
    expect(coverageLevel(0.0001)).toBe(0.25);
    expect(coverageLevel(0)).toBe(0);
  });

  it('gives 0 to 4.1 without a fresh behavioural segment, else the coverage bands', () => {
    expect(freshBehaviouralSegmentLevel(0, 1)).toBe(0);
    expect(freshBehaviouralSegmentLevel(1, 1)).toBe(1);
    expect(freshBehaviouralSegmentLevel(3, 0.7)).toBe(0.75);
    expect(freshBehaviouralSegmentLevel(1, 0)).toBe(0);
  });

  it('counts active segments: ≥ 5 → 1, 3–4 → .75, 2 → .5, 1 → .25, none → no evidence', () => {
    expect(activeSegmentLevel(6)).toBe(1);
    expect(activeSegmentLevel(5)).toBe(1);
    expect(activeSegmentLevel(4)).toBe(0.75);
    expect(activeSegmentLevel(3)).toBe(0.75);
    expect(activeSegmentLevel(2)).toBe(0.5);
    expect(activeSegmentLevel(1)).toBe(0.25);
    expect(activeSegmentLevel(0)).toBeNull();
  });

  it('gives lifecycle measurability .75 with 12 months and 2 segments, .5 with one of them, .25 with neither', () => {
    expect(lifecycleMeasurabilityLevel(12, 2)).toBe(0.75);
    expect(lifecycleMeasurabilityLevel(40, 9)).toBe(0.75);
    expect(lifecycleMeasurabilityLevel(11, 2)).toBe(0.5);
    expect(lifecycleMeasurabilityLevel(12, 1)).toBe(0.5);
    expect(lifecycleMeasurabilityLevel(11, 1)).toBe(0.25);
    expect(lifecycleMeasurabilityLevel(0, 0)).toBe(0.25);
  });

  it('maps feedback volume: ≥ 5% with ≥ 3 stages → 1, ≥ 2% → .75, ≥ .5% → .5, > 0 → .25', () => {
    // 1 answer per 20 buyers is 5%; 1 per 50 is 2%; 1 per 200 is 0.5%.
    expect(feedbackVolumeLevel(1 / 20, 3)).toBe(1);
    expect(feedbackVolumeLevel(1 / 20, 2)).toBe(0.75);
    expect(feedbackVolumeLevel(0.0499, 5)).toBe(0.75);
    expect(feedbackVolumeLevel(1 / 50, 0)).toBe(0.75);
    expect(feedbackVolumeLevel(0.0199, 3)).toBe(0.5);
    expect(feedbackVolumeLevel(1 / 200, 3)).toBe(0.5);
    expect(feedbackVolumeLevel(0.0049, 3)).toBe(0.25);
    expect(feedbackVolumeLevel(0.0001, 0)).toBe(0.25);
    expect(feedbackVolumeLevel(0, 0)).toBe(0);
  });

  it('maps closed-loop response: ≤ 24 h and ≥ 90% → 1, ≤ 48 h → .75, ≤ 7 days → .5, any → .25', () => {
    expect(closedLoopLevel(24, 0.9)).toBe(1);
    expect(closedLoopLevel(0.5, 1)).toBe(1);
    // Fast but too few within the target falls to the next band.
    expect(closedLoopLevel(24, 0.8999)).toBe(0.75);
    expect(closedLoopLevel(24.01, 1)).toBe(0.75);
    expect(closedLoopLevel(48, 0)).toBe(0.75);
    expect(closedLoopLevel(48.01, 1)).toBe(0.5);
    expect(closedLoopLevel(168, 1)).toBe(0.5);
    expect(closedLoopLevel(168.01, 1)).toBe(0.25);
    // Cases but none answered: no median, the lowest band.
    expect(closedLoopLevel(null, 0)).toBe(0.25);
  });

  it('counts API keys: ≥ 2 → 1, 1 → .75, none → no evidence', () => {
    expect(activeApiKeyLevel(3)).toBe(1);
    expect(activeApiKeyLevel(2)).toBe(1);
    expect(activeApiKeyLevel(1)).toBe(0.75);
    expect(activeApiKeyLevel(0)).toBeNull();
  });

  it('gives CLV readiness .75 with 12 months and CLV queried, .5 with the history only, else .25', () => {
    expect(clvReadinessLevel(12, true)).toBe(0.75);
    expect(clvReadinessLevel(12, false)).toBe(0.5);
    expect(clvReadinessLevel(11, true)).toBe(0.25);
    expect(clvReadinessLevel(11, false)).toBe(0.25);
  });

  it('maps NPS: ≥ 50 → 1, ≥ 30 → .75, > 0 → .5, else .25', () => {
    expect(advocacyLevel(100)).toBe(1);
    expect(advocacyLevel(50)).toBe(1);
    expect(advocacyLevel(49.9)).toBe(0.75);
    expect(advocacyLevel(30)).toBe(0.75);
    expect(advocacyLevel(29.9)).toBe(0.5);
    expect(advocacyLevel(0.1)).toBe(0.5);
    expect(advocacyLevel(0)).toBe(0.25);
    expect(advocacyLevel(-100)).toBe(0.25);
  });
});
