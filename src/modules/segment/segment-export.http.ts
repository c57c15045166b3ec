import { IsolationLevel, type EntityManager } from '@mikro-orm/postgresql';
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { csvField } from '../../common/csv.js';
import { ErrorCode, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { errorBody, HttpError, httpFailure, sendJson } from '../../common/http.js';
import type { Orm } from '../../db/orm.js';
import { SqlRunner } from '../../db/sql-runner.js';
import { beginTenantTransaction } from '../../db/tenancy.js';
import type { Logger } from '../../logger.js';
import { ApiKeyService, type Authentication } from '../auth/api-key.service.js';
import { hasScope } from '../auth/scopes.js';
import { canSeeSegment } from './segment-access.js';
import { changesCursor } from './segment-cursors.js';
import { allowedMemberFields, MEMBER_COLUMNS, MEMBER_FIELDS, toMember, type MemberRow, type SegmentMember } from './segment-member.js';

const PATH = /^\/segments\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/members\.(csv|ndjson)$/i;
// Rows read per statement: large enough that round trips do not dominate, small enough that a
// page of wide attribute objects stays a few megabytes.
const PAGE_ROWS = 5_000;

type ExportFormat = 'csv' | 'ndjson';

/**
 * `GET /segments/<id>/members.csv` and `.ndjson`: every member with the fields the key may
 * read, streamed page by page as the client takes them. The pages are read in one
 * REPEATABLE READ transaction, so the file is one consistent membership even while a refresh
 * commits; the `X-Changes-Cursor` header is the changes cursor of that membership, so
 * `changes(since:)` from it continues exactly where the file ends.
 */
export async function serveSegmentExport(request: IncomingMessage, response: ServerResponse, url: URL, deps: { orm: Orm; logger: Logger; statementTimeoutMs: number }): Promise<void> {
  let em: EntityManager | undefined;
  try {
    const match = PATH.exec(url.pathname);
    if (!match) throw new HttpError(404, ErrorCode.NOT_FOUND, 'Use /segments/<segment id>/members.csv or /segments/<segment id>/members.ndjson');
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Use GET');
    const [, segmentId, format] = match;
    const auth = await new ApiKeyService(deps.orm.em.fork()).authenticate(request.headers.authorization);
    if (!hasScope(auth.scopes, 'segments:read')) throw new ForbiddenError('segments:read');
    em = deps.orm.em.fork() as EntityManager;
    const sql = new SqlRunner(em, { count: 0 });
    await beginTenantTransaction(em, sql, auth.tenant.id, deps.statementTimeoutMs, { isolationLevel: IsolationLevel.REPEATABLE_READ });
    const id = segmentId.toLowerCase();
    const head = canSeeSegment(auth, id)
      ? await sql.one<{ name: string; last_sequence: string }>('select name, last_sequence::text as last_sequence from segment where tenant_id = ? and id = ?', [auth.tenant.id, id])
      : undefined;
    if (!head) throw new NotFoundError('Segment', id);
    const fields = exportedFields(auth);
    response.statusCode = 200;
    response.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="segment-${id}.${format}"`);
    response.setHeader('x-changes-cursor', changesCursor(id, head.last_sequence));
    if (request.method === 'HEAD') return void response.end();
    if (format === 'csv') await write(response, ['externalId', 'enteredAt', ...fields].map(csvField).join(',') + '\n');
    let after: string | null = null;
    for (;;) {
      const rows: MemberRow[] = await sql.rows<MemberRow>(
        `select m.external_id, m.entered_at, ${MEMBER_COLUMNS}
           from segment_membership m left join customer c on c.tenant_id = m.tenant_id and c.id = m.customer_id
          where m.tenant_id = ? and m.segment_id = ? and (?::text is null or m.external_id > ?::text)
          order by m.external_id limit ?`,
        [auth.tenant.id, id, after, after, PAGE_ROWS],
      );
      if (rows.length === 0) break;
      await write(response, rows.map((row) => line(toMember(row), fields, format as ExportFormat)).join(''));
      if (rows.length < PAGE_ROWS) break;
      after = rows[rows.length - 1].external_id;
    }
    response.end();
  } catch (error) {
    // Once the file has started, the only honest signal left is a cut connection.
    if (response.headersSent) return void response.destroy(error instanceof Error ? error : undefined);
    const failure = error instanceof ForbiddenError || error instanceof NotFoundError ? graphQLFailure(error) : httpFailure(error);
    if (failure.status >= 500) deps.logger.error({ err: error }, 'segment export failed');
    sendJson(response, failure.status, errorBody(failure.code, failure.message));
  } finally {
    await em?.rollback().catch(() => undefined);
  }
}

function graphQLFailure(error: ForbiddenError | NotFoundError): HttpError {
  return error instanceof ForbiddenError ? new HttpError(403, ErrorCode.FORBIDDEN, error.message) : new HttpError(404, ErrorCode.NOT_FOUND, error.message);
}

/** The profile fields a key may read, in the fixed order of MEMBER_FIELDS. */
function exportedFields(auth: Authentication): string[] {
  const allowed = allowedMemberFields(auth);
  return MEMBER_FIELDS.filter((field) => allowed.has(field));
}

function line(member: SegmentMember, fields: readonly string[], format: ExportFormat): string {
  const record: Record<string, unknown> = { externalId: member.externalId, enteredAt: member.enteredAt?.toISOString() ?? null };
  for (const field of fields) {
    const value = member[field as keyof SegmentMember];
    record[field] = value instanceof Date ? value.toISOString() : value;
  }
  if (format === 'ndjson') return JSON.stringify(record) + '\n';
  return Object.values(record).map((value) => csvField(csvText(value))).join(',') + '\n';
}

function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Writes and waits while the client's buffer is full, so a slow client cannot fill memory. */
async function write(response: ServerResponse, chunk: string): Promise<void> {
  if (response.destroyed) throw new Error('the client closed the connection');
  if (response.write(chunk)) return;
  // A client that goes away never drains; its close ends the export and frees the transaction.
  const waiting = new AbortController();
  try {
    const outcome = await Promise.race([
      once(response, 'drain', { signal: waiting.signal }).then(() => 'drained'),
      once(response, 'close', { signal: waiting.signal }).then(() => 'closed'),
    ]);
    if (outcome === 'closed') throw new Error('the client closed the connection');
  } finally {
    // Removes the listener that did not fire (its promise rejects with an AbortError, caught here).
    waiting.abort();
  }
}
