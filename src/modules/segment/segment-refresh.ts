import { performance } from 'node:perf_hooks';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import type { SqlFragment } from '../../common/sql-fragment.js';
import type { TenantScope } from '../../context.js';
import { CustomerTotalsService } from '../analytics/customer-totals/customer-totals.service.js';
import type { AnalyticsSettings } from '../analytics/settings/analytics-settings.js';
import { parseSegmentDefinition, segmentFieldsOf, segmentVocabulary, type SegmentDefinition } from './definition/segment-definition.js';
import { SegmentField } from './definition/segment-terms.js';
import { segmentMembersSql, segmentRfmWindowStart } from './definition/segment.query.js';
import { membershipDiffSql } from './segment-refresh.query.js';
import { enqueueWebhookDeliveries } from './webhook/webhook-outbox.js';

const MINUTE_MS = 60_000;
// Fields computed from per-customer order totals when a base can serve them.
const TOTALS_FIELDS = [
  SegmentField.RFM_SEGMENT,
  SegmentField.RFM_RECENCY_SCORE,
  SegmentField.RFM_FREQUENCY_SCORE,
  SegmentField.RFM_MONETARY_SCORE,
  SegmentField.ORDER_COUNT,
  SegmentField.ORDER_REVENUE,
  SegmentField.FIRST_ORDER_AT,
  SegmentField.LAST_ORDER_AT,
];

export interface RefreshOutcome {
  entered: number;
  exited: number;
  memberCount: number;
  /** The segment's newest sequence number after the refresh, as decimal text. */
  lastSequence: string;
  durationMs: number;
}

interface LockedSegment {
  version: number;
  definition: unknown;
  last_sequence: string;
  refresh_interval_minutes: number;
}

/**
 * Computes a segment's membership as of `now` and records what changed, inside the caller's
 * transaction: the segment row is locked first, so refreshes of one segment run one after the
 * other and their sequence numbers commit in order (a partner reading changes after a cursor
 * can never see a later number before an earlier one). Webhook deliveries of the changes are
 * queued in the same transaction, so they exist exactly when the changes do.
 */
export async function refreshSegment(scope: TenantScope, segmentId: string, settings: AnalyticsSettings, now: Date): Promise<RefreshOutcome> {
  const started = performance.now();
  const locked = await scope.sql.one<LockedSegment>(
    `select version, definition, last_sequence::text as last_sequence, refresh_interval_minutes
       from segment where tenant_id = ? and id = ? for update`,
    [scope.tenantId, segmentId],
  );
  if (!locked) throw new NotFoundError('Segment', segmentId);
  const definition = storedDefinition(locked.definition, settings);
  const members = segmentMembersSql(definition, { tenantId: scope.tenantId, asOf: now, settings, totals: await segmentTotals(scope, definition, now) });
  const [diff] = await scope.sql.query<{ entered: number; exited: number; logged: number; members: number }>(
    membershipDiffSql({ tenantId: scope.tenantId, segmentId, members, lastSequence: locked.last_sequence, version: locked.version, at: now }),
  );
  const lastSequence = (BigInt(locked.last_sequence) + BigInt(diff.logged)).toString();
  const durationMs = Math.round(performance.now() - started);
  await scope.sql.rows(
    `update segment set member_count = ?, last_sequence = ?::bigint, last_refreshed_at = ?, last_refresh_ms = ?, last_refresh_error = null
      where tenant_id = ? and id = ?`,
    [diff.members, lastSequence, now, durationMs, scope.tenantId, segmentId],
  );
  await scope.sql.rows(`update segment_schedule set next_refresh_at = ? where tenant_id = ? and segment_id = ?`, [
    new Date(now.getTime() + locked.refresh_interval_minutes * MINUTE_MS),
    scope.tenantId,
    segmentId,
  ]);
  if (diff.logged > 0) await enqueueWebhookDeliveries(scope, segmentId, locked.last_sequence, lastSequence, now);
  return { entered: diff.entered, exited: diff.exited, memberCount: diff.members, lastSequence, durationMs };
}

/**
 * A stored definition was valid when saved, but the tenant's RFM segment map may have changed
 * since and dropped a segment it names; that is reported rather than matching nobody.
 */
function storedDefinition(document: unknown, settings: AnalyticsSettings): SegmentDefinition {
  const parsed = parseSegmentDefinition(document, 'definition', segmentVocabulary(settings));
  if (!parsed.definition) throw new BadUserInputError(parsed.errors.map((error) => ({ ...error, message: `${error.message} (the saved definition no longer fits the tenant's settings; update the segment)` })));
  return parsed.definition;
}

/**
 * Per-customer order totals of the 365 days before asOf when the definition reads order stats
 * or RFM and a base can serve them (segment.query.ts reads every order otherwise).
 */
export async function segmentTotals(scope: TenantScope, definition: SegmentDefinition, asOf: Date): Promise<SqlFragment | null> {
  const fields = segmentFieldsOf(definition);
  if (!TOTALS_FIELDS.some((field) => fields.has(field))) return null;
  return new CustomerTotalsService(scope).totalsSql({ asOf, from: segmentRfmWindowStart(asOf), dataEnd: asOf });
}
