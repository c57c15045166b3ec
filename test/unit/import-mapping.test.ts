import { BadUserInputError } from '../../src/common/errors.js';
import { compileMapping } from '../../src/modules/import/import-mapping.js';
import { formatAmount } from '../../src/modules/import/presets/online-retail.js';

describe('import mappings', () => {
  it('reads columns named like the fields by default, snake_case too', () => {
    const mapper = compileMapping('orders', undefined, ['external_id', 'customerExternalId', 'placed_at', 'amount'], 'UTC');
    expect(mapper.map({ kind: 'csv', values: ['O1', 'C1', '2026-01-02 03:04:05', '19.99'] })).toEqual({
      input: { externalId: 'O1', customerExternalId: 'C1', placedAt: new Date('2026-01-02T03:04:05Z'), amount: '19.99' },
    });
  });

  it('applies renames, constants, formats, separators and transforms', () => {
    const mapper = compileMapping(
      'orders',
      {
        fields: {
          externalId: 'Invoice',
          customerExternalId: { column: 'Customer', transform: ['integer-text'] },
          placedAt: { column: 'Date', format: 'DD/MM/YYYY HH:mm' },
          amount: { column: 'Total', decimalSeparator: ',', thousandsSeparator: '.' },
          channel: { constant: 'store' },
        },
      },
      ['Invoice', 'Customer', 'Date', 'Total'],
      'UTC',
    );
    expect(mapper.map({ kind: 'csv', values: ['I-9', '17850.0', '31/01/2026 18:30', '1.234,50'] })).toEqual({
      input: { externalId: 'I-9', customerExternalId: '17850', placedAt: new Date('2026-01-31T18:30:00Z'), amount: '1234.50', channel: 'store' },
    });
  });

  it('names the field of a value it cannot read, and an empty required field', () => {
    const mapper = compileMapping('orders', undefined, ['externalId', 'customerExternalId', 'placedAt', 'amount'], 'UTC');
    expect(mapper.map({ kind: 'csv', values: ['O1', 'C1', '2026-01-02', 'ten'] })).toEqual({ field: 'amount', message: '"ten" is not a decimal number' });
    expect(mapper.map({ kind: 'csv', values: ['', 'C1', '2026-01-02', '1'] })).toEqual({ field: 'externalId', message: 'is required but empty' });
  });

  it('refuses unknown mapping fields and missing columns before reading anything', () => {
    const attempt = () => compileMapping('customers', { fields: { externalId: 'id', nickname: 'nick' } }, ['id', 'nick'], 'UTC');
    expect(attempt).toThrow(BadUserInputError);
    expect(attempt).toThrow(/^mapping\.fields\.nickname: is not a field of customers/);
    expect(() => compileMapping('customers', undefined, ['name'], 'UTC')).toThrow('externalId: is required: the file has no column "externalId" (map one with --mapping)');
  });

  it('rounds invoice amounts half away from zero from ten-thousandths', () => {
    // 6 × 2.55 = 15.30; 3 × 0.665 = 1.995 → 2.00; -1 × 0.005 → -0.01
    expect(formatAmount(6 * 25_500)).toBe('15.30');
    expect(formatAmount(3 * 6_650)).toBe('2.00');
    expect(formatAmount(-50)).toBe('-0.01');
  });
});
