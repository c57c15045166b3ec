import { useEffect } from 'react';
import { useQuery, type QueryState } from '../../api/hooks';
import type { SegmentRecentActivityQuery } from '../../gql/graphql';
import { SegmentRecentActivityDocument } from './segment-operations';

const LATEST = 20;
const REFRESHES = 10;

/**
 * The segment's latest changes and the refreshes that made them, newest first, in one request:
 * the API reads both from the newest end of the change log, however long it is.
 */
export function useSegmentChanges(segmentId: string, withProfile: boolean, generation: number): QueryState<SegmentRecentActivityQuery> {
  const state = useQuery(SegmentRecentActivityDocument, { id: segmentId, latest: LATEST, refreshes: REFRESHES, withProfile });
  const { refetch } = state;
  // A refresh may have recorded changes: read again.
  useEffect(() => {
    if (generation > 0) refetch();
  }, [generation, refetch]);
  return state;
}
