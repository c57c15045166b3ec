import { toDate } from '../../src/db/sql-runner.js';

describe('toDate: timestamps of hand-written SQL as Date', () => {
  it.each([
    // PostgreSQL's text form, with the offset in whole hours (most zones) or with minutes.
    ['2026-03-04 05:06:07.089+00', '2026-03-04T05:06:07.089Z'],
    ['2026-03-04 05:06:07+05:30', '2026-03-03T23:36:07.000Z'], // 05:06:07 − 5 h 30 min
    ['2026-03-04 05:06:07-08', '2026-03-04T13:06:07.000Z'], // 05:06:07 + 8 h
    ['2026-12-31 23:30:00.5+00', '2026-12-31T23:30:00.500Z'],
    // row_to_json writes ISO 8601 with microseconds; milliseconds are kept.
    ['2026-11-24T05:00:00.123456+00:00', '2026-11-24T05:00:00.123Z'],
    // A date alone is midnight UTC.
    ['2026-03-04', '2026-03-04T00:00:00.000Z'],
  ])('%s is %s', (text, expected) => {
    expect(toDate(text)?.toISOString()).toBe(expected);
  });

  it('passes Date and null through', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    expect(toDate(date)).toBe(date);
    expect(toDate(null)).toBeNull();
    expect(toDate(undefined)).toBeNull();
  });
});
