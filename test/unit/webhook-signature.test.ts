import { createHmac } from 'node:crypto';
import { signWebhookBody, verifyWebhookSignature } from '../../src/modules/segment/webhook/webhook-signature.js';

const SECRET = 'a-shared-secret-16+';
const BODY = '{"segmentId":"s","changes":[]}';
const T = 1_700_000_000; // 2023-11-14T22:13:20Z
const AT_T = { now: () => new Date(T * 1000) };

// Computed outside Node: printf '%s' '1700000000.{"segmentId":"s","changes":[]}' | openssl dgst -sha256 -hmac 'a-shared-secret-16+'
const OPENSSL_HEX = '4e90beea313f7df74a99f2cfe2e33945247273395def39c3b7adec4fd22c2c88';

describe('webhook signatures', () => {
  it('signs "<t>.<raw body>" with HMAC-SHA256 of the secret, as the header t=...,v1=...', () => {
    const independent = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(independent).toBe(OPENSSL_HEX);
    expect(signWebhookBody(SECRET, BODY, T)).toBe(`t=1700000000,v1=${OPENSSL_HEX}`);
    // A Buffer body signs the same bytes.
    expect(signWebhookBody(SECRET, Buffer.from(BODY), T)).toBe(`t=1700000000,v1=${OPENSSL_HEX}`);
  });

  it('accepts the known vector, as a string or as bytes', () => {
    const header = `t=${T},v1=${OPENSSL_HEX}`;
    expect(verifyWebhookSignature(SECRET, header, BODY, AT_T)).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, Buffer.from(BODY), AT_T)).toBe(true);
    // Spaces after commas and an extra signature (a rotated secret) do not matter.
    expect(verifyWebhookSignature(SECRET, `t=${T}, v1=${'0'.repeat(64)}, v1=${OPENSSL_HEX}`, BODY, AT_T)).toBe(true);
  });

  it('refuses a tampered body, timestamp or signature, and the wrong secret', () => {
    const header = `t=${T},v1=${OPENSSL_HEX}`;
    expect(verifyWebhookSignature(SECRET, header, BODY.replace('"s"', '"x"'), AT_T)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, `${BODY} `, AT_T)).toBe(false);
    // The timestamp is signed: moving it by one second breaks the signature (still inside the tolerance).
    expect(verifyWebhookSignature(SECRET, `t=${T + 1},v1=${OPENSSL_HEX}`, BODY, AT_T)).toBe(false);
    const flipped = OPENSSL_HEX.slice(0, -1) + (OPENSSL_HEX.endsWith('8') ? '9' : '8');
    expect(verifyWebhookSignature(SECRET, `t=${T},v1=${flipped}`, BODY, AT_T)).toBe(false);
    expect(verifyWebhookSignature('another-secret-of-16', header, BODY, AT_T)).toBe(false);
    expect(verifyWebhookSignature(`${SECRET} `, header, BODY, AT_T)).toBe(false);
  });

  it('refuses timestamps outside the tolerance, either way', () => {
    const header = `t=${T},v1=${OPENSSL_HEX}`;
    const at = (seconds: number) => ({ now: () => new Date(seconds * 1000) });
    // Default tolerance 300 s: T + 300 is accepted, T + 301 is stale; T - 301 is too far ahead.
    expect(verifyWebhookSignature(SECRET, header, BODY, at(T + 300))).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, BODY, at(T + 301))).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, BODY, at(T - 301))).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, BODY, { ...at(T + 3600), toleranceSeconds: 3600 })).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, BODY, { ...at(T + 61), toleranceSeconds: 60 })).toBe(false);
    // Without `now`, the real clock: a 2023 timestamp is long stale.
    expect(verifyWebhookSignature(SECRET, header, BODY)).toBe(false);
  });

  it.each([
    [undefined],
    [''],
    [`v1=${OPENSSL_HEX}`],
    [`t=${T}`],
    [`t=${T},v1=${OPENSSL_HEX.toUpperCase()}`],
    [`t=${T},v1=${OPENSSL_HEX.slice(2)}`],
    [`t=${T},v1=${OPENSSL_HEX}=`],
    [`t=soon,v1=${OPENSSL_HEX}`],
  ])('refuses the malformed header %p without throwing', (header) => {
    expect(verifyWebhookSignature(SECRET, header, BODY, AT_T)).toBe(false);
  });
});
