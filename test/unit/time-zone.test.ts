import { isTimeZone } from '../../src/modules/tenant/tenant.service.js';

describe('isTimeZone', () => {
  it('accepts IANA zones and UTC, again after they were checked once', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
      expect(isTimeZone(zone)).toBe(true);
      expect(isTimeZone(zone)).toBe(true);
    }
  });

  it('refuses a name that is not a zone every time it is asked, and the empty string', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
