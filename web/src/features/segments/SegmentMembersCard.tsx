import { useEffect, useRef, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { Card, ErrorMessage, Loading, ScrollRegion } from '../../app/ui';
import { format, useFormat, useMessages } from '../../i18n/i18n';
import { segmentMessages } from './segment-messages';
import { SegmentMemberPageDocument } from './segment-operations';

const PAGE_SIZE = 25;

/**
 * The current members a page at a time, by external id. The API pages forward only, so the
 * cursors of the pages already seen are kept for "Previous".
 */
export function SegmentMembersCard({ segmentId, generation }: { segmentId: string; generation: number }) {
  const t = useMessages(segmentMessages);
  const formatted = useFormat();
  const withProfile = useSession().can('customers:read');
  // cursors[i] is the `after` of page i (undefined for the first page).
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = cursors.length - 1;
  const { data, error, loading, refetch } = useQuery(SegmentMemberPageDocument, { id: segmentId, first: PAGE_SIZE, after: cursors[page], withProfile });
  // The rows on screen stay those of the page last loaded until the next one arrives, and the
  // range must describe them, not the page asked for. A new answer is always for the page asked
  // last: asking again cancels the request before.
  const requestedPage = useRef(page);
  requestedPage.current = page;
  const [shownPage, setShownPage] = useState(0);
  useEffect(() => {
    if (data) setShownPage(requestedPage.current);
  }, [data]);

  // A refresh changes who is a member: start again from the first page.
  useEffect(() => {
    if (generation === 0) return;
    setCursors([undefined]);
    refetch();
  }, [generation, refetch]);

  const members = data?.segment.members;
  const rows = members?.edges.map((edge) => edge.node) ?? [];
  const from = shownPage * PAGE_SIZE + 1;
  return (
    <Card id="segment-members" title={t.members.title}>
      {!withProfile && <p className="hint">{t.members.profileHidden}</p>}
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      {loading && !data && <Loading />}
      {members && members.totalCount === 0 && rows.length === 0 && <p>{t.members.none}</p>}
      {rows.length > 0 && (
        <>
          <ScrollRegion label={t.members.caption}>
            <table aria-busy={loading}>
              <caption>
                {t.members.caption} ·{' '}
                <span data-testid="segment-members-range">
                  {format(t.members.range, { from: formatted.integer(from), to: formatted.integer(from + rows.length - 1), total: formatted.integer(members?.totalCount) })}
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.members.externalId}</th>
                  {withProfile && <th scope="col">{t.members.name}</th>}
                  {withProfile && <th scope="col">{t.members.email}</th>}
                  {withProfile && <th scope="col">{t.members.region}</th>}
                  <th scope="col">{t.members.entered}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((member) => (
                  <tr key={member.externalId}>
                    <td>
                      <code>{member.externalId}</code>
                    </td>
                    {withProfile && <td>{member.name ?? '—'}</td>}
                    {withProfile && <td>{member.email ?? '—'}</td>}
                    {withProfile && <td>{member.region ?? '—'}</td>}
                    <td>{formatted.dateTime(member.enteredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <nav className="segment-pager" aria-label={t.members.title}>
            <button type="button" disabled={page === 0 || loading} onClick={() => setCursors((known) => known.slice(0, -1))}>
              {t.members.previous}
            </button>
            <button
              type="button"
              disabled={!members?.pageInfo.hasNextPage || loading}
              onClick={() => setCursors((known) => [...known, members?.pageInfo.endCursor ?? undefined])}
            >
              {t.members.next}
            </button>
          </nav>
        </>
      )}
    </Card>
  );
}
