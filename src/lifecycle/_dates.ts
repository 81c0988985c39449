import { instantToPlainDate } from '../_internal/instant.js';
import { addDays, isPlainDate, type PlainDate, toEpochDay } from '../_internal/plainDate.js';
import type { Policy } from '../policy/policy.js';

/** @internal The day an event happened, in the institution's time zone (SPEC §11). */
export function dayOf(at: string, policy: Policy): PlainDate {
  return instantToPlainDate(at, policy.timeZone);
}

/** @internal The later of two dates. */
export function later(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}

/**
 * @internal The day after the last day of a leave or suspension (`until` is inclusive), or
 * `null` when there is no such day the library can write (open-ended, or after 9999-12-31).
 */
export function dayAfter(until: PlainDate | null): PlainDate | null {
  if (until === null) return null;
  const next = addDays(until, 1);
  return isPlainDate(next) ? next : null;
}

/**
 * @internal The later of `date` and the day of `at` in the policy's zone. The day of an
 * instant is its first ten characters give or take two days (offsets run from −12:00 to
 * +14:00 in both the instant and the zone), so the zone is only consulted when it can matter:
 * a review of a million accounts stays a string comparison for nearly all of them.
 */
export function notBeforeDayOf(date: PlainDate, at: string | undefined, policy: Policy): PlainDate {
  if (at === undefined) return date;
  if (toEpochDay(date) - toEpochDay(at.slice(0, 10)) >= 3) return date;
  return later(date, dayOf(at, policy));
}
