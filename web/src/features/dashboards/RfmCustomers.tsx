import { useEffect, useRef, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading, ScrollRegion } from '../../app/ui';
import type { RfmInput } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { useDashboardFormat } from './figures';
import { dashboardMessages, segmentLabel } from './messages';
import { DashboardRfmCustomersDocument } from './operations';

const PAGE_SIZE = 25;

/**
 * The buyers of one segment, a page at a time, ordered by external id as the API returns them.
 * The API pages forward only, so the cursors of the pages seen are kept for "Previous page".
 */
export function RfmCustomersCard({ input, segment, takeFocus, onClose }: { input: RfmInput; segment: string; takeFocus: boolean; onClose(): void }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const withNames = useSession().can('customers:read');
  // cursors[i] is the `after` of page i (undefined for the first page).
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = cursors.length - 1;
  const query = useQuery(DashboardRfmCustomersDocument, { input, segments: [segment], first: PAGE_SIZE, after: cursors[page], withNames });
  const heading = useRef<HTMLHeadingElement>(null);
  const label = segmentLabel(t, segment);

  // The list appears below the charts: when the analyst just asked for it, bring it into view
  // and tell screen readers where they are.
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const connection = query.data?.rfm.customers;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const first = page * PAGE_SIZE + 1;
  return (
    <section className="card" aria-labelledby="rfm-customers-title" data-testid="rfm-customers">
      <header className="card-header">
        <h2 id="rfm-customers-title" ref={heading} tabIndex={-1}>
          {format(t.rfm.customersTitle, { segment: label })}
        </h2>
        <button type="button" onClick={onClose}>
          {t.rfm.close}
        </button>
      </header>
      {!withNames && <p className="hint">{t.rfm.namesHidden}</p>}
      {query.error && <ErrorMessage error={query.error} onRetry={query.refetch} />}
      {query.loading && <Loading />}
      {connection && rows.length === 0 && <p>{t.rfm.noCustomers}</p>}
      {rows.length > 0 && (
        <>
          <ScrollRegion label={format(t.rfm.customersTitle, { segment: label })}>
            <table aria-busy={query.loading} data-testid="rfm-customers-table">
              <caption>
                {format(t.rfm.customersCaption, {
                  segment: label,
                  from: formatter.integer(first),
                  to: formatter.integer(first + rows.length - 1),
                  total: formatter.integer(connection?.totalCount),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.rfm.externalId}</th>
                  {withNames && <th scope="col">{t.rfm.name}</th>}
                  <th scope="col">{t.rfm.scores}</th>
                  <th scope="col" className="number">
                    {t.rfm.recency}
                  </th>
                  <th scope="col" className="number">
                    {t.rfm.frequency}
                  </th>
                  <th scope="col" className="number">
                    {t.rfm.monetary}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((customer) => (
                  <tr key={customer.externalId}>
                    <th scope="row">
                      <code>{customer.externalId}</code>
                    </th>
                    {withNames && (
                      <td>{customer.customer?.name ?? '—'}</td>
                    )}
                    <td>
                      {customer.r} / {customer.f} / {customer.m}
                    </td>
                    <td className="number">{formatter.integer(customer.recency)}</td>
                    <td className="number">{formatter.integer(customer.frequency)}</td>
                    <td className="number">{formatter.money(customer.monetary)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <nav className="dash-pager" aria-label={t.rfm.pages}>
            <button type="button" disabled={page === 0 || query.loading} onClick={() => setCursors((known) => known.slice(0, -1))}>
              {t.rfm.previousPage}
            </button>
            <button
              type="button"
              disabled={!connection?.pageInfo.hasNextPage || query.loading}
              onClick={() => setCursors((known) => [...known, connection?.pageInfo.endCursor ?? undefined])}
            >
              {t.rfm.nextPage}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
