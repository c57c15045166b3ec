import { useMemo } from 'react';
import { useQuery } from '../../api/hooks';
import { Card } from '../../app/ui';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import type { DashboardCohortsQuery, Interval } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { AXIS_TEXT, HEAT_COLORS, tooltipHtml } from './chart-kit';
import { apiWindow, isOrdered } from './dashboard-range';
import { ChoiceSelect, DashboardPage, QueryView } from './DashboardPage';
import { FigureTable } from './figure-table';
import { useDashboardFormat, type DashboardFormat } from './figures';
import { dashboardMessages, type DashboardMessages } from './messages';
import { DashboardCohortsDocument } from './operations';
import { usePeriodLabels } from './period-labels';
import { useDashboardState } from './use-dashboard-state';

type CohortResult = DashboardCohortsQuery['cohorts'];
type Cohort = CohortResult['cohorts'][number];
type CohortOffset = Cohort['offsets'][number];
type Measure = 'retention' | 'revenue';

/** Cohorts exist by month or by week; the other intervals fall back to months. */
function cohortInterval(interval: Interval): Interval {
  return interval === 'WEEK' ? 'WEEK' : 'MONTH';
}

/** /dashboards/cohorts — acquisition cohorts: retention or revenue per member k periods later. */
export function CohortsPage() {
  const t = useMessages(dashboardMessages);
  const state = useDashboardState();
  const measure: Measure = state.param('measure') === 'revenue' ? 'revenue' : 'retention';
  const interval = cohortInterval(state.range.interval);
  const input = { ...apiWindow(state.range, state.timeZone), interval };
  const query = useQuery(DashboardCohortsDocument, { input }, { skip: !isOrdered(state.range) });
  const controls = (
    <ChoiceSelect<Measure>
      id="cohort-measure"
      label={t.cohorts.measure}
      value={measure}
      options={[
        { value: 'retention', label: t.cohorts.retention },
        { value: 'revenue', label: t.cohorts.revenuePerMember },
      ]}
      onChange={(value) => state.update({ params: { measure: value === 'retention' ? undefined : value } })}
    />
  );
  return (
    <DashboardPage id="cohorts" state={state} title={t.cohorts.title} intro={t.cohorts.intro} controls={controls}>
      {interval !== state.range.interval && <p className="notice warning">{t.cohorts.intervalNote}</p>}
      <QueryView query={query}>
        {({ cohorts }) =>
          cohorts.cohorts.length === 0 ? (
            <p className="notice">{t.cohorts.noCohorts}</p>
          ) : (
            <Card title={measure === 'retention' ? t.cohorts.heatmapTitle : t.cohorts.heatmapTitleRevenue} id="cohorts-heatmap">
              <p className="hint">{t.cohorts.heatmapHint}</p>
              <CohortHeatmap result={cohorts} measure={measure} />
              <CohortTable result={cohorts} measure={measure} />
            </Card>
          )
        }
      </QueryView>
    </DashboardPage>
  );
}

function measured(offset: CohortOffset, measure: Measure): number | null {
  if (measure === 'retention') return offset.retention == null ? null : offset.retention * 100;
  return offset.revenuePerMember ?? null;
}

function useShowMeasure(measure: Measure) {
  const formatter = useDashboardFormat();
  return (value: number) => (measure === 'retention' ? formatter.percent(value) : formatter.money(value));
}

