import { TZDate } from '@date-fns/tz';
import { isPlainDate, type PlainDate } from './plainDate.js';

/**
 * An ISO 8601 date-time with an explicit offset or `Z`: `'2026-11-30T09:15:00-06:00'`.
 *
 * @example
 * const at: Instant = '2026-11-30T09:15:00-06:00';
 * toPlainDate('2027-01-05T03:30:00Z')
 * //=> ok('2027-01-04')
 */
export type Instant = string;

// Linear: fixed-width fields, one optional fraction of bounded length.
const INSTANT =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/** Whether `value` is an ISO 8601 instant with an offset that names a real moment. */
export function isInstant(value: unknown): value is Instant {
  return (
    typeof value === 'string' &&
    INSTANT.test(value) &&
    isPlainDate(value.slice(0, 10)) &&
    // V8 parses every string the grammar takes; a stricter engine's Date.parse may not.
    !Number.isNaN(Date.parse(value))
  );
}

/** The calendar day an instant falls on in `timeZone`; never the process's `TZ`. */
export function instantToPlainDate(instant: Instant, timeZone: string): PlainDate {
  const d = new TZDate(Date.parse(instant), timeZone);
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Whether the runtime knows `timeZone` as an IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
  // No IANA name is longer; Intl would take 400 ms to refuse a 5 MB one (it refuses '' itself).
  if (timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `timeZone` is a zone the runtime knows and in which a day can be computed (an
 * instant of 2000 falls on a real calendar day there): what a policy's `timeZone` must be.
 */
export function isUsableTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) return false;
  // TZDate reads the zone through the same Intl that has just accepted it: it cannot throw here.
  return isPlainDate(instantToPlainDate('2000-01-01T12:00:00Z', timeZone));
}

/**
 * The first instant of a calendar day in `timeZone`, written with its offset
 * (`'2027-01-05T00:00:00.000-06:00'`): the `at` of a transition that time itself caused.
 */
export function plainDateToInstant(date: PlainDate, timeZone: string): Instant {
  const d = new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    timeZone,
  );
  return d.toISOString();
}

/** Compares two valid instants by the moment they name. */
export function compareInstants(a: Instant, b: Instant): number {
  return Math.sign(Date.parse(a) - Date.parse(b));
}
