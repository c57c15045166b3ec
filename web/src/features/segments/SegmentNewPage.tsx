import { ErrorMessage, Loading } from '../../app/ui';
import { SegmentBuilder } from './SegmentBuilder';
import { useSegmentVocabulary } from './use-segment-vocabulary';

/** The builder for a new segment, once the segment language has come from the API. */
export function SegmentNewPage() {
  const { vocabulary, error, refetch } = useSegmentVocabulary({ suggestions: true });
  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!vocabulary) return <Loading />;
  return <SegmentBuilder vocabulary={vocabulary} />;
}
