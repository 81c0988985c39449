import { instantToPlainDate, plainDateToInstant } from '../_internal/instant.js';
import { addDays, isPlainDate, type PlainDate, toEpochDay } from '../_internal/plainDate.js';
import type { Policy } from '../policy/policy.js';

// Time-zone conversions are the dearest step of a transition. A review of a million accounts
// runs many transitions on a few thousand distinct days, so it hands the rows a policy that
// carries a memo of the conversions (per call, never module state); a plain policy converts
// every time. The memo is a hidden property: the policy's fields are unchanged.
const CALENDAR = Symbol('calendar');
const MEMO_LIMIT = 100_000;
type Calendar = { readonly days: Map<string, PlainDate>; readonly starts: Map<PlainDate, string> };

/** @internal `policy` with a fresh conversion memo, for one long call. */
export function withCalendar(policy: Policy): Policy {
  const calendar: Calendar = { days: new Map(), starts: new Map() };
  return Object.defineProperty({ ...policy }, CALENDAR, { value: calendar, enumerable: false });
}

function calendarOf(policy: Policy): Calendar | undefined {
  return (policy as { [CALENDAR]?: Calendar })[CALENDAR];
}

function remember<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  const known = map.get(key);
  // Stryker disable next-line ConditionalExpression: a memo: computing again gives the same value (its `true` would be killed, but shares the line)
  if (known !== undefined) return known;
  const v = compute();
  if (map.size < MEMO_LIMIT) map.set(key, v);
  return v;
}

/** @internal The day an event happened, in the institution's time zone (SPEC §11). */
export function dayOf(at: string, policy: Policy): PlainDate {
  const c = calendarOf(policy);
  if (c === undefined) return instantToPlainDate(at, policy.timeZone);
  return remember(c.days, at, () => instantToPlainDate(at, policy.timeZone));
}

/** @internal The first instant of a day in the institution's time zone. */
export function startOf(day: PlainDate, policy: Policy): string {
  const c = calendarOf(policy);
  if (c === undefined) return plainDateToInstant(day, policy.timeZone);
  return remember(c.starts, day, () => plainDateToInstant(day, policy.timeZone));
}

/** @internal The later of two dates. */
export function later(a: PlainDate, b: PlainDate): PlainDate {
  // Stryker disable next-line EqualityOperator: equivalent, on equal days either is the same day (its `<` would be killed, but shares the line)
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
 * +14:00 in both the instant and the zone), so the zone is only consulted when it can matter.
 */
export function notBeforeDayOf(date: PlainDate, at: string | undefined, policy: Policy): PlainDate {
  if (at === undefined) return date;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: a fast path: three days or more ahead of the instant's written day, `date` is the later one in any zone, so `false` and `> 3` give the same day (its `true` and `<` would be killed, but share the line); without `slice` the day of the whole instant is NaN, which takes the slow path, the same day
  if (toEpochDay(date) - toEpochDay(at.slice(0, 10)) >= 3) return date;
  return later(date, dayOf(at, policy));
}
