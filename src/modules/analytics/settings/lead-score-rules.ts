import { registerEnumType } from 'type-graphql';

/** The rules of the lead score (METRICS.md, Lead score); their points are tenant settings. */
export enum LeadScoreRuleKey {
  JOB_LEVEL_EXECUTIVE = 'JOB_LEVEL_EXECUTIVE',
  JOB_LEVEL_MANAGER = 'JOB_LEVEL_MANAGER',
  JOB_LEVEL_STAFF = 'JOB_LEVEL_STAFF',
  KEY_DECISION_ROLE = 'KEY_DECISION_ROLE',
  PHONE_PRESENT = 'PHONE_PRESENT',
  STATED_NEED = 'STATED_NEED',
  COMPANY_SIZE_LARGE = 'COMPANY_SIZE_LARGE',
  COMPANY_SIZE_MEDIUM = 'COMPANY_SIZE_MEDIUM',
  EMAIL_OPENED = 'EMAIL_OPENED',
  EMAIL_CLICKED = 'EMAIL_CLICKED',
  EMAIL_FORWARDED = 'EMAIL_FORWARDED',
  SITE_VISIT = 'SITE_VISIT',
  CONTENT_DOWNLOADED = 'CONTENT_DOWNLOADED',
}

registerEnumType(LeadScoreRuleKey, {
  name: 'LeadScoreRuleKey',
  description: 'A lead-score rule: profile fit (job level, decision role, phone, stated need, company size) or behaviour (touchpoint actions, decayed).',
});
