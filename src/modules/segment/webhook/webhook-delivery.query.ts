/**
 * SQL of the webhook outbox and its delivery runs. Every value is a bind parameter (`?`).
 *
 * Ordering rule shared by these statements: a webhook's deliveries go out in sequence order, so
 * a delivery waits while an earlier delivery of the same webhook is still PENDING and not yet
 * due. Receivers can then de-duplicate with one number (the last sequence they applied), and a
 * jump in `firstSequence` means a delivery gave up (FAILED), not that one is still on its way.
 * The "earlier" look-ups name the segment so they run on the small partial index of PENDING
 * deliveries instead of a webhook's whole delivery history.
 */

/**
 * Params: batch size, tenant, segment, after sequence, last sequence, due at, tenant, segment.
 * One row per (webhook, batch of changes) with the payload built from the change rows;
 * returns the number of deliveries created. Due at is the refresh's clock, the one the
 * scheduler's delivery run after it uses: PostgreSQL's now() is a little later (or another
 * machine's clock), and the deliveries would wait for the next tick.
 */
export const ENQUEUE_DELIVERIES_SQL = `
with numbered as (
  select c.sequence, c.external_id, c.change, c.changed_at,
         (row_number() over (order by c.sequence) - 1) / ?::bigint as batch
    from segment_membership_change c
   where c.tenant_id = ? and c.segment_id = ? and c.sequence > ?::bigint and c.sequence <= ?::bigint
), batches as (
  select min(sequence) as first_sequence, max(sequence) as last_sequence, count(*)::integer as change_count,
         jsonb_agg(jsonb_build_object(
           'sequence', sequence::text,
           'externalId', external_id,
           'change', change,
           'at', to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
         ) order by sequence) as changes
    from numbered
   group by batch
), inserted as (
  insert into webhook_delivery (tenant_id, webhook_id, segment_id, first_sequence, last_sequence, change_count, payload, status, next_attempt_at)
  select w.tenant_id, w.id, w.segment_id, b.first_sequence, b.last_sequence, b.change_count,
         jsonb_build_object('segmentId', w.segment_id, 'firstSequence', b.first_sequence::text, 'lastSequence', b.last_sequence::text, 'changes', b.changes),
         'PENDING', ?::timestamptz
    from segment_webhook w
   cross join batches b
   where w.tenant_id = ? and w.segment_id = ?
  returning 1
)
select count(*)::integer as count from inserted`;

/** Params: tenant, segment. New deliveries are due now; an earlier wake-up time stays. */
export const WAKE_SCHEDULE_SQL = `
update segment_schedule set next_delivery_at = least(coalesce(next_delivery_at, now()), now())
 where tenant_id = ? and segment_id = ?`;

/**
 * Params: tenant, segment. Claimers of one segment queue behind each other on its webhook rows,
 * so the second sees the first one's leases. NO KEY UPDATE, not UPDATE: a refresh inserting
 * deliveries takes KEY SHARE on the same rows for the foreign key, and must not wait.
 */
export const LOCK_WEBHOOKS_SQL = `
select id from segment_webhook where tenant_id = ? and segment_id = ? order by id for no key update`;

export interface ClaimedDeliveryRow {
  id: string;
  webhook_id: string;
  attempts: number;
  first_sequence: string;
  payload: { segmentId: string; firstSequence: string; lastSequence: string; changes: { sequence: string; externalId: string; change: string; at: string }[] };
  url: string;
  secret: string;
}

/**
 * Params: tenant, segment, now, now, limit, lease end. Takes due deliveries in sequence order,
 * counts the attempt and pushes next_attempt_at to the lease end: if the process dies while
 * posting, the delivery is due again when the lease ends (at least once).
 */
export const CLAIM_DELIVERIES_SQL = `
with due as (
  select d.id
    from webhook_delivery d
   where d.tenant_id = ? and d.segment_id = ? and d.status = 'PENDING' and d.next_attempt_at <= ?
     and not exists (
       select 1 from webhook_delivery earlier
        where earlier.tenant_id = d.tenant_id and earlier.segment_id = d.segment_id and earlier.status = 'PENDING'
          and earlier.webhook_id = d.webhook_id
          and earlier.first_sequence < d.first_sequence and earlier.next_attempt_at > ?)
   order by d.first_sequence, d.webhook_id
   limit ?
   for update of d skip locked
)
update webhook_delivery d
   set attempts = d.attempts + 1, next_attempt_at = ?
  from due, segment_webhook w
 where d.id = due.id and w.tenant_id = d.tenant_id and w.id = d.webhook_id
returning d.id, d.webhook_id, d.attempts, d.first_sequence::text as first_sequence, d.payload, w.url, w.secret`;

/**
 * Params: status, next attempt, attempted at, status code, error, delivered at, tenant, id,
 * claimed attempts, duration ms. Records the outcome and its attempt row in one statement, only
 * while the delivery is still this run's claim: when the lease ran out and another run took it
 * over (attempts moved on), this late outcome is dropped rather than overwrite the newer one.
 */
export const RECORD_ATTEMPT_SQL = `
with recorded as (
  update webhook_delivery
     set status = ?, next_attempt_at = ?, last_attempt_at = ?, last_status_code = ?, last_error = ?, delivered_at = ?
   where tenant_id = ? and id = ? and attempts = ? and status = 'PENDING'
  returning tenant_id, id, attempts, last_attempt_at, last_status_code, last_error
)
insert into webhook_delivery_attempt (tenant_id, delivery_id, attempt, attempted_at, status_code, error, duration_ms)
select tenant_id, id, attempts, last_attempt_at, last_status_code, last_error, ? from recorded
on conflict do nothing`;

/**
 * Params: next attempt, ids, claimed attempts, tenant. Gives back claimed deliveries that were
 * not sent because an earlier one of their webhook failed: the attempt is uncounted and they
 * become due with that earlier one's retry.
 */
export const RELEASE_DELIVERIES_SQL = `
update webhook_delivery d
   set attempts = d.attempts - 1, next_attempt_at = ?
  from unnest(?::uuid[], ?::integer[]) as claimed(id, attempts)
 where d.id = claimed.id and d.attempts = claimed.attempts and d.tenant_id = ? and d.status = 'PENDING'`;

/**
 * Params: tenant, segment. The scheduler's next wake-up for deliveries: the earliest retry time
 * among the first PENDING delivery of each webhook. Later ones wait behind it whatever their own
 * time says, so counting them could wake the scheduler for nothing, over and over.
 */
export const RESCHEDULE_SQL = `
update segment_schedule s
   set next_delivery_at = (
     select min(d.next_attempt_at)
       from webhook_delivery d
      where d.tenant_id = s.tenant_id and d.segment_id = s.segment_id and d.status = 'PENDING'
        and not exists (
          select 1 from webhook_delivery earlier
           where earlier.tenant_id = d.tenant_id and earlier.segment_id = d.segment_id and earlier.status = 'PENDING'
             and earlier.webhook_id = d.webhook_id and earlier.first_sequence < d.first_sequence))
 where s.tenant_id = ? and s.segment_id = ?
returning s.next_delivery_at`;
