import { useMemo } from 'react';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { SegmentJourneysDocument, SegmentRfmNamesDocument, SegmentTagKeysDocument } from './segment-operations';
import { DEFAULT_RFM_SEGMENTS, FIXED_CHOICES, type ChoiceSource } from './segment-language';

export interface JourneyOption {
  key: string;
  name: string;
  stages: { key: string; name: string }[];
}

/** The tenant's words the builder offers as values: tag keys, journeys and stages, RFM segments. */
export interface SegmentVocabulary {
  tags: { key: string; label: string }[];
  journeys: JourneyOption[];
  choices(source: ChoiceSource): readonly string[];
}

/**
 * Suggestions only: a key without customers:read (or analytics:read) gets none (or the default
 * RFM names) and types keys by hand; the server checks that tags and journeys exist.
 */
export function useSegmentVocabulary(): SegmentVocabulary {
  const { can } = useSession();
  const tags = useQuery(SegmentTagKeysDocument, {}, { skip: !can('customers:read') });
  const journeys = useQuery(SegmentJourneysDocument, {}, { skip: !can('customers:read') });
  const rfm = useQuery(SegmentRfmNamesDocument, {}, { skip: !can('analytics:read') });
  return useMemo(() => {
    const rfmSegments = rfm.data ? [...new Set(rfm.data.analyticsSettings.rfmSegmentMap.map((rule) => rule.segment))] : DEFAULT_RFM_SEGMENTS;
    return {
      tags: tags.data?.tags.edges.map((edge) => edge.node) ?? [],
      journeys:
        journeys.data?.journeys.edges.map(({ node }) => ({
          key: node.key,
          name: node.name,
          stages: [...node.stages].sort((a, b) => a.position - b.position).map(({ key, name }) => ({ key, name })),
        })) ?? [],
      choices: (source) => (source === 'rfmSegment' ? rfmSegments : FIXED_CHOICES[source]),
    };
  }, [tags.data, journeys.data, rfm.data]);
}
