import { useMemo } from 'react';
import { ScrollRegion } from '../../app/ui';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import { format, useMessages } from '../../i18n/i18n';
import { AXIS_TEXT, HEAT_COLORS, tooltipHtml } from './chart-kit';
import { useDashboardFormat } from './figures';
import { dashboardMessages, segmentLabel } from './messages';
import { segmentOfCell, type RfmResult } from './rfm-input';

const SCORES = [1, 2, 3, 4, 5];

/** Buyers per (R, F) cell; a click on a cell selects the segment the cell belongs to. */
export function RfmHeatmapChart({ rfm, onSelect }: { rfm: RfmResult; onSelect(segment: string): void }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const option = useMemo<ChartOption>(() => {
    const most = Math.max(1, ...rfm.grid.map((cell) => cell.customers));
    return {
      grid: { left: 56, right: 16, top: 16, bottom: 88 },
      tooltip: {
        trigger: 'item',
        formatter: (item: { value: [number, number, number] }) => {
          const [fIndex, rIndex, customers] = item.value;
          const segment = segmentOfCell(rfm.segmentMap, rIndex + 1, fIndex + 1);
          return tooltipHtml(`R = ${rIndex + 1}, F = ${fIndex + 1}`, [
            [t.rfm.customers, formatter.integer(customers)],
            ...(segment ? [[t.rfm.segment, segmentLabel(t, segment)] as [string, string]] : []),
          ]);
        },
      },
      xAxis: { type: 'category', name: t.rfm.fScore, nameLocation: 'middle', nameGap: 28, data: SCORES.map(String), axisLabel: AXIS_TEXT, splitArea: { show: true } },
      yAxis: { type: 'category', name: t.rfm.rScore, nameLocation: 'middle', nameGap: 32, data: SCORES.map(String), axisLabel: AXIS_TEXT, splitArea: { show: true } },
      visualMap: {
        min: 0,
        max: most,
        calculable: false,
        text: [formatter.integer(most), '0'],
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        textStyle: AXIS_TEXT,
        inRange: { color: HEAT_COLORS },
      },
      series: [
        {
          name: t.rfm.customers,
          type: 'heatmap',
          data: rfm.grid.map((cell) => [cell.f - 1, cell.r - 1, cell.customers]),
          label: { show: true, color: '#1b1f24', formatter: (item: { value: [number, number, number] }) => formatter.integer(item.value[2]) },
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          emphasis: { itemStyle: { borderColor: '#1b1f24', borderWidth: 2 } },
          cursor: 'pointer',
        },
      ],
    };
  }, [rfm, t, formatter]);
  const select = (item: { value: unknown }) => {
    const [fIndex, rIndex] = item.value as [number, number];
    const segment = segmentOfCell(rfm.segmentMap, rIndex + 1, fIndex + 1);
    if (segment) onSelect(segment);
  };
  return <Chart option={option} label={t.rfm.heatmapLabel} height={340} onItemClick={select} testId="rfm-heatmap" />;
}

/** The heat map's counts: R scores as rows (best first), F scores as columns. */
export function RfmHeatmapTable({ rfm }: { rfm: RfmResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const count = (r: number, f: number) => rfm.grid.find((cell) => cell.r === r && cell.f === f)?.customers ?? 0;
  return (
    <ScrollRegion label={t.rfm.heatmapCaption}>
      <table className="dash-grid-table" data-testid="rfm-grid-table">
        <caption>{t.rfm.heatmapCaption}</caption>
        <thead>
          <tr>
            <td />
            {SCORES.map((f) => (
              <th scope="col" className="number" key={f}>
                {format(t.rfm.fColumn, { f })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCORES].reverse().map((r) => (
            <tr key={r}>
              <th scope="row">{format(t.rfm.rRow, { r })}</th>
              {SCORES.map((f) => {
                const segment = segmentOfCell(rfm.segmentMap, r, f);
                return (
                  <td className="number" key={f}>
                    {formatter.integer(count(r, f))}
                    {segment && <span className="dash-cell-segment">{segmentLabel(t, segment)}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
