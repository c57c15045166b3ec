import { toDate } from '../../db/sql-runner.js';
import { MEMBER_COLUMNS, toMember, type MemberRow } from './segment-member.js';
import type { SegmentChange, SegmentChangeKind } from './segment.types.js';

/** The columns a change is read with, from `segment_membership_change ch` left-joined to `customer c`. */
export const CHANGE_COLUMNS = `ch.sequence::text as sequence, ch.change, ch.changed_at, ch.segment_version, ch.external_id, ${MEMBER_COLUMNS}`;

export interface ChangeRow extends MemberRow {
  sequence: string;
  change: SegmentChangeKind;
  changed_at: unknown;
  segment_version: number;
}

export function toChange(row: ChangeRow): SegmentChange {
  return { sequence: row.sequence, change: row.change, at: toDate(row.changed_at) as Date, segmentVersion: row.segment_version, customer: toMember(row) };
}
