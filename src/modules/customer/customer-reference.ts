import { throwIfInvalid, type FieldError } from '../../common/errors.js';
import type { TenantScope } from '../../context.js';

export interface CustomerReference {
  customerId?: string | null;
  customerExternalId?: string | null;
}

/**
 * Resolves the customer each input names (by id or external id) with one query for the whole
 * batch. Unknown customers, including another tenant's ids, are bad input naming the row.
 * Inputs that name no customer resolve to null.
 */
export async function resolveCustomerIds(scope: TenantScope, inputs: CustomerReference[], path: (index: number) => string): Promise<(string | null)[]> {
  const ids = inputs.map((input) => input.customerId).filter((id): id is string => !!id);
  const externalIds = inputs.map((input) => input.customerExternalId).filter((id): id is string => !!id);
  const rows = await scope.sql.rows<{ id: string; external_id: string }>(
    `select id, external_id from customer where tenant_id = ? and (id = any(?::uuid[]) or external_id = any(?::text[]))`,
    [scope.tenantId, [...new Set(ids)], [...new Set(externalIds)]],
  );
  const knownIds = new Set(rows.map((row) => row.id));
  const idByExternalId = new Map(rows.map((row) => [row.external_id, row.id]));
  const errors: FieldError[] = [];
  const resolved = inputs.map((input, index) => {
    if (input.customerId) {
      if (knownIds.has(input.customerId)) return input.customerId;
      errors.push({ field: `${path(index)}.customerId`, message: `no customer has the id ${input.customerId}` });
    } else if (input.customerExternalId) {
      const id = idByExternalId.get(input.customerExternalId);
      if (id) return id;
      errors.push({ field: `${path(index)}.customerExternalId`, message: `no customer has the external id "${input.customerExternalId}"` });
    }
    return null;
  });
  throwIfInvalid(errors);
  return resolved;
}

/** Customer ids of the tenant by external id, for the external ids that exist. */
export async function customerIdsByExternalId(scope: TenantScope, externalIds: string[]): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  // A join on the unnested list (not `= any(array)`) stays fast whatever the planner knows of
  // the table: on a fresh table without statistics `= any` became a sequential scan that
  // compared every row with every wanted id.
  const rows = await scope.sql.rows<{ id: string; external_id: string }>(
    `select c.id, c.external_id from unnest(?::text[]) as wanted(external_id)
       join customer c on c.tenant_id = ? and c.external_id = wanted.external_id`,
    [[...new Set(externalIds)], scope.tenantId],
  );
  return new Map(rows.map((row) => [row.external_id, row.id]));
}
