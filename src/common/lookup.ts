import type { TenantScope } from '../context.js';
import { NotFoundError, throwIfInvalid } from './errors.js';
import { FieldChecker } from './validation.js';

/**
 * One row of the tenant by id: BAD_USER_INPUT for a malformed id, NOT_FOUND when the tenant has
 * no such row (another tenant's ids included).
 */
export async function findOwnedById<T extends object>(scope: TenantScope, entity: new () => T, id: string, label: string): Promise<T> {
  const check = new FieldChecker('');
  check.uuid('id', id, true);
  throwIfInvalid(check.errors);
  const row = await scope.em.findOne(entity, { tenantId: scope.tenantId, id } as never);
  if (!row) throw new NotFoundError(label, id);
  return row as T;
}
