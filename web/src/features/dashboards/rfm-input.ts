import type { DashboardRfmQuery, RfmInput } from '../../gql/graphql';
import { apiWindow, type DashboardRange } from './dashboard-range';

export type RfmResult = DashboardRfmQuery['rfm'];

/**
 * RFM over the picked days. Recency is measured to the end of the range when that end is past,
 * so an older range shows the segments as they were then; a range reaching today is scored as
 * of now (the API's default), since a later asOf would count days that have not happened.
 */
export function rfmInput(range: DashboardRange, timeZone: string, now: number = Date.now()): RfmInput {
  const window = apiWindow(range, timeZone);
  if (Date.parse(window.to) > now) return { from: window.from };
  return { from: window.from, to: window.to, asOf: window.to };
}

/** The segment of an R × F cell, when exactly one rule of the map covers it (R×F×M maps may split a cell). */
export function segmentOfCell(segmentMap: RfmResult['segmentMap'], r: number, f: number): string | undefined {
  const segments = new Set(segmentMap.filter((rule) => rule.recency.includes(r) && rule.frequency.includes(f)).map((rule) => rule.segment));
  return segments.size === 1 ? [...segments][0] : undefined;
}
