/**
 * Reads timestamps from files. A value with an offset (`Z`, `+01:00`) is an instant; a naive
 * value ("2010-12-01 08:26:00") is wall-clock time in the given IANA zone, converted with the
 * zone's offset at that moment (daylight saving included).
 */
export class TimestampParser {
  private readonly pattern: RegExp;
  /** Position of each part in the match (0 = absent). */
  private readonly at: Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction' | 'offset', number>;
  private readonly offsetCache = new Map<number, number>();
  private readonly formatter: Intl.DateTimeFormat;

  /** `format` uses YYYY, MM/M, DD/D, HH/H, mm, ss; without one, ISO 8601 forms are read. */
  constructor(
    readonly timeZone: string,
    format?: string,
  ) {
    const compiled = format ? compileFormat(format) : ISO_FORMAT;
    this.pattern = compiled.pattern;
    const position = (name: string) => compiled.order.indexOf(name) + 1;
    this.at = {
      year: position('year'),
      month: position('month'),
      day: position('day'),
      hour: position('hour'),
      minute: position('minute'),
      second: position('second'),
      fraction: position('fraction'),
      offset: position('offset'),
    };
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The instant, or undefined when the text does not match the format or is no real date. */
  parse(text: string): Date | undefined {
    const match = this.pattern.exec(text.trim());
    if (!match) return undefined;
    const part = (position: number) => (position === 0 ? undefined : match[position]);
    const year = Number(match[this.at.year]);
    const month = Number(match[this.at.month]);
    const day = Number(match[this.at.day]);
    const hour = Number(part(this.at.hour) ?? 0);
    const minute = Number(part(this.at.minute) ?? 0);
    const second = Number(part(this.at.second) ?? 0);
    const fraction = part(this.at.fraction);
    const offset = part(this.at.offset);
    const millisecond = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
    const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
    const check = new Date(wallClock);
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
    if (offset) return new Date(wallClock - offsetMinutes(offset) * 60_000);
    return new Date(wallClock - this.zoneOffset(wallClock));
  }

  // The zone's offset for a wall-clock time, found by asking Intl what wall clock the
  // corresponding instant shows; cached per hour, which a file reuses thousands of times.
  private zoneOffset(wallClock: number): number {
    const hourKey = Math.floor(wallClock / 3_600_000);
    const cached = this.offsetCache.get(hourKey);
    if (cached !== undefined) return cached;
    let offset = this.offsetAt(wallClock);
    offset = this.offsetAt(wallClock - offset);
    this.offsetCache.set(hourKey, offset);
    return offset;
  }

  private offsetAt(instant: number): number {
    const fields: Record<string, number> = {};
    for (const part of this.formatter.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const shown = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
    return shown - Math.floor(instant / 1000) * 1000;
  }
}

const ISO_FORMAT = {
  pattern: /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i,
  order: ['year', 'month', 'day', 'hour', 'minute', 'second', 'fraction', 'offset'],
};

const TOKENS: [string, string, string][] = [
  ['YYYY', '(\\d{4})', 'year'],
  ['MM', '(\\d{2})', 'month'],
  ['M', '(\\d{1,2})', 'month'],
  ['DD', '(\\d{2})', 'day'],
  ['D', '(\\d{1,2})', 'day'],
  ['HH', '(\\d{2})', 'hour'],
  ['H', '(\\d{1,2})', 'hour'],
  ['mm', '(\\d{2})', 'minute'],
  ['ss', '(\\d{2})', 'second'],
];

/** Turns a format such as "DD/MM/YYYY HH:mm" into a regular expression. */
export function compileFormat(format: string): { pattern: RegExp; order: string[] } {
  let source = '';
  const order: string[] = [];
  let index = 0;
  while (index < format.length) {
    const token = TOKENS.find(([name]) => format.startsWith(name, index));
    if (token) {
      source += token[1];
      order.push(token[2]);
      index += token[0].length;
    } else {
      source += format[index].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      index += 1;
    }
  }
  for (const required of ['year', 'month', 'day']) {
    if (!order.includes(required)) throw new Error(`date format "${format}" has no ${required} (use YYYY, MM and DD)`);
  }
  return { pattern: new RegExp(`^${source}$`), order };
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.replace(/[+:-]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
