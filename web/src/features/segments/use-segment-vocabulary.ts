import { useMemo } from 'react';
import type { ApiError } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { SegmentJourneysDocument, SegmentLanguageDocument, SegmentTagKeysDocument } from './segment-operations';
import { segmentVocabulary, type SegmentVocabulary } from './segment-vocabulary';

export interface VocabularyState {
  /** Undefined until the language has come. */
  vocabulary?: SegmentVocabulary;
  error?: ApiError;
  refetch(): void;
}

/**
 * The segment language from the API, and with `suggestions` the tenant's tag keys and journeys.
 * Suggestions only: a key without customers:read gets none and types keys by hand; the server
 * checks that tags and journeys exist.
 */
export function useSegmentVocabulary({ suggestions }: { suggestions: boolean }): VocabularyState {
  const { can } = useSession();
  const withSuggestions = suggestions && can('customers:read');
  const language = useQuery(SegmentLanguageDocument, {});
  const tags = useQuery(SegmentTagKeysDocument, {}, { skip: !withSuggestions });
  const journeys = useQuery(SegmentJourneysDocument, {}, { skip: !withSuggestions });
  const vocabulary = useMemo(() => {
    if (!language.data) return undefined;
    return segmentVocabulary(language.data.segmentLanguage, {
      tags: tags.data?.tags.edges.map((edge) => edge.node) ?? [],
      journeys:
        journeys.data?.journeys.edges.map(({ node }) => ({
          key: node.key,
          name: node.name,
          stages: [...node.stages].sort((a, b) => a.position - b.position).map(({ key, name }) => ({ key, name })),
        })) ?? [],
    });
  }, [language.data, tags.data, journeys.data]);
  return { vocabulary, error: language.error, refetch: language.refetch };
}
