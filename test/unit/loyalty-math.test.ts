import { BadUserInputError } from '../../src/common/errors.js';
import { checkTopPercents, predictCustomerValue, retentionRates } from '../../src/modules/analytics/loyalty/loyalty-math.js';

describe('loyalty arithmetic', () => {
  it('CRR = (E − N) / S and churn = 1 − CRR; both null when S = 0', () => {
    // S = 4, E = 5, N = 2: CRR = (5 − 2) / 4 = 0.75, churn = 0.25
    expect(retentionRates({ startBase: 4, endBase: 5, acquired: 2 })).toEqual({ retentionRate: 0.75, churnRate: 0.25 });
    expect(retentionRates({ startBase: 0, endBase: 3, acquired: 3 })).toEqual({ retentionRate: null, churnRate: null });
  });

  it('CLV = AOV × orders per buyer per year × min(10, 1 / churn), annualized by 365 / window days', () => {
    // 6 orders, 3 buyers, revenue 900 over 182.5 days: AOV = 150; orders per buyer per year
    // = 2 × 365 / 182.5 = 4; churn = 1 − (5 − 2) / 4 = 0.25 → lifetime 4; CLV = 150 × 4 × 4 = 2400
    const prediction = predictCustomerValue({ orders: 6, buyers: 3, revenue: 900, windowDays: 182.5, startBase: 4, endBase: 5, acquired: 2 });
    expect(prediction).toMatchObject({ averageOrderValue: 150, ordersPerBuyerPerYear: 4, churnRate: 0.25, expectedLifetimeYears: 4, lifetimeCapped: false, reason: null });
    expect(prediction.value).toBeCloseTo(2400, 9);
  });

  it('caps the lifetime at 10 years when churn is 0, below 0.1 or negative', () => {
    // churn 0 (E − N = S): lifetime = the cap 10; CLV = 100 × 1 × 10 = 1000
    expect(predictCustomerValue({ orders: 1, buyers: 1, revenue: 100, windowDays: 365, startBase: 1, endBase: 1, acquired: 0 })).toMatchObject({
      value: 1000, expectedLifetimeYears: 10, lifetimeCapped: true,
    });
    // churn = 1 − 19 / 20 = 0.05: 1 / 0.05 = 20 > 10 → 10
    expect(predictCustomerValue({ orders: 1, buyers: 1, revenue: 100, windowDays: 365, startBase: 20, endBase: 19, acquired: 0 }).expectedLifetimeYears).toBe(10);
    // a lapsed buyer returning: CRR = (3 − 0) / 2 = 1.5, churn −0.5 → the cap
    expect(predictCustomerValue({ orders: 1, buyers: 1, revenue: 100, windowDays: 365, startBase: 2, endBase: 3, acquired: 0 })).toMatchObject({ churnRate: -0.5, expectedLifetimeYears: 10 });
  });

  it('gives no CLV, with a reason, without orders or without a start base', () => {
    expect(predictCustomerValue({ orders: 0, buyers: 0, revenue: 0, windowDays: 365, startBase: 2, endBase: 1, acquired: 0 })).toMatchObject({
      value: null, reason: 'no completed orders in the window', averageOrderValue: null, ordersPerBuyerPerYear: null,
    });
    expect(predictCustomerValue({ orders: 2, buyers: 1, revenue: 50, windowDays: 365, startBase: 0, endBase: 1, acquired: 1 })).toMatchObject({
      value: null, averageOrderValue: 25, expectedLifetimeYears: null, reason: expect.stringContaining('churn rate is undefined'),
    });
  });

  it('refuses top percents outside (0, 100] and more than 20 of them, naming the argument', () => {
    expect(() => checkTopPercents([1, 100, 0.5])).not.toThrow();
    const fields = (percents: number[]) => {
      try {
        checkTopPercents(percents);
        return [];
      } catch (error) {
        return (error as BadUserInputError).fieldErrors.map((item) => item.field);
      }
    };
    expect(fields([5, 0, 101, -1])).toEqual(['topPercents[1]', 'topPercents[2]', 'topPercents[3]']);
    expect(fields(Array.from({ length: 21 }, (_, index) => index + 1))).toEqual(['topPercents']);
  });
});
