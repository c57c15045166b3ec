import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Config } from './config.js';
import { openRequestContext, finishRequestContext, type RequestContext } from './context.js';
import { ApiKeyService, useRecordDue, type Authentication } from './modules/auth/api-key.service.js';
import { ErrorCode } from './common/errors.js';
import { errorBody, HttpError, httpFailure, sendJson } from './common/http.js';
import { serveImport } from './modules/import/import.http.js';
import { serveSegmentExport } from './modules/segment/segment-export.http.js';
import { serveAssessmentReport } from './modules/maturity/assessment-report.http.js';
import { createErrorFormatter } from './common/format-error.js';
import { compiledExecution } from './common/compiled-executor.js';
import { CostRateLimiter } from './common/cost-rate-limiter.js';
import { requestGuardPlugin } from './common/request-guard.plugin.js';
import { RequestDeadline } from './common/request-deadline.js';
import { resolveTrustedDocument } from './modules/trusted-document/trusted-document.http.js';
import { ConsoleFiles } from './modules/console/console.http.js';
import type { Orm } from './db/orm.js';
import type { Logger } from './logger.js';

export interface HttpServer {
  server: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Stops accepting requests and waits for the ones in flight. */
  close(): Promise<void>;
}

/**
 * The HTTP face of cxgraph: POST/GET /graphql, /healthz, /readyz and the web console at /console/
 * (/ redirects there). Each GraphQL request authenticates its key, then runs inside one tenant
 * transaction that commits only when the request had no error.
 */
