import { FieldChecker } from '../../common/validation.js';
import type { FieldError } from '../../common/errors.js';

/** How long, how much and what a key may send; each left out keeps its current value. */
export interface KeySettings {
  /** null: the key never expires. */
  expiresAt?: Date | null;
  /** Query cost per minute; null: the server's default budget. */
  costPerMinute?: number | null;
  trustedDocumentsOnly?: boolean;
}

export const MAX_COST_PER_MINUTE = 100_000_000;

export function validateKeySettings(settings: KeySettings, path = '', now = new Date()): FieldError[] {
  const check = new FieldChecker(path);
  const { expiresAt, costPerMinute } = settings;
  if (expiresAt && !(expiresAt.getTime() > now.getTime())) check.fail('expiresAt', 'must be in the future');
  if (costPerMinute !== undefined && costPerMinute !== null && (!Number.isInteger(costPerMinute) || costPerMinute < 1 || costPerMinute > MAX_COST_PER_MINUTE)) {
    check.fail('costPerMinute', `must be a whole number from 1 to ${MAX_COST_PER_MINUTE.toLocaleString('en')}`);
  }
  return check.errors;
}

/** The settings given, without the ones left out, ready to assign to the entity. */
export function givenSettings(settings: KeySettings): KeySettings {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as KeySettings;
}
