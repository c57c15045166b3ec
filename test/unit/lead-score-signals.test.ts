import { behaviourRuleOf, jobLevelOf } from '../../src/modules/analytics/lead-score/lead-score-signals.js';
import { LeadScoreRuleKey } from '../../src/modules/analytics/settings/lead-score-rules.js';
import { JOB_TITLES_BY_LEVEL } from '../../src/seeds/demo-vocabulary.js';

describe('lead-score signals', () => {
  it('reads the job level of every demo title as the demo data means it', () => {
    for (const title of JOB_TITLES_BY_LEVEL.executive) expect([title, jobLevelOf(title)]).toEqual([title, 'EXECUTIVE']);
    for (const title of JOB_TITLES_BY_LEVEL.manager) expect([title, jobLevelOf(title)]).toEqual([title, 'MANAGER']);
    for (const title of JOB_TITLES_BY_LEVEL.staff) expect([title, jobLevelOf(title)]).toEqual([title, 'STAFF']);
  });

  it('matches whole words in any case, executive words before manager words', () => {
    expect(jobLevelOf('VP of Sales')).toBe('EXECUTIVE');
    expect(jobLevelOf('vice   President, Finance')).toBe('EXECUTIVE');
    expect(jobLevelOf('Head of Growth')).toBe('EXECUTIVE');
    expect(jobLevelOf('Co-Founder')).toBe('EXECUTIVE');
    expect(jobLevelOf('Managing Director')).toBe('EXECUTIVE');
    expect(jobLevelOf('Director, Sales Manager')).toBe('EXECUTIVE');
    expect(jobLevelOf('team lead')).toBe('MANAGER');
    expect(jobLevelOf('Shift SUPERVISOR')).toBe('MANAGER');
    // Words inside other words do not count: "Leadership" is not "lead", "AVP" not "VP".
    expect(jobLevelOf('Leadership Coach')).toBe('STAFF');
    expect(jobLevelOf('AVP')).toBe('STAFF');
    expect(jobLevelOf('Headhunter')).toBe('STAFF');
    expect(jobLevelOf('Coordinator')).toBe('STAFF');
  });

  it('gives no job level without a title', () => {
    expect(jobLevelOf(null)).toBeNull();
    expect(jobLevelOf('')).toBeNull();
    expect(jobLevelOf('   ')).toBeNull();
  });

  it('maps touchpoint actions to behaviour rules in any case and with any separator', () => {
    expect(behaviourRuleOf('email_opened')).toBe(LeadScoreRuleKey.EMAIL_OPENED);
    expect(behaviourRuleOf('Email Opened')).toBe(LeadScoreRuleKey.EMAIL_OPENED);
    expect(behaviourRuleOf('EMAIL-CLICKED')).toBe(LeadScoreRuleKey.EMAIL_CLICKED);
    expect(behaviourRuleOf('emailforwarded')).toBe(LeadScoreRuleKey.EMAIL_FORWARDED);
    expect(behaviourRuleOf('site_visit')).toBe(LeadScoreRuleKey.SITE_VISIT);
    expect(behaviourRuleOf('Website Visit')).toBe(LeadScoreRuleKey.SITE_VISIT);
    expect(behaviourRuleOf('content_downloaded')).toBe(LeadScoreRuleKey.CONTENT_DOWNLOADED);
    // Other demo actions are not lead-score behaviour.
    for (const action of ['webinar_attended', 'sales_call', 'ad_viewed', 'purchase', 'store_visit']) expect(behaviourRuleOf(action)).toBeNull();
  });
});
