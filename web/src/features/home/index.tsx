import type { Feature } from '../../app/routes';
import { HomePage } from './HomePage';

export const homeFeature: Feature = {
  routes: [{ pattern: '/', render: () => <HomePage /> }],
  nav: [{ to: '/', label: { en: 'Overview', 'zh-CN': '概览' }, group: 'overview' }],
};
