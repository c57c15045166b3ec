import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading, ScrollRegion } from '../../app/ui';
import { format, useFormat, useMessages } from '../../i18n/i18n';
import { segmentMessages } from './segment-messages';
import { SegmentListDocument } from './segment-operations';

const PAGE = 100;
const MAX_PAGE = 1000;

/** Saved segments by name: members, last refresh and schedule, with a link to each. */
export function SegmentListPage() {
  const t = useMessages(segmentMessages);
  const formatted = useFormat();
  const { can } = useSession();
  // "Show more" asks for a longer first page rather than stitching pages: the list stays one
  // consistent answer of the server.
  const [first, setFirst] = useState(PAGE);
  const { data, error, loading, refetch } = useQuery(SegmentListDocument, { first });
  const segments = data?.segments.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="segment-list-title">
      <div className="segment-title-row">
        <h1 id="segment-list-title">{t.list.title}</h1>
        {can('segments:write') && (
          <Link to="/segments/new" className="button primary">
            {t.list.create}
          </Link>
        )}
      </div>
      <p className="hint">{t.list.intro}</p>
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      {loading && !data && <Loading />}
      {data && segments.length === 0 && (
        <p className="notice">
          {t.list.empty} {can('segments:write') && t.list.emptyWriter}
        </p>
      )}
      {segments.length > 0 && (
        <ScrollRegion label={t.list.title}>
          <table className="segment-table">
            <caption>{format(t.list.caption, { n: formatted.integer(data?.segments.totalCount) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.list.name}</th>
                <th scope="col" className="number">
                  {t.list.members}
                </th>
                <th scope="col">{t.list.lastRefresh}</th>
                <th scope="col">{t.list.every}</th>
                <th scope="col" className="number">
                  {t.list.version}
                </th>
              </tr>
            </thead>
            <tbody>
              {segments.map((segment) => (
                <tr key={segment.id}>
                  <th scope="row">
                    <Link to={`/segments/${encodeURIComponent(segment.id)}`}>{segment.name}</Link>
                    {segment.description && <span className="segment-description">{segment.description}</span>}
                  </th>
                  <td className="number">{formatted.integer(segment.memberCount)}</td>
                  <td>
                    {segment.lastRefreshedAt ? formatted.dateTime(segment.lastRefreshedAt) : t.list.never}
                    {segment.lastRefreshError && <span className="segment-badge-error"> · {t.list.refreshFailed}</span>}
                  </td>
                  <td>{format(t.list.minutes, { n: formatted.integer(segment.refreshIntervalMinutes) })}</td>
                  <td className="number">{segment.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {data?.segments.pageInfo.hasNextPage && first < MAX_PAGE && (
        <button type="button" onClick={() => setFirst((current) => Math.min(MAX_PAGE, current + PAGE))} disabled={loading}>
          {t.list.more}
        </button>
      )}
    </section>
  );
}
