import { useMemo } from 'react';
import type { DashboardPeriodWindowFragment } from '../../gql/graphql';
import { format, useLocale, useMessages } from '../../i18n/i18n';
import { dashboardMessages } from './messages';

export interface PeriodLabels {
  /** For tables and tooltips: "Week of 3 Mar 2026", "Q1 2026". */
  long(start: string): string;
  /** For chart axes, where space is short. */
  short(start: string): string;
}

/**
 * Names of buckets. A bucket starts at a calendar boundary of the query's time zone, so it is
 * named in that zone: in the browser's own zone a month could start on the previous day.
 */
export function usePeriodLabels({ interval, timeZone }: DashboardPeriodWindowFragment): PeriodLabels {
  const { locale } = useLocale();
  const t = useMessages(dashboardMessages);
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
    const shortDay = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' });
    const month = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short' });
    const yearAndMonth = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' });
    const calendar = (start: string) => {
      const parts = yearAndMonth.formatToParts(new Date(start));
      const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
      return { year: value('year'), month: value('month') };
    };
    const quarter = (start: string) => {
      const { year, month: monthNumber } = calendar(start);
      return format(t.periods.quarter, { quarter: Math.floor((monthNumber - 1) / 3) + 1, year });
    };
    switch (interval) {
      case 'DAY':
        return { long: (start) => day.format(new Date(start)), short: (start) => shortDay.format(new Date(start)) };
      case 'WEEK':
        return { long: (start) => format(t.periods.weekOf, { date: day.format(new Date(start)) }), short: (start) => shortDay.format(new Date(start)) };
      case 'QUARTER':
        return { long: quarter, short: quarter };
      case 'YEAR':
        return { long: (start) => String(calendar(start).year), short: (start) => String(calendar(start).year) };
      default:
        return { long: (start) => month.format(new Date(start)), short: (start) => month.format(new Date(start)) };
    }
  }, [interval, timeZone, locale, t]);
}
