import { toDate } from '../../src/db/timestamp-text.js';

describe('toDate: timestamps of hand-written SQL as Date', () => {
  it.each([
    // PostgreSQL's text form, with the offset in whole hours (most zones) or with minutes.
    ['2026-03-04 05:06:07.089+00', '2026-03-04T05:06:07.089Z'],
    ['2026-03-04 05:06:07+05:30', '2026-03-03T23:36:07.000Z'], // 05:06:07 − 5 h 30 min
    ['2026-03-04 05:06:07-08', '2026-03-04T13:06:07.000Z'], // 05:06:07 + 8 h
    ['2026-12-31 23:30:00.5+00', '2026-12-31T23:30:00.500Z'],
    // row_to_json writes ISO 8601 with microseconds; milliseconds are kept.
    ['2026-11-24T05:00:00.123456+00:00', '2026-11-24T05:00:00.123Z'],
    ['2026-03-04T05:06:07.9999-03:30', '2026-03-04T08:36:07.999Z'], // cut, not rounded; + 3 h 30 min
    ['2024-02-29 23:59:59.999+00', '2024-02-29T23:59:59.999Z'],
    ['2026-01-01 00:30:00+01', '2025-12-31T23:30:00.000Z'], // across a year
    // Shapes read by `new Date` instead: a date alone is midnight UTC; years before 100 are
    // not 19xx.
    ['2026-03-04', '2026-03-04T00:00:00.000Z'],
    ['0099-06-01 12:00:00+00', '0099-06-01T12:00:00.000Z'],
  ])('%s is %s', (text, expected) => {
    expect(toDate(text)?.toISOString()).toBe(expected);
  });

  it('agrees with new Date on ISO 8601 for 2,000 instants written in PostgreSQL\'s text and JSON forms', () => {
    // The oracle is V8's own parser of the same instant, written with a T and full offset.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let run = 0; run < 2000; run += 1) {
      const instant = new Date(Date.UTC(1970, 0, 1) + (next() % 2_000_000) * 1_000_003 + (next() % 1000));
      const offsetMinutes = ((next() % 53) - 26) * 30; // −13:00 … +13:00 in half hours
      const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const sign = offsetMinutes < 0 ? '-' : '+';
      const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
      const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
      // Half as PostgreSQL's text ("2026-03-04 05:06:07.089+05:30", whole hours without minutes),
      // half as its JSON ("2026-03-04T05:06:07.089456+05:00", microseconds, full offset).
      const text =
        run % 2
          ? `${local.slice(0, 10)} ${local.slice(11)}${sign}${hours}${minutes === '00' ? '' : `:${minutes}`}`
          : `${local.slice(0, 10)}T${local.slice(11)}456${sign}${hours}:${minutes}`;
      expect(toDate(text)?.getTime()).toBe(instant.getTime());
    }
  });

  it('gives an invalid Date for what is no timestamp, as new Date does', () => {
    expect(Number.isNaN(toDate('infinity')?.getTime())).toBe(true);
    expect(Number.isNaN(toDate('2026-13-45 99:00:00+00')?.getTime())).toBe(true);
  });

  it('passes Date and null through', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    expect(toDate(date)).toBe(date);
    expect(toDate(null)).toBeNull();
    expect(toDate(undefined)).toBeNull();
  });
});
