import { lazy } from 'react';
import type { Feature } from '../../app/routes';
import { dashboardMessages } from './messages';

// Loaded when first opened: the charts library stays out of the console's first download.
const NpsPage = lazy(() => import('./NpsPage').then((module) => ({ default: module.NpsPage })));
const RfmPage = lazy(() => import('./RfmPage').then((module) => ({ default: module.RfmPage })));
const GrowthPage = lazy(() => import('./GrowthPage').then((module) => ({ default: module.GrowthPage })));
const CohortsPage = lazy(() => import('./CohortsPage').then((module) => ({ default: module.CohortsPage })));
const FeedbackPage = lazy(() => import('./FeedbackPage').then((module) => ({ default: module.FeedbackPage })));

// The analytics dashboards. Each reads the public API with analytics:read; the time range is
// shared between them (hash query, remembered for the tab).
const label = (pick: (messages: typeof dashboardMessages.en) => string) => ({ en: pick(dashboardMessages.en), 'zh-CN': pick(dashboardMessages['zh-CN']) });

export const dashboardsFeature: Feature = {
  routes: [
    { pattern: '/dashboards/nps', scope: 'analytics:read', render: () => <NpsPage /> },
    { pattern: '/dashboards/rfm', scope: 'analytics:read', render: () => <RfmPage /> },
    { pattern: '/dashboards/growth', scope: 'analytics:read', render: () => <GrowthPage /> },
    { pattern: '/dashboards/cohorts', scope: 'analytics:read', render: () => <CohortsPage /> },
    { pattern: '/dashboards/feedback', scope: 'analytics:read', render: () => <FeedbackPage /> },
  ],
  nav: [
    { to: '/dashboards/nps', label: label((t) => t.nps.nav), scope: 'analytics:read', group: 'dashboards' },
    { to: '/dashboards/rfm', label: label((t) => t.rfm.nav), scope: 'analytics:read', group: 'dashboards' },
    { to: '/dashboards/growth', label: label((t) => t.growth.nav), scope: 'analytics:read', group: 'dashboards' },
    { to: '/dashboards/cohorts', label: label((t) => t.cohorts.nav), scope: 'analytics:read', group: 'dashboards' },
    { to: '/dashboards/feedback', label: label((t) => t.feedback.nav), scope: 'analytics:read', group: 'dashboards' },
  ],
};
