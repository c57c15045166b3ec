import { useEffect, useState } from 'react';
import { ApiError, execute } from '../../api/client';
import { useSession } from '../../app/session';
import type { SegmentChangePageQuery } from '../../gql/graphql';
import { SegmentChangePageDocument } from './segment-operations';

export type SegmentChange = SegmentChangePageQuery['segment']['changes']['edges'][number]['node'];

/** The changes of one refresh: when it ran, the version it evaluated, who joined and who left. */
export interface RefreshSummary {
  at: string;
  segmentVersion: number;
  joined: number;
  left: number;
}

export interface RecentChanges {
  /** The newest changes, newest first. */
  latest: SegmentChange[];
  /** Refreshes that changed something, newest first. */
  refreshes: RefreshSummary[];
  total: number;
  /** True when the scan stopped at MAX_CHANGES before the newest change. */
  capped: boolean;
}

const PAGE = 1000;
export const MAX_CHANGES = 20 * PAGE;
const LATEST = 20;
const REFRESHES = 10;

/**
 * The segment's recent changes. The API gives changes after a cursor, oldest first (what a
 * partner needs); it has no "newest N", so the console reads forward from the first change and
 * keeps the tail, up to MAX_CHANGES (then it says so rather than show old changes as recent).
 */
export function useSegmentChanges(segmentId: string, withProfile: boolean, generation: number): { data?: RecentChanges; error?: ApiError; loading: boolean } {
  const { apiKey } = useSession();
  const [state, setState] = useState<{ data?: RecentChanges; error?: ApiError; loading: boolean }>({ loading: true });

  useEffect(() => {
    if (!apiKey) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    readRecentChanges(apiKey, segmentId, withProfile, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error: error instanceof ApiError ? error : new ApiError(String(error)), loading: false });
      },
    );
    return () => controller.abort();
  }, [apiKey, segmentId, withProfile, generation]);
  return state;
}

async function readRecentChanges(apiKey: string, id: string, withProfile: boolean, signal: AbortSignal): Promise<RecentChanges> {
  const refreshes = new Map<string, RefreshSummary>();
  let latest: SegmentChange[] = [];
  let since: string | undefined;
  let total = 0;
  for (;;) {
    const { changes } = (await execute(apiKey, SegmentChangePageDocument, { id, since, first: PAGE, withProfile }, signal)).segment;
    for (const { node } of changes.edges) {
      const key = `${node.at}|${node.segmentVersion}`;
      const summary = refreshes.get(key) ?? { at: node.at, segmentVersion: node.segmentVersion, joined: 0, left: 0 };
      if (node.change === 'ENTERED') summary.joined += 1;
      else summary.left += 1;
      refreshes.set(key, summary);
    }
    latest = [...latest, ...changes.edges.map((edge) => edge.node)].slice(-LATEST);
    total += changes.edges.length;
    since = changes.endCursor;
    if (!changes.hasMore) return summarize(latest, refreshes, total, false);
    if (total >= MAX_CHANGES) return summarize(latest, refreshes, total, true);
  }
}

function summarize(latest: SegmentChange[], refreshes: Map<string, RefreshSummary>, total: number, capped: boolean): RecentChanges {
  return {
    latest: [...latest].reverse(),
    refreshes: [...refreshes.values()].reverse().slice(0, REFRESHES),
    total,
    capped,
  };
}
