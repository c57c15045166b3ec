import { useMemo } from 'react';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import type { DashboardFeedbackGroupsQuery, MetricDimension } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { dimensionName, groupLabel } from './breakdowns';
import { AXIS_TEXT, percentOrGap, periodChartBase, SERIES_COLORS, tooltipHtml, valueOrGap } from './chart-kit';
import { FeedbackCells, feedbackHeadings, type FeedbackColumn } from './feedback-columns';
import type { FeedbackResult } from './FeedbackPage';
import { FigureTable } from './figure-table';
import { useDashboardFormat } from './figures';
import { dashboardMessages } from './messages';
import { usePeriodLabels } from './period-labels';

type FeedbackGroup = DashboardFeedbackGroupsQuery['feedbackOperations']['groups'][number];

function feedbackPoints(result: FeedbackResult) {
  return result.series[0]?.points ?? [];
}

function intervalName(result: FeedbackResult, names: Record<string, string>) {
  return names[result.window.interval] ?? '';
}

/** SLA attainment and the closed-loop rate per period; a period with nothing due is a gap. */
export function FeedbackSlaChart({ result }: { result: FeedbackResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = usePeriodLabels(result.window);
  const option = useMemo<ChartOption>(() => {
    const points = feedbackPoints(result);
    return {
      ...periodChartBase({
        points,
        labels,
        colors: [SERIES_COLORS[0], SERIES_COLORS[2]],
        grid: { left: 48, right: 16, top: 40, bottom: 48 },
        legend: { top: 0 },
        tooltipRows: (point) => {
          const missing = `— (${point.reason ?? t.common.noValue})`;
          return [
            [t.feedback.slaAttainment, point.slaAttainment == null ? missing : `${formatter.share(point.slaAttainment)} (${formatter.integer(point.slaMet)} / ${formatter.integer(point.slaDue)})`],
            [t.feedback.closedLoopRate, point.closedLoopRate == null ? missing : `${formatter.share(point.closedLoopRate)} (${t.common.n} = ${formatter.integer(point.detractorsDue)})`],
            [t.feedback.received, formatter.integer(point.n)],
          ];
        },
      }),
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { ...AXIS_TEXT, formatter: (value: number) => formatter.percent(value, 0) } },
      series: [
        { name: t.feedback.slaAttainment, type: 'line', data: points.map((point) => percentOrGap(point.slaAttainment)), connectNulls: false, symbolSize: 7 },
        { name: t.feedback.closedLoopRate, type: 'line', data: points.map((point) => percentOrGap(point.closedLoopRate)), connectNulls: false, symbolSize: 7, lineStyle: { type: 'dashed' } },
      ],
    };
  }, [result, t, formatter, labels]);
  return <Chart option={option} label={format(t.feedback.slaLabel, { interval: intervalName(result, t.range.intervalNames) })} height={300} testId="feedback-sla-chart" />;
}

/** Cases received per period (bars) and the open backlog at each period's end (line). */
export function FeedbackBacklogChart({ result }: { result: FeedbackResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = usePeriodLabels(result.window);
  const option = useMemo<ChartOption>(() => {
    const points = feedbackPoints(result);
    return {
      ...periodChartBase({
        points,
        labels,
        colors: [SERIES_COLORS[0], SERIES_COLORS[1]],
        grid: { left: 48, right: 16, top: 40, bottom: 48 },
        legend: { top: 0 },
        tooltipRows: (point) => [
          [t.feedback.received, formatter.integer(point.received)],
          [t.feedback.open, formatter.integer(point.open)],
          [t.feedback.openBacklog, formatter.integer(point.openBacklog)],
        ],
      }),
      yAxis: { type: 'value', axisLabel: AXIS_TEXT },
      series: [
        { name: t.feedback.received, type: 'bar', data: points.map((point) => point.received) },
        { name: t.feedback.openBacklog, type: 'line', data: points.map((point) => valueOrGap(point.openBacklog)), connectNulls: false, symbolSize: 7 },
      ],
    };
  }, [result, t, formatter, labels]);
  return <Chart option={option} label={format(t.feedback.backlogLabel, { interval: intervalName(result, t.range.intervalNames) })} height={300} testId="feedback-backlog-chart" />;
}

const PERIOD_COLUMNS: readonly FeedbackColumn[] = ['received', 'answered', 'slaAttainment', 'firstResponseMedian', 'resolutionRate', 'closedLoopRate', 'openBacklog'];

/** The numbers of both charts, per period. */
export function FeedbackTable({ result }: { result: FeedbackResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = usePeriodLabels(result.window);
  return (
    <FigureTable caption={t.feedback.tableCaption} captionHidden testId="feedback-table" rowHeading={t.common.period} columns={feedbackHeadings(PERIOD_COLUMNS, t)}>
      {feedbackPoints(result).map((point) => (
        <tr key={point.start}>
          <th scope="row">{labels.long(point.start)}</th>
          <FeedbackCells row={point} columns={PERIOD_COLUMNS} formatter={formatter} />
        </tr>
      ))}
    </FigureTable>
  );
}

const GROUP_COLUMNS: readonly FeedbackColumn[] = ['received', 'open', 'slaAttainment', 'firstResponseMedian', 'firstResponseP90', 'resolutionRate', 'closedLoopRate', 'openBacklog'];

/** SLA attainment per channel or category as bars, and every group's figures as a table. */
export function FeedbackGroups({ groups, dimension }: { groups: FeedbackGroup[]; dimension: MetricDimension }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const names = useMemo(() => groups.map((group) => groupLabel(t, dimension, group.group)), [groups, dimension, t]);
  const option = useMemo<ChartOption>(
    () => ({
      color: [SERIES_COLORS[0]],
      grid: { left: 48, right: 16, top: 24, bottom: 72 },
      tooltip: {
        trigger: 'item',
        formatter: (item: { dataIndex: number }) => {
          const group = groups[item.dataIndex]!;
          return tooltipHtml(names[item.dataIndex]!, [
            [t.feedback.slaAttainment, group.slaAttainment == null ? `— (${group.reason ?? t.common.noValue})` : formatter.share(group.slaAttainment)],
            [t.feedback.slaDue, formatter.integer(group.slaDue)],
            [t.feedback.received, formatter.integer(group.n)],
          ]);
        },
      },
      xAxis: { type: 'category', data: names, axisLabel: { ...AXIS_TEXT, interval: 0, rotate: names.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { ...AXIS_TEXT, formatter: (value: number) => formatter.percent(value, 0) } },
      series: [
        {
          name: t.feedback.slaAttainment,
          type: 'bar',
          data: groups.map((group) => percentOrGap(group.slaAttainment)),
          label: { show: true, position: 'top', color: '#1b1f24', formatter: (item: { value: number }) => formatter.percent(item.value, 0) },
        },
      ],
    }),
    [groups, names, t, formatter],
  );
  return (
    <>
      <Chart option={option} label={format(t.feedback.groupsLabel, { dimension: dimensionName(t, dimension) })} height={280} testId="feedback-groups-chart" />
      <FigureTable
        caption={format(t.feedback.groupsCaption, { dimension: dimensionName(t, dimension) })}
        testId="feedback-groups-table"
        rowHeading={dimensionName(t, dimension)}
        columns={feedbackHeadings(GROUP_COLUMNS, t)}
      >
        {groups.map((group, index) => (
          <tr key={group.group ?? ''}>
            <th scope="row">{names[index]}</th>
            <FeedbackCells row={group} columns={GROUP_COLUMNS} formatter={formatter} />
          </tr>
        ))}
      </FigureTable>
    </>
  );
}
