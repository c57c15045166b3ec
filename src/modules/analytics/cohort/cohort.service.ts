import type { FieldError } from '../../../common/errors.js';
import { throwIfInvalid } from '../../../common/errors.js';
import type { TenantScope } from '../../../context.js';
import { calendarBuckets } from '../growth/calendar-buckets.js';
import { Interval } from '../metric/metric.enums.js';
import { MetricWindowInfo } from '../metric/metric.types.js';
import { ratio } from '../metric/metric-series.js';
import { resolveMetricWindow } from '../metric/metric-window.js';
import { cohortMatrixSql } from './cohort.query.js';
import { Cohort, CohortInput, CohortOffset, CohortResult, DEFAULT_MAX_OFFSET, MAX_OFFSET_LIMIT } from './cohort.types.js';

interface CellRow {
  cohort: number;
  position: number;
  active_customers: number;
  revenue: string;
}

const COHORT_INTERVALS: readonly Interval[] = [Interval.MONTH, Interval.WEEK];

export class CohortService {
  constructor(
    private readonly scope: TenantScope,
    private readonly timeZone: string,
  ) {}

  async cohorts(input: CohortInput | null | undefined): Promise<CohortResult> {
    const value = input ?? {};
    const errors: FieldError[] = [];
    const interval = value.interval ?? Interval.MONTH;
    const maxOffset = value.maxOffset ?? DEFAULT_MAX_OFFSET;
    if (!COHORT_INTERVALS.includes(interval)) errors.push({ field: 'input.interval', message: `${interval} is not a cohort period; use MONTH or WEEK` });
    if (!Number.isInteger(maxOffset) || maxOffset < 0 || maxOffset > MAX_OFFSET_LIMIT) {
      errors.push({ field: 'input.maxOffset', message: `must be a whole number from 0 to ${MAX_OFFSET_LIMIT}` });
    }
    throwIfInvalid(errors);
    const window = resolveMetricWindow({ from: value.from, to: value.to, asOf: value.asOf, timeZone: value.timeZone, interval }, this.timeZone);
    // Whole calendar periods from the one holding `from` to the one holding asOf: cohorts are those
    // that begin before min(to, asOf); later periods are only offsets of earlier cohorts.
    const periods = await calendarBuckets(this.scope.sql, { ...window, to: window.asOf });
    const cohortCount = periods.filter((period) => period.start < window.dataEnd).length;
    const statement = cohortMatrixSql(this.scope.tenantId, window, periods.map((period) => period.start), cohortCount, maxOffset);
    const rows = cohortCount === 0 ? [] : await this.scope.sql.query<CellRow>(statement);
    const cells = new Map(rows.map((row) => [`${row.cohort}:${row.position}`, row]));
    const cohorts = periods.slice(0, cohortCount).map((period, index) => {
      const cohort = index + 1;
      const size = cells.get(`${cohort}:${cohort}`)?.active_customers ?? 0;
      // Offsets whose period has begun by asOf: periods run to the one holding asOf.
      const offsets = periods.slice(index, index + maxOffset + 1).map((offsetPeriod, offset) => {
        const cell = cells.get(`${cohort}:${cohort + offset}`);
        return offsetOf(offset, offsetPeriod, size, cell, window.asOf);
      });
      return Object.assign(new Cohort(), { start: period.start, end: period.end, size, offsets });
    });
    return Object.assign(new CohortResult(), { window: MetricWindowInfo.of(window), maxOffset, cohorts });
  }
}

function offsetOf(offset: number, period: { start: Date; end: Date }, size: number, cell: CellRow | undefined, asOf: Date): CohortOffset {
  const activeCustomers = cell?.active_customers ?? 0;
  const revenue = cell?.revenue ?? '0';
  return Object.assign(new CohortOffset(), {
    offset,
    start: period.start,
    end: period.end,
    complete: period.end.getTime() <= asOf.getTime(),
    n: size,
    reason: size === 0 ? 'no customer was acquired in this period' : null,
    activeCustomers,
    retention: ratio(activeCustomers, size),
    revenue,
    revenuePerMember: ratio(Number(revenue), size),
  });
}
