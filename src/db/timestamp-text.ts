/**
 * Timestamps as PostgreSQL writes them in text ("2026-03-04 05:06:07.089+00") and in JSON
 * ("2026-03-04T05:06:07.089123+00:00"), read as Date. MikroORM's driver returns timestamptz
 * columns as text so it can convert them itself; rows of hand-written SQL that are not mapped to
 * entities convert them here. A page of 50 customers with their orders and feedback converts
 * about 600 of them, so the usual shape is read digit by digit (about half the time of
 * `new Date(text)`), and anything else goes to `new Date` once made ISO 8601.
 */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  const time = utcMilliseconds(text);
  if (time !== undefined) return new Date(time);
  const separator = text[10];
  if (separator !== ' ' && separator !== 'T') return new Date(text);
  // ISO 8601 once the space is a T and an offset in whole hours has its minutes.
  const sign = text.charCodeAt(text.length - 3);
  const minutes = sign === PLUS || sign === MINUS ? ':00' : '';
  return new Date(`${text.slice(0, 10)}T${text.slice(11)}${minutes}`);
}

/**
 * `YYYY-MM-DD[ T]HH:MM:SS[.fraction]±HH[:MM]` as milliseconds since the epoch, the fraction cut
 * to milliseconds as `new Date` cuts it; undefined for any other shape (a date alone, years
 * before 100, which Date.UTC would read as 19xx, BC, infinity, an offset with seconds).
 */
function utcMilliseconds(text: string): number | undefined {
  const length = text.length;
  if (length < 22) return undefined;
  const separator = text.charCodeAt(10);
  if (separator !== SPACE && separator !== LETTER_T) return undefined;
  if (text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // Out of range fields go to `new Date` too, which refuses them rather than roll them over.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let index = 19;
  let milliseconds = 0;
  if (text.charCodeAt(index) === DOT) {
    index += 1;
    let scale = 100;
    for (let code = text.charCodeAt(index); code >= ZERO && code <= NINE; code = text.charCodeAt(++index)) {
      milliseconds += (code - ZERO) * scale;
      scale /= 10;
    }
    milliseconds = Math.floor(milliseconds);
  }
  const sign = text.charCodeAt(index);
  if (sign !== PLUS && sign !== MINUS) return undefined;
  const offsetHours = digits(text, index + 1, 2);
  let offsetMinutes = 0;
  if (length === index + 6 && text.charCodeAt(index + 3) === COLON) offsetMinutes = digits(text, index + 4, 2);
  else if (length !== index + 3) return undefined;
  if (offsetHours < 0 || offsetMinutes < 0) return undefined;
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
  return sign === PLUS ? local - offset : local + offset;
}

/** The decimal number of `count` digits at `start`, or -1 if any is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index += 1) {
    const code = text.charCodeAt(index);
    if (code < ZERO || code > NINE) return -1;
    value = value * 10 + (code - ZERO);
  }
  return value;
}

const PLUS = 43;
const MINUS = 45;
const SPACE = 32;
const LETTER_T = 84;
const HYPHEN = 45;
const COLON = 58;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
