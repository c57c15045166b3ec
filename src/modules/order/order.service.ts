import { throwIfInvalid } from '../../common/errors.js';
import { findOwnedById } from '../../common/lookup.js';
import { listPage } from '../../common/list-page.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { runUpserts } from '../../common/upsert.js';
import { FieldChecker } from '../../common/validation.js';
import type { TenantScope } from '../../context.js';
import { resolveCustomerIds } from '../customer/customer-reference.js';
import { Order } from './order.entity.js';
import { OrderStatus } from './order.enums.js';
import { ORDER_SORT, ORDER_UPSERT_COLUMNS, orderFilterConditions, type OrderRow } from './order.query.js';
import type { OrderInput, OrdersArgs } from './order.types.js';
import { validateOrderBatch, validateOrderInput } from './order.validation.js';

export const MAX_ORDER_BATCH_ROWS = 1000;

export interface RecordOrdersOutcome {
  orders: Order[];
  insertedCount: number;
  updatedCount: number;
}

const ORDER_LIST = { table: '"order"', alias: 'child', sort: ORDER_SORT, sortValue: (order: Order) => order.placedAt, entity: Order };

export class OrderService {
  constructor(
    private readonly scope: TenantScope,
    private readonly baseCurrency: string,
  ) {}

  list(args: OrdersArgs): Promise<ConnectionShape<Order>> {
    if (args.filter?.customerId) {
      const check = new FieldChecker('filter');
      check.uuid('customerId', args.filter.customerId);
      throwIfInvalid(check.errors);
    }
    return listPage(this.scope, ORDER_LIST, orderFilterConditions(args.filter), args);
  }

  get(id: string): Promise<Order> {
    return findOwnedById(this.scope, Order, id, 'Order');
  }

  async record(input: OrderInput): Promise<Order> {
    throwIfInvalid(validateOrderInput(input, 'input'));
    return (await this.write([input], () => 'input')).orders[0];
  }

  /** All or nothing: every row is validated and every customer resolved before any is written. */
  async recordMany(inputs: OrderInput[]): Promise<RecordOrdersOutcome> {
    throwIfInvalid(validateOrderBatch(inputs, MAX_ORDER_BATCH_ROWS));
    return this.write(inputs, (index) => `input[${index}]`);
  }

  private async write(inputs: OrderInput[], path: (index: number) => string): Promise<RecordOrdersOutcome> {
    const customerIds = await resolveCustomerIds(this.scope, inputs, path);
    const rows = inputs.map(
      (input, index): OrderRow => ({
        externalId: input.externalId.trim(),
        customerId: customerIds[index] as string,
        placedAt: input.placedAt,
        amount: String(input.amount),
        currency: input.currency ?? this.baseCurrency,
        originalAmount: input.originalAmount,
        channel: input.channel,
        status: input.status ?? OrderStatus.COMPLETED,
        itemCount: input.itemCount,
      }),
    );
    const { nodes, insertedCount, updatedCount } = await runUpserts(this.scope, '"order"', rows, ORDER_UPSERT_COLUMNS, { touchUpdatedAt: false, entity: Order });
    return { orders: nodes, insertedCount, updatedCount };
  }
}
