/**
 * Whether a statement may change data, read from its text alone, erring towards "may": a
 * request's transaction that sent no such statement has nothing its COMMIT could keep or lose
 * (owned-transaction.ts answers it without waiting for that COMMIT).
 *
 * Only a `select` or `with` can be read-only. Inside one, data changes come from:
 * - a data-modifying `with` or `select … into`: the keywords insert, update, delete, merge, into
 *   (`for update` row locks count too, harmlessly);
 * - a function that writes: PostgreSQL's own (sequences, notifications, large objects) and the
 *   application's, listed in WRITING_FUNCTIONS. A test lists every function in the schema and
 *   fails for one that is in neither that list nor READ_ONLY_FUNCTIONS.
 */
export function mayWrite(text: string): boolean {
  return !READ_ONLY_START.test(text) || WRITING_WORD.test(text);
}

/** The application's own functions (migrations) that write, analyze or lock for writing. */
export const WRITING_FUNCTIONS = ['customer_order_totals_apply', 'customer_order_totals_analyze', 'order_revenue_days_add'] as const;

/** The application's functions that only read (called by its triggers; trigger functions are not listed). */
export const READ_ONLY_FUNCTIONS = ['order_revenue_days_kept'] as const;

const READ_ONLY_START = /^[\s(]*(select|with)\b/i;

const POSTGRES_WRITING_FUNCTIONS = ['nextval', 'setval', 'pg_notify', 'lo_\\w+', 'pg_logical_emit_message'];

const WRITING_WORD = new RegExp(`\\b(insert|update|delete|merge|into|${[...POSTGRES_WRITING_FUNCTIONS, ...WRITING_FUNCTIONS].join('|')})\\b`, 'i');
