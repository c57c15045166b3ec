import type { Feature } from '../../app/routes';

// Placeholder: the dashboards are being built.
export const dashboardsFeature: Feature = {
  routes: [{ pattern: '/dashboards/nps', scope: 'analytics:read', render: () => <h1>NPS</h1> }],
  nav: [{ to: '/dashboards/nps', label: { en: 'NPS', 'zh-CN': 'NPS' }, scope: 'analytics:read', group: 'dashboards' }],
};
