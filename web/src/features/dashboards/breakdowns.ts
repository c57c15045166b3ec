import type { MetricDimension } from '../../gql/graphql';
import { segmentLabel, type DashboardMessages } from './messages';

/** A breakdown picked in the hash query (`?by=CHANNEL`), when the page offers it. */
export function breakdownFrom(value: string | undefined, offered: readonly MetricDimension[]): MetricDimension | undefined {
  return offered.find((dimension) => dimension === value);
}

export function breakdownOptions(t: DashboardMessages, offered: readonly MetricDimension[]): { value: string; label: string }[] {
  return [{ value: '', label: t.common.noBreakdown }, ...offered.map((dimension) => ({ value: dimension, label: t.dimensions[dimension as keyof DashboardMessages['dimensions']] ?? dimension }))];
}

export function dimensionName(t: DashboardMessages, dimension: MetricDimension): string {
  return t.dimensions[dimension as keyof DashboardMessages['dimensions']] ?? dimension;
}

/** A group's name: translated for RFM segments, "not recorded" for the null group. */
export function groupLabel(t: DashboardMessages, dimension: MetricDimension | null | undefined, group: string | null | undefined): string {
  if (group == null) return t.common.notRecorded;
  return dimension === 'RFM_SEGMENT' ? segmentLabel(t, group) : group;
}
