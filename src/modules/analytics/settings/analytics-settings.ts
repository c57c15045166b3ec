import type { FieldError } from '../../../common/errors.js';
import { compileSegmentMap, DEFAULT_SEGMENT_CELLS, type RfmSegmentRule } from '../rfm/rfm-segment-map.js';
import { RfmMethod } from '../rfm/rfm.enums.js';
import { LeadScoreRuleKey } from './lead-score-rules.js';

export interface LeadScoreRuleSetting {
  rule: LeadScoreRuleKey;
  points: number;
  /** Most points the rule can give in total (behaviour rules); null = no cap. */
  cap: number | null;
}

/** Per-tenant analytics settings (tenant.settings.analytics), with the defaults of METRICS.md. */
export interface AnalyticsSettings {
  churnWindowDays: number;
  lowSampleThreshold: number;
  complaintSlaHours: number;
  detractorSlaHours: number;
  rfmMethod: RfmMethod;
  /** Null: the default map of METRICS.md. */
  rfmSegmentMap: RfmSegmentRule[] | null;
  leadScoreRules: LeadScoreRuleSetting[];
  leadScoreHalfLifeDays: number;
  leadGradeThresholds: { a: number; b: number; c: number };
}

export const DEFAULT_LEAD_SCORE_RULES: LeadScoreRuleSetting[] = [
  { rule: LeadScoreRuleKey.JOB_LEVEL_EXECUTIVE, points: 20, cap: null },
  { rule: LeadScoreRuleKey.JOB_LEVEL_MANAGER, points: 10, cap: null },
  { rule: LeadScoreRuleKey.JOB_LEVEL_STAFF, points: 3, cap: null },
  { rule: LeadScoreRuleKey.KEY_DECISION_ROLE, points: 10, cap: null },
  { rule: LeadScoreRuleKey.PHONE_PRESENT, points: 5, cap: null },
  { rule: LeadScoreRuleKey.STATED_NEED, points: 10, cap: null },
  { rule: LeadScoreRuleKey.COMPANY_SIZE_LARGE, points: 10, cap: null },
  { rule: LeadScoreRuleKey.COMPANY_SIZE_MEDIUM, points: 5, cap: null },
  { rule: LeadScoreRuleKey.EMAIL_OPENED, points: 1, cap: 10 },
  { rule: LeadScoreRuleKey.EMAIL_CLICKED, points: 3, cap: null },
  { rule: LeadScoreRuleKey.EMAIL_FORWARDED, points: 5, cap: null },
  { rule: LeadScoreRuleKey.SITE_VISIT, points: 2, cap: 20 },
  { rule: LeadScoreRuleKey.CONTENT_DOWNLOADED, points: 5, cap: null },
];

export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = {
  churnWindowDays: 365,
  lowSampleThreshold: 30,
  complaintSlaHours: 2,
  detractorSlaHours: 48,
  rfmMethod: RfmMethod.QUANTILE,
  rfmSegmentMap: null,
  leadScoreRules: DEFAULT_LEAD_SCORE_RULES,
  leadScoreHalfLifeDays: 30,
  leadGradeThresholds: { a: 60, b: 40, c: 20 },
};

/** The stored settings over the defaults; unknown or malformed stored keys fall back to defaults. */
export function effectiveSettings(stored: unknown): AnalyticsSettings {
  const saved = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<AnalyticsSettings>;
  const merged = { ...DEFAULT_ANALYTICS_SETTINGS, ...saved };
  const rules = new Map(DEFAULT_LEAD_SCORE_RULES.map((rule) => [rule.rule, rule]));
  for (const rule of saved.leadScoreRules ?? []) if (rules.has(rule.rule)) rules.set(rule.rule, rule);
  return {
    ...merged,
    leadScoreRules: [...rules.values()],
    leadGradeThresholds: { ...DEFAULT_ANALYTICS_SETTINGS.leadGradeThresholds, ...saved.leadGradeThresholds },
  };
}

/** The 125 segment cells of the tenant's map. */
export function segmentCells(settings: AnalyticsSettings): string[] {
  return settings.rfmSegmentMap ? compileSegmentMap(settings.rfmSegmentMap, 'rfmSegmentMap').cells : DEFAULT_SEGMENT_CELLS;
}

/** Every problem with a settings value, naming the field (under `path`). */
export function validateSettings(settings: AnalyticsSettings, path = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  const range = (name: string, value: number, min: number, max: number, integer = false) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      errors.push({ field: `${path}.${name}`, message: `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}` });
    }
  };
  range('churnWindowDays', settings.churnWindowDays, 1, 3650, true);
  range('lowSampleThreshold', settings.lowSampleThreshold, 1, 100000, true);
  range('complaintSlaHours', settings.complaintSlaHours, 0.01, 8760);
  range('detractorSlaHours', settings.detractorSlaHours, 0.01, 8760);
  range('leadScoreHalfLifeDays', settings.leadScoreHalfLifeDays, 0.1, 3650);
  settings.leadScoreRules.forEach((rule, index) => {
    range(`leadScoreRules[${index}].points`, rule.points, -1000, 1000);
    if (rule.cap !== null) range(`leadScoreRules[${index}].cap`, rule.cap, 0, 10000);
  });
  const { a, b, c } = settings.leadGradeThresholds;
  for (const [name, value] of Object.entries({ a, b, c })) range(`leadGradeThresholds.${name}`, value, -10000, 10000);
  if (!(a > b && b > c)) errors.push({ field: `${path}.leadGradeThresholds`, message: 'must satisfy a > b > c' });
  if (settings.rfmSegmentMap) errors.push(...compileSegmentMap(settings.rfmSegmentMap, `${path}.rfmSegmentMap`).errors);
  return errors;
}
