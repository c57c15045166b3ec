import { useEffect } from 'react';
import { navigate, useHashPath, useHashQuery } from '../../app/router';
import { useSession } from '../../app/session';
import { defaultRange, rangeFromQuery, rememberedRange, rememberRange, writeRange, type DashboardRange } from './dashboard-range';

export interface DashboardState {
  range: DashboardRange;
  /** The tenant's time zone: the calendar the picked days and the buckets belong to. */
  timeZone: string;
  /** A page's own choice in the hash query (breakdown, selected segment…). */
  param(name: string): string | undefined;
  /** Applies a new range and/or page choices (undefined removes one); each lands in the hash. */
  update(change: { range?: DashboardRange; params?: Record<string, string | undefined> }): void;
}

/**
 * What the dashboards share: the range in the hash query (a bookmark reopens the same view), or
 * else the one last applied in this tab, or else the last 12 months by month.
 */
export function useDashboardState(): DashboardState {
  const path = useHashPath();
  const query = useHashQuery();
  const timeZone = useSession().viewer?.tenant.timeZone ?? 'UTC';
  const fromQuery = rangeFromQuery(query);
  const range = fromQuery ?? rememberedRange() ?? defaultRange(timeZone);
  const queryText = query.toString();

  // A range arriving by bookmark follows the analyst to the other dashboards too.
  useEffect(() => {
    if (fromQuery) rememberRange(fromQuery);
  }, [queryText]); // eslint-disable-line react-hooks/exhaustive-deps

  const update = (change: { range?: DashboardRange; params?: Record<string, string | undefined> }) => {
    const next = new URLSearchParams(queryText);
    const nextRange = change.range ?? range;
    writeRange(next, nextRange);
    rememberRange(nextRange);
    for (const [name, value] of Object.entries(change.params ?? {})) {
      if (value === undefined || value === '') next.delete(name);
      else next.set(name, value);
    }
    navigate(`${path}?${next.toString()}`);
  };

  return { range, timeZone, param: (name) => query.get(name) ?? undefined, update };
}
