import { TimestampParser } from '../../src/modules/import/timestamps.js';

describe('TimestampParser', () => {
  it('reads naive times in the zone, with daylight saving', () => {
    const london = new TimestampParser('Europe/London');
    // GMT in winter, BST (UTC+1) in summer.
    expect(london.parse('2010-12-01 08:26:00')?.toISOString()).toBe('2010-12-01T08:26:00.000Z');
    expect(london.parse('2011-07-01 08:26')?.toISOString()).toBe('2011-07-01T07:26:00.000Z');
    // A date alone is midnight local time: 2011-07-01 00:00 BST = 2011-06-30 23:00 UTC.
    expect(london.parse('2011-07-01')?.toISOString()).toBe('2011-06-30T23:00:00.000Z');
  });

  it('keeps the offset a value carries', () => {
    const tokyo = new TimestampParser('Asia/Tokyo');
    expect(tokyo.parse('2011-07-01T08:26:00Z')?.toISOString()).toBe('2011-07-01T08:26:00.000Z');
    expect(tokyo.parse('2011-07-01T08:26:00+02:00')?.toISOString()).toBe('2011-07-01T06:26:00.000Z');
  });

  it('reads a given format and refuses impossible dates', () => {
    const newYork = new TimestampParser('America/New_York', 'M/D/YYYY H:mm');
    // 9:05 EDT (UTC-4) on 4 July.
    expect(newYork.parse('7/4/2011 9:05')?.toISOString()).toBe('2011-07-04T13:05:00.000Z');
    expect(newYork.parse('13/4/2011 9:05')).toBeUndefined();
    expect(new TimestampParser('UTC').parse('2011-02-30 10:00')).toBeUndefined();
    expect(new TimestampParser('UTC').parse('yesterday')).toBeUndefined();
  });
});
