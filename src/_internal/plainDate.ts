import { TZDate } from '@date-fns/tz';
import { addMonths as dfAddMonths } from 'date-fns/addMonths';

/**
 * A calendar day `YYYY-MM-DD` in the institution's time zone (SPEC §1).
 *
 * @example
 * const day: PlainDate = '2026-12-20';
 * offboardingSchedule(day).map((s) => s.cancelOn)
 * //=> ok('2027-01-05')
 */
export type PlainDate = string;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (years 1000–9999). */
export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const m = PLAIN_DATE.exec(value);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a valid plain date; independent of the process's `TZ`. */
export function toEpochDay(date: PlainDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

/** The plain date `epochDay` days after 1970-01-01. */
export function fromEpochDay(epochDay: number): PlainDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (días naturales). */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * `date` plus `months` calendar months with end-of-month clamping, by date-fns's
 * `addMonths` computed in UTC so the process's `TZ` never matters
 * (2026-11-30 + 3 months = 2027-02-28).
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const start = new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    'UTC',
  );
  return dfAddMonths(start, months).toISOString().slice(0, 10);
}

/** Compares two plain dates (they sort as strings). */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
