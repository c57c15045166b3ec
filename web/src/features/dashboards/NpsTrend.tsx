import { useMemo } from 'react';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import { format, useMessages } from '../../i18n/i18n';
import { groupLabel, dimensionName } from './breakdowns';
import { AXIS_TEXT, GAP, LOW_SAMPLE_COLOR, periodChartBase, SERIES_COLORS } from './chart-kit';
import { FigureTable } from './figure-table';
import { LowSampleFlag, useDashboardFormat, type DashboardFormat } from './figures';
import { dashboardMessages, type DashboardMessages } from './messages';
import { marginOfErrorText, NpsScoreCells, npsScoreHeadings } from './nps-figures';
import type { NpsResult } from './NpsPage';
import { usePeriodLabels, type PeriodLabels } from './period-labels';

type NpsPoint = NpsResult['series'][number]['points'][number];

/**
 * The NPS per bucket. Without a breakdown: one line inside its 95% margin-of-error band; with
 * one: a line per group. Empty buckets are gaps; low-sample points are hollow and grey.
 */
export function NpsTrendChart({ nps }: { nps: NpsResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = usePeriodLabels(nps.window);
  const option = useMemo(() => (nps.window.groupBy ? groupedTrendOption(nps, t, formatter, labels) : bandedTrendOption(nps, t, formatter, labels)), [nps, t, formatter, labels]);
  const interval = t.range.intervalNames[nps.window.interval];
  const label = nps.window.groupBy ? format(t.nps.trendLabelByGroup, { interval, dimension: dimensionName(t, nps.window.groupBy) }) : format(t.nps.trendLabel, { interval });
  return <Chart option={option} label={label} height={340} testId="nps-trend-chart" />;
}

function bandedTrendOption(nps: NpsResult, t: DashboardMessages, formatter: DashboardFormat, labels: PeriodLabels): ChartOption {
  const points = nps.series[0]?.points ?? [];
  // The band is two stacked lines: an invisible one up to the lower bound, and a filled one as
  // wide as the interval. NPS cannot leave −100..100, so neither can the band.
  const lower = points.map((point) => (point.nps == null || point.marginOfError == null ? GAP : Math.max(-100, point.nps - point.marginOfError)));
  const width = points.map((point, index) => {
    const bottom = lower[index];
    return typeof bottom === 'number' ? Math.min(100, point.nps! + point.marginOfError!) - bottom : GAP;
  });
  return {
    ...periodChartBase({
      points,
      labels,
      colors: [SERIES_COLORS[0]],
      grid: { left: 48, right: 24, top: 40, bottom: 48 },
      legend: { top: 0, data: [t.nps.score, t.nps.band] },
      tooltipRows: (point) => pointTooltipRows(point, t, formatter),
    }),
    yAxis: npsAxis(),
    series: [
      { name: t.nps.band, type: 'line', stack: 'band', data: lower, symbol: 'none', lineStyle: { opacity: 0 }, silent: true },
      { name: t.nps.band, type: 'line', stack: 'band', data: width, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(11, 92, 173, 0.16)' }, itemStyle: { color: 'rgba(11, 92, 173, 0.35)' }, silent: true },
      { name: t.nps.score, type: 'line', data: points.map(npsDatum), symbolSize: 8, lineStyle: { width: 2 }, connectNulls: false, z: 3 },
    ],
  };
}

function groupedTrendOption(nps: NpsResult, t: DashboardMessages, formatter: DashboardFormat, labels: PeriodLabels): ChartOption {
  const buckets = nps.series[0]?.points ?? [];
  const names = nps.series.map((series) => groupLabel(t, nps.window.groupBy, series.group));
  return {
    ...periodChartBase({
      points: buckets,
      labels,
      colors: SERIES_COLORS,
      grid: { left: 48, right: 24, top: 64, bottom: 48 },
      legend: { top: 0, type: 'scroll' },
      tooltipRows: (_bucket, index) => nps.series.map((series, seriesIndex): [string, string] => [names[seriesIndex]!, npsWithSample(series.points[index], t, formatter)]),
    }),
    yAxis: npsAxis(),
    series: nps.series.map((series, seriesIndex) => ({
      name: names[seriesIndex],
      type: 'line',
      data: series.points.map((point) => (point.nps == null ? GAP : { value: round(point.nps), symbol: point.lowSample ? 'emptyCircle' : 'circle', symbolSize: point.lowSample ? 6 : 8 })),
      connectNulls: false,
    })),
  };
}

function npsDatum(point: NpsPoint) {
  if (point.nps == null) return GAP;
  return point.lowSample ? { value: round(point.nps), symbol: 'emptyCircle', itemStyle: { color: LOW_SAMPLE_COLOR } } : round(point.nps);
}

function npsAxis() {
  // Zoom to the data, but never past the scale's own ends.
  return {
    type: 'value',
    min: (extent: { min: number }) => Math.max(-100, Math.floor(extent.min / 10) * 10 - 10),
    max: (extent: { max: number }) => Math.min(100, Math.ceil(extent.max / 10) * 10 + 10),
    axisLabel: AXIS_TEXT,
  };
}

function pointTooltipRows(point: NpsPoint, t: DashboardMessages, formatter: DashboardFormat): [string, string][] {
  return [
    [t.nps.score, point.nps == null ? `— (${point.reason ?? t.common.noValue})` : formatter.number(point.nps)],
    [t.nps.marginOfError, marginOfErrorText(formatter, point.marginOfError)],
    [t.common.sampleSize, formatter.integer(point.n) + (point.lowSample && point.n > 0 ? ` (${t.common.lowSample})` : '')],
    [t.nps.promoters, formatter.share(point.promoterShare)],
    [t.nps.detractors, formatter.share(point.detractorShare)],
  ];
}

function npsWithSample(point: NpsPoint | undefined, t: DashboardMessages, formatter: DashboardFormat): string {
  if (!point || point.nps == null) return `— (n = ${formatter.integer(point?.n ?? 0)})`;
  return `${formatter.number(point.nps)} (n = ${formatter.integer(point.n)}${point.lowSample ? `, ${t.common.lowSample}` : ''})`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The chart's numbers, for screen readers and for anyone who wants the exact figures. */
export function NpsTrendTable({ nps }: { nps: NpsResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = usePeriodLabels(nps.window);
  if (nps.window.groupBy) return <GroupedTrendTable nps={nps} labels={labels} />;
  const points = nps.series[0]?.points ?? [];
  return (
    <FigureTable caption={t.nps.tableCaption} testId="nps-trend-table" rowHeading={t.common.period} columns={[...npsScoreHeadings(t), t.nps.promoters, t.nps.passives, t.nps.detractors]}>
      {points.map((point) => (
        <tr key={point.start}>
          <th scope="row">{labels.long(point.start)}</th>
          <NpsScoreCells figures={point} formatter={formatter} />
          <td className="number">{formatter.integer(point.promoters)}</td>
          <td className="number">{formatter.integer(point.passives)}</td>
          <td className="number">{formatter.integer(point.detractors)}</td>
        </tr>
      ))}
    </FigureTable>
  );
}

function GroupedTrendTable({ nps, labels }: { nps: NpsResult; labels: PeriodLabels }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const dimension = nps.window.groupBy!;
  const buckets = nps.series[0]?.points ?? [];
  return (
    <FigureTable
      caption={format(t.nps.tableCaptionByGroup, { dimension: dimensionName(t, dimension) })}
      testId="nps-trend-table"
      rowHeading={t.common.period}
      columns={nps.series.map((series) => groupLabel(t, dimension, series.group))}
    >
      {buckets.map((bucket, index) => (
        <tr key={bucket.start}>
          <th scope="row">{labels.long(bucket.start)}</th>
          {nps.series.map((series) => {
            const point = series.points[index];
            return (
              <td className="number" key={series.group ?? ''}>
                {point?.nps == null ? <HiddenReason reason={point?.reason} /> : formatter.number(point.nps)}{' '}
                <span className="dash-sample">(n = {formatter.integer(point?.n ?? 0)})</span> {point?.lowSample && point.n > 0 && <LowSampleFlag />}
              </td>
            );
          })}
        </tr>
      ))}
    </FigureTable>
  );
}

/** A dash for a missing value in a dense table, its reason spoken and shown on hover. */
function HiddenReason({ reason }: { reason?: string | null }) {
  const t = useMessages(dashboardMessages);
  return (
    <span title={reason ?? undefined}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{reason ?? t.common.noValue}</span>
    </span>
  );
}
