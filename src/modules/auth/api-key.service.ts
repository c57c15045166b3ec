import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, NotFoundError, UnauthenticatedError, type FieldError, throwIfInvalid } from '../../common/errors.js';
import { FieldChecker, isUuid } from '../../common/validation.js';
import { plainRows } from '../../db/plain-rows.js';
import type { KeyRow } from '../../db/tenancy.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { ApiKey } from './api-key.entity.js';
import { generateKeySecret, keyMatchesHash, prefixOf } from './api-key-secret.js';
import { MEMBER_FIELDS } from '../segment/segment-member.js';
import { isScope, SCOPES } from './scopes.js';
import { givenSettings, validateKeySettings, type KeySettings } from './api-key-settings.js';

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The whole key; it exists only in this answer. */
  key: string;
}

/** Who is calling: the tenant and key a request authenticated with. */
export interface Authentication {
  tenant: Tenant;
  apiKey: ApiKey;
  scopes: readonly string[];
}

const LAST_USED_RESOLUTION_MS = 60_000;

/** Whether the key's last recorded use is older than the resolution kept (ApiKeyService.recordUse). */
export function useRecordDue(apiKey: ApiKey, now = Date.now()): boolean {
  return !apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  /** `path` prefixes the field names of errors (`input` for GraphQL, none for the CLI). */
  async create(
    tenantId: string,
    name: string,
    scopes: readonly string[],
    path = '',
    limits: KeyLimits = NO_LIMITS,
    settings: KeySettings = {},
  ): Promise<CreatedApiKey> {
    throwIfInvalid([...validateKeyInput(name, scopes, path), ...validateKeyLimits(scopes, limits, path), ...validateKeySettings(settings, path)]);
    throwIfInvalid(await this.unknownSegments(tenantId, limits.segmentIds, path));
    const secret = generateKeySecret();
    const apiKey = Object.assign(new ApiKey(), {
      tenantId,
      name: name.trim(),
      prefix: secret.prefix,
      secretHash: secret.hash,
      scopes: [...new Set(scopes)],
      segmentIds: limits.segmentIds ? [...new Set(limits.segmentIds)] : null,
      memberFields: limits.memberFields ? [...new Set(limits.memberFields)] : null,
      ...givenSettings(settings),
    });
    await this.em.persistAndFlush(apiKey);
    return { apiKey, key: secret.key };
  }

  // Another tenant's segment reads as unknown, like one that never existed.
  private async unknownSegments(tenantId: string, segmentIds: readonly string[] | null, path: string): Promise<FieldError[]> {
    if (!segmentIds || segmentIds.length === 0) return [];
    // knex, not MikroORM's execute: it would spread the array into a list of parameters.
    const query = this.em.getKnex().raw('select id from segment where tenant_id = ? and id = any(?::uuid[])', [tenantId, segmentIds.filter((id) => isUuid(id))]);
    const transaction = this.em.getTransactionContext();
    if (transaction) query.transacting(transaction);
    const found = ((await query) as { rows: { id: string }[] }).rows;
    const known = new Set(found.map((row) => row.id));
    const check = new FieldChecker(path);
    segmentIds.forEach((id, index) => {
      if (!known.has(id)) check.fail(`segmentIds[${index}]`, `the tenant has no segment ${id}`);
    });
    return check.errors;
  }

  async list(tenantId: string): Promise<ApiKey[]> {
    return this.em.find(ApiKey, { tenantId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Changes a key's expiry, budget or trusted-documents rule; what is left out stays. */
  async update(id: string, tenantId: string, settings: KeySettings, path = 'input'): Promise<ApiKey> {
    if (!isUuid(id)) throw badInput('id', 'is not a valid key id (a UUID)');
    throwIfInvalid(validateKeySettings(settings, path));
    const apiKey = await this.em.findOne(ApiKey, { id, tenantId });
    if (!apiKey) throw new NotFoundError('API key', id);
    Object.assign(apiKey, givenSettings(settings));
    await this.em.flush();
    return apiKey;
  }

  /** Revokes a key of the tenant (any tenant when none is given: the CLI acts as operator). */
  async revoke(id: string, tenantId?: string): Promise<ApiKey> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw badInput('id', 'is not a valid key id (a UUID)');
    const apiKey = await this.em.findOne(ApiKey, tenantId ? { id, tenantId } : { id });
    if (!apiKey) throw new NotFoundError('API key', id);
    apiKey.revokedAt ??= new Date();
    await this.em.flush();
    return apiKey;
  }

  /**
   * Resolves an `Authorization: Bearer <key>` header. Runs as the connecting user, before the
   * tenant is known; every failure reads the same to the caller apart from revocation.
   */
  /**
   * `lookup` finds the key by its prefix (default: a statement of its own); `recordUse` false
   * leaves recording the use to the caller (see server.ts), which then calls `recordUse`.
   */
  async authenticate(
    authorization: string | undefined,
    lookup: KeyLookup = (prefix) => this.keyWithTenant(prefix),
    options: { recordUse: boolean } = { recordUse: true },
  ): Promise<Authentication> {
    const key = keyOf(authorization);
    const prefix = prefixOf(key);
    const found = prefix ? await lookup(prefix) : undefined;
    const apiKey = found?.apiKey;
    if (!found || !apiKey || !keyMatchesHash(key, apiKey.secretHash)) throw new UnauthenticatedError('Invalid API key');
    if (apiKey.revokedAt) throw new UnauthenticatedError('This API key has been revoked');
    if (apiKey.expiresAt && apiKey.expiresAt.getTime() <= Date.now()) {
      throw new UnauthenticatedError(`This API key expired at ${apiKey.expiresAt.toISOString()}`);
    }
    if (options.recordUse) await this.recordUse(apiKey);
    return { tenant: found.tenant, apiKey, scopes: apiKey.scopes };
  }

  /**
   * The key and its tenant in one statement, as plain read-only objects: every request starts
   * here, and two ORM lookups with managed entities cost a round trip and more CPU than the
   * rest of a small request. The caller still checks the secret, revocation and expiry.
   */
  private async keyWithTenant(prefix: string): Promise<KeyWithTenant | undefined> {
    const [row] = await this.em
      .getConnection()
      .execute<KeyRow[]>(`select row_to_json(k) as api_key, row_to_json(t) as tenant from api_key k join tenant t on t.id = k.tenant_id where k.prefix = ?`, [prefix]);
    return row && keyWithTenantOf(this.em, row);
  }

  // Recording every use would turn each read into a write; a minute's resolution is enough to
  // see which keys are alive.
  async recordUse(apiKey: ApiKey): Promise<void> {
    if (!useRecordDue(apiKey)) return;
    await this.em.nativeUpdate(ApiKey, { id: apiKey.id }, { lastUsedAt: new Date() });
  }
}

export interface KeyWithTenant {
  apiKey: ApiKey;
  tenant: Tenant;
}

/** Finds the key with a prefix and its tenant (see db/tenancy.ts beginKeyTransaction for the request's own). */
export type KeyLookup = (prefix: string) => Promise<KeyWithTenant | undefined>;

/** The key of an `Authorization: Bearer <key>` header; checked before any database work. */
export function keyOf(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new UnauthenticatedError('Missing API key: send "Authorization: Bearer <key>"');
  return match[1];
}

export function keyWithTenantOf(em: EntityManager, row: KeyRow): KeyWithTenant {
  return { apiKey: plainRows(em, ApiKey, [row.api_key])[0], tenant: plainRows(em, Tenant, [row.tenant])[0] };
}

/** What a partner key is limited to: some segments, some member fields. */
export interface KeyLimits {
  segmentIds: readonly string[] | null;
  memberFields: readonly string[] | null;
}

const NO_LIMITS: KeyLimits = { segmentIds: null, memberFields: null };
const MAX_KEY_SEGMENTS = 100;

/**
 * A key limited to some segments must see nothing else of the tenant, so it may hold
 * segments:read alone: any other scope (customers:read, say) would open the rest.
 */
export function validateKeyLimits(scopes: readonly string[], limits: KeyLimits, path = ''): FieldError[] {
  const check = new FieldChecker(path);
  const { segmentIds, memberFields } = limits;
  if (segmentIds) {
    if (segmentIds.length === 0 || segmentIds.length > MAX_KEY_SEGMENTS) check.fail('segmentIds', `must list 1 to ${MAX_KEY_SEGMENTS} segments`);
    segmentIds.forEach((id, index) => {
      if (!isUuid(id)) check.fail(`segmentIds[${index}]`, 'is not a valid segment id (a UUID)');
    });
    if (scopes.some((scope) => scope !== 'segments:read')) check.fail('scopes', 'a key limited to segments may have only segments:read');
  }
  memberFields?.forEach((field, index) => {
    if (!(MEMBER_FIELDS as readonly string[]).includes(field)) check.fail(`memberFields[${index}]`, `"${field}" is not a member field; use one of ${MEMBER_FIELDS.join(', ')}`);
  });
  return check.errors;
}

export function validateKeyInput(name: string, scopes: readonly string[], path = ''): FieldError[] {
  const check = new FieldChecker(path);
  if (typeof name !== 'string' || name.trim().length === 0 || name.length > 200) check.fail('name', 'must be 1 to 200 characters');
  if (scopes.length === 0) check.fail('scopes', `must name at least one of ${SCOPES.join(', ')}`);
  scopes.forEach((scope, index) => {
    if (!isScope(scope)) check.fail(`scopes[${index}]`, `"${scope}" is not a scope; use one of ${SCOPES.join(', ')}`);
  });
  return check.errors;
}
