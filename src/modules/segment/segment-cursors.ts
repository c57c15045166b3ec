import { badInput } from '../../common/errors.js';

/**
 * Cursors of a segment's members and changes. Each names the segment it belongs to, so a cursor
 * of one segment handed to another is refused instead of skipping or repeating rows.
 */

const SEQUENCE = /^(0|[1-9]\d{0,17})$/;

function encode(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function decode(cursor: string, kind: string, segmentId: string, field: string): string {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'is not a valid cursor');
  }
  if (!Array.isArray(parts) || parts.length !== 3 || parts.some((part) => typeof part !== 'string') || parts[0] !== kind) {
    throw badInput(field, 'is not a valid cursor');
  }
  if (parts[1] !== segmentId) throw badInput(field, 'is a cursor of another segment');
  return parts[2] as string;
}

/** The position after the change numbered `sequence` (0: before the first change). */
export function changesCursor(segmentId: string, sequence: string): string {
  return encode(['changes', segmentId, sequence]);
}

/** The sequence number a changes cursor stands after; 0 when none is given. */
export function sequenceOf(cursor: string | null | undefined, segmentId: string, field = 'since'): string {
  if (cursor === undefined || cursor === null) return '0';
  const sequence = decode(cursor, 'changes', segmentId, field);
  if (!SEQUENCE.test(sequence)) throw badInput(field, 'is not a valid cursor');
  return sequence;
}

export function memberCursor(segmentId: string, externalId: string): string {
  return encode(['members', segmentId, externalId]);
}

/** The external id a members cursor stands after, or null for the first page. */
export function memberPositionOf(cursor: string | null | undefined, segmentId: string, field = 'after'): string | null {
  if (cursor === undefined || cursor === null) return null;
  return decode(cursor, 'members', segmentId, field);
}
