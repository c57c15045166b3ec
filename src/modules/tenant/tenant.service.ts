import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, type FieldError, throwIfInvalid } from '../../common/errors.js';
import { Tenant } from './tenant.entity.js';

export interface NewTenant {
  slug: string;
  name: string;
  timeZone?: string;
  baseCurrency?: string;
}

/** Platform-level tenant administration (CLI and start-up); not reachable through GraphQL. */
export class TenantService {
  constructor(private readonly em: EntityManager) {}

  async create(input: NewTenant): Promise<Tenant> {
    throwIfInvalid(validateNewTenant(input));
    if (await this.em.findOne(Tenant, { slug: input.slug })) throw badInput('slug', `a tenant "${input.slug}" already exists`);
    const tenant = Object.assign(new Tenant(), {
      slug: input.slug,
      name: input.name.trim(),
      timeZone: input.timeZone ?? 'UTC',
      baseCurrency: input.baseCurrency ?? 'USD',
    });
    await this.em.persistAndFlush(tenant);
    return tenant;
  }

  async findBySlug(slug: string): Promise<Tenant | null> {
    return this.em.findOne(Tenant, { slug });
  }

  async count(): Promise<number> {
    return this.em.count(Tenant, {});
  }
}

export function validateNewTenant(input: NewTenant): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.slug ?? '')) {
    errors.push({ field: 'slug', message: 'must be 1 to 63 lowercase letters, digits or dashes, starting with a letter or digit' });
  }
  if (!input.name || input.name.trim().length === 0 || input.name.length > 200) errors.push({ field: 'name', message: 'must be 1 to 200 characters' });
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) errors.push({ field: 'timeZone', message: `"${input.timeZone}" is not an IANA time zone` });
  if (input.baseCurrency !== undefined && !/^[A-Z]{3}$/.test(input.baseCurrency)) {
    errors.push({ field: 'baseCurrency', message: 'must be a three-letter ISO 4217 code such as USD' });
  }
  return errors;
}

// Zones found valid. Building an Intl.DateTimeFormat to check a zone costs about as much CPU as
// the rest of a small analytics request; only valid names are kept, so the set stays as small as
// the IANA list however many bad names are tried.
const knownTimeZones = new Set<string>();

export function isTimeZone(value: string): boolean {
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  knownTimeZones.add(value);
  return true;
}
