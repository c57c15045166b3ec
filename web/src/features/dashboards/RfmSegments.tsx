import { useMemo } from 'react';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import { format, useMessages } from '../../i18n/i18n';
import { AXIS_TEXT, SERIES_COLORS, tooltipHtml } from './chart-kit';
import { FigureTable } from './figure-table';
import { useDashboardFormat } from './figures';
import { dashboardMessages, segmentLabel } from './messages';
import type { RfmResult } from './rfm-input';

interface SegmentProps {
  rfm: RfmResult;
  selected?: string;
  onSelect(segment: string): void;
}

/** Buyers per segment as horizontal bars, in map order; the selected segment stands out. */
export function RfmSegmentsChart({ rfm, selected, onSelect }: SegmentProps) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  // Bottom to top in ECharts' category axis: reversed so the map's first segment is on top.
  const segments = useMemo(() => [...rfm.segments].reverse(), [rfm.segments]);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (item: { dataIndex: number }) => {
          const segment = segments[item.dataIndex]!;
          return tooltipHtml(segmentLabel(t, segment.segment), [
            [t.rfm.customers, formatter.integer(segment.customers)],
            [t.rfm.customerShare, formatter.share(segment.customerShare)],
            [t.rfm.revenueShare, formatter.share(segment.revenueShare)],
          ]);
        },
      },
      xAxis: { type: 'value', axisLabel: AXIS_TEXT },
      yAxis: { type: 'category', data: segments.map((segment) => segmentLabel(t, segment.segment)), axisLabel: AXIS_TEXT },
      series: [
        {
          name: t.rfm.customers,
          type: 'bar',
          cursor: 'pointer',
          data: segments.map((segment) => ({
            value: segment.customers,
            itemStyle: { color: segment.segment === selected ? SERIES_COLORS[1] : SERIES_COLORS[0] },
          })),
          label: { show: true, position: 'right', color: '#1b1f24', formatter: (item: { value: number }) => formatter.integer(item.value) },
        },
      ],
    }),
    [segments, selected, t, formatter],
  );
  return (
    <Chart
      option={option}
      label={t.rfm.segmentsLabel}
      height={Math.max(240, segments.length * 30)}
      onItemClick={(item) => onSelect(segments[item.dataIndex]!.segment)}
      testId="rfm-segments-chart"
    />
  );
}

/** Every segment of the map with its figures; its name is the button that lists its customers. */
export function RfmSegmentsTable({ rfm, selected, onSelect }: SegmentProps) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  return (
    <FigureTable
      caption={t.rfm.segmentsCaption}
      captionHidden
      testId="rfm-segments-table"
      rowHeading={t.rfm.segment}
      columns={[t.rfm.customers, t.rfm.customerShare, t.rfm.revenue, t.rfm.revenueShare, t.rfm.meanRecency, t.rfm.meanFrequency, t.rfm.meanMonetary]}
    >
      {rfm.segments.map((segment) => {
        const label = segmentLabel(t, segment.segment);
        const isSelected = segment.segment === selected;
        return (
          <tr key={segment.segment} className={isSelected ? 'dash-selected' : undefined} data-testid={`rfm-segment-${segment.segment}`}>
            <th scope="row">
              <button
                type="button"
                className="link-button dash-segment-button"
                aria-pressed={isSelected}
                aria-label={format(t.rfm.showCustomers, { segment: label })}
                onClick={() => onSelect(segment.segment)}
              >
                {label}
              </button>
            </th>
            <td className="number">{formatter.integer(segment.customers)}</td>
            <td className="number">{formatter.share(segment.customerShare)}</td>
            <td className="number">{formatter.money(segment.revenue)}</td>
            <td className="number">{formatter.share(segment.revenueShare)}</td>
            <td className="number">{formatter.number(segment.meanRecency)}</td>
            <td className="number">{formatter.number(segment.meanFrequency)}</td>
            <td className="number">{formatter.money(segment.meanMonetary)}</td>
          </tr>
        );
      })}
    </FigureTable>
  );
}
