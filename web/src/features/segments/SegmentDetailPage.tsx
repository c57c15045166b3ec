import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { Link, navigate, useHashQuery } from '../../app/router';
import { useSession } from '../../app/session';
import { Card, ErrorMessage, Loading } from '../../app/ui';
import type { SegmentRefreshMutation } from '../../gql/graphql';
import { format, useFormat, useMessages } from '../../i18n/i18n';
import { segmentMessages } from './segment-messages';
import { SegmentDefinitionDocument, SegmentDeleteDocument, SegmentRefreshDocument, SegmentSummaryDocument } from './segment-operations';
import { SegmentChangesCard } from './SegmentChangesCard';
import { SegmentDefinitionView } from './SegmentDefinitionView';
import { useSegmentVocabulary } from './use-segment-vocabulary';
import { SegmentMembersCard } from './SegmentMembersCard';

/** One saved segment: what it is, its definition, its members and its recent changes. */
export function SegmentDetailPage({ id }: { id: string }) {
  const t = useMessages(segmentMessages);
  const formatted = useFormat();
  const { can } = useSession();
  const writer = can('segments:write');
  const savedMembers = useHashQuery().get('saved');
  const summary = useQuery(SegmentSummaryDocument, { id });
  // Bumped by a refresh: the members and changes cards read again.
  const [generation, setGeneration] = useState(0);
  const [refreshed, setRefreshed] = useState<SegmentRefreshMutation['refreshSegment']>();
  const [actionError, setActionError] = useState<ApiError>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [refreshSegment, refreshState] = useMutation(SegmentRefreshDocument);
  const [deleteSegment, deleteState] = useMutation(SegmentDeleteDocument);

  async function handleRefresh() {
    setActionError(undefined);
    try {
      setRefreshed((await refreshSegment({ id })).refreshSegment);
      summary.refetch();
      setGeneration((value) => value + 1);
    } catch (error) {
      setActionError(error as ApiError);
    }
  }

  async function handleDelete() {
    setActionError(undefined);
    try {
      await deleteSegment({ id });
      navigate('/segments');
    } catch (error) {
      setActionError(error as ApiError);
    }
  }

  if (summary.error && !summary.data) return <ErrorMessage error={summary.error} onRetry={summary.refetch} />;
  if (!summary.data) return <Loading />;
  const segment = summary.data.segment;

  return (
    <section aria-labelledby="segment-title" className="segment-detail">
      <p className="segment-breadcrumb">
        <Link to="/segments">← {t.detail.back}</Link>
      </p>
      <div className="segment-title-row">
        <h1 id="segment-title">{segment.name}</h1>
        {writer && (
          <div className="segment-actions">
            <button type="button" className="primary" onClick={handleRefresh} disabled={refreshState.loading}>
              {refreshState.loading ? t.detail.refreshing : t.detail.refresh}
            </button>
            <Link to={`/segments/${encodeURIComponent(id)}/edit`} className="button">
              {t.detail.edit}
            </Link>
            <button type="button" className="danger" onClick={() => setConfirmingDelete(true)} disabled={confirmingDelete}>
              {t.detail.delete}
            </button>
          </div>
        )}
      </div>
      {segment.description && <p className="segment-lead">{segment.description}</p>}

      {savedMembers !== null && !refreshed && (
        <p className="notice success" role="status">
          {format(t.detail.saved, { n: formatted.integer(savedMembers) })}
        </p>
      )}
      {refreshed && (
        <p className="notice success" role="status">
          {format(t.detail.refreshed, {
            entered: formatted.integer(refreshed.entered),
            exited: formatted.integer(refreshed.exited),
            members: formatted.integer(refreshed.memberCount),
            ms: formatted.integer(refreshed.durationMs),
          })}
        </p>
      )}
      {confirmingDelete && (
        <div className="notice warning segment-confirm" role="alertdialog" aria-labelledby="segment-confirm-text">
          <p id="segment-confirm-text">{format(t.detail.confirmDelete, { name: segment.name })}</p>
          <button type="button" className="danger" onClick={handleDelete} disabled={deleteState.loading} autoFocus>
            {deleteState.loading ? t.detail.deleting : t.detail.confirmDeleteButton}
          </button>{' '}
          <button type="button" onClick={() => setConfirmingDelete(false)}>
            {t.builder.cancel}
          </button>
        </div>
      )}
      {actionError && <ErrorMessage error={actionError} />}
      {segment.lastRefreshError && <p className="notice warning">{format(t.detail.refreshError, { message: segment.lastRefreshError })}</p>}
      {!writer && <p className="hint">{t.detail.readOnly}</p>}

      <dl className="facts segment-facts" aria-label={t.detail.facts}>
        <dt>{t.detail.members}</dt>
        <dd data-testid="segment-member-count" data-count={segment.memberCount}>
          {formatted.integer(segment.memberCount)}
        </dd>
        <dt>{t.detail.lastRefreshed}</dt>
        <dd>
          {segment.lastRefreshedAt ? formatted.dateTime(segment.lastRefreshedAt) : t.list.never}
          {segment.lastRefreshMs != null && ` ${format(t.detail.took, { ms: formatted.integer(segment.lastRefreshMs) })}`}
        </dd>
        <dt>{t.detail.every}</dt>
        <dd>{format(t.detail.minutes, { n: formatted.integer(segment.refreshIntervalMinutes) })}</dd>
        <dt>{t.detail.version}</dt>
        <dd>{segment.version}</dd>
        <dt>{t.detail.created}</dt>
        <dd>{formatted.dateTime(segment.createdAt)}</dd>
        <dt>{t.detail.updated}</dt>
        <dd>{formatted.dateTime(segment.updatedAt)}</dd>
      </dl>

      <SegmentDefinitionCard id={id} />
      <SegmentMembersCard segmentId={id} generation={generation} />
      <SegmentChangesCard segmentId={id} generation={generation} />
    </section>
  );
}

function SegmentDefinitionCard({ id }: { id: string }) {
  const t = useMessages(segmentMessages);
  const { data, error: definitionError } = useQuery(SegmentDefinitionDocument, { id });
  const { vocabulary, error: vocabularyError } = useSegmentVocabulary({ suggestions: false });
  const error = definitionError ?? vocabularyError;
  return (
    <Card id="segment-definition" title={t.definition.title}>
      {error && <ErrorMessage error={error} />}
      {!(data && vocabulary) && !error && <Loading />}
      {data && vocabulary && !error && (
        <>
          <SegmentDefinitionView document={data.segment.document} vocabulary={vocabulary} />
          <details className="segment-json">
            <summary>{t.definition.json}</summary>
            <pre>
              <code>{JSON.stringify(data.segment.document, null, 2)}</code>
            </pre>
          </details>
        </>
      )}
    </Card>
  );
}
