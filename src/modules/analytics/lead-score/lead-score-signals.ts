import { LeadScoreRuleKey } from '../settings/lead-score-rules.js';

/**
 * How profile fields and touchpoint actions are read as lead-score signals. The same word lists
 * drive the SQL (lead-score.query.ts) and the functions below, which the unit tests pin down.
 */

export type JobLevel = 'EXECUTIVE' | 'MANAGER' | 'STAFF';

/**
 * Words of a job title that make it an executive or a manager title. A title is split into
 * words (runs of letters and digits, lower case); executive words win over manager words
 * ("Director, Sales Manager" is executive), and any other non-empty title is staff. "Vice
 * president" needs no entry of its own: "president" matches it. The demo vocabulary counts
 * "Coordinator" as staff, so it is not a manager word here.
 */
export const JOB_LEVEL_WORDS: Record<Exclude<JobLevel, 'STAFF'>, readonly string[]> = {
  EXECUTIVE: ['chief', 'ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio', 'cro', 'vp', 'svp', 'evp', 'president', 'director', 'head', 'founder', 'owner', 'partner'],
  MANAGER: ['manager', 'lead', 'leader', 'supervisor'],
};

/** How PostgreSQL splits a lower-case title into words (regexp_split_to_array), the same as titleWords. */
export const TITLE_WORD_SEPARATOR = '[^a-z0-9]+';

function titleWords(title: string): string[] {
  return title.toLowerCase().split(new RegExp(TITLE_WORD_SEPARATOR));
}

/** The job level a title earns points for; null for no title (no job points). */
export function jobLevelOf(title: string | null | undefined): JobLevel | null {
  if (!title || title.trim() === '') return null;
  const words = titleWords(title);
  if (words.some((word) => JOB_LEVEL_WORDS.EXECUTIVE.includes(word))) return 'EXECUTIVE';
  if (words.some((word) => JOB_LEVEL_WORDS.MANAGER.includes(word))) return 'MANAGER';
  return 'STAFF';
}

export const JOB_LEVEL_RULES: Record<JobLevel, LeadScoreRuleKey> = {
  EXECUTIVE: LeadScoreRuleKey.JOB_LEVEL_EXECUTIVE,
  MANAGER: LeadScoreRuleKey.JOB_LEVEL_MANAGER,
  STAFF: LeadScoreRuleKey.JOB_LEVEL_STAFF,
};

/** customer.attributes.decisionRole value of a key decision maker (the demo data's values). */
export const DECISION_MAKER_ROLE = 'DECISION_MAKER';

/**
 * Touchpoint actions of each behaviour rule, as words. An action matches when its lower-case
 * text is one of them written with '_', ' ', '-' or nothing between the words
 * ("email_opened", "Email Opened", "EMAIL-OPENED", "emailopened").
 */
export const BEHAVIOUR_ACTION_WORDS: Record<string, readonly string[][]> = {
  [LeadScoreRuleKey.EMAIL_OPENED]: [['email', 'opened'], ['email', 'open']],
  [LeadScoreRuleKey.EMAIL_CLICKED]: [['email', 'clicked'], ['email', 'click']],
  [LeadScoreRuleKey.EMAIL_FORWARDED]: [['email', 'forwarded'], ['email', 'forward']],
  [LeadScoreRuleKey.SITE_VISIT]: [['site', 'visit'], ['site', 'visited'], ['website', 'visit'], ['website', 'visited']],
  [LeadScoreRuleKey.CONTENT_DOWNLOADED]: [['content', 'downloaded'], ['content', 'download']],
};

const SEPARATORS = ['_', ' ', '-', ''];

/** Every accepted lower-case action name with its rule (for an equality join in SQL). */
export const BEHAVIOUR_ACTIONS: ReadonlyMap<string, LeadScoreRuleKey> = new Map(
  Object.entries(BEHAVIOUR_ACTION_WORDS).flatMap(([rule, names]) =>
    names.flatMap((words) => SEPARATORS.map((separator) => [words.join(separator), rule as LeadScoreRuleKey] as const)),
  ),
);

export function behaviourRuleOf(action: string): LeadScoreRuleKey | null {
  return BEHAVIOUR_ACTIONS.get(action.toLowerCase()) ?? null;
}

/** The behaviour rules, in enum order. */
export const BEHAVIOUR_RULES: readonly LeadScoreRuleKey[] = Object.values(LeadScoreRuleKey).filter((rule) => rule in BEHAVIOUR_ACTION_WORDS);

/** The profile rules (read from the customer row), in enum order. */
export const PROFILE_RULES: readonly LeadScoreRuleKey[] = Object.values(LeadScoreRuleKey).filter((rule) => !(rule in BEHAVIOUR_ACTION_WORDS));
