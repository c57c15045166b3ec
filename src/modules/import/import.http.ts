import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadUserInputError, ErrorCode, ForbiddenError } from '../../common/errors.js';
import { errorBody, HttpError, httpFailure, sendJson } from '../../common/http.js';
import type { Orm } from '../../db/orm.js';
import type { Logger } from '../../logger.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { hasScope } from '../auth/scopes.js';
import { CsvSyntaxError } from './csv-reader.js';
import type { Mapping } from './import-mapping.js';
import { ImportFileError, type ImportFormat } from './import-source.js';
import { Importer } from './import.service.js';
import { RejectsSample } from './rejects.js';

const REJECTS_IN_ANSWER = 100;

/**
 * `POST /import/<entity>?format=&preset=&timeZone=&dryRun=&mapping=<JSON>` with the file as the
 * body (gzip accepted), for automation. The body is streamed through the same importer as the
 * CLI; the answer is the summary with the first rejects.
 */
export async function serveImport(request: IncomingMessage, response: ServerResponse, url: URL, deps: { orm: Orm; logger: Logger; maxBytes: number }): Promise<void> {
  try {
    if (request.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Use POST with the file as the request body');
    const auth = await new ApiKeyService(deps.orm.em.fork()).authenticate(request.headers.authorization);
    if (!hasScope(auth.scopes, 'customers:write')) throw new ForbiddenError('customers:write');
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > deps.maxBytes) throw new HttpError(413, ErrorCode.PAYLOAD_TOO_LARGE, `The file exceeds ${deps.maxBytes} bytes`);
    const entity = decodeURIComponent(url.pathname.slice('/import/'.length));
    const rejects = new RejectsSample(REJECTS_IN_ANSWER);
    const importer = new Importer(deps.orm, auth.tenant, { entity, ...optionsOf(url, request), source: 'HTTP' }, rejects);
    const summary = await importer.run(limited(request, deps.maxBytes), { bytes: 0 });
    sendJson(response, 200, { ...summary, rejects: rejects.sample });
  } catch (error) {
    const failure = importFailure(error);
    if (failure.status >= 500) deps.logger.error({ err: error }, 'import over HTTP failed');
    sendJson(response, failure.status, errorBody(failure.code, failure.message, failure.field));
  }
}

function optionsOf(url: URL, request: IncomingMessage) {
  const parameters = url.searchParams;
  const format = parameters.get('format') ?? (/ndjson|jsonl/i.test(request.headers['content-type'] ?? '') ? 'ndjson' : 'csv');
  if (format !== 'csv' && format !== 'ndjson') throw new HttpError(400, ErrorCode.BAD_USER_INPUT, 'format: must be csv or ndjson', 'format');
  let mapping: Mapping | undefined;
  if (parameters.has('mapping')) {
    try {
      mapping = JSON.parse(parameters.get('mapping') as string) as Mapping;
    } catch {
      throw new HttpError(400, ErrorCode.BAD_USER_INPUT, 'mapping: is not valid JSON', 'mapping');
    }
  }
  return {
    format: format as ImportFormat,
    mapping,
    preset: parameters.get('preset') ?? undefined,
    timeZone: parameters.get('timeZone') ?? undefined,
    dryRun: parameters.get('dryRun') === 'true',
    fileName: parameters.get('fileName') ?? undefined,
  };
}

/** The request body, refused once it grows past the limit (for bodies sent without a length). */
async function* limited(request: IncomingMessage, maxBytes: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, ErrorCode.PAYLOAD_TOO_LARGE, `The file exceeds ${maxBytes} bytes; the batches before the limit were written`);
    yield chunk as Buffer;
  }
}

function importFailure(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof BadUserInputError) return new HttpError(400, ErrorCode.BAD_USER_INPUT, error.message, error.fieldErrors[0].field);
  if (error instanceof ForbiddenError) return new HttpError(403, ErrorCode.FORBIDDEN, error.message);
  if (error instanceof ImportFileError || error instanceof CsvSyntaxError) return new HttpError(400, ErrorCode.BAD_USER_INPUT, `file: ${error.message}`, 'file');
  return httpFailure(error);
}
