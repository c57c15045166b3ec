import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000_foundation } from './Migration20261123000000_foundation.js';
import { Migration20261123010000_imports } from './Migration20261123010000_imports.js';
import { Migration20261123020000_analytics } from './Migration20261123020000_analytics.js';
import { Migration20261124000000_customer_order_totals } from './Migration20261124000000_customer_order_totals.js';
import { Migration20261124010000_segments } from './Migration20261124010000_segments.js';
import { Migration20261125000000_maturity } from './Migration20261125000000_maturity.js';
import { Migration20261126000000_key_limits } from './Migration20261126000000_key_limits.js';
import { Migration20261127000000_rfm_score_cache } from './Migration20261127000000_rfm_score_cache.js';
import { Migration20261128000000_segment_refresh_history } from './Migration20261128000000_segment_refresh_history.js';
import { Migration20261129000000_customer_totals_slots } from './Migration20261129000000_customer_totals_slots.js';
import { Migration20261130000000_customer_totals_ranks } from './Migration20261130000000_customer_totals_ranks.js';
import { Migration20261201000000_order_revenue_days } from './Migration20261201000000_order_revenue_days.js';

/** Migrations in the order they apply; listed explicitly so compiled and test builds agree. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000_foundation },
  { name: 'Migration20261123010000_imports', class: Migration20261123010000_imports },
  { name: 'Migration20261123020000_analytics', class: Migration20261123020000_analytics },
  { name: 'Migration20261124000000_customer_order_totals', class: Migration20261124000000_customer_order_totals },
  { name: 'Migration20261124010000_segments', class: Migration20261124010000_segments },
  { name: 'Migration20261125000000_maturity', class: Migration20261125000000_maturity },
  { name: 'Migration20261126000000_key_limits', class: Migration20261126000000_key_limits },
  { name: 'Migration20261127000000_rfm_score_cache', class: Migration20261127000000_rfm_score_cache },
  { name: 'Migration20261128000000_segment_refresh_history', class: Migration20261128000000_segment_refresh_history },
  { name: 'Migration20261129000000_customer_totals_slots', class: Migration20261129000000_customer_totals_slots },
  { name: 'Migration20261130000000_customer_totals_ranks', class: Migration20261130000000_customer_totals_ranks },
  { name: 'Migration20261201000000_order_revenue_days', class: Migration20261201000000_order_revenue_days },
];
