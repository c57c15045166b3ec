import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../src/common/pagination.js';

const ID = '6e1b2f3c-3c39-4a52-9d65-b5a4e8e1f0a1';

describe('cursors and pages', () => {
  it('round-trips a cursor for the same ordering', () => {
    const cursor = encodeCursor('CREATED_AT_ASC', new Date('2026-01-02T03:04:05.000Z'), ID);
    expect(decodeCursor(cursor, 'CREATED_AT_ASC')).toEqual({ value: '2026-01-02T03:04:05.000Z', id: ID });
  });

  it('refuses a cursor of another ordering or a forged one', () => {
    const cursor = encodeCursor('NAME_ASC', 'Ada', ID);
    expect(() => decodeCursor(cursor, 'CREATED_AT_ASC')).toThrow('after: is a cursor for another ordering (NAME_ASC), not CREATED_AT_ASC');
    const forged = Buffer.from(JSON.stringify(['NAME_ASC', 'x', "1' or '1'='1"])).toString('base64url');
    expect(() => decodeCursor(forged, 'NAME_ASC')).toThrow('after: is not a valid cursor');
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(1000)).toBe(1000);
    expect(() => pageSize(-1)).toThrow('first: must be a whole number from 0 to 1000');
    expect(() => pageSize(1001)).toThrow('first: must be a whole number from 0 to 1000');
  });

  it('turns first + 1 rows into a page with hasNextPage, counting only on demand', async () => {
    let counted = 0;
    const connection = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, false, (node) => node.id, async () => ++counted);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    // The fields as GraphQL reads them (the cursors are getters, encoded when read).
    const { hasNextPage, hasPreviousPage, startCursor, endCursor } = connection.pageInfo;
    expect({ hasNextPage, hasPreviousPage, startCursor, endCursor }).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' });
    expect(counted).toBe(0);
    // Counted once however often it is read.
    expect([await connection.totalCount, await connection.totalCount, counted]).toEqual([1, 1, 1]);
  });

  it('gives an empty page no cursors', () => {
    const { pageInfo } = toConnection([], 2, true, (node: { id: string }) => node.id, async () => 0);
    expect([pageInfo.hasNextPage, pageInfo.hasPreviousPage, pageInfo.startCursor, pageInfo.endCursor]).toEqual([false, true, null, null]);
  });
});
