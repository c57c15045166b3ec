import type { FieldError } from '../../../common/errors.js';
import { throwIfInvalid } from '../../../common/errors.js';

/** Pure arithmetic of the loyalty metrics, kept apart from SQL so it can be unit tested. */

export const DEFAULT_TOP_PERCENTS = [1, 5, 10, 20];
export const MAX_TOP_PERCENTS = 20;
export const LIFETIME_CAP_YEARS = 10;
const DAYS_PER_YEAR = 365;

/** Refuses percents outside (0, 100] and overlong lists, naming the argument and index. */
export function checkTopPercents(percents: readonly number[], argument = 'topPercents'): void {
  const errors: FieldError[] = [];
  if (percents.length > MAX_TOP_PERCENTS) errors.push({ field: argument, message: `must list at most ${MAX_TOP_PERCENTS} values` });
  percents.forEach((percent, index) => {
    if (!Number.isFinite(percent) || percent <= 0 || percent > 100) errors.push({ field: `${argument}[${index}]`, message: 'must be greater than 0 and at most 100' });
  });
  throwIfInvalid(errors);
}

export interface RetentionCounts {
  /** S: active base at the period start. */
  startBase: number;
  /** E: active base at the period end. */
  endBase: number;
  /** N: buyers acquired in the period. */
  acquired: number;
}

/** CRR = (E − N) / S and churn = 1 − CRR (METRICS.md); both null when S = 0. */
export function retentionRates({ startBase, endBase, acquired }: RetentionCounts): { retentionRate: number | null; churnRate: number | null } {
  if (startBase === 0) return { retentionRate: null, churnRate: null };
  const retentionRate = (endBase - acquired) / startBase;
  return { retentionRate, churnRate: 1 - retentionRate };
}

export interface PredictionInputs extends RetentionCounts {
  orders: number;
  buyers: number;
  revenue: number;
  windowDays: number;
}

export interface Prediction {
  value: number | null;
  reason: string | null;
  averageOrderValue: number | null;
  ordersPerBuyerPerYear: number | null;
  retentionRate: number | null;
  churnRate: number | null;
  expectedLifetimeYears: number | null;
  lifetimeCapped: boolean;
}

/**
 * Simple predictive CLV = AOV × orders per buyer per year × expected lifetime (METRICS.md).
 * Orders per buyer are annualized linearly from the days of data in the window. A churn rate of
 * 0 or below (lapsed buyers returning can push CRR over 1) means no expected end: the cap.
 */
export function predictCustomerValue(inputs: PredictionInputs): Prediction {
  const { orders, buyers, revenue, windowDays } = inputs;
  const averageOrderValue = orders === 0 ? null : revenue / orders;
  const ordersPerBuyerPerYear = buyers === 0 || windowDays <= 0 ? null : (orders / buyers) * (DAYS_PER_YEAR / windowDays);
  const { retentionRate, churnRate } = retentionRates(inputs);
  const uncapped = churnRate === null ? null : churnRate <= 0 ? Infinity : 1 / churnRate;
  const expectedLifetimeYears = uncapped === null ? null : Math.min(LIFETIME_CAP_YEARS, uncapped);
  const lifetimeCapped = uncapped !== null && uncapped >= LIFETIME_CAP_YEARS;
  let reason: string | null = null;
  if (averageOrderValue === null || ordersPerBuyerPerYear === null) reason = 'no completed orders in the window';
  else if (expectedLifetimeYears === null) reason = 'no active customers 365 days before asOf: the annual churn rate is undefined';
  const value = reason === null ? averageOrderValue! * ordersPerBuyerPerYear! * expectedLifetimeYears! : null;
  return { value, reason, averageOrderValue, ordersPerBuyerPerYear, retentionRate, churnRate, expectedLifetimeYears, lifetimeCapped };
}
