import { useMemo } from 'react';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import { format, useMessages } from '../../i18n/i18n';
import { AXIS_TEXT, percentOrGap, periodChartBase, SERIES_COLORS, valueOrGap } from './chart-kit';
import { FigureTable } from './figure-table';
import { NoValue, shareOrNoValue, useDashboardFormat } from './figures';
import type { GrowthResult } from './GrowthPage';
import { dashboardMessages } from './messages';
import { usePeriodLabels } from './period-labels';

function growthPoints(data: GrowthResult) {
  return data.customerGrowth.series[0]?.points ?? [];
}

function repeatPoints(data: GrowthResult) {
  return data.repeatPurchaseRate.series[0]?.points ?? [];
}

function useGrowthLabels(data: GrowthResult) {
  return usePeriodLabels(data.customerGrowth.window);
}

/** New customers as bars (left axis) and the active base at each period's end as a line (right axis). */
export function GrowthBaseChart({ data }: { data: GrowthResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = useGrowthLabels(data);
  const option = useMemo<ChartOption>(() => {
    const points = growthPoints(data);
    return {
      ...periodChartBase({
        points,
        labels,
        colors: [SERIES_COLORS[0], SERIES_COLORS[1]],
        grid: { left: 56, right: 64, top: 40, bottom: 48 },
        legend: { top: 0 },
        tooltipRows: (point) => [
          [t.growth.newCustomers, formatter.integer(point.newCustomers)],
          [t.growth.activeBaseStart, formatter.integer(point.activeBaseStart)],
          [t.growth.activeBaseEnd, formatter.integer(point.activeBaseEnd)],
        ],
      }),
      yAxis: [
        { type: 'value', name: t.growth.newCustomers, axisLabel: AXIS_TEXT, nameTextStyle: AXIS_TEXT },
        { type: 'value', name: t.growth.activeBaseEnd, axisLabel: AXIS_TEXT, nameTextStyle: AXIS_TEXT, splitLine: { show: false } },
      ],
      series: [
        { name: t.growth.newCustomers, type: 'bar', data: points.map((point) => valueOrGap(point.newCustomers)) },
        { name: t.growth.activeBaseEnd, type: 'line', yAxisIndex: 1, data: points.map((point) => valueOrGap(point.activeBaseEnd)), connectNulls: false, symbolSize: 7 },
      ],
    };
  }, [data, t, formatter, labels]);
  return <Chart option={option} label={format(t.growth.baseLabel, { interval: t.range.intervalNames[data.customerGrowth.window.interval] })} testId="growth-base-chart" />;
}

/** Growth, retention (CRR) and churn per period, in percent; a period with S = 0 is a gap. */
export function GrowthRatesChart({ data }: { data: GrowthResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = useGrowthLabels(data);
  const option = useMemo<ChartOption>(() => {
    const points = growthPoints(data);
    return {
      ...periodChartBase({
        points,
        labels,
        colors: [SERIES_COLORS[0], SERIES_COLORS[2], SERIES_COLORS[4]],
        grid: { left: 56, right: 24, top: 40, bottom: 48 },
        legend: { top: 0 },
        tooltipRows: (point) => {
          const rate = (value: number | null | undefined) => (value == null ? `— (${point.reason ?? t.common.noValue})` : formatter.share(value));
          return [
            [t.growth.growthRate, rate(point.growthRate)],
            [t.growth.retentionRate, rate(point.retentionRate)],
            [t.growth.churnRate, rate(point.churnRate)],
            [t.common.sampleSize, formatter.integer(point.n)],
          ];
        },
      }),
      yAxis: { type: 'value', axisLabel: { ...AXIS_TEXT, formatter: (value: number) => formatter.percent(value, 0) } },
      series: [
        { name: t.growth.growthRate, type: 'line', data: points.map((point) => percentOrGap(point.growthRate)), connectNulls: false, symbolSize: 7 },
        { name: t.growth.retentionRate, type: 'line', data: points.map((point) => percentOrGap(point.retentionRate)), connectNulls: false, symbolSize: 7 },
        { name: t.growth.churnRate, type: 'line', data: points.map((point) => percentOrGap(point.churnRate)), connectNulls: false, symbolSize: 7, lineStyle: { type: 'dashed' } },
      ],
    };
  }, [data, t, formatter, labels]);
  return <Chart option={option} label={format(t.growth.ratesLabel, { interval: t.range.intervalNames[data.customerGrowth.window.interval] })} testId="growth-rates-chart" />;
}

/** The numbers of both growth charts. */
export function GrowthTable({ data }: { data: GrowthResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = useGrowthLabels(data);
  return (
    <FigureTable
      caption={t.growth.tableCaption}
      testId="growth-table"
      rowHeading={t.common.period}
      columns={[t.growth.activeBaseStart, t.growth.newCustomers, t.growth.activeBaseEnd, t.growth.growthRate, t.growth.retentionRate, t.growth.churnRate]}
    >
      {growthPoints(data).map((point) => (
        <tr key={point.start}>
          <th scope="row">{labels.long(point.start)}</th>
          <td className="number">{formatter.integer(point.activeBaseStart)}</td>
          <td className="number">{formatter.integer(point.newCustomers)}</td>
          <td className="number">{formatter.integer(point.activeBaseEnd)}</td>
          {point.growthRate == null ? (
            <td className="number" colSpan={3}>
              <NoValue reason={point.reason} />
            </td>
          ) : (
            <>
              <td className="number">{formatter.share(point.growthRate)}</td>
              <td className="number">{formatter.share(point.retentionRate)}</td>
              <td className="number">{formatter.share(point.churnRate)}</td>
            </>
          )}
        </tr>
      ))}
    </FigureTable>
  );
}

/** Share of each period's buyers with two or more completed orders in it. */
export function RepeatPurchaseChart({ data }: { data: GrowthResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = useGrowthLabels(data);
  const option = useMemo<ChartOption>(() => {
    const points = repeatPoints(data);
    return {
      ...periodChartBase({
        points,
        labels,
        colors: [SERIES_COLORS[3]],
        grid: { left: 56, right: 24, top: 24, bottom: 48 },
        tooltipRows: (point) => [
          [t.growth.repeatRate, point.rate == null ? `— (${point.reason ?? t.common.noValue})` : formatter.share(point.rate)],
          [t.growth.repeatBuyers, formatter.integer(point.repeatBuyers)],
          [`${t.growth.buyers} (${t.common.n})`, formatter.integer(point.n)],
        ],
      }),
      yAxis: { type: 'value', min: 0, axisLabel: { ...AXIS_TEXT, formatter: (value: number) => formatter.percent(value, 0) } },
      series: [{ name: t.growth.repeatRate, type: 'line', data: points.map((point) => percentOrGap(point.rate)), connectNulls: false, symbolSize: 7, areaStyle: { opacity: 0.08 } }],
    };
  }, [data, t, formatter, labels]);
  return <Chart option={option} label={format(t.growth.repeatLabel, { interval: t.range.intervalNames[data.customerGrowth.window.interval] })} height={280} testId="growth-repeat-chart" />;
}

export function RepeatPurchaseTable({ data }: { data: GrowthResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const labels = useGrowthLabels(data);
  const buyersHeading = (
    <>
      {t.growth.buyers} ({t.common.n})
    </>
  );
  return (
    <FigureTable caption={t.growth.repeatCaption} testId="growth-repeat-table" rowHeading={t.common.period} columns={[buyersHeading, t.growth.repeatBuyers, t.growth.repeatRate]}>
      {repeatPoints(data).map((point) => (
        <tr key={point.start}>
          <th scope="row">{labels.long(point.start)}</th>
          <td className="number">{formatter.integer(point.buyers)}</td>
          <td className="number">{formatter.integer(point.repeatBuyers)}</td>
          <td className="number">{shareOrNoValue(formatter, point.rate, point.reason)}</td>
        </tr>
      ))}
    </FigureTable>
  );
}
