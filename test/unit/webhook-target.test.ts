import { isPrivateAddress, refusedTarget } from '../../src/modules/segment/webhook/webhook-target.js';

describe('webhook targets (SSRF rule)', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1', // IPv4-mapped loopback
    '::ffff:a00:1', // 10.0.0.1, mapped, in hex
    'not an address',
  ])('%s is not public', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::6810:85e5', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('checks every address a name resolves to, and literal addresses without resolving', async () => {
    const resolver = (answers: Record<string, string[]>) => async (name: string) => answers[name] ?? [];
    const names = resolver({ 'public.example': ['93.184.215.14'], 'mixed.example': ['93.184.215.14', '10.0.0.5'] });
    expect(await refusedTarget('https://public.example/hook', false, names)).toBeUndefined();
    expect(await refusedTarget('https://mixed.example/hook', false, names)).toBe(
      'refused: mixed.example resolves to 10.0.0.5, a loopback, private or link-local address (webhooks may only call public addresses)',
    );
    // The WHATWG parser turns 0x7f.1 into 127.0.0.1 and [::ffff:127.0.0.1] into [::ffff:7f00:1].
    expect(await refusedTarget('http://0x7f.1:8080/', false, names)).toBe(
      'refused: 127.0.0.1 is a loopback, private or link-local address (webhooks may only call public addresses)',
    );
    expect(await refusedTarget('http://[::ffff:127.0.0.1]/', false, names)).toContain('refused: ::ffff:7f00:1 is a loopback');
    expect(await refusedTarget('http://127.0.0.1/', true, names)).toBeUndefined();
    const failing = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
    };
    expect(await refusedTarget('http://nowhere.invalid/', false, failing)).toBe('could not resolve nowhere.invalid: ENOTFOUND');
  });
});
