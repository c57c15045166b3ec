// The pickers hold calendar days (YYYY-MM-DD) of the tenant's time zone. The API buckets in that
// zone, so a picked day has to begin at the zone's midnight, not at the browser's.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string | null | undefined): value is string {
  const match = value ? DATE_PATTERN.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's calendar day in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = zonedParts(now.getTime(), timeZone);
  return calendarDate(parts.year, parts.month, parts.day);
}

/** The calendar day `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = split(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return calendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The first day of the month `months` months before the month of `date`. */
export function firstOfMonthBefore(date: string, months: number): string {
  const [year, month] = split(date);
  const shifted = new Date(Date.UTC(year, month - 1 - months, 1));
  return calendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 1);
}

/** The instant `date` begins in `timeZone`, as an ISO string for DateTimeISO arguments. */
export function startOfDay(date: string, timeZone: string): string {
  const [year, month, day] = split(date);
  const wallClock = Date.UTC(year, month - 1, day);
  // The zone's offset can differ between the guess and the answer across a DST change; a second
  // pass with the offset found at the first answer settles it.
  let instant = wallClock - offsetAt(wallClock, timeZone);
  instant = wallClock - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

function offsetAt(epochMilliseconds: number, timeZone: string): number {
  const parts = zonedParts(epochMilliseconds, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(epochMilliseconds / 1000) * 1000;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function zonedParts(epochMilliseconds: number, timeZone: string): ZonedParts {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMilliseconds))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return { year: values.year!, month: values.month!, day: values.day!, hour: values.hour!, minute: values.minute!, second: values.second! };
}

function split(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year!, month!, day!];
}

function calendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
