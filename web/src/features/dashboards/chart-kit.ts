// What the dashboards' ECharts options have in common: colours that keep their contrast on white,
// how a missing value is drawn (a gap) and how a tooltip is written (escaped HTML: group names
// come from imported data).

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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A tooltip: a title and rows of label and value, all escaped. */
export function tooltipHtml(title: string, rows: [string, string][]): string {
  const body = rows.map(([label, value]) => `${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong>`).join('<br/>');
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>${body}`;
}

/** The index of the hovered category of an axis tooltip's parameters. */
export function hoveredIndex(parameters: unknown): number {
  const first = (Array.isArray(parameters) ? parameters[0] : parameters) as { dataIndex?: number } | undefined;
  return first?.dataIndex ?? 0;
}
