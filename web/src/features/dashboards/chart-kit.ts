// What the dashboards' ECharts options have in common: colours that keep their contrast on white,
// how a missing value is drawn (a gap), how a tooltip is written (escaped HTML: group names
// come from imported data) and the frame of a chart over periods.
import type { ChartOption } from '../../charts/echarts';
import type { PeriodLabels } from './period-labels';

/** Series colours, each at least 4.5:1 against white. */
export const SERIES_COLORS = ['#0b5cad', '#b4430b', '#1e6b34', '#7b2cbf', '#a4161a', '#0f6e69', '#8a5300', '#4a5361', '#b0175a', '#1d4ed8'];

/** Points and bars with too few answers to trust. */
export const LOW_SAMPLE_COLOR = '#8a94a3';

/** Heat-map colours from few to many, light enough for dark labels (≥ 4.5:1) on every cell. */
export const HEAT_COLORS = ['#f2f6fb', '#c6dbf0', '#8fbbe3', '#5b9bd5'];

export const AXIS_TEXT = { color: '#4a5361' };

/** ECharts draws '-' as "no value": lines break there and bars are left out. */
export const GAP = '-';

export function valueOrGap(value: number | null | undefined): number | string {
  return value == null || Number.isNaN(value) ? GAP : value;
}

/** A share from 0 to 1 as a percentage to one decimal, or a gap. */
export function percentOrGap(share: number | null | undefined): number | string {
  return valueOrGap(share == null ? null : Math.round(share * 1000) / 10);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A tooltip: a title and rows of label and value, all escaped. */
export function tooltipHtml(title: string, rows: [string, string][]): string {
  const body = rows.map(([label, value]) => `${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong>`).join('<br/>');
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>${body}`;
}

/** The index of the hovered category of an axis tooltip's parameters. */
function hoveredIndex(parameters: unknown): number {
  const first = (Array.isArray(parameters) ? parameters[0] : parameters) as { dataIndex?: number } | undefined;
  return first?.dataIndex ?? 0;
}

export interface PeriodChartFrame<Point extends { start: string }> {
  /** One point per period, in axis order. */
  points: readonly Point[];
  labels: PeriodLabels;
  colors: string[];
  grid: { left: number; right: number; top: number; bottom: number };
  /** Left out for a chart of one series. */
  legend?: Record<string, unknown>;
  /** The tooltip's rows for the hovered period; its title is the period's long name. */
  tooltipRows(point: Point, index: number): [string, string][];
}

/**
 * What every chart of figures per period shares: the periods' short names along a category
 * axis, and one tooltip for the whole hovered period. The chart adds its value axes and series.
 */
export function periodChartBase<Point extends { start: string }>({ points, labels, colors, grid, legend, tooltipRows }: PeriodChartFrame<Point>): ChartOption {
  return {
    color: colors,
    grid,
    ...(legend && { legend }),
    tooltip: {
      trigger: 'axis',
      formatter: (parameters: unknown) => {
        const index = hoveredIndex(parameters);
        const point = points[index]!;
        return tooltipHtml(labels.long(point.start), tooltipRows(point, index));
      },
    },
    xAxis: { type: 'category', data: points.map((point) => labels.short(point.start)), axisLabel: AXIS_TEXT },
  };
}
