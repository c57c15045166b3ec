import type { GraphQLResolveInfo } from 'graphql';
import type { ChildListSpec, ChildPageArgs, ChildPrefetch } from '../../common/child-pages.js';
import type { Condition } from '../../common/list-page.js';
import { nodeFieldsAsked } from '../../common/node-fields.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { connectionColumns, type FieldSelection } from '../../common/selected-columns.js';
import type { RequestContext } from '../../context.js';
import { CUSTOMER_FEEDBACK } from '../feedback/feedback.query.js';
import { CUSTOMER_TOUCHPOINTS } from '../journey/touchpoint.service.js';
import { CUSTOMER_ORDERS } from '../order/order.query.js';
import { CUSTOMER_ID_SQL } from './customer.query.js';

interface ListArgs {
  first?: number | null;
  after?: string | null;
}

/** A list field of Customer (orders, feedback, touchpoints): one page of it, or its prefetch. */
interface CustomerChildList<T, A extends ListArgs> {
  page(context: RequestContext, customerId: string, args: A, selection: FieldSelection): ConnectionShape<T> | Promise<ConnectionShape<T>>;
  /** The same page for every customer of a customer page, read by that page's statement. */
  prefetch(context: RequestContext, args: A, selection: FieldSelection): ChildPrefetch | undefined;
}

function customerChildList<T extends { id: string }, A extends ListArgs>(spec: ChildListSpec<T>, conditions: (args: A) => Condition[]): CustomerChildList<T, A> {
  const pageArgs = (context: RequestContext, args: A, selection: FieldSelection): ChildPageArgs => ({
    first: args.first,
    after: args.after,
    conditions: conditions(args),
    columns: connectionColumns(context.em, spec.entity, selection),
  });
  return {
    page: (context, customerId, args, selection) => context.childPages.page(spec, customerId, pageArgs(context, args, selection)),
    prefetch: (context, args, selection) => context.childPages.prefetch(spec, pageArgs(context, args, selection), CUSTOMER_ID_SQL),
  };
}

export const CUSTOMER_ORDER_LIST = customerChildList(CUSTOMER_ORDERS, (args: ListArgs & { status?: string | null }) =>
  args.status ? [{ sql: 'child.status = ?', params: [args.status] }] : [],
);

export const CUSTOMER_FEEDBACK_LIST = customerChildList(CUSTOMER_FEEDBACK, (args: ListArgs & { kind?: string | null }) =>
  args.kind ? [{ sql: 'child.kind = ?', params: [args.kind] }] : [],
);

export const CUSTOMER_TOUCHPOINT_LIST = customerChildList(CUSTOMER_TOUCHPOINTS, (_args: ListArgs) => []);

const BY_FIELD: Record<string, CustomerChildList<unknown, ListArgs>> = {
  orders: CUSTOMER_ORDER_LIST,
  feedback: CUSTOMER_FEEDBACK_LIST,
  touchpoints: CUSTOMER_TOUCHPOINT_LIST,
};

/**
 * The child lists a page of customers asks for on its nodes, to be read in the page's own
 * statement (one per page shape; two aliases asking the same page share it). A list left out
 * here is still read, by its own statement, when its field is resolved.
 */
export function customerChildPrefetches(context: RequestContext, info: GraphQLResolveInfo): ChildPrefetch[] {
  const prefetches = new Map<string, ChildPrefetch>();
  for (const field of nodeFieldsAsked(info)) {
    // The arguments were coerced by graphql-js against the field's schema, as the resolver's are.
    const prefetch = BY_FIELD[field.name]?.prefetch(context, field.args as ListArgs, field.selection);
    if (prefetch && !prefetches.has(prefetch.signature)) prefetches.set(prefetch.signature, prefetch);
  }
  return [...prefetches.values()];
}
