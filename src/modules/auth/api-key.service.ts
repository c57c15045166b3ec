import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, NotFoundError, UnauthenticatedError, type FieldError, throwIfInvalid } from '../../common/errors.js';
import { FieldChecker } from '../../common/validation.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { ApiKey } from './api-key.entity.js';
import { generateKeySecret, keyMatchesHash, prefixOf } from './api-key-secret.js';
import { isScope, SCOPES } from './scopes.js';

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

export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  /** `path` prefixes the field names of errors (`input` for GraphQL, none for the CLI). */
  async create(tenantId: string, name: string, scopes: readonly string[], path = ''): Promise<CreatedApiKey> {
    throwIfInvalid(validateKeyInput(name, scopes, path));
    const secret = generateKeySecret();
    const apiKey = Object.assign(new ApiKey(), {
      tenantId,
      name: name.trim(),
      prefix: secret.prefix,
      secretHash: secret.hash,
      scopes: [...new Set(scopes)],
    });
    await this.em.persistAndFlush(apiKey);
    return { apiKey, key: secret.key };
  }

  async list(tenantId: string): Promise<ApiKey[]> {
    return this.em.find(ApiKey, { tenantId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
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
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) throw new UnauthenticatedError('Missing API key: send "Authorization: Bearer <key>"');
    const key = match[1];
    const prefix = prefixOf(key);
    const apiKey = prefix ? await this.em.findOne(ApiKey, { prefix }) : null;
    if (!apiKey || !keyMatchesHash(key, apiKey.secretHash)) throw new UnauthenticatedError('Invalid API key');
    if (apiKey.revokedAt) throw new UnauthenticatedError('This API key has been revoked');
    const tenant = await this.em.findOneOrFail(Tenant, { id: apiKey.tenantId });
    await this.touch(apiKey);
    return { tenant, apiKey, scopes: apiKey.scopes };
  }

  // Recording every use would turn each read into a write; a minute's resolution is enough to
  // see which keys are alive.
  private async touch(apiKey: ApiKey): Promise<void> {
    const now = new Date();
    if (apiKey.lastUsedAt && now.getTime() - apiKey.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    await this.em.nativeUpdate(ApiKey, { id: apiKey.id }, { lastUsedAt: now });
  }
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
