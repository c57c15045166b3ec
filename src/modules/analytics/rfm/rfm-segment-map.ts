import type { FieldError } from '../../../common/errors.js';

/** A rule of a segment map: the scores (1..5) of each measure it covers; no monetary = every M. */
export interface RfmSegmentRule {
  segment: string;
  recency: number[];
  frequency: number[];
  monetary?: number[] | null;
}

/** The default map of METRICS.md on (R, F): every one of the 25 cells exactly once. */
export const DEFAULT_SEGMENT_MAP: RfmSegmentRule[] = [
  { segment: 'CHAMPIONS', recency: [5], frequency: [4, 5] },
  { segment: 'LOYAL', recency: [3, 4], frequency: [4, 5] },
  { segment: 'POTENTIAL_LOYALIST', recency: [4, 5], frequency: [2, 3] },
  { segment: 'NEW', recency: [5], frequency: [1] },
  { segment: 'PROMISING', recency: [4], frequency: [1] },
  { segment: 'NEED_ATTENTION', recency: [3], frequency: [3] },
  { segment: 'ABOUT_TO_SLEEP', recency: [3], frequency: [1, 2] },
  { segment: 'AT_RISK', recency: [1, 2], frequency: [3, 4] },
  { segment: 'CANNOT_LOSE', recency: [1, 2], frequency: [5] },
  { segment: 'HIBERNATING', recency: [1, 2], frequency: [1, 2] },
];

const SCORES = [1, 2, 3, 4, 5];
const SEGMENT_NAME = /^[A-Z][A-Z0-9_]{0,39}$/;
const MAX_RULES = 125;

/** Position of cell (r, f, m) in the 125-cell array the SQL indexes (1-based in SQL). */
export function cellIndex(r: number, f: number, m: number): number {
  return (r - 1) * 25 + (f - 1) * 5 + (m - 1);
}

/**
 * Checks that a map covers every cell exactly once and names the first offending cells; on
 * R×F maps every M of a cell counts as that cell. Returns the 125 segment names, by cellIndex.
 */
export function compileSegmentMap(rules: readonly RfmSegmentRule[], path: string): { cells: string[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (rules.length === 0 || rules.length > MAX_RULES) errors.push({ field: path, message: `must have 1 to ${MAX_RULES} rules` });
  const owners: string[][] = Array.from({ length: 125 }, () => []);
  rules.forEach((rule, index) => {
    const rulePath = `${path}[${index}]`;
    if (typeof rule.segment !== 'string' || !SEGMENT_NAME.test(rule.segment)) {
      errors.push({ field: `${rulePath}.segment`, message: 'must be 1 to 40 capital letters, digits or underscores, starting with a letter' });
    }
    const lists = { recency: rule.recency, frequency: rule.frequency, monetary: rule.monetary ?? SCORES };
    for (const [measure, scores] of Object.entries(lists)) {
      if (!Array.isArray(scores) || scores.length === 0 || scores.some((score) => !SCORES.includes(score))) {
        errors.push({ field: `${rulePath}.${measure}`, message: 'must list scores from 1 to 5' });
      }
    }
    if (errors.length > 0) return;
    for (const r of new Set(lists.recency)) for (const f of new Set(lists.frequency)) for (const m of new Set(lists.monetary)) owners[cellIndex(r, f, m)].push(rule.segment);
  });
  if (errors.length > 0) return { cells: [], errors };
  const usesMonetary = rules.some((rule) => rule.monetary);
  const unmapped: string[] = [];
  const doubled: string[] = [];
  for (const r of SCORES) {
    for (const f of SCORES) {
      for (const m of usesMonetary ? SCORES : [1]) {
        const cell = usesMonetary ? `(R=${r}, F=${f}, M=${m})` : `(R=${r}, F=${f})`;
        const segments = owners[cellIndex(r, f, m)];
        if (segments.length === 0) unmapped.push(cell);
        else if (segments.length > 1) doubled.push(`${cell} by ${segments.join(' and ')}`);
      }
    }
  }
  if (unmapped.length > 0) errors.push({ field: path, message: `every cell must map to exactly one segment; not mapped: ${listSome(unmapped)}` });
  if (doubled.length > 0) errors.push({ field: path, message: `every cell must map to exactly one segment; mapped twice: ${listSome(doubled)}` });
  return { cells: errors.length > 0 ? [] : owners.map((segments) => segments[0]), errors };
}

function listSome(items: string[]): string {
  return items.length <= 5 ? items.join(', ') : `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`;
}

/** Segment names in the order the map lists them (the order of the summary). */
export function segmentNames(rules: readonly RfmSegmentRule[]): string[] {
  return [...new Set(rules.map((rule) => rule.segment))];
}

export const DEFAULT_SEGMENT_CELLS = compileSegmentMap(DEFAULT_SEGMENT_MAP, 'segmentMap').cells;
