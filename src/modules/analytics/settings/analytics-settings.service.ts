import { badInput, throwIfInvalid } from '../../../common/errors.js';
import type { RequestContext } from '../../../context.js';
import { DEFAULT_SEGMENT_MAP } from '../rfm/rfm-segment-map.js';
import { effectiveSettings, validateSettings, type AnalyticsSettings } from './analytics-settings.js';
import type { AnalyticsSettingsInput, AnalyticsSettingsType } from './analytics-settings.types.js';

/** Reads and changes the tenant's analytics settings (tenant.settings.analytics). */
export class AnalyticsSettingsService {
  constructor(private readonly context: RequestContext) {}

  current(): AnalyticsSettingsType {
    return toType(effectiveSettings(this.context.auth.tenant.settings.analytics));
  }

  async update(input: AnalyticsSettingsInput): Promise<AnalyticsSettingsType> {
    const current = effectiveSettings(this.context.auth.tenant.settings.analytics);
    if (input.rfmSegmentMap && input.resetRfmSegmentMap) throw badInput('input.resetRfmSegmentMap', 'cannot be combined with rfmSegmentMap');
    const changedRules = new Map((input.leadScoreRules ?? []).map((rule) => [rule.rule, { rule: rule.rule, points: rule.points, cap: rule.cap ?? null }]));
    const next: AnalyticsSettings = {
      churnWindowDays: input.churnWindowDays ?? current.churnWindowDays,
      lowSampleThreshold: input.lowSampleThreshold ?? current.lowSampleThreshold,
      complaintSlaHours: input.complaintSlaHours ?? current.complaintSlaHours,
      detractorSlaHours: input.detractorSlaHours ?? current.detractorSlaHours,
      rfmMethod: input.rfmMethod ?? current.rfmMethod,
      rfmSegmentMap: input.resetRfmSegmentMap ? null : (input.rfmSegmentMap?.map((rule) => ({ ...rule })) ?? current.rfmSegmentMap),
      leadScoreRules: current.leadScoreRules.map((rule) => changedRules.get(rule.rule) ?? rule),
      leadScoreHalfLifeDays: input.leadScoreHalfLifeDays ?? current.leadScoreHalfLifeDays,
      leadGradeThresholds: input.leadGradeThresholds ? { ...input.leadGradeThresholds } : current.leadGradeThresholds,
    };
    // The changed rule list is reported by its position in the input, not in the merged list.
    const errors = validateSettings(next).map((error) => {
      const match = /^input\.leadScoreRules\[(\d+)\](.*)$/.exec(error.field);
      if (!match) return error;
      const rule = next.leadScoreRules[Number(match[1])].rule;
      const inputIndex = (input.leadScoreRules ?? []).findIndex((candidate) => candidate.rule === rule);
      return { ...error, field: `input.leadScoreRules[${inputIndex}]${match[2]}` };
    });
    throwIfInvalid(errors);
    const settings = { ...this.context.auth.tenant.settings, analytics: next };
    await this.context.sql.rows(`update tenant set settings = ?::jsonb where id = ?`, [JSON.stringify(settings), this.context.tenantId]);
    this.context.auth.tenant.settings = settings;
    return toType(next);
  }
}

function toType(settings: AnalyticsSettings): AnalyticsSettingsType {
  return {
    ...settings,
    rfmSegmentMap: settings.rfmSegmentMap ?? DEFAULT_SEGMENT_MAP,
    customRfmSegmentMap: settings.rfmSegmentMap !== null,
  } as AnalyticsSettingsType;
}
