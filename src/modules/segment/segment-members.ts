import { pageSize } from '../../common/pagination.js';
import { badInput } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { CHANGE_COLUMNS, toChange, type ChangeRow } from './segment-change.js';
import { changesCursor, memberCursor, memberPositionOf, sequenceOf } from './segment-cursors.js';
import { MEMBER_COLUMNS, toMember, type MemberRow } from './segment-member.js';
import type { Segment } from './segment.entity.js';
import type { SegmentChangeConnection, SegmentChangesArgs, SegmentMemberConnection, SegmentMembersArgs } from './segment.types.js';

const DEFAULT_CHANGES_PAGE = 100;
const MAX_CHANGES_PAGE = 1000;

/** What partners pull: the current members of a segment, and its changes after a cursor. */
export class SegmentMembers {
  constructor(private readonly context: RequestContext) {}

  /**
   * A page of members by external id. The changes cursor is read before the page, so changes
   * committed while a partner pages are after it and get replayed by `changes(since:)`.
   */
  async members(segment: Segment, args: SegmentMembersArgs): Promise<SegmentMemberConnection> {
    const first = pageSize(args.first);
    const after = memberPositionOf(args.after, segment.id);
    const [head] = await this.context.sql.rows<{ last_sequence: string; member_count: number }>(
      'select last_sequence::text as last_sequence, member_count from segment where tenant_id = ? and id = ?',
      [this.context.tenantId, segment.id],
    );
    const rows = await this.context.sql.rows<MemberRow>(
      `select m.external_id, m.entered_at, ${MEMBER_COLUMNS}
         from segment_membership m
         left join customer c on c.tenant_id = m.tenant_id and c.id = m.customer_id
        where m.tenant_id = ? and m.segment_id = ? and (?::text is null or m.external_id > ?::text)
        order by m.external_id
        limit ?`,
      [this.context.tenantId, segment.id, after, after, first + 1],
    );
    const edges = rows.slice(0, first).map((row) => ({ cursor: memberCursor(segment.id, row.external_id), node: toMember(row) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: head?.member_count ?? 0,
      changesCursor: changesCursor(segment.id, head?.last_sequence ?? '0'),
    };
  }

  /**
   * Changes numbered after the cursor, in order. Refreshes of a segment commit one after the
   * other with increasing numbers, so a number is never seen before a smaller one: paging on
   * from endCursor returns every change exactly once.
   */
  async changes(segment: Segment, args: SegmentChangesArgs): Promise<SegmentChangeConnection> {
    const since = sequenceOf(args.since, segment.id);
    const first = args.first ?? DEFAULT_CHANGES_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) throw badInput('first', `must be a whole number from 1 to ${MAX_CHANGES_PAGE}`);
    const rows = await this.context.sql.rows<ChangeRow>(
      `select ${CHANGE_COLUMNS}
         from segment_membership_change ch
         left join customer c on c.tenant_id = ch.tenant_id and c.id = ch.customer_id
        where ch.tenant_id = ? and ch.segment_id = ? and ch.sequence > ?::bigint
        order by ch.sequence
        limit ?`,
      [this.context.tenantId, segment.id, since, first + 1],
    );
    const edges = rows.slice(0, first).map((row) => ({ cursor: changesCursor(segment.id, row.sequence), node: toChange(row) }));
    return { edges, endCursor: edges.at(-1)?.cursor ?? changesCursor(segment.id, since), hasMore: rows.length > first };
  }
}
