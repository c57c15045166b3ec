import { lazy } from 'react';
import type { Feature } from '../../app/routes';
import { AnsweringPage } from './AnsweringPage';
import { AssessmentListPage } from './AssessmentListPage';
import { ReportPage } from './ReportPage';

// The only assessment page with a chart, loaded when first opened (the charts library is large).
const HistoryPage = lazy(() => import('./HistoryPage').then((module) => ({ default: module.HistoryPage })));

// The maturity-assessment pages (MATURITY.md). Reading needs assessments:read; starting,
// answering, submitting and setting targets need assessments:write, and the pages hide or
// disable those actions for a read-only key and say why.
export const assessmentFeature: Feature = {
  routes: [
    { pattern: '/assessments', scope: 'assessments:read', render: () => <AssessmentListPage /> },
    // Before /assessments/:id, so "history" is never taken for an assessment id.
    { pattern: '/assessments/history', scope: 'assessments:read', render: () => <HistoryPage /> },
    { pattern: '/assessments/:id', scope: 'assessments:read', render: ({ id }) => <AnsweringPage id={id!} /> },
    { pattern: '/assessments/:id/report', scope: 'assessments:read', render: ({ id }) => <ReportPage id={id!} /> },
  ],
  nav: [
    { to: '/assessments', label: { en: 'Assessments', 'zh-CN': '评估' }, scope: 'assessments:read', group: 'assessment' },
    { to: '/assessments/history', label: { en: 'Progress over time', 'zh-CN': '历次进展' }, scope: 'assessments:read', group: 'assessment' },
  ],
};
