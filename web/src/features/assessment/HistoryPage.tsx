import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import type { MaturityDimension, MaturityHistoryPageQuery } from '../../gql/graphql';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { Card, ErrorMessage, Loading, ScrollRegion } from '../../app/ui';
import { apiLocale, format, useFormat, useLocale, useMessages } from '../../i18n/i18n';
import { assessmentMessages, type AssessmentMessages } from './messages';
import { MaturityHistoryPageDocument, SetMaturityTargetsDocument } from './operations';
import './assessment.css';

type History = MaturityHistoryPageQuery['maturityHistory'];
type ModelNames = MaturityHistoryPageQuery['maturityModel'];

/**
 * /assessments/history — submitted assessments over time: stage and index as a chart and a
 * table with the change since the run before, dimension levels per run, and the targets with
 * progress toward them (set with assessments:write).
 */
export function HistoryPage() {
  const t = useMessages(assessmentMessages);
  const { locale } = useLocale();
  const { can } = useSession();
  const query = useQuery(MaturityHistoryPageDocument, { locale: apiLocale(locale) });
  if (query.error && !query.data) return <ErrorMessage error={query.error} onRetry={query.refetch} />;
  if (!query.data) return <Loading />;
  const history = query.data.maturityHistory;
  const names = query.data.maturityModel;
  return (
    <section className="assessment-page history-page" aria-labelledby="history-title">
      <h1 id="history-title">{t.history.title}</h1>
      <p className="hint">{t.history.intro}</p>
      <p>
        <Link to="/assessments">← {t.report.back}</Link>
      </p>
      {query.error && <ErrorMessage error={query.error} onRetry={query.refetch} />}
      {history.runs.length === 0 ? (
        <p className="notice" data-testid="history-empty">
          {t.history.empty}
        </p>
      ) : (
        <>
          <Card title={t.history.chartTitle} id="history-chart">
            <HistoryChart history={history} t={t} />
          </Card>
          <Card title={t.history.runsTitle} id="history-runs">
            <RunsTable history={history} names={names} t={t} />
          </Card>
          <Card title={t.history.dimensionsTitle} id="history-dimensions">
            <DimensionsTable history={history} names={names} t={t} />
          </Card>
        </>
      )}
      <Card title={t.history.targetsTitle} id="history-targets">
        <Targets history={history} names={names} t={t} />
        {can('assessments:write') ? <TargetsForm history={history} names={names} t={t} onSaved={query.refetch} /> : <p className="hint">{t.readOnly}</p>}
      </Card>
    </section>
  );
}

function HistoryChart({ history, t }: { history: History; t: AssessmentMessages }) {
  const formatter = useFormat();
  const option = useMemo<ChartOption>(() => {
    const categories = history.runs.map((run) => `${run.title}\n${formatter.date(run.submittedAt)}`);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 24, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 7, interval: 1 },
      series: [
        {
          name: t.history.stageSeries,
          type: 'line',
          step: 'middle',
          data: history.runs.map((run) => run.stage),
          symbolSize: 8,
          markLine:
            history.targets.stage != null
              ? { symbol: 'none', lineStyle: { type: 'dashed', color: '#a4161a' }, label: { formatter: t.history.targetLine, position: 'insideEndTop' }, data: [{ yAxis: history.targets.stage }] }
              : undefined,
        },
        { name: t.history.selfSeries, type: 'line', step: 'middle', data: history.runs.map((run) => run.selfReportedStage), lineStyle: { type: 'dotted' }, symbolSize: 6 },
        { name: t.history.indexSeries, type: 'line', data: history.runs.map((run) => Number(run.index.toFixed(2))), symbolSize: 8 },
      ],
    };
  }, [history, t, formatter]);
  return <Chart option={option} label={t.history.chartLabel} height={300} testId="history-chart" />;
}

function signed(value: number, digits = 0): string {
  const text = value.toFixed(digits);
  return value > 0 ? `+${text}` : text;
}

