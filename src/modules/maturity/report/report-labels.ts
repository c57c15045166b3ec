import type { Locale } from '../model/maturity-model.types.js';
import type { MaturityReportLabels } from './report-view.js';

/** The report's fixed words, per locale. */

const EN: MaturityReportLabels = {
  documentTitle: 'CX maturity assessment',
  statusNames: { DRAFT: 'Draft', SUBMITTED: 'Submitted' },
  submittedOn: 'Submitted on',
  createdOn: 'Started on',
  respondents: 'Respondents',
  tier: 'Tier',
  selfReportedStage: 'Self-reported stage',
  evidenceAdjustedStage: 'Evidence-adjusted stage',
  maturityIndex: 'Maturity index (0–7)',
  confidence: 'Confidence',
  provisional: 'Provisional result',
  ladder: 'Stage ladder',
  achieved: 'achieved',
  current: 'current stage',
  failingGates: 'Failing gates',
  dimensions: 'Dimension profile',
  level: 'Level',
  target: 'Target',
  floor: 'Floor (weakest dimension)',
  stageScores: 'Stage scores',
  threshold: '70% needed to achieve a stage',
  recommendations: 'Recommendations',
  kpi: 'KPI to watch',
  ownerRole: 'Owner',
  feature: 'cxgraph feature',
  triggeredBy: 'Triggered by',
  answers: 'Answers',
  nextSteps: 'Next steps',
  evidenceTable: 'Answers and evidence',
  item: 'Item',
  statement: 'Statement',
  selfAnswer: 'Answer',
  measure: 'Evidence measure',
  value: 'Value',
  evidenceLevel: 'Evidence level',
  status: 'Status',
  effectiveScore: 'Effective score',
  attribution: 'Stage logic adapted from the seven-stage customer-experience maturity model described in "Connect" (Petersen, Person, Nash, 2014).',
};

const ZH_CN: MaturityReportLabels = {
  documentTitle: '客户体验成熟度评估',
  statusNames: { DRAFT: '草稿', SUBMITTED: '已提交' },
  submittedOn: '提交日期',
  createdOn: '开始日期',
  respondents: '答题人',
  tier: '层级',
  selfReportedStage: '自评阶段',
  evidenceAdjustedStage: '数据校正后阶段',
  maturityIndex: '成熟度指数（0–7）',
  confidence: '可信度',
  provisional: '暂定结果',
  ladder: '阶段阶梯',
  achieved: '已达成',
  current: '当前阶段',
  failingGates: '未通过的关键项',
  dimensions: '维度画像',
  level: '等级',
  target: '目标',
  floor: '短板（最弱维度）',
  stageScores: '各阶段得分',
  threshold: '达成一个阶段需 70%',
  recommendations: '改进建议',
  kpi: '关注指标',
  ownerRole: '负责人',
  feature: 'cxgraph 功能',
  triggeredBy: '触发项',
  answers: '回答',
  nextSteps: '下一步',
  evidenceTable: '回答与数据佐证',
  item: '题项',
  statement: '陈述',
  selfAnswer: '回答',
  measure: '佐证指标',
  value: '数值',
  evidenceLevel: '佐证等级',
  status: '状态',
  effectiveScore: '有效得分',
  attribution: '阶段逻辑改编自《Connect》（Petersen、Person、Nash，2014）所述的七阶段客户体验成熟度模型。',
};

export const REPORT_LABELS: Record<Locale, MaturityReportLabels> = { en: EN, 'zh-CN': ZH_CN };

/** Labels of answers, statuses, reasons and bands that the API gives as keys. */
export const REPORT_TERMS: Record<Locale, {
  unknown: string;
  notApplicable: string;
  unanswered: string;
  status: Record<string, string>;
  reason: Record<string, string>;
  band: Record<string, string>;
  provisional: Record<string, string>;
}> = {
  en: {
    unknown: 'Unknown',
    notApplicable: 'Not applicable',
    unanswered: 'Not answered',
    status: { CORROBORATED: 'Corroborated', OVERCLAIM: 'Overclaim', UNDERCLAIM: 'Underclaim', SELF_REPORTED: 'Self-reported', OVERRIDDEN: 'Overridden', NOT_APPLICABLE: 'Not applicable' },
    reason: { FAILING_GATE: 'Failing gate of the next stage', FOUNDATION_GAP: 'Foundation gap', WEAKEST_DIMENSION: 'Weakest dimension', TARGET_STAGE_GAP: 'Gap in the next stage' },
    band: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
    provisional: { UNKNOWN_SHARE: 'More than 20% of the items are unknown.', NEXT_GATE_UNKNOWN: 'A gate of the next stage is unknown.' },
  },
  'zh-CN': {
    unknown: '不清楚',
    notApplicable: '不适用',
    unanswered: '未作答',
    status: { CORROBORATED: '数据印证', OVERCLAIM: '自评偏高', UNDERCLAIM: '自评偏低', SELF_REPORTED: '仅自评', OVERRIDDEN: '顾问调整', NOT_APPLICABLE: '不适用' },
    reason: { FAILING_GATE: '下一阶段的关键项未通过', FOUNDATION_GAP: '基础能力缺口', WEAKEST_DIMENSION: '最弱维度', TARGET_STAGE_GAP: '下一阶段的缺口' },
    band: { HIGH: '高', MEDIUM: '中', LOW: '低' },
    provisional: { UNKNOWN_SHARE: '超过 20% 的题项回答为“不清楚”。', NEXT_GATE_UNKNOWN: '下一阶段有关键项回答为“不清楚”。' },
  },
};
