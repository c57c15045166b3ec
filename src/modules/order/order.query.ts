import type { ChildListSpec } from '../../common/child-pages.js';
import type { SortSpec } from '../../common/keyset.js';
import type { UpsertColumn } from '../../common/upsert.js';
import { childCustomerConditions } from '../customer/customer.query.js';
import { Order } from './order.entity.js';
import type { OrderFilter } from './order.types.js';

/** Newest first; the alias of the order table is `child` in lists. */
export const ORDER_SORT: SortSpec = { name: 'PLACED_AT_DESC', expression: 'child.placed_at', cast: 'timestamptz', direction: 'desc' };

export const CUSTOMER_ORDERS: ChildListSpec<Order> = {
  table: '"order"',
  parentColumn: 'customer_id',
  sort: ORDER_SORT,
  sortProperty: 'placedAt',
  entity: Order,
};

export interface OrderRow {
  externalId: string;
  customerId: string;
  placedAt: Date;
  amount: string;
  currency: string;
  originalAmount?: string | null;
  channel?: string | null;
  status?: string | null;
  itemCount?: number | null;
}

export const ORDER_UPSERT_COLUMNS: UpsertColumn<OrderRow>[] = [
  { property: 'externalId', column: 'external_id', cast: 'text' },
  { property: 'customerId', column: 'customer_id', cast: 'uuid' },
  { property: 'placedAt', column: 'placed_at', cast: 'timestamptz' },
  { property: 'amount', column: 'amount', cast: 'numeric' },
  { property: 'currency', column: 'currency', cast: 'text' },
  { property: 'originalAmount', column: 'original_amount', cast: 'numeric' },
  { property: 'channel', column: 'channel', cast: 'text' },
  { property: 'status', column: 'status', cast: 'text' },
  { property: 'itemCount', column: 'item_count', cast: 'integer' },
];

export function orderFilterConditions(filter: OrderFilter | null | undefined): { sql: string; params: unknown[] }[] {
  const conditions: { sql: string; params: unknown[] }[] = [];
  if (!filter) return conditions;
  conditions.push(...childCustomerConditions(filter));
  if (filter.from) conditions.push({ sql: 'child.placed_at >= ?', params: [filter.from] });
  if (filter.to) conditions.push({ sql: 'child.placed_at < ?', params: [filter.to] });
  if (filter.channel) conditions.push({ sql: 'child.channel = ?', params: [filter.channel] });
  if (filter.status) conditions.push({ sql: 'child.status = ?', params: [filter.status] });
  return conditions;
}