function CohortHeatmap({ result, measure }: { result: CohortResult; measure: Measure }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const show = useShowMeasure(measure);
  const labels = usePeriodLabels(result.window);
  const option = useMemo<ChartOption>(() => {
    const cells = result.cohorts.flatMap((cohort, row) =>
      cohort.offsets
        .map((offset) => ({ offset, value: measured(offset, measure) }))
        // A cohort without members has no ratio: its cells stay empty rather than read 0%.
        .filter((cell) => cell.value != null)
        .map(({ offset, value }) => ({ value: [offset.offset, row, value], complete: offset.complete, offset, cohort })),
    );
    // k = 0 is 100% by definition; scaling the colours to the later offsets keeps them apart.
    const later = cells.filter((cell) => cell.offset.offset > 0).map((cell) => cell.value[2] as number);
    const most = Math.max(measure === 'retention' ? 1 : 0.01, ...(later.length > 0 ? later : cells.map((cell) => cell.value[2] as number)));
    return {
      grid: { left: 8, right: 16, top: 8, bottom: 80, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (item: { data: (typeof cells)[number] }) => {
          const { offset, cohort } = item.data;
          return tooltipHtml(`${labels.long(cohort.start)} · k = ${offset.offset}`, [
            [measure === 'retention' ? t.cohorts.retention : t.cohorts.revenuePerMember, show(item.data.value[2] as number) + (offset.complete ? '' : ` (* ${t.common.running})`)],
            [t.cohorts.size, formatter.integer(offset.n)],
            [t.cohorts.activeCustomers, formatter.integer(offset.activeCustomers)],
          ]);
        },
      },
      xAxis: {
        type: 'category',
        name: t.cohorts.offsetAxis,
        nameLocation: 'middle',
        nameGap: 28,
        data: Array.from({ length: result.maxOffset + 1 }, (_, k) => String(k)),
        axisLabel: AXIS_TEXT,
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: result.cohorts.map((cohort) => `${labels.short(cohort.start)} (${formatter.integer(cohort.size)})`),
        axisLabel: AXIS_TEXT,
        splitArea: { show: true },
      },
      visualMap: { min: 0, max: most, text: [show(most), show(0)], calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, textStyle: AXIS_TEXT, inRange: { color: HEAT_COLORS } },
      series: [
        {
          name: measure === 'retention' ? t.cohorts.retention : t.cohorts.revenuePerMember,
          type: 'heatmap',
          data: cells,
          label: {
            show: true,
            color: '#1b1f24',
            fontSize: 11,
            formatter: (item: { data: (typeof cells)[number] }) => `${compact(item.data.value[2] as number, measure, formatter)}${item.data.complete ? '' : '*'}`,
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        },
      ],
    };
  }, [result, measure, t, formatter, labels, show]);
  return <Chart option={option} label={t.cohorts.heatmapLabel} height={Math.max(300, result.cohorts.length * 30 + 120)} testId="cohorts-heatmap" />;
}

/** Cell labels are short: whole percent, or a rounded amount. */
function compact(value: number, measure: Measure, formatter: DashboardFormat): string {
  return measure === 'retention' ? formatter.percent(value, 0) : formatter.number(value, 0);
}

function CohortTable({ result, measure }: { result: CohortResult; measure: Measure }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const show = useShowMeasure(measure);
  const labels = usePeriodLabels(result.window);
  const offsets = Array.from({ length: result.maxOffset + 1 }, (_, k) => k);
  return (
    <FigureTable
      caption={t.cohorts.caption}
      className="dash-cohort-table"
      testId="cohorts-table"
      rowHeading={t.cohorts.cohort}
      columns={[t.cohorts.size, ...offsets.map((k) => format(t.cohorts.offset, { k }))]}
    >
      {result.cohorts.map((cohort) => (
        <tr key={cohort.start}>
          <th scope="row">{labels.long(cohort.start)}</th>
          <td className="number">{formatter.integer(cohort.size)}</td>
          {offsets.map((k) => (
            <td className="number" key={k}>
              <CohortCell offset={cohort.offsets.find((offset) => offset.offset === k)} measure={measure} show={show} t={t} />
            </td>
          ))}
        </tr>
      ))}
    </FigureTable>
  );
}

function CohortCell({ offset, measure, show, t }: { offset?: CohortOffset; measure: Measure; show(value: number): string; t: DashboardMessages }) {
  // Offsets whose period has not begun are not in the answer: an empty cell, not a zero.
  if (!offset) return <span className="visually-hidden">{t.cohorts.notBegun}</span>;
  const value = measured(offset, measure);
  if (value == null) {
    return (
      <span title={offset.reason ?? undefined}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{offset.reason ?? t.common.noValue}</span>
      </span>
    );
  }
  return (
    <>
      {show(value)}
      {!offset.complete && (
        <abbr title={t.common.running} className="dash-running">
          *
        </abbr>
      )}
    </>
  );
}
