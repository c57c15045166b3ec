import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys look like `cxg_<10 characters of prefix>_<43 characters of secret>`. The prefix finds the
 * stored row; only a SHA-256 hash of the whole key is stored. A slow password hash is not needed:
 * the secret carries 256 random bits, so the hash cannot be reversed by guessing.
 */
const KEY_PATTERN = /^cxg_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface NewKeySecret {
  key: string;
  prefix: string;
  hash: string;
}

export function generateKeySecret(): NewKeySecret {
  const prefix = 'cxg_' + randomBytes(10).toString('base64url').replace(/[-_]/g, '').padEnd(10, '0').slice(0, 10);
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The prefix of a well-formed key, or undefined for anything else. */
export function prefixOf(key: string): string | undefined {
  const match = KEY_PATTERN.exec(key);
  return match ? `cxg_${match[1]}` : undefined;
}

export function keyMatchesHash(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
