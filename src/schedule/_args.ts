import { err, ok, type Result } from 'neverthrow';
import { invalidDate } from '../_internal/invalidDate.js';
import { isPlainDate, type PlainDate } from '../_internal/plainDate.js';
import type { Violation } from '../errors/violation.js';

/** @internal A date argument: a real `YYYY-MM-DD` day, else `INVALID_DATE` naming the field. */
export function plainDateArg(value: unknown, field: string): Result<PlainDate, Violation> {
  return isPlainDate(value) ? ok(value) : err(invalidDate(value, field));
}

/**
 * @internal A computed date, checked to stay within the years a `PlainDate` can name
 * (1000–9999): a baja on 9999-12-31 has no grace period the library can write down.
 */
export function inRange(date: PlainDate, field: string): Result<PlainDate, Violation> {
  return isPlainDate(date) ? ok(date) : err(invalidDate(date, field, 'out of range'));
}
