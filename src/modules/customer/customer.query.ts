import type { UpsertColumn } from '../../common/upsert.js';
import { likePattern } from '../../common/validation.js';
import type { SortSpec } from '../../common/keyset.js';
import type { CustomerFilter, CustomerInput } from './customer.types.js';
import { CustomerOrderField, SortDirection } from './customer.types.js';

/** SQL of the customer module. Every statement is parameterized; `c` is the customer alias. */

/** The id of the current row of a customer page, for subqueries the page's statement runs per customer. */
export const CUSTOMER_ID_SQL = 'c.id';

export const CUSTOMER_UPSERT_COLUMNS: UpsertColumn<CustomerInput>[] = [
  { property: 'externalId', column: 'external_id', cast: 'text' },
  { property: 'name', column: 'name', cast: 'text' },
  { property: 'email', column: 'email', cast: 'text' },
  { property: 'phone', column: 'phone', cast: 'text' },
  { property: 'company', column: 'company', cast: 'text' },
  { property: 'jobTitle', column: 'job_title', cast: 'text' },
  { property: 'region', column: 'region', cast: 'text' },
  { property: 'industry', column: 'industry', cast: 'text' },
  { property: 'sizeBand', column: 'size_band', cast: 'text' },
  { property: 'sourceSystems', column: 'source_systems', cast: 'text[]' },
  { property: 'consentEmail', column: 'consent_email', cast: 'boolean' },
  { property: 'consentSms', column: 'consent_sms', cast: 'boolean' },
  { property: 'walletEstimate', column: 'wallet_estimate', cast: 'numeric' },
  { property: 'firstSeenAt', column: 'first_seen_at', cast: 'timestamptz' },
  { property: 'attributes', column: 'attributes', cast: 'jsonb', toParam: (value) => JSON.stringify(value) },
];

const SORT_EXPRESSIONS: Record<CustomerOrderField, { expression: string; cast: SortSpec['cast'] }> = {
  [CustomerOrderField.CREATED_AT]: { expression: 'c.created_at', cast: 'timestamptz' },
  [CustomerOrderField.UPDATED_AT]: { expression: 'c.updated_at', cast: 'timestamptz' },
  [CustomerOrderField.NAME]: { expression: "coalesce(c.name, '')", cast: 'text' },
  [CustomerOrderField.EXTERNAL_ID]: { expression: 'c.external_id', cast: 'text' },
};

export function customerSort(field = CustomerOrderField.CREATED_AT, direction = SortDirection.ASC): SortSpec {
  return { name: `${field}_${direction}`, ...SORT_EXPRESSIONS[field], direction: direction === SortDirection.ASC ? 'asc' : 'desc' };
}

/** The sort value of a mapped customer, as its cursor carries it. */
export function customerSortValue(field: CustomerOrderField, customer: { createdAt: Date; updatedAt: Date; name: string | null; externalId: string }) {
  switch (field) {
    case CustomerOrderField.CREATED_AT:
      return customer.createdAt;
    case CustomerOrderField.UPDATED_AT:
      return customer.updatedAt;
    case CustomerOrderField.NAME:
      return customer.name ?? '';
    case CustomerOrderField.EXTERNAL_ID:
      return customer.externalId;
  }
}

const ACTIVE_TAG = `ct.tenant_id = c.tenant_id and ct.customer_id = c.id and (ct.expires_at is null or ct.expires_at > now())`;
export const COMPLETED_ORDER = `o.status = 'COMPLETED' and o.amount > 0`;

export function customerFilterConditions(filter: CustomerFilter | null | undefined): { sql: string; params: unknown[] }[] {
  const conditions: { sql: string; params: unknown[] }[] = [];
  if (!filter) return conditions;
  if (filter.search) {
    const pattern = likePattern(filter.search);
    conditions.push({ sql: '(c.name ilike ? or c.email ilike ? or c.company ilike ?)', params: [pattern, pattern, pattern] });
  }
  if (filter.tagKeys && filter.tagKeys.length > 0) {
    const keys = [...new Set(filter.tagKeys)];
    conditions.push({
      sql: `(select count(distinct t.key) from customer_tag ct join tag t on t.tenant_id = ct.tenant_id and t.id = ct.tag_id
             where ${ACTIVE_TAG} and t.key = any(?::text[])) = ?`,
      params: [keys, keys.length],
    });
  }
  if (filter.tagCategory) {
    conditions.push({
      sql: `exists (select 1 from customer_tag ct join tag t on t.tenant_id = ct.tenant_id and t.id = ct.tag_id
             where ${ACTIVE_TAG} and t.category = ?)`,
      params: [filter.tagCategory],
    });
  }
  if (filter.region) conditions.push({ sql: 'c.region = ?', params: [filter.region] });
  if (filter.hasOrders !== undefined && filter.hasOrders !== null) {
    conditions.push({
      sql: `${filter.hasOrders ? '' : 'not '}exists (select 1 from "order" o where o.tenant_id = c.tenant_id and o.customer_id = c.id and ${COMPLETED_ORDER})`,
      params: [],
    });
  }
  if (filter.createdFrom) conditions.push({ sql: 'c.created_at >= ?', params: [filter.createdFrom] });
  if (filter.createdTo) conditions.push({ sql: 'c.created_at < ?', params: [filter.createdTo] });
  return conditions;
}

export const CUSTOMER_STATS_SQL = `
  select c.id as customer_id,
         count(o.id) filter (where ${COMPLETED_ORDER}) as order_count,
         coalesce(sum(o.amount) filter (where ${COMPLETED_ORDER}), 0)::text as revenue,
         min(o.placed_at) filter (where ${COMPLETED_ORDER}) as first_order_at,
         max(o.placed_at) filter (where ${COMPLETED_ORDER}) as last_order_at,
         (select f.score from feedback f
           where f.tenant_id = c.tenant_id and f.customer_id = c.id and f.kind = 'NPS'
           order by f.received_at desc, f.id desc limit 1) as latest_nps_score
    from customer c
    left join "order" o on o.tenant_id = c.tenant_id and o.customer_id = c.id
   where c.tenant_id = ? and c.id = any(?::uuid[])
   group by c.id`;

export const CUSTOMER_TAGS_SQL = `
  select ct.customer_id, ct.source, ct.score, ct.confidence, ct.assigned_at, ct.expires_at,
         t.id as tag_id, t.key, t.label, t.category
    from customer_tag ct
    join tag t on t.tenant_id = ct.tenant_id and t.id = ct.tag_id
   where ct.tenant_id = ? and ct.customer_id = any(?::uuid[])
     and (ct.expires_at is null or ct.expires_at > now())
   order by t.category, t.key`;

/** Conditions on a child list (alias `child`) naming its customer by id or external id. */
export function childCustomerConditions(filter: { customerId?: string | null; customerExternalId?: string | null }): { sql: string; params: unknown[] }[] {
  const conditions: { sql: string; params: unknown[] }[] = [];
  if (filter.customerId) conditions.push({ sql: 'child.customer_id = ?::uuid', params: [filter.customerId] });
  if (filter.customerExternalId) {
    conditions.push({
      sql: 'child.customer_id = (select c.id from customer c where c.tenant_id = child.tenant_id and c.external_id = ?)',
      params: [filter.customerExternalId],
    });
  }
  return conditions;
}
