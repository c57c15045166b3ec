import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/child-pages.js';
import { plainRows } from '../../db/plain-rows.js';
import { toDate, type SqlRunner } from '../../db/sql-runner.js';
import type { CustomerTag } from '../tag/tag.types.js';
import { Customer } from './customer.entity.js';
import { CUSTOMER_STATS_SQL, CUSTOMER_TAGS_SQL } from './customer.query.js';
import type { CustomerStats } from './customer.types.js';

/** Per-request batch loaders of the customer module; results come back in key order. */
export function createCustomerLoaders(sql: SqlRunner, em: EntityManager, tenantId: string) {
  return {
    customerById: new DataLoader<string, Customer | null>(async (ids) => {
      const rows = await sql.rows(`select * from customer where tenant_id = ? and id = any(?::uuid[])`, [tenantId, ids]);
      const customers = plainRows(em, Customer, rows);
      const byId = new Map(customers.map((customer) => [customer.id, customer]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    statsByCustomerId: new DataLoader<string, CustomerStats>(async (ids) => {
      const rows = await sql.rows<Record<string, unknown>>(CUSTOMER_STATS_SQL, [tenantId, ids]);
      const byId = new Map(rows.map((row) => [String(row.customer_id), row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return {
          orderCount: Number(row?.order_count ?? 0),
          revenue: String(row?.revenue ?? '0'),
          firstOrderAt: toDate(row?.first_order_at),
          lastOrderAt: toDate(row?.last_order_at),
          latestNpsScore: row?.latest_nps_score === null || row?.latest_nps_score === undefined ? null : Number(row.latest_nps_score),
        };
      });
    }),

    tagsByCustomerId: new DataLoader<string, CustomerTag[]>(async (ids) => {
      const rows = await sql.rows<Record<string, unknown>>(CUSTOMER_TAGS_SQL, [tenantId, ids]);
      return groupBy(ids, rows, 'customer_id', () => [] as CustomerTag[], (list, row) =>
        list.push({
          tagId: String(row.tag_id),
          key: String(row.key),
          label: String(row.label),
          category: row.category as CustomerTag['category'],
          source: row.source as CustomerTag['source'],
          score: row.score as string | null,
          confidence: row.confidence as string | null,
          assignedAt: toDate(row.assigned_at) as Date,
          expiresAt: toDate(row.expires_at),
        }),
      );
    }),
  };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
