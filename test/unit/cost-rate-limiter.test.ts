import { CostRateLimiter } from '../../src/common/cost-rate-limiter.js';

describe('CostRateLimiter', () => {
  let now = 0;
  const limiter = () => new CostRateLimiter(() => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('starts full, spends by cost and refills continuously at the budget per minute', () => {
    const buckets = limiter();
    // Budget 600 a minute = 10 a second.
    expect(buckets.charge('k', 600, 500)).toMatchObject({ allowed: true, limit: 600, remaining: 100, resetSeconds: 50 });
    expect(buckets.charge('k', 600, 150)).toMatchObject({ allowed: false, remaining: 100, retryAfterSeconds: 5 });
    now += 5_000; // +50
    expect(buckets.charge('k', 600, 150)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 60 });
    now += 120_000; // refills to the cap, not beyond
    expect(buckets.charge('k', 600, 1)).toMatchObject({ allowed: true, remaining: 599 });
  });

  it('keeps a bucket per key and flags a cost above the whole budget', () => {
    const buckets = limiter();
    expect(buckets.charge('a', 60, 60).allowed).toBe(true);
    expect(buckets.charge('a', 60, 1).allowed).toBe(false);
    expect(buckets.charge('b', 60, 1).allowed).toBe(true);
    expect(buckets.charge('c', 60, 61)).toMatchObject({ allowed: false, exceedsBudget: true });
  });

  it('answers at least one second of Retry-After however small the shortfall', () => {
    const buckets = limiter();
    buckets.charge('k', 60_000, 60_000); // 1,000 a second
    expect(buckets.charge('k', 60_000, 1)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });
});
