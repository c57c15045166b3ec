import type { Feature } from '../../app/routes';

// Placeholder: the API explorer is being built.
export const explorerFeature: Feature = {
  routes: [{ pattern: '/explorer', render: () => <h1>API explorer</h1> }],
  nav: [{ to: '/explorer', label: { en: 'API explorer', 'zh-CN': 'API 浏览器' }, group: 'explorer' }],
};
