import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../app-role.js';

/**
 * Analytics: the application role may change a tenant's settings (analytics settings live in
 * tenant.settings; the row-level policy still limits it to its own tenant), and covering
 * indexes so metrics over completed orders and feedback read only the index.
 */
export class Migration20261123020000_analytics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`grant update (settings) on tenant to ${APP_ROLE};`);
    this.addSql(`
create index order_completed_placed_idx on "order" (tenant_id, placed_at)
  include (customer_id, amount, channel) where status = 'COMPLETED' and amount > 0;`);
    this.addSql(`
create index order_completed_customer_idx on "order" (tenant_id, customer_id, placed_at)
  include (amount) where status = 'COMPLETED' and amount > 0;`);
    this.addSql(`drop index feedback_tenant_received_idx;`);
    this.addSql(`
create index feedback_tenant_received_idx on feedback (tenant_id, kind, received_at)
  include (score, customer_id, channel, stage_id, category);`);
    this.addSql(`create index touchpoint_tenant_occurred_idx on touchpoint (tenant_id, occurred_at) include (customer_id, action, stage_id, emotion, channel);`);
  }
}
