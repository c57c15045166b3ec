import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../common/errors.js';
import { ApiKeyService } from '../modules/auth/api-key.service.js';
import type { ApiKey } from '../modules/auth/api-key.entity.js';
import { TenantService } from '../modules/tenant/tenant.service.js';
import { Tenant } from '../modules/tenant/tenant.entity.js';

export interface CommandResult {
  text: string;
  json: unknown;
}

type Options = { name?: string; 'time-zone'?: string; currency?: string; tenant?: string; scopes?: string };

/** `tenant create|list`. Runs as the platform operator (the connecting database user). */
export async function tenantCommand(em: EntityManager, action: string | undefined, args: string[], options: Options): Promise<CommandResult> {
  const tenants = new TenantService(em);
  if (action === 'create') {
    const tenant = await tenants.create({
      slug: args[0] ?? '',
      name: options.name ?? '',
      timeZone: options['time-zone'],
      baseCurrency: options.currency,
    });
    return { text: `created tenant ${tenant.slug} (${tenant.id})`, json: { tenant: tenantJson(tenant) } };
  }
  if (action === 'list') {
    const all = await em.find(Tenant, {}, { orderBy: { slug: 'asc' } });
    return { text: all.map((tenant) => `${tenant.slug}\t${tenant.name}\t${tenant.timeZone}\t${tenant.baseCurrency}`).join('\n'), json: { tenants: all.map(tenantJson) } };
  }
  throw badInput('command', 'tenant takes create or list');
}

/** `key create|list|revoke`. The secret is printed once, by create, and never again. */
export async function keyCommand(em: EntityManager, action: string | undefined, args: string[], options: Options): Promise<CommandResult> {
  const keys = new ApiKeyService(em);
  if (action === 'create') {
    const tenant = await requireTenant(em, options.tenant);
    const scopes = (options.scopes ?? '').split(',').map((scope) => scope.trim()).filter(Boolean);
    const { apiKey, key } = await keys.create(tenant.id, options.name ?? '', scopes);
    return { text: `${key}\n(key id ${apiKey.id}; store the key now: it is not shown again)`, json: { key, apiKey: keyJson(apiKey) } };
  }
  if (action === 'list') {
    const tenant = await requireTenant(em, options.tenant);
    const all = await keys.list(tenant.id);
    const lines = all.map((apiKey) => `${apiKey.id}\t${apiKey.prefix}…\t${apiKey.name}\t${apiKey.scopes.join(',')}\t${apiKey.revokedAt ? 'revoked' : 'active'}`);
    return { text: lines.join('\n') || '(no keys)', json: { keys: all.map(keyJson) } };
  }
  if (action === 'revoke') {
    const apiKey = await keys.revoke(args[0] ?? '');
    return { text: `revoked key ${apiKey.id} (${apiKey.name})`, json: { apiKey: keyJson(apiKey) } };
  }
  throw badInput('command', 'key takes create, list or revoke');
}

async function requireTenant(em: EntityManager, slug: string | undefined): Promise<Tenant> {
  if (!slug) throw badInput('--tenant', 'is required (the tenant slug)');
  const tenant = await new TenantService(em).findBySlug(slug);
  if (!tenant) throw badInput('--tenant', `no tenant has the slug "${slug}"`);
  return tenant;
}

function tenantJson(tenant: Tenant) {
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, timeZone: tenant.timeZone, baseCurrency: tenant.baseCurrency };
}

function keyJson(apiKey: ApiKey) {
  return {
    id: apiKey.id,
    name: apiKey.name,
    prefix: apiKey.prefix,
    scopes: apiKey.scopes,
    createdAt: apiKey.createdAt,
    lastUsedAt: apiKey.lastUsedAt,
    revokedAt: apiKey.revokedAt,
  };
}
