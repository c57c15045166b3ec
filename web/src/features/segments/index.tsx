import type { Feature } from '../../app/routes';

// Placeholder: the segment pages are being built.
export const segmentsFeature: Feature = {
  routes: [{ pattern: '/segments', scope: 'segments:read', render: () => <h1>Segments</h1> }],
  nav: [{ to: '/segments', label: { en: 'Segments', 'zh-CN': '分群' }, scope: 'segments:read', group: 'segments' }],
};
