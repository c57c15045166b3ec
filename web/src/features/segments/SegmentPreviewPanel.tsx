import type { SegmentPreviewQuery } from '../../gql/graphql';
import { format, useFormat, useMessages } from '../../i18n/i18n';
import { Card, ScrollRegion } from '../../app/ui';
import { segmentMessages } from './segment-messages';

interface SegmentPreviewPanelProps {
  preview?: SegmentPreviewQuery['previewSegment'];
  /** The form changed after the count was taken. */
  stale: boolean;
  loading: boolean;
  withProfile: boolean;
  onPreview(): void;
}

/** The on-demand count of customers the conditions select now, with the first few of them. */
export function SegmentPreviewPanel({ preview, stale, loading, withProfile, onPreview }: SegmentPreviewPanelProps) {
  const t = useMessages(segmentMessages);
  const numbers = useFormat();
  return (
    <Card id="segment-preview" title={t.preview.title}>
      <p className="hint">{t.preview.intro}</p>
      <button type="button" onClick={onPreview} disabled={loading}>
        {loading ? t.preview.running : t.preview.run}
      </button>
      <div aria-live="polite" className="segment-preview-result">
        {preview && (
          <>
            <p className={`segment-preview-count${stale ? ' stale' : ''}`} data-testid="segment-preview-count" data-count={preview.memberCount}>
              {format(t.preview.count, { n: numbers.integer(preview.memberCount) })}
            </p>
            {stale && <p className="notice warning">{t.preview.stale}</p>}
          </>
        )}
      </div>
      {preview && preview.memberCount === 0 && <p>{t.preview.none}</p>}
      {preview && preview.sample.length > 0 && (
        <ScrollRegion label={t.preview.sample}>
          <table>
            <caption>{t.preview.sample}</caption>
            <thead>
              <tr>
                <th scope="col">{t.preview.externalId}</th>
                {withProfile && <th scope="col">{t.preview.name}</th>}
                {withProfile && <th scope="col">{t.preview.region}</th>}
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((member) => (
                <tr key={member.externalId}>
                  <td>
                    <code>{member.externalId}</code>
                  </td>
                  {withProfile && <td>{member.name ?? '—'}</td>}
                  {withProfile && <td>{member.region ?? '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Card>
  );
}
