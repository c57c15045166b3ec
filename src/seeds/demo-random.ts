/** Values with relative weights, for `SeededRandom.weighted`. */
export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

/**
 * A small seeded pseudo-random generator (mulberry32) with the distributions the demo data
 * needs. Same seed, same sequence: the demo dataset is reproducible, so a chart shown in a demo
 * or a number quoted in a benchmark can be produced again.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for one part of the generator, so parts do not shift each other. */
  static derive(seed: number, label: string): SeededRandom {
    let hash = (seed ^ 0x9e3779b9) >>> 0;
    for (const character of label) {
      hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
    }
    return new SeededRandom(hash);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  between(minimum: number, maximum: number): number {
    return minimum + (maximum - minimum) * this.next();
  }

  /** Uniform integer in [minimum, maximum], both inclusive. */
  integer(minimum: number, maximum: number): number {
    return minimum + Math.floor(this.next() * (maximum - minimum + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: Weighted<T>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let remaining = this.next() * total;
    for (const [value, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Normal distribution (Box-Muller). */
  normal(mean: number, standardDeviation: number): number {
    const uniform = 1 - this.next(); // in (0, 1]: log(0) would be -Infinity
    const angle = 2 * Math.PI * this.next();
    return mean + standardDeviation * Math.sqrt(-2 * Math.log(uniform)) * Math.cos(angle);
  }

  /** Log-normal with the given median: right-skewed, like order values and waiting times. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Pareto with minimum 1: a few very large values, as in purchase frequency. */
  pareto(alpha: number): number {
    return Math.pow(1 - this.next(), -1 / alpha);
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(maximum, Math.max(minimum, value));
}

// Demo timestamps are whole seconds: they read better and compare exactly after a round trip.
export function wholeSeconds(milliseconds: number): number {
  return Math.floor(milliseconds / 1000) * 1000;
}
