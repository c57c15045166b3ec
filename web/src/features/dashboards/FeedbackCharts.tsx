import { useMemo } from 'react';
import { ScrollRegion } from '../../app/ui';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import type { DashboardFeedbackGroupsQuery, MetricDimension } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { dimensionName, groupLabel } from './breakdowns';
import { AXIS_TEXT, GAP, hoveredIndex, SERIES_COLORS, tooltipHtml, valueOrGap } from './chart-kit';
import type { FeedbackResult } from './FeedbackPage';
import { NoValue, useDashboardFormat } from './figures';
import { dashboardMessages } from './messages';
import { usePeriodLabels } from './period-labels';

type FeedbackGroup = DashboardFeedbackGroupsQuery['feedbackOperations']['groups'][number];

const asPercent = (share: number | null | undefined) => valueOrGap(share == null ? null : Math.round(share * 1000) / 10);

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
  const labels = usePeriodLabels(result.window.interval, result.window.timeZone);
  const option = useMemo<ChartOption>(() => {
    const points = feedbackPoints(result);
    return {
      color: [SERIES_COLORS[0], SERIES_COLORS[2]],
      grid: { left: 48, right: 16, top: 40, bottom: 48 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (parameters: unknown) => {
          const point = points[hoveredIndex(parameters)]!;
          const missing = `— (${point.reason ?? t.common.noValue})`;
          return tooltipHtml(labels.long(point.start), [
            [t.feedback.slaAttainment, point.slaAttainment == null ? missing : `${formatter.share(point.slaAttainment)} (${formatter.integer(point.slaMet)} / ${formatter.integer(point.slaDue)})`],
            [t.feedback.closedLoopRate, point.closedLoopRate == null ? missing : `${formatter.share(point.closedLoopRate)} (${t.common.n} = ${formatter.integer(point.detractorsDue)})`],
            [t.feedback.received, formatter.integer(point.n)],
          ]);
        },
      },
      xAxis: { type: 'category', data: points.map((point) => labels.short(point.start)), axisLabel: AXIS_TEXT },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { ...AXIS_TEXT, formatter: (value: number) => formatter.percent(value, 0) } },
      series: [
        { name: t.feedback.slaAttainment, type: 'line', data: points.map((point) => asPercent(point.slaAttainment)), connectNulls: false, symbolSize: 7 },
        { name: t.feedback.closedLoopRate, type: 'line', data: points.map((point) => asPercent(point.closedLoopRate)), connectNulls: false, symbolSize: 7, lineStyle: { type: 'dashed' } },
      ],
    };
  }, [result, t, formatter, labels]);
  return <Chart option={option} label={format(t.feedback.slaLabel, { interval: intervalName(result, t.range.intervalNames) })} height={300} testId="feedback-sla-chart" />;
}

