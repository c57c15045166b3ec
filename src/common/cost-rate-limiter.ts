/**
 * Per-key budgets of query cost: a bucket per key holds at most a minute's budget and refills
 * continuously, so a key may spend its minute in one burst or spread it out. Requests are
 * charged their cost (see query-limits.ts), not counted, so a dashboard polling small metrics
 * and a partner paging a thousand customers with their orders pay for what they ask.
 *
 * Buckets live in this process. Behind several replicas each replica keeps its own, so a key's
 * effective budget is the budget times the replicas it reaches (docs/RELIABILITY.md).
 */
export interface Charge {
  allowed: boolean;
  /** The key's budget per minute (the bucket's size). */
  limit: number;
  /** What is left after this charge (before it, when refused). */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** When refused: seconds until the bucket holds this request's cost. */
  retryAfterSeconds: number;
  /** The request costs more than the whole budget: waiting cannot help. */
  exceedsBudget: boolean;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

// Full buckets are the same as no bucket; past this many, the full ones are dropped.
const SWEEP_ABOVE = 10_000;
const MS_PER_MINUTE = 60_000;

export class CostRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  charge(keyId: string, costPerMinute: number, cost: number): Charge {
    const now = this.now();
    const perMs = costPerMinute / MS_PER_MINUTE;
    const bucket = this.buckets.get(keyId) ?? { tokens: costPerMinute, updatedAt: now };
    bucket.tokens = Math.min(costPerMinute, bucket.tokens + (now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    const allowed = cost <= bucket.tokens;
    if (allowed) bucket.tokens -= cost;
    this.buckets.set(keyId, bucket);
    if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
    return {
      allowed,
      limit: costPerMinute,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil((costPerMinute - bucket.tokens) / perMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((cost - bucket.tokens) / perMs / 1000)),
      exceedsBudget: cost > costPerMinute,
    };
  }

  private sweep(now: number): void {
    for (const [keyId, bucket] of this.buckets) {
      // A bucket untouched for a minute has refilled whatever its budget.
      if (now - bucket.updatedAt >= MS_PER_MINUTE) this.buckets.delete(keyId);
    }
  }
}
