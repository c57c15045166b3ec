import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures: `X-Cxgraph-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * The timestamp is inside the signed text so a captured request cannot be replayed later with a
 * fresh timestamp; receivers refuse timestamps outside a tolerance window.
 */
export const SIGNATURE_HEADER = 'X-Cxgraph-Signature';

const DEFAULT_TOLERANCE_SECONDS = 300;
const HEX_SHA256 = /^[0-9a-f]{64}$/;

export function webhookSignature(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}

/** The header value for a body sent at `timestampSeconds`. */
export function signWebhookBody(secret: string, rawBody: string | Buffer, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${webhookSignature(secret, timestampSeconds, rawBody)}`;
}

export interface VerifyOptions {
  /** How far the timestamp may be from now, either way (default 300 s). */
  toleranceSeconds?: number;
  now?: () => Date;
}

/**
 * True when the header signs exactly this raw body with this secret and its timestamp is within
 * the tolerance. Pass the body bytes as received: parsing and re-serializing JSON changes them.
 * Several `v1=` entries are accepted (any one may match) so a secret can be rotated.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  rawBody: string | Buffer,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = () => new Date() }: VerifyOptions = {},
): boolean {
  const parsed = parseSignatureHeader(header);
  if (!parsed) return false;
  const nowSeconds = Math.floor(now().getTime() / 1000);
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, parsed.timestamp, rawBody), 'hex');
  // timingSafeEqual needs equal lengths; the pattern check guarantees 32 bytes on both sides.
  return parsed.signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected));
}

function parseSignatureHeader(header: string | null | undefined): { timestamp: number; signatures: string[] } | undefined {
  if (typeof header !== 'string') return undefined;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [name, value, ...rest] = part.trim().split('=');
    if (rest.length > 0 || value === undefined) return undefined;
    if (name === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && HEX_SHA256.test(value)) signatures.push(value);
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}
