import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config.js';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { buildGraphQLSchema } from '../../src/graphql-schema.js';
import { createLogger } from '../../src/logger.js';
import { ApiKeyService } from '../../src/modules/auth/api-key.service.js';
import { TenantService } from '../../src/modules/tenant/tenant.service.js';
import type { Tenant } from '../../src/modules/tenant/tenant.entity.js';
import { createHttpServer, type HttpServer } from '../../src/server.js';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: ExecutionResult<T> & { errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
  /** SQL statements the request ran (header set outside production). */
  statements: number;
}

/** A real cxgraph HTTP server on a random port, over the test run's PostgreSQL. */
export class TestApp {
  private constructor(
    readonly orm: Orm,
    readonly http: HttpServer,
    readonly url: string,
    readonly config: Config,
  ) {}

  /** `databaseUrl` defaults to the test run's database; the fault tests pass a server of their own. */
  static async start(environment: Record<string, string> = {}, databaseUrl = process.env.TEST_DATABASE_URL as string): Promise<TestApp> {
    // Compiled at first sight, so every test runs its operations through graphql-jit;
    // compiled-executor.test.ts holds the interpreter's first runs to the same answers.
    const config = loadConfig({ NODE_ENV: 'test', GRAPHQL_COMPILE_AFTER: '0', ...environment });
    const orm = await openOrm({ databaseUrl, poolSize: 5 });
    const http = await createHttpServer(config, orm, await buildGraphQLSchema(), createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
    const port = (http.server.address() as AddressInfo).port;
    return new TestApp(orm, http, `http://127.0.0.1:${port}`, config);
  }

  async stop(): Promise<void> {
    await this.http.close();
    await this.orm.close();
  }

  /** A new tenant with a unique slug and a key holding the given scopes. */
  async tenantWithKey(
    scopes: string[],
    slugPrefix = 't',
    options: { timeZone?: string; baseCurrency?: string } = {},
  ): Promise<{ tenant: Tenant; key: string; keyId: string }> {
    return createTenantWithKey(this.orm, scopes, slugPrefix, options);
  }

  async keyFor(tenantId: string, scopes: string[]): Promise<string> {
    return (await new ApiKeyService(this.orm.em.fork()).create(tenantId, 'extra key', scopes)).key;
  }

  /** Sends a typed operation over HTTP, as a client would. */
  async request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    key: string | undefined,
  ): Promise<GraphQLResponse<TResult>> {
    return this.post({ query: print(document), variables }, key);
  }

  async post<TResult = Record<string, unknown>>(body: unknown, key: string | undefined, headers: Record<string, string> = {}): Promise<GraphQLResponse<TResult>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse<TResult>['body'],
      statements: Number(response.headers.get('x-sql-statements') ?? NaN),
    };
  }
}

/** A new tenant with a unique slug and a key holding the given scopes, written straight to the database. */
export async function createTenantWithKey(
  orm: Orm,
  scopes: string[],
  slugPrefix = 't',
  options: { timeZone?: string; baseCurrency?: string } = {},
): Promise<{ tenant: Tenant; key: string; keyId: string }> {
  const em = orm.em.fork();
  const slug = `${slugPrefix}-${Math.random().toString(36).slice(2, 10)}`;
  const tenant = await new TenantService(em).create({ slug, name: `Tenant ${slug}`, ...options });
  const { key, apiKey } = await new ApiKeyService(em).create(tenant.id, 'test key', scopes);
  return { tenant, key, keyId: apiKey.id };
}

/** The error codes of a response, in order. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
