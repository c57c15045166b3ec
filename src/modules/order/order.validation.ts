import type { FieldError } from '../../common/errors.js';
import { duplicateKeys, FieldChecker } from '../../common/validation.js';
import { OrderStatus } from './order.enums.js';
import type { OrderInput } from './order.types.js';

export function validateOrderInput(input: OrderInput, path: string): FieldError[] {
  const check = new FieldChecker(path);
  check.requiredText('externalId', input.externalId, 200);
  checkCustomerReference(check, input);
  check.date('placedAt', input.placedAt, true);
  check.decimal('amount', input.amount, { required: true });
  check.currency('currency', input.currency);
  check.decimal('originalAmount', input.originalAmount);
  check.optionalText('channel', input.channel, 100);
  check.oneOf('status', input.status, Object.values(OrderStatus));
  check.integer('itemCount', input.itemCount, 0, 1_000_000);
  return check.errors;
}

/** Exactly one of customerId and customerExternalId names the customer. */
export function checkCustomerReference(check: FieldChecker, input: { customerId?: string | null; customerExternalId?: string | null }, required = true): void {
  const hasId = input.customerId !== undefined && input.customerId !== null;
  const hasExternalId = input.customerExternalId !== undefined && input.customerExternalId !== null;
  if (hasId && hasExternalId) check.fail('customerId', 'give either customerId or customerExternalId, not both');
  else if (!hasId && !hasExternalId && required) check.fail('customerExternalId', 'is required (or give customerId)');
  else if (hasId) check.uuid('customerId', input.customerId);
  else if (hasExternalId) check.requiredText('customerExternalId', input.customerExternalId, 200);
}

export function validateOrderBatch(inputs: OrderInput[], maxRows: number): FieldError[] {
  if (inputs.length === 0) return [{ field: 'input', message: 'must contain at least one order' }];
  if (inputs.length > maxRows) return [{ field: 'input', message: `must contain at most ${maxRows} orders per call, got ${inputs.length}` }];
  return [
    ...inputs.flatMap((input, index) => validateOrderInput(input, `input[${index}]`)),
    ...duplicateKeys('input', inputs.map((input) => input.externalId), 'externalId'),
  ];
}
