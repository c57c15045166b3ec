import { sumDecimals } from '../../src/common/decimal-sum.js';

describe('sumDecimals', () => {
  it('adds exactly, keeping the largest scale as PostgreSQL does', () => {
    // 0.10 + 0.20 = 0.30 (as floats 0.1 + 0.2 = 0.30000000000000004)
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    // 12345678901234.56 + 0.01 + 7 = 12345678901241.57
    expect(sumDecimals(['12345678901234.56', '0.01', '7'])).toBe('12345678901241.57');
    expect(sumDecimals(['1.5', '2.25'])).toBe('3.75');
    expect(sumDecimals(['10', '20'])).toBe('30');
  });

  it('handles negative terms and totals below one', () => {
    // 5.00 − 7.25 = −2.25; −0.05 + 0.01 = −0.04
    expect(sumDecimals(['5.00', '-7.25'])).toBe('-2.25');
    expect(sumDecimals(['-0.05', '0.01'])).toBe('-0.04');
    expect(sumDecimals(['0.05', '-0.05'])).toBe('0.00');
  });

  it('gives "0" for no terms and refuses what is not a decimal number', () => {
    expect(sumDecimals([])).toBe('0');
    expect(() => sumDecimals(['1e5'])).toThrow('not a decimal number: "1e5"');
  });
});
