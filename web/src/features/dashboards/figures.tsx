import { useMemo, type ReactNode } from 'react';
import { useSession } from '../../app/session';
import type { DashboardPeriodComparisonFragment } from '../../gql/graphql';
import { format, useFormat, useLocale, useMessages } from '../../i18n/i18n';
import { dashboardMessages } from './messages';

/** A figure the API could not compute: a dash and the API's reason, never a zero. */
export function NoValue({ reason }: { reason?: string | null }) {
  const t = useMessages(dashboardMessages);
  return (
    <span className="dash-no-value">
      <span aria-hidden="true">—</span> <span className="dash-reason">{reason ?? t.common.noValue}</span>
    </span>
  );
}

export function LowSampleFlag() {
  const t = useMessages(dashboardMessages);
  return (
    <span className="dash-flag" title={t.common.lowSampleLegend}>
      {t.common.lowSample}
    </span>
  );
}

/** One headline figure of a summary: its label, its value and what qualifies it. */
export function Figure({ label, children, note, testId, small }: { label: string; children: ReactNode; note?: ReactNode; testId?: string; small?: boolean }) {
  return (
    <div className="dash-figure">
      <dt>{label}</dt>
      <dd>
        <span className={small ? 'dash-figure-value dash-figure-small' : 'dash-figure-value'} data-testid={testId}>
          {children}
        </span>
        {note && <span className="dash-figure-note">{note}</span>}
      </dd>
    </div>
  );
}

export function Figures({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <dl className="dash-figures" aria-label={label}>
      {children}
    </dl>
  );
}

/** "+3.2 against the previous period (28.1)", the figures drawn by `show`. */
export function ComparisonNote({ comparison, show, showChange }: { comparison: DashboardPeriodComparisonFragment; show(value: number): string; showChange?(value: number): string }) {
  const t = useMessages(dashboardMessages);
  if (comparison.change == null || comparison.previous == null) return null;
  const change = (showChange ?? show)(comparison.change);
  return <>{format(t.common.comparison, { change: comparison.change > 0 ? `+${change}` : change, previous: show(comparison.previous) })}</>;
}

/** ComparisonNote of a share: the figures as percentages, the change in percentage points. */
export function ShareComparisonNote({ comparison }: { comparison: DashboardPeriodComparisonFragment }) {
  const formatter = useDashboardFormat();
  return <ComparisonNote comparison={comparison} show={(value) => formatter.share(value)} showChange={formatter.points} />;
}

/** Formatting used across the dashboards, on top of the shell's useFormat. */
export function useDashboardFormat() {
  const formatter = useFormat();
  const t = useMessages(dashboardMessages);
  const { locale } = useLocale();
  const currency = useSession().viewer?.tenant.baseCurrency;
  const money = useMemo(() => moneyFormat(locale, currency), [locale, currency]);
  return {
    ...formatter,
    /** A share from 0 to 1 as a percentage. */
    share: (value: number | null | undefined, digits = 1) => (value == null ? '—' : formatter.percent(value * 100, digits)),
    /** Percentage points, for the change of a share. */
    points: (value: number) => format(t.common.percentagePoints, { value: formatter.number(value * 100) }),
    hours: (value: number | null | undefined) => (value == null ? '—' : format(t.common.hours, { value: formatter.number(value) })),
    /** An amount in the tenant's base currency. */
    money: (value: number | string | null | undefined) => (value == null || value === '' ? '—' : money.format(Number(value))),
  };
}

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;

/** A share as a percentage, or NoValue with the API's reason when there is none. */
export function shareOrNoValue(formatter: DashboardFormat, value: number | null | undefined, reason: string | null | undefined): ReactNode {
  return value == null ? <NoValue reason={reason} /> : formatter.share(value);
}

function moneyFormat(locale: string, currency: string | undefined): Intl.NumberFormat {
  try {
    if (currency) return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 });
  } catch {
    // An unknown currency code: plain numbers then.
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
}
