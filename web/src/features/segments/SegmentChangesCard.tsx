import { useSession } from '../../app/session';
import { Card, ErrorMessage, Loading, ScrollRegion } from '../../app/ui';
import { format, useFormat, useMessages } from '../../i18n/i18n';
import { segmentMessages } from './segment-messages';
import { useSegmentChanges } from './use-segment-changes';

/** Who joined and who left: per refresh, then the latest changes one by one. */
export function SegmentChangesCard({ segmentId, generation }: { segmentId: string; generation: number }) {
  const t = useMessages(segmentMessages);
  const formatted = useFormat();
  const withProfile = useSession().can('customers:read');
  const { data, error, loading, refetch } = useSegmentChanges(segmentId, withProfile, generation);
  const latest = data?.segment.recentChanges;
  const refreshes = data?.segment.refreshHistory;

  return (
    <Card id="segment-changes" title={t.changes.title}>
      <p className="hint">{t.changes.intro}</p>
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      {loading && !data && <Loading />}
      {latest && latest.length === 0 && <p>{t.changes.none}</p>}
      {latest && refreshes && latest.length > 0 && (
        <div className="segment-changes">
          <ScrollRegion label={t.changes.refreshes}>
            <table data-testid="segment-refreshes">
              <caption>{t.changes.refreshes}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.changes.at}</th>
                  <th scope="col" className="number">
                    {t.changes.version}
                  </th>
                  <th scope="col" className="number">
                    {t.changes.joined}
                  </th>
                  <th scope="col" className="number">
                    {t.changes.left}
                  </th>
                </tr>
              </thead>
              <tbody>
                {refreshes.map((refresh) => (
                  <tr key={`${refresh.at}|${refresh.segmentVersion}`}>
                    <td>{formatted.dateTime(refresh.at)}</td>
                    <td className="number">{refresh.segmentVersion}</td>
                    <td className="number">{formatted.integer(refresh.entered)}</td>
                    <td className="number">{formatted.integer(refresh.exited)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <ScrollRegion label={t.changes.latest}>
            <table>
              <caption>
                {t.changes.latest} · {format(t.changes.showing, { n: formatted.integer(latest.length) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.changes.at}</th>
                  <th scope="col">{t.changes.customer}</th>
                  <th scope="col">{t.changes.change}</th>
                </tr>
              </thead>
              <tbody>
                {latest.map((change) => (
                  <tr key={change.sequence}>
                    <td>{formatted.dateTime(change.at)}</td>
                    <td>
                      <code>{change.customer.externalId}</code>
                      {withProfile && change.customer.name && <span className="segment-member-name"> {change.customer.name}</span>}
                    </td>
                    <td>
                      <span className={`segment-change segment-change-${change.change.toLowerCase()}`}>{t.changes.kinds[change.change]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      )}
    </Card>
  );
}
