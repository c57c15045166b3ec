import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { QueryState } from '../../api/hooks';
import { ErrorMessage, Loading } from '../../app/ui';
import type { Interval, MetricDimension } from '../../gql/graphql';
import { format, useLocale, useMessages } from '../../i18n/i18n';
import { breakdownOptions } from './breakdowns';
import { defaultRange, INTERVALS, isOrdered, type DashboardRange } from './dashboard-range';
import { dashboardMessages } from './messages';
import type { DashboardState } from './use-dashboard-state';
import './dashboards.css';

interface DashboardPageProps {
  id: string;
  state: DashboardState;
  title: string;
  intro: ReactNode;
  /** False for a metric without buckets (RFM): the interval picker is left out. */
  withInterval?: boolean;
  /** The page's own pickers (breakdown, measure), applied at once. */
  controls?: ReactNode;
  children: ReactNode;
}

/** The frame of every dashboard: heading, what it measures, the range pickers, the content. */
export function DashboardPage({ id, state, title, intro, withInterval = true, controls, children }: DashboardPageProps) {
  const t = useMessages(dashboardMessages);
  const ordered = isOrdered(state.range);
  return (
    <section className="dashboard" aria-labelledby={`${id}-title`} data-testid={`dashboard-${id}`}>
      <h1 id={`${id}-title`}>{title}</h1>
      <p className="hint dash-intro">{intro}</p>
      <div className="card dash-controls no-print">
        <RangeForm state={state} withInterval={withInterval} />
        {controls && <div className="field-row dash-page-controls">{controls}</div>}
      </div>
      {ordered ? (
        children
      ) : (
        <p className="notice error" role="alert">
          {t.range.fromAfterTo}
        </p>
      )}
    </section>
  );
}

function RangeForm({ state, withInterval }: { state: DashboardState; withInterval: boolean }) {
  const t = useMessages(dashboardMessages);
  const [draft, setDraft] = useState<DashboardRange>(state.range);
  const [problem, setProblem] = useState<string | undefined>();
  const appliedKey = `${state.range.from}/${state.range.to}/${state.range.interval}`;

  // A range applied elsewhere (another page, a bookmark, Back) replaces what was typed.
  useEffect(() => {
    setDraft(state.range);
    setProblem(undefined);
  }, [appliedKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to) return setProblem(t.range.incomplete);
    if (!isOrdered(draft)) return setProblem(t.range.fromAfterTo);
    setProblem(undefined);
    state.update({ range: draft });
  };

  return (
    <form onSubmit={submit} aria-labelledby="dashboard-range-legend" noValidate>
      <h2 id="dashboard-range-legend" className="visually-hidden">
        {t.range.legend}
      </h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="dashboard-from">{t.range.from}</label>
          <input id="dashboard-from" type="date" value={draft.from} max={draft.to || undefined} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="dashboard-to">{t.range.to}</label>
          <input id="dashboard-to" type="date" value={draft.to} min={draft.from || undefined} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        </div>
        {withInterval && (
          <div className="field">
            <label htmlFor="dashboard-interval">{t.range.interval}</label>
            <select id="dashboard-interval" value={draft.interval} onChange={(event) => setDraft({ ...draft, interval: event.target.value as Interval })}>
              {INTERVALS.map((interval) => (
                <option key={interval} value={interval}>
                  {t.range.intervals[interval]}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="primary">
          {t.range.apply}
        </button>
        <button type="button" onClick={() => state.update({ range: defaultRange(state.timeZone) })}>
          {t.range.reset}
        </button>
      </div>
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      <AppliedRange state={state} withInterval={withInterval} />
    </form>
  );
}

/** What the figures below are computed over, in words. */
function AppliedRange({ state, withInterval }: { state: DashboardState; withInterval: boolean }) {
  const t = useMessages(dashboardMessages);
  const { locale } = useLocale();
  // The picked values are calendar days, not instants: shown as such, whatever the browser's zone.
  const days = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }), [locale]);
  const day = (date: string) => days.format(new Date(`${date}T00:00:00Z`));
  const values = { from: day(state.range.from), to: day(state.range.to), interval: t.range.intervalNames[state.range.interval], timeZone: state.timeZone };
  return (
    <p className="hint dash-applied" aria-live="polite" data-testid="dashboard-applied-range" data-range={`${state.range.from}/${state.range.to}`}>
      {format(withInterval ? t.range.showing : t.range.showingWithoutInterval, values)}
    </p>
  );
}

/**
 * A query's answer, or why there is none yet: loading, or the server's error with a retry. A
 * new answer on its way keeps the previous one on screen, marked busy.
 */
export function QueryView<TResult>({ query, children }: { query: QueryState<TResult>; children(data: TResult): ReactNode }) {
  if (query.error && !query.data) return <ErrorMessage error={query.error} onRetry={query.refetch} />;
  if (!query.data) return <Loading />;
  return (
    <div aria-busy={query.loading} className={query.loading ? 'dash-refreshing' : undefined}>
      {query.error && <ErrorMessage error={query.error} onRetry={query.refetch} />}
      {query.loading && <Loading />}
      {children(query.data)}
    </div>
  );
}

/** A labelled select of one of the page's own choices (breakdown, measure), applied on change. */
export function ChoiceSelect<TValue extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: TValue;
  options: { value: TValue; label: string }[];
  onChange(value: TValue): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as TValue)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The breakdown picker: no breakdown, or one of the dimensions the page offers ('' for none). */
export function BreakdownSelect({ id, offered, value, onChange }: { id: string; offered: readonly MetricDimension[]; value: MetricDimension | undefined; onChange(value: string): void }) {
  const t = useMessages(dashboardMessages);
  return <ChoiceSelect id={id} label={t.common.breakdown} value={value ?? ''} options={breakdownOptions(t, offered)} onChange={onChange} />;
}
