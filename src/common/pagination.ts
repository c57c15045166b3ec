import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 50;

// simpleResolvers: these fields are plain properties (or getters) without middleware, so
// graphql-js's default resolver reads them; type-graphql's wrapper would allocate a resolver-data
// object per field of every row, which showed as garbage-collection time on nested pages.
@ObjectType({ description: 'Where a page stands in the whole list (Relay cursor connections).', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page (the request had an `after` cursor).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for it. */
  readonly totalCount: Promise<number>;
}

/** Builds the `XConnection` and `XEdge` GraphQL types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.`, simpleResolvers: true })
  class EdgeType {
    @Field({ description: 'Opaque position of this item, for `after`.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection).`, simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // Not simple: the count is a promise, started only when asked for. graphql-jit, the
    // executor, reads a field without a resolver as a finished value and would not await it.
    @Field(() => Int, { simple: false, description: 'Number of items matching the filter, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Validates the requested page size. */
export function pageSize(first: number | undefined | null, field = 'first'): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(field, `must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** The position after which a page starts: the sort value and id of the last item seen. */
export interface CursorPosition {
  value: string | number | null;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The sort name travels inside the cursor so a cursor from one ordering is refused by another
// instead of silently skipping rows.
export function encodeCursor(sort: string, value: unknown, id: string): string {
  const plain = value instanceof Date ? value.toISOString() : value ?? null;
  return Buffer.from(JSON.stringify([sort, plain, id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, sort: string, field = 'after'): CursorPosition | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'is not a valid cursor');
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || typeof decoded[2] !== 'string' || !UUID.test(decoded[2])) {
    throw badInput(field, 'is not a valid cursor');
  }
  if (decoded[0] !== sort) throw badInput(field, `is a cursor for another ordering (${String(decoded[0])}), not ${sort}`);
  const value = decoded[1];
  if (value !== null && typeof value !== 'string' && typeof value !== 'number') throw badInput(field, 'is not a valid cursor');
  return { value, id: decoded[2] };
}

class LazyCursorEdge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

/**
 * A page's connection. Its lazy fields are getters of the class rather than of each object: V8
 * keeps accessors defined on one object, with the closures they hold, until a full collection,
 * so every page's rows outlived the young generation's collections and made each one copy
 * megabytes (docs/BENCHMARKS.md).
 */
class LazyConnection<T> implements ConnectionShape<T> {
  readonly pageInfo: LazyPageInfo<T>;
  private counted: Promise<number> | undefined;

  constructor(
    readonly edges: LazyCursorEdge<T>[],
    hasNextPage: boolean,
    hasPreviousPage: boolean,
    private readonly countTotal: () => Promise<number>,
  ) {
    this.pageInfo = new LazyPageInfo(edges, hasNextPage, hasPreviousPage);
  }

  get totalCount(): Promise<number> {
    this.counted ??= this.countTotal();
    return this.counted;
  }
}

class LazyPageInfo<T> implements PageInfo {
  constructor(
    private readonly edges: LazyCursorEdge<T>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

/** Turns rows fetched with limit first + 1 into a connection. */
export function toConnection<T>(
  rows: T[],
  first: number,
  hadCursor: boolean,
  cursorOf: (node: T) => string,
  countTotal: () => Promise<number>,
): ConnectionShape<T> {
  const nodes = rows.slice(0, first);
  // Cursors are encoded only when asked for: most pages are read without them, and encoding one
  // per edge was a tenth of the CPU time of a nested page.
  const edges = nodes.map((node) => new LazyCursorEdge(node, cursorOf));
  return new LazyConnection(edges, rows.length > first, hadCursor, countTotal);
}