export async function createHttpServer(config: Config, orm: Orm, schema: GraphQLSchema, logger: Logger): Promise<HttpServer> {
  const production = config.nodeEnv === 'production';
  const compiled =
    config.graphqlCompileAfter === null ? undefined : compiledExecution(schema, config.graphqlCompileAfter, (context, executor) => ((context as RequestContext).outcome.executor = executor));
  const apollo = new ApolloServer<RequestContext>({
    ...(compiled ? { gateway: compiled.gateway } : { schema }),
    introspection: !production,
    // CSRF: a browser sends a cross-site request with an Authorization header only after a CORS
    // preflight, which this server never grants. Every request must carry its key there, so
    // counting that header as the preflight proof keeps GET queries usable by plain clients.
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    formatError: createErrorFormatter(logger, config.nodeEnv === 'development'),
    // Tokens are counted while parsing, so a huge document is refused before it is built.
    parseOptions: { maxTokens: config.maxQueryTokens },
    // One way to send a stored document: documentId (trusted documents, per tenant). Apollo's
    // automatic persisted queries would be a second, unauthenticated-by-design cache.
    persistedQueries: false,
    plugins: [
      ...(compiled ? [compiled.plugin as ApolloServerPlugin<RequestContext>] : []),
      ApolloServerPluginLandingPageDisabled(),
      // Nothing here sets cache hints, and the plugin's per-field hook made Apollo wrap every
      // resolver (a fifth of the time of a nested page went to it).
      ApolloServerPluginCacheControlDisabled(),
      requestGuardPlugin(
        { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost, maxAliases: config.maxQueryAliases, maxDirectives: config.maxQueryDirectives },
        { limiter: new CostRateLimiter(), defaultCostPerMinute: config.defaultCostPerMinute },
      ),
    ],
  });
  await apollo.start();

  // Handlers still running: a request's work can outlast its answer (the COMMIT of a read-only
  // transaction, recording the key's use), and close() waits for it before the pool closes.
  const handling = new Set<Promise<void>>();
  const server = http.createServer((request, response) => {
    const handled = route(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'unhandled error while serving a request');
      if (!response.headersSent) sendJson(response, 500, errorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
    });
    handling.add(handled);
    void handled.finally(() => handling.delete(handled));
  });

  let closing = false;
  const consoleFiles = new ConsoleFiles(config.consoleDir);

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // While draining, each answer closes its keep-alive connection so close() need not wait for idle clients.
    if (closing) response.setHeader('connection', 'close');
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') return sendJson(response, ...(await readiness(orm)));
    if (url.pathname === '/graphql') return serveGraphQL(request, response, url);
    if (url.pathname.startsWith('/import/')) return serveImport(request, response, url, { orm, logger, maxBytes: config.maxImportBytes });
    if (url.pathname.startsWith('/segments/')) return serveSegmentExport(request, response, url, { orm, logger, statementTimeoutMs: config.statementTimeoutMs });
    if (url.pathname === '/console' || url.pathname.startsWith('/console/')) return consoleFiles.serve(request, response, url);
    // The root has nothing of its own; people who open the server in a browser want the console.
    if (url.pathname === '/') return redirectTo(response, '/console/');
    if (url.pathname.startsWith('/assessments/')) return serveAssessmentReport(request, response, url, { orm, logger, statementTimeoutMs: config.statementTimeoutMs });
    sendJson(response, 404, { error: 'not found' });
  }

  async function serveGraphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(request);
    response.setHeader('x-request-id', requestId);
    let status = 500;
    let tenant: string | undefined;
    let keyPrefix: string | undefined;
    let authenticated: Authentication | undefined;
    // Settles when the request's transaction has ended and its connection is back in the pool,
    // which for a transaction that wrote nothing is after the answer has gone out.
    let transactionEnded: Promise<void> = Promise.resolve();
    try {
      const body = await readBody(request, config.maxBodyBytes);
      const context = await openRequestContext(orm, request.headers.authorization, requestId, config.statementTimeoutMs);
      authenticated = context.auth;
      tenant = context.auth.tenant.slug;
      keyPrefix = context.auth.apiKey.prefix;
      const deadline = new RequestDeadline(orm, logger);
      deadline.arm(config.requestTimeoutMs, context.backendPid);
      let result;
      try {
        ({ result, ended: transactionEnded } = await executeInContext(request, url, body, context));
      } catch (error) {
        throw deadline.expired ? requestTimeoutError() : error;
      } finally {
        deadline.disarm();
      }
      // The cancelled statement failed the request; say why instead of showing its error.
      if (deadline.expired && context.outcome.hadErrors) throw requestTimeoutError();
      status = result.status ?? 200;
      for (const [name, value] of result.headers) response.setHeader(name, value);
      if (!production) {
        response.setHeader('x-sql-statements', String(context.statements.count));
        response.setHeader('x-graphql-executor', context.outcome.executor ?? 'interpreted');
      }
      response.statusCode = status;
      if (result.body.kind === 'complete') response.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } catch (error) {
      const failure = httpFailure(error);
      status = failure.status;
      sendJson(response, failure.status, errorBody(failure.code, failure.message, failure.field));
      if (failure.status >= 500) logger.error({ err: error, requestId }, 'GraphQL request failed');
    } finally {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: request.method, path: url.pathname, status, tenant, keyPrefix, durationMs: Math.round(durationMs * 10) / 10 }, 'request');
    }
    // A COMMIT that fails after the answer has lost nothing (the transaction wrote nothing), but
    // the connection it ran on was given up.
    await transactionEnded.catch((error: unknown) => logger.warn({ err: error, requestId }, 'the COMMIT of a read-only request failed after its answer'));
    // After the answer, once the request's connection is back in the pool: recording the use
    // (at most once a minute) takes a connection of its own, and a request never holds two.
    // Checked before an EntityManager is forked for it: most requests have nothing to record.
    if (authenticated && useRecordDue(authenticated.apiKey)) {
      await new ApiKeyService(orm.em.fork()).recordUse(authenticated.apiKey).catch((error: unknown) => logger.warn({ err: error, requestId }, 'could not record the API key use'));
    }
  }

  /**
   * Runs the operation in the request's transaction and ends it (the commit flushes writes).
   * Resolves when the answer may go out; `ended` settles when the transaction has ended.
   */
  async function executeInContext(request: IncomingMessage, url: URL, body: string, context: RequestContext) {
    let result: HTTPGraphQLResponse;
    try {
      const incoming = { method: request.method ?? 'GET', body: parseBody(request, body), search: url.search };
      const resolved = await resolveTrustedDocument(incoming, context, context.auth.apiKey.trustedDocumentsOnly);
      result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: resolved.method, headers: headerMap(request), search: resolved.search, body: resolved.body },
        context: async () => context,
      });
    } catch (error) {
      context.outcome.hadErrors = true;
      await finishRequestContext(context);
      throw error;
    }
    const { ended } = await finishRequestContext(context);
    return { result, ended };
  }

  function requestTimeoutError(): HttpError {
    return new HttpError(504, ErrorCode.TIMEOUT, `The request took longer than ${config.requestTimeoutMs} ms and was stopped; ask for less data or a narrower time range`);
  }

  return {
    server,
    apollo,
    async close() {
      closing = true;
      // close() waits for every connection to end; idle keep-alive ones are closed as they
      // become idle instead of at the client's leisure.
      const sweeper = setInterval(() => server.closeIdleConnections(), 50);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearInterval(sweeper);
      await Promise.all(handling);
      await apollo.stop();
    },
  };
}

async function readiness(orm: Orm): Promise<[number, object]> {
  try {
    await orm.em.fork().getConnection().execute('select 1');
    return [200, { status: 'ready' }];
  } catch {
    return [503, { status: 'unavailable', reason: 'database unreachable' }];
  }
}


function redirectTo(response: ServerResponse, location: string): void {
  response.statusCode = 302;
  response.setHeader('location', location);
  response.end();
}

function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body exceeds ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body exceeds ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(request: IncomingMessage, body: string): unknown {
  if (request.method !== 'POST') return undefined;
  if (!/json/i.test(request.headers['content-type'] ?? '')) return body;
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON');
  }
}
