import { generateKeySecret, hashKey, keyMatchesHash, prefixOf } from '../../src/modules/auth/api-key-secret.js';

describe('API key secrets', () => {
  it('generates keys whose prefix finds them and whose hash verifies them', () => {
    const secret = generateKeySecret();
    expect(secret.key).toMatch(/^cxg_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    expect(prefixOf(secret.key)).toBe(secret.prefix);
    expect(secret.hash).toBe(hashKey(secret.key));
    expect(secret.hash).not.toContain(secret.key.slice(15));
    expect(keyMatchesHash(secret.key, secret.hash)).toBe(true);
    expect(keyMatchesHash(secret.key.slice(0, -1) + (secret.key.endsWith('A') ? 'B' : 'A'), secret.hash)).toBe(false);
  });

  it('gives malformed keys no prefix', () => {
    expect(prefixOf('Bearer x')).toBeUndefined();
    expect(prefixOf('cxg_short_secret')).toBeUndefined();
  });
});
