/**
 * Exact sum of decimal numbers written as PostgreSQL prints numeric ("-12.30", "7"): the
 * result has the largest scale of its terms, as PostgreSQL's own sum(numeric) does, and "0"
 * for no terms. Summing as floats would lose cents on large totals.
 */
export function sumDecimals(terms: readonly string[]): string {
  const scale = Math.max(0, ...terms.map((term) => fractionOf(term).length));
  let total = 0n;
  for (const term of terms) {
    if (!/^-?\d+(\.\d+)?$/.test(term)) throw new Error(`not a decimal number: "${term}"`);
    const negative = term.startsWith('-');
    const [whole, fraction = ''] = (negative ? term.slice(1) : term).split('.');
    const scaled = BigInt(whole + fraction.padEnd(scale, '0'));
    total += negative ? -scaled : scaled;
  }
  const sign = total < 0n ? '-' : '';
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

function fractionOf(term: string): string {
  const point = term.indexOf('.');
  return point === -1 ? '' : term.slice(point + 1);
}
