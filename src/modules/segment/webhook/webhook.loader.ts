import DataLoader from 'dataloader';
import { groupBy } from '../../../common/child-pages.js';
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from '../../../common/pagination.js';
import { perRequest } from '../../../common/per-request.js';
import type { TenantScope } from '../../../context.js';
import {
  ATTEMPTS_OF_DELIVERIES_SQL,
  deliveryCountsSql,
  deliveryPagesParams,
  deliveryPagesSql,
  toAttempt,
  toDelivery,
  toWebhook,
  WEBHOOKS_OF_SEGMENTS_SQL,
  type DeliveryPageFilter,
} from './webhook.query.js';
import type { SegmentWebhook, WebhookDelivery, WebhookDeliveryAttempt, WebhookDeliveryStatus } from './webhook.types.js';

const DELIVERY_SORT = 'CREATED_AT_DESC';

/**
 * The webhook lists of one request, batched: a page of segments with their webhooks, deliveries
 * and attempt logs costs one statement per level, not one per parent. Kept per request (keyed
 * by the request's scope) so no list is shared between tenants.
 */
class WebhookLoaders {
  readonly webhooksBySegmentId: DataLoader<string, SegmentWebhook[]>;
  readonly attemptsByDeliveryId: DataLoader<string, WebhookDeliveryAttempt[]>;
  private readonly pageLoaders = new Map<string, DataLoader<string, Record<string, unknown>[]>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();

  constructor(private readonly scope: TenantScope) {
    this.webhooksBySegmentId = new DataLoader(async (segmentIds) => {
      const rows = await scope.sql.rows(WEBHOOKS_OF_SEGMENTS_SQL, [scope.tenantId, segmentIds]);
      return groupBy(segmentIds, rows, 'segment_id', () => [] as SegmentWebhook[], (list, row) => list.push(toWebhook(row)));
    });
    this.attemptsByDeliveryId = new DataLoader(async (deliveryIds) => {
      const rows = await scope.sql.rows(ATTEMPTS_OF_DELIVERIES_SQL, [scope.tenantId, deliveryIds]);
      return groupBy(deliveryIds, rows, 'delivery_id', () => [] as WebhookDeliveryAttempt[], (list, row) => list.push(toAttempt(row)));
    });
  }

  async deliveries(webhookId: string, args: { first?: number | null; after?: string | null; status?: WebhookDeliveryStatus | null }): Promise<ConnectionShape<WebhookDelivery>> {
    const first = pageSize(args.first);
    const position = decodeCursor(args.after, DELIVERY_SORT);
    const filter: DeliveryPageFilter = { status: args.status ?? null, afterId: position?.id ?? null };
    const rows = await this.pageLoader(filter, first).load(webhookId);
    return toConnection(
      rows.map(toDelivery),
      first,
      position !== undefined,
      (delivery) => encodeCursor(DELIVERY_SORT, delivery.createdAt, delivery.id),
      () => this.countLoader(filter.status).load(webhookId),
    );
  }

  private pageLoader(filter: DeliveryPageFilter, first: number): DataLoader<string, Record<string, unknown>[]> {
    const signature = JSON.stringify([filter, first]);
    let loader = this.pageLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (webhookIds) => {
        const rows = await this.scope.sql.rows(deliveryPagesSql(filter), deliveryPagesParams(webhookIds, this.scope.tenantId, filter, first + 1));
        return groupBy(webhookIds, rows, 'webhook_id', () => [] as Record<string, unknown>[], (list, row) => list.push(row));
      });
      this.pageLoaders.set(signature, loader);
    }
    return loader;
  }

  private countLoader(status: WebhookDeliveryStatus | null): DataLoader<string, number> {
    const signature = status ?? '';
    let loader = this.countLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (webhookIds) => {
        const rows = await this.scope.sql.rows<{ webhook_id: string; count: number }>(deliveryCountsSql(status), [
          this.scope.tenantId,
          webhookIds,
          ...(status ? [status] : []),
        ]);
        const counts = new Map(rows.map((row) => [row.webhook_id, row.count]));
        return webhookIds.map((id) => counts.get(id) ?? 0);
      });
      this.countLoaders.set(signature, loader);
    }
    return loader;
  }
}

export const webhookLoaders = perRequest('webhook loaders', (scope: TenantScope) => new WebhookLoaders(scope));
