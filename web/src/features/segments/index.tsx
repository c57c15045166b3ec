import type { Feature } from '../../app/routes';
import { SegmentDetailPage } from './SegmentDetailPage';
import { SegmentEditPage } from './SegmentEditPage';
import { SegmentListPage } from './SegmentListPage';
import { SegmentNewPage } from './SegmentNewPage';
import { segmentMessages } from './segment-messages';
import './segments.css';

// Previewing and saving both need segments:write (previewSegment is a write-scope query), so
// the builder is a writer's page; readers see the list and each segment without its buttons.
export const segmentsFeature: Feature = {
  routes: [
    { pattern: '/segments', scope: 'segments:read', render: () => <SegmentListPage /> },
    // Before /segments/:id, which would take "new" for an id.
    { pattern: '/segments/new', scope: 'segments:write', render: () => <SegmentNewPage /> },
    { pattern: '/segments/:id/edit', scope: 'segments:write', render: ({ id }) => <SegmentEditPage key={id} id={id!} /> },
    { pattern: '/segments/:id', scope: 'segments:read', render: ({ id }) => <SegmentDetailPage key={id} id={id!} /> },
  ],
  nav: [
    { to: '/segments', label: { en: segmentMessages.en.nav.list, 'zh-CN': segmentMessages['zh-CN'].nav.list }, scope: 'segments:read', group: 'segments' },
    { to: '/segments/new', label: { en: segmentMessages.en.nav.create, 'zh-CN': segmentMessages['zh-CN'].nav.create }, scope: 'segments:write', group: 'segments' },
  ],
};