function RunsTable({ history, names, t }: { history: History; names: ModelNames; t: AssessmentMessages }) {
  const formatter = useFormat();
  const stageName = (number: number) => (number === 0 ? t.notStarted : names.stages.find((stage) => stage.number === number)?.name ?? '');
  return (
    <ScrollRegion label={t.history.runsTitle}>
      <table data-testid="history-runs">
        <thead>
          <tr>
            <th scope="col">{t.history.columns.submitted}</th>
            <th scope="col">{t.history.columns.title}</th>
            <th scope="col">{t.history.columns.stage}</th>
            <th scope="col">{t.history.columns.self}</th>
            <th scope="col" className="number">{t.history.columns.index}</th>
            <th scope="col">{t.history.columns.change}</th>
          </tr>
        </thead>
        <tbody>
          {history.runs.map((run) => (
            <tr key={run.assessmentId} data-testid="history-run">
              <td>{formatter.date(run.submittedAt)}</td>
              <th scope="row">
                <Link to={`/assessments/${run.assessmentId}/report`}>{run.title}</Link>
              </th>
              <td data-testid="run-stage">
                {run.stage} · {stageName(run.stage)}
              </td>
              <td>
                {run.selfReportedStage} · {stageName(run.selfReportedStage)}
              </td>
              <td className="number" data-testid="run-index">
                {run.index.toFixed(2)}
              </td>
              <td>
                {run.change
                  ? `${t.history.columns.stage} ${signed(run.change.stage)} · ${t.history.columns.index} ${signed(run.change.index, 2)}`
                  : t.history.first}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function DimensionsTable({ history, names, t }: { history: History; names: ModelNames; t: AssessmentMessages }) {
  const formatter = useFormat();
  const hasTargets = history.targets.dimensions.length > 0;
  return (
    <ScrollRegion label={t.history.dimensionsTitle}>
      <table data-testid="history-dimensions">
        <thead>
          <tr>
            <th scope="col">{t.history.dimension}</th>
            {history.runs.map((run) => (
              <th scope="col" className="number" key={run.assessmentId}>
                {run.title}
                <br />
                <span className="hint">{formatter.date(run.submittedAt)}</span>
              </th>
            ))}
            {hasTargets && <th scope="col" className="number">{t.report.target}</th>}
          </tr>
        </thead>
        <tbody>
          {names.dimensions.map((dimension) => (
            <tr key={dimension.key}>
              <th scope="row">{dimension.name}</th>
              {history.runs.map((run) => {
                const level = run.dimensions.find((entry) => entry.dimension === dimension.key)?.level;
                const change = run.change?.dimensions.find((entry) => entry.dimension === dimension.key)?.level;
                return (
                  <td className="number" key={run.assessmentId}>
                    {level ?? '—'}
                    {change ? <span className={change > 0 ? 'delta up' : 'delta down'}> ({signed(change)})</span> : null}
                  </td>
                );
              })}
              {hasTargets && <td className="number">{history.targets.dimensions.find((target) => target.dimension === dimension.key)?.level ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Targets({ history, names, t }: { history: History; names: ModelNames; t: AssessmentMessages }) {
  const formatter = useFormat();
  if (history.progress.length === 0) return <p data-testid="no-targets">{t.history.noTargets}</p>;
  const dimensionName = (key: MaturityDimension | null | undefined) => (key ? names.dimensions.find((dimension) => dimension.key === key)?.name ?? key : t.history.stageTarget);
  return (
    <>
      {history.targets.updatedAt && <p className="hint">{format(t.history.updated, { date: formatter.dateTime(history.targets.updatedAt) })}</p>}
      <ScrollRegion label={t.history.targetsTitle}>
        <table data-testid="target-progress">
          <thead>
            <tr>
              <th scope="col">{t.history.progressColumns.what}</th>
              <th scope="col" className="number">{t.history.progressColumns.aim}</th>
              <th scope="col" className="number">{t.history.progressColumns.current}</th>
              <th scope="col" className="number">{t.history.progressColumns.remaining}</th>
              <th scope="col">{t.history.progressColumns.met}</th>
            </tr>
          </thead>
          <tbody>
            {history.progress.map((entry) => (
              <tr key={entry.dimension ?? 'stage'}>
                <th scope="row">{dimensionName(entry.dimension)}</th>
                <td className="number">{entry.target}</td>
                <td className="number">{entry.current}</td>
                <td className="number">{entry.remaining}</td>
                <td>{entry.met ? `✓ ${t.history.met}` : t.history.notMet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function TargetsForm({ history, names, t, onSaved }: { history: History; names: ModelNames; t: AssessmentMessages; onSaved(): void }) {
  const [stage, setStage] = useState<string>(history.targets.stage != null ? String(history.targets.stage) : '');
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries(history.targets.dimensions.map((target) => [target.dimension, String(target.level)])),
  );
  const [saved, setSaved] = useState(false);
  const [save, state] = useMutation(SetMaturityTargetsDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await save({
        input: {
          stage: stage ? Number(stage) : null,
          dimensions: Object.entries(levels)
            .filter(([, level]) => level)
            .map(([dimension, level]) => ({ dimension: dimension as MaturityDimension, level: Number(level) })),
        },
      });
      setSaved(true);
      onSaved();
    } catch {
      // shown through state.error
    }
  }

  const choices = (id: string, value: string, onChange: (value: string) => void, label: string) => (
    <div className="field" key={id}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t.history.none}</option>
        {[1, 2, 3, 4, 5, 6, 7].map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <details className="targets-form">
      <summary>{t.history.editTargets}</summary>
      <form onSubmit={submit}>
        <div className="field-row">
          {choices('target-stage', stage, setStage, t.history.targetStage)}
          {names.dimensions.map((dimension) =>
            choices(`target-${dimension.key}`, levels[dimension.key] ?? '', (value) => setLevels((previous) => ({ ...previous, [dimension.key]: value })), format(t.history.targetFor, { name: dimension.name })),
          )}
        </div>
        {state.error && <ErrorMessage error={state.error} />}
        {saved && <p className="notice success">{t.history.targetsSaved}</p>}
        <button type="submit" className="primary" disabled={state.loading}>
          {state.loading ? t.history.savingTargets : t.history.saveTargets}
        </button>
      </form>
    </details>
  );
}
