import type { Interval } from '../../gql/graphql';
import { addDays, firstOfMonthBefore, isCalendarDate, startOfDay, todayIn } from './zoned-dates';

export const INTERVALS: readonly Interval[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

/** The time range the analyst picked: calendar days of the tenant's zone, both ends included. */
export interface DashboardRange {
  from: string;
  to: string;
  interval: Interval;
}

/** The last 12 months by month: the current month and the 11 before it, up to today. */
export function defaultRange(timeZone: string): DashboardRange {
  const today = todayIn(timeZone);
  return { from: firstOfMonthBefore(today, 11), to: today, interval: 'MONTH' };
}

/** The range in the hash query (`?from=…&to=…&interval=…`), when it names a whole valid one. */
export function rangeFromQuery(query: URLSearchParams): DashboardRange | undefined {
  const from = query.get('from');
  const to = query.get('to');
  const interval = query.get('interval') as Interval | null;
  if (!isCalendarDate(from) || !isCalendarDate(to) || !interval || !INTERVALS.includes(interval)) return undefined;
  return { from, to, interval };
}

export function writeRange(query: URLSearchParams, range: DashboardRange): void {
  query.set('from', range.from);
  query.set('to', range.to);
  query.set('interval', range.interval);
}

export function isOrdered(range: Pick<DashboardRange, 'from' | 'to'>): boolean {
  return range.from <= range.to;
}

/**
 * The window as the API takes it: `from` at the start of the first day, `to` (exclusive) at the
 * start of the day after the last one. A `to` beyond now is fine: the API stops at asOf.
 */
export function apiWindow(range: DashboardRange, timeZone: string): { from: string; to: string } {
  return { from: startOfDay(range.from, timeZone), to: startOfDay(addDays(range.to, 1), timeZone) };
}

// The choice outlives a page: the side navigation's links carry no query, so the range last
// applied is kept for the tab (session storage, like the key) and used when the hash has none.
const STORAGE_KEY = 'cxgraph.dashboards.range';

export function rememberRange(range: DashboardRange): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(range));
  } catch {
    // Storage can be off; the range then lives in the hash only.
  }
}

export function rememberedRange(): DashboardRange | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<DashboardRange> | null;
    if (!saved) return undefined;
    return rangeFromQuery(new URLSearchParams({ from: saved.from ?? '', to: saved.to ?? '', interval: saved.interval ?? '' }));
  } catch {
    return undefined;
  }
}