/** Cases received per period (bars) and the open backlog at each period's end (line). */
export function FeedbackBacklogChart({ result }: { result: FeedbackResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = usePeriodLabels(result.window.interval, result.window.timeZone);
  const option = useMemo<ChartOption>(() => {
    const points = feedbackPoints(result);
    return {
      color: [SERIES_COLORS[0], SERIES_COLORS[1]],
      grid: { left: 48, right: 16, top: 40, bottom: 48 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (parameters: unknown) => {
          const point = points[hoveredIndex(parameters)]!;
          return tooltipHtml(labels.long(point.start), [
            [t.feedback.received, formatter.integer(point.received)],
            [t.feedback.open, formatter.integer(point.open)],
            [t.feedback.openBacklog, formatter.integer(point.openBacklog)],
          ]);
        },
      },
      xAxis: { type: 'category', data: points.map((point) => labels.short(point.start)), axisLabel: AXIS_TEXT },
      yAxis: { type: 'value', axisLabel: AXIS_TEXT },
      series: [
        { name: t.feedback.received, type: 'bar', data: points.map((point) => point.received) },
        { name: t.feedback.openBacklog, type: 'line', data: points.map((point) => valueOrGap(point.openBacklog)), connectNulls: false, symbolSize: 7 },
      ],
    };
  }, [result, t, formatter, labels]);
  return <Chart option={option} label={format(t.feedback.backlogLabel, { interval: intervalName(result, t.range.intervalNames) })} height={300} testId="feedback-backlog-chart" />;
}

/** The numbers of both charts, per period. */
export function FeedbackTable({ result }: { result: FeedbackResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = usePeriodLabels(result.window.interval, result.window.timeZone);
  const share = (value: number | null | undefined, reason: string | null | undefined) => (value == null ? <NoValue reason={reason} /> : formatter.share(value));
  return (
    <ScrollRegion label={t.feedback.tableCaption}>
      <table data-testid="feedback-table">
        <caption className="visually-hidden">{t.feedback.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.common.period}</th>
            <th scope="col" className="number">
              {t.feedback.received}
            </th>
            <th scope="col" className="number">
              {t.feedback.answered}
            </th>
            <th scope="col" className="number">
              {t.feedback.slaAttainment}
            </th>
            <th scope="col" className="number">
              {t.feedback.firstResponseMedian}
            </th>
            <th scope="col" className="number">
              {t.feedback.resolutionRate}
            </th>
            <th scope="col" className="number">
              {t.feedback.closedLoopRate}
            </th>
            <th scope="col" className="number">
              {t.feedback.openBacklog}
            </th>
          </tr>
        </thead>
        <tbody>
          {feedbackPoints(result).map((point) => (
            <tr key={point.start}>
              <th scope="row">{labels.long(point.start)}</th>
              <td className="number">{formatter.integer(point.received)}</td>
              <td className="number">{formatter.integer(point.answered)}</td>
              <td className="number">
                {share(point.slaAttainment, point.reason)}
                {point.slaAttainment != null && (
                  <span className="dash-sample">
                    {' '}
                    ({formatter.integer(point.slaMet)} / {formatter.integer(point.slaDue)})
                  </span>
                )}
              </td>
              <td className="number">{formatter.hours(point.firstResponseMedianHours)}</td>
              <td className="number">{share(point.resolutionRate, point.reason)}</td>
              <td className="number">{share(point.closedLoopRate, point.reason)}</td>
              <td className="number">{formatter.integer(point.openBacklog)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

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
          data: groups.map((group) => (group.slaAttainment == null ? GAP : asPercent(group.slaAttainment))),
          label: { show: true, position: 'top', color: '#1b1f24', formatter: (item: { value: number }) => formatter.percent(item.value, 0) },
        },
      ],
    }),
    [groups, names, t, formatter],
  );
  const share = (value: number | null | undefined, reason: string | null | undefined) => (value == null ? <NoValue reason={reason} /> : formatter.share(value));
  return (
    <>
      <Chart option={option} label={format(t.feedback.groupsLabel, { dimension: dimensionName(t, dimension) })} height={280} testId="feedback-groups-chart" />
      <ScrollRegion label={format(t.feedback.groupsCaption, { dimension: dimensionName(t, dimension) })}>
        <table data-testid="feedback-groups-table">
          <caption>{format(t.feedback.groupsCaption, { dimension: dimensionName(t, dimension) })}</caption>
          <thead>
            <tr>
              <th scope="col">{dimensionName(t, dimension)}</th>
              <th scope="col" className="number">
                {t.feedback.received}
              </th>
              <th scope="col" className="number">
                {t.feedback.open}
              </th>
              <th scope="col" className="number">
                {t.feedback.slaAttainment}
              </th>
              <th scope="col" className="number">
                {t.feedback.firstResponseMedian}
              </th>
              <th scope="col" className="number">
                {t.feedback.firstResponseP90}
              </th>
              <th scope="col" className="number">
                {t.feedback.resolutionRate}
              </th>
              <th scope="col" className="number">
                {t.feedback.closedLoopRate}
              </th>
              <th scope="col" className="number">
                {t.feedback.openBacklog}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group, index) => (
              <tr key={group.group ?? ''}>
                <th scope="row">{names[index]}</th>
                <td className="number">{formatter.integer(group.received)}</td>
                <td className="number">{formatter.integer(group.open)}</td>
                <td className="number">
                  {share(group.slaAttainment, group.reason)}
                  {group.slaAttainment != null && (
                    <span className="dash-sample">
                      {' '}
                      ({formatter.integer(group.slaMet)} / {formatter.integer(group.slaDue)})
                    </span>
                  )}
                </td>
                <td className="number">{formatter.hours(group.firstResponseMedianHours)}</td>
                <td className="number">{formatter.hours(group.firstResponseP90Hours)}</td>
                <td className="number">{share(group.resolutionRate, group.reason)}</td>
                <td className="number">{share(group.closedLoopRate, group.reason)}</td>
                <td className="number">{formatter.integer(group.openBacklog)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
