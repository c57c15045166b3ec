import type { ChildPrefetch } from '../../common/child-pages.js';
import { NotFoundError, badInput, throwIfInvalid } from '../../common/errors.js';
import { listPage, selectList } from '../../common/list-page.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { runUpserts } from '../../common/upsert.js';
import { findOwnedById } from '../../common/lookup.js';
import type { TenantScope } from '../../context.js';
import { plainRows } from '../../db/plain-rows.js';
import { Customer } from './customer.entity.js';
import { CUSTOMER_UPSERT_COLUMNS, customerFilterConditions, customerSort, customerSortValue } from './customer.query.js';
import { CustomerOrderField, SortDirection, type CustomerInput, type CustomersArgs } from './customer.types.js';
import { validateCustomerBatch, validateCustomerInput } from './customer.validation.js';

export const MAX_BATCH_ROWS = 1000;

export interface UpsertOutcome {
  customers: Customer[];
  insertedCount: number;
  updatedCount: number;
}

export class CustomerService {
  constructor(private readonly scope: TenantScope) {}

  async list(args: CustomersArgs, columns?: readonly string[], prefetches: readonly ChildPrefetch[] = []): Promise<ConnectionShape<Customer>> {
    const field = args.orderBy?.field ?? CustomerOrderField.CREATED_AT;
    const sort = customerSort(field, args.orderBy?.direction ?? SortDirection.ASC);
    const spec = { table: 'customer', alias: 'c', sort, sortValue: (customer: Customer) => customerSortValue(field, customer), entity: Customer };
    return listPage(this.scope, spec, customerFilterConditions(args.filter), args, columns, prefetches);
  }

  /** Finds one customer by id or external id (exactly one must be given). */
  async get(id: string | null | undefined, externalId: string | null | undefined, columns?: readonly string[]): Promise<Customer> {
    const hasId = id !== undefined && id !== null;
    if (hasId === (externalId !== undefined && externalId !== null)) throw badInput('id', 'give either an id or an externalId');
    if (hasId) return findOwnedById(this.scope, Customer, id, 'Customer');
    // Read-only, as plain data (db/plain-rows.ts): the lookup partners and dashboards make most.
    const rows = await this.scope.sql.rows(`select ${selectList('c', columns)} from customer c where c.tenant_id = ? and c.external_id = ?`, [this.scope.tenantId, externalId]);
    const [customer] = plainRows(this.scope.em, Customer, rows);
    if (!customer) throw new NotFoundError('Customer', externalId as string);
    return customer;
  }

  async upsert(input: CustomerInput): Promise<Customer> {
    throwIfInvalid(validateCustomerInput(input, 'input'));
    const outcome = await this.write([input]);
    return outcome.customers[0];
  }

  /** All or nothing: every row is validated before any is written. */
  async upsertMany(inputs: CustomerInput[]): Promise<UpsertOutcome> {
    throwIfInvalid(validateCustomerBatch(inputs, MAX_BATCH_ROWS));
    return this.write(inputs);
  }

  private async write(inputs: CustomerInput[]): Promise<UpsertOutcome> {
    const rows = inputs.map((input) => ({ ...input, externalId: input.externalId.trim() }));
    const { nodes, insertedCount, updatedCount } = await runUpserts(this.scope, 'customer', rows, CUSTOMER_UPSERT_COLUMNS, { touchUpdatedAt: true, entity: Customer });
    return { customers: nodes, insertedCount, updatedCount };
  }
}
