import { ErrorCode } from '../../common/errors.js';
import { HttpError } from '../../common/http.js';
import type { TenantScope } from '../../context.js';
import { TrustedDocumentService } from './trusted-document.service.js';

/** A GraphQL request as it arrived: the parsed POST body, or the GET query string. */
export interface IncomingGraphQL {
  method: string;
  body: unknown;
  search: string;
}

/**
 * Replaces `documentId` with the text the tenant registered under it, so the rest of the
 * pipeline sees an ordinary request. A key marked trustedDocumentsOnly must send a documentId
 * and nothing else: free text, and Apollo's own persisted-query extension, are refused.
 */
export async function resolveTrustedDocument(request: IncomingGraphQL, scope: TenantScope, trustedOnly: boolean): Promise<IncomingGraphQL> {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    const documentId = params.get('documentId');
    if (documentId === null) return refuseIfTrustedOnly(request, trustedOnly);
    if (params.has('query') || params.has('extensions')) throw bothGiven();
    params.delete('documentId');
    params.set('query', await registeredBody(scope, documentId));
    return { ...request, search: `?${params.toString()}` };
  }
  const body = request.body;
  if (!isObject(body) || body.documentId === undefined) return refuseIfTrustedOnly(request, trustedOnly);
  const { documentId, ...rest } = body;
  if (typeof documentId !== 'string') throw new HttpError(400, ErrorCode.BAD_USER_INPUT, 'documentId must be a string ("sha256:" and 64 hex digits)', 'documentId');
  if (rest.query !== undefined || rest.extensions !== undefined) throw bothGiven();
  return { ...request, body: { ...rest, query: await registeredBody(scope, documentId) } };
}

async function registeredBody(scope: TenantScope, documentId: string): Promise<string> {
  const body = await new TrustedDocumentService(scope).bodyOf(documentId);
  if (body === undefined) throw new HttpError(400, 'PERSISTED_QUERY_NOT_FOUND', `documentId ${documentId.slice(0, 80)} is not a document this tenant registered`, 'documentId');
  return body;
}

function refuseIfTrustedOnly(request: IncomingGraphQL, trustedOnly: boolean): IncomingGraphQL {
  if (!trustedOnly) return request;
  throw new HttpError(400, ErrorCode.TRUSTED_DOCUMENT_REQUIRED, 'This API key may send only registered documents: send documentId instead of query');
}

function bothGiven(): HttpError {
  return new HttpError(400, ErrorCode.BAD_USER_INPUT, 'Send either documentId or query (and no extensions), not both', 'documentId');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
