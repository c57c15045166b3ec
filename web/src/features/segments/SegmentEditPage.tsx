import { useMemo } from 'react';
import { useQuery } from '../../api/hooks';
import { Link } from '../../app/router';
import { ErrorMessage, Loading } from '../../app/ui';
import { format, useMessages } from '../../i18n/i18n';
import { formFromDocument } from './segment-form';
import { segmentMessages } from './segment-messages';
import { SegmentDefinitionDocument } from './segment-operations';
import { SegmentBuilder } from './SegmentBuilder';
import { useSegmentVocabulary } from './use-segment-vocabulary';

/** The builder filled with a saved segment; saving makes a new version of it. */
export function SegmentEditPage({ id }: { id: string }) {
  const t = useMessages(segmentMessages);
  const { data, error, refetch } = useQuery(SegmentDefinitionDocument, { id });
  const { vocabulary, error: vocabularyError, refetch: refetchVocabulary } = useSegmentVocabulary({ suggestions: true });
  const conditions = useMemo(() => (data && vocabulary ? formFromDocument(vocabulary, data.segment.document) : undefined), [data, vocabulary]);
  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (vocabularyError) return <ErrorMessage error={vocabularyError} onRetry={refetchVocabulary} />;
  if (!data || !vocabulary || conditions === undefined) return <Loading />;
  const segment = data.segment;
  if (conditions === null) {
    return (
      <section aria-labelledby="segment-edit-title">
        <h1 id="segment-edit-title">{format(t.builder.titleEdit, { name: segment.name })}</h1>
        <p className="notice warning">{t.builder.notEditable}</p>
        <Link to={`/segments/${encodeURIComponent(id)}`}>← {segment.name}</Link>
      </section>
    );
  }
  return <SegmentBuilder vocabulary={vocabulary} edited={{ id, name: segment.name, description: segment.description, refreshIntervalMinutes: segment.refreshIntervalMinutes, conditions }} />;
}
