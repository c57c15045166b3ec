import type { Feature } from '../../app/routes';
import { ExplorerPage } from './ExplorerPage';

// No scope: any key may explore; the server checks each field against the key's scopes.
export const explorerFeature: Feature = {
  routes: [{ pattern: '/explorer', render: () => <ExplorerPage /> }],
  nav: [{ to: '/explorer', label: { en: 'API explorer', 'zh-CN': 'API 浏览器' }, group: 'explorer' }],
};
