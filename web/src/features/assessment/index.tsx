import type { Feature } from '../../app/routes';

// Placeholder: the assessment pages are being built.
export const assessmentFeature: Feature = {
  routes: [{ pattern: '/assessments', scope: 'assessments:read', render: () => <h1>Assessments</h1> }],
  nav: [{ to: '/assessments', label: { en: 'Assessments', 'zh-CN': '评估' }, scope: 'assessments:read', group: 'assessment' }],
};
