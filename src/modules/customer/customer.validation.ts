import type { FieldError } from '../../common/errors.js';
import { duplicateKeys, FieldChecker } from '../../common/validation.js';
import { SizeBand } from './customer.enums.js';
import type { CustomerInput } from './customer.types.js';

const MAX_ATTRIBUTES_BYTES = 16_384;

export function validateCustomerInput(input: CustomerInput, path: string): FieldError[] {
  const check = new FieldChecker(path);
  check.requiredText('externalId', input.externalId, 200);
  for (const name of ['name', 'company', 'jobTitle', 'region', 'industry'] as const) check.optionalText(name, input[name], 500);
  check.email('email', input.email);
  check.phone('phone', input.phone);
  check.oneOf('sizeBand', input.sizeBand, Object.values(SizeBand));
  check.decimal('walletEstimate', input.walletEstimate, { min: 0 });
  check.date('firstSeenAt', input.firstSeenAt);
  if (input.sourceSystems) {
    if (input.sourceSystems.length > 20) check.fail('sourceSystems', 'must list at most 20 systems');
    input.sourceSystems.forEach((system, index) => check.requiredText(`sourceSystems[${index}]`, system, 50));
  }
  if (input.attributes && JSON.stringify(input.attributes).length > MAX_ATTRIBUTES_BYTES) {
    check.fail('attributes', `must be at most ${MAX_ATTRIBUTES_BYTES} bytes of JSON`);
  }
  return check.errors;
}

export function validateCustomerBatch(inputs: CustomerInput[], maxRows: number): FieldError[] {
  if (inputs.length === 0) return [{ field: 'input', message: 'must contain at least one customer' }];
  if (inputs.length > maxRows) return [{ field: 'input', message: `must contain at most ${maxRows} customers per call, got ${inputs.length}` }];
  return [
    ...inputs.flatMap((input, index) => validateCustomerInput(input, `input[${index}]`)),
    ...duplicateKeys('input', inputs.map((input) => input.externalId), 'externalId'),
  ];
}
