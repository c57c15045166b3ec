import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { errorBody, HttpError, httpFailure, sendJson } from '../../common/http.js';
import type { Orm } from '../../db/orm.js';
import { SqlRunner } from '../../db/sql-runner.js';
import { beginTenantTransaction } from '../../db/tenancy.js';
import type { Logger } from '../../logger.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { hasScope } from '../auth/scopes.js';
import { AssessmentService } from './assessment.service.js';
import { MaturityHistoryService } from './maturity-history.js';
import { modelOfVersion } from './maturity-models.js';
import type { Locale } from './model/maturity-model.types.js';
import { renderReportHtml } from './report/report-html.js';
import { buildReportView } from './report/report-view-builder.js';

const PATH = /^\/assessments\/([^/]+)\/report$/;
const LOCALES: Record<string, Locale> = { en: 'en', 'zh-CN': 'zh-CN' };
// The page is self-contained: nothing may load from anywhere, no script may run.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * `GET /assessments/<id>/report?locale=en|zh-CN`: the assessment's printable report, one
 * self-contained HTML page (inline CSS and SVG, no scripts or external resources), with the
 * result as it stands now. Needs a key with assessments:read.
 */
export async function serveAssessmentReport(request: IncomingMessage, response: ServerResponse, url: URL, deps: { orm: Orm; logger: Logger; statementTimeoutMs: number }): Promise<void> {
  let em: EntityManager | undefined;
  try {
    const match = PATH.exec(url.pathname);
    if (!match) throw new HttpError(404, ErrorCode.NOT_FOUND, 'Use /assessments/<assessment id>/report?locale=en|zh-CN');
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Use GET');
    const localeParameter = url.searchParams.get('locale') ?? 'en';
    const locale = LOCALES[localeParameter];
    if (!locale) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, `locale: must be en or zh-CN, not "${localeParameter}"`, 'locale');
    const auth = await new ApiKeyService(deps.orm.em.fork()).authenticate(request.headers.authorization);
    if (!hasScope(auth.scopes, 'assessments:read')) throw new ForbiddenError('assessments:read');
    em = deps.orm.em.fork() as EntityManager;
    const sql = new SqlRunner(em, { count: 0 });
    await beginTenantTransaction(em, sql, auth.tenant.id, deps.statementTimeoutMs);
    const scope = { tenantId: auth.tenant.id, em, sql, auth };
    const service = new AssessmentService(scope);
    const assessment = await service.get(decodeURIComponent(match[1]));
    const result = await service.liveResult(assessment, locale);
    const targets = await new MaturityHistoryService(scope).targets();
    const html = renderReportHtml(buildReportView({ model: modelOfVersion(assessment.modelVersion), locale, companyName: auth.tenant.name, assessment, result, dimensionTargets: targets.dimensions }));
    response.statusCode = 200;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    response.setHeader('cache-control', 'no-store');
    response.setHeader('content-length', Buffer.byteLength(html));
    response.end(request.method === 'HEAD' ? undefined : html);
  } catch (error) {
    const failure = error instanceof ForbiddenError ? new HttpError(403, ErrorCode.FORBIDDEN, error.message)
      : error instanceof NotFoundError ? new HttpError(404, ErrorCode.NOT_FOUND, error.message)
      : httpFailure(error);
    if (failure.status >= 500) deps.logger.error({ err: error }, 'assessment report failed');
    sendJson(response, failure.status, errorBody(failure.code, failure.message, failure.field));
  } finally {
    await em?.rollback().catch(() => undefined);
  }
}
