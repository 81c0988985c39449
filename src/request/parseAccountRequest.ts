import { err, ok, type Result } from 'neverthrow';
import { guard, refuseAll } from '../_internal/guard.js';
import { issuesToViolations } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import { accountRequestSchema } from './schema.js';
import type { AccountRequestForm } from './types.js';

/**
 * Reads form F01 from unknown input (a web form, a JSON file) and returns it typed, or every
 * problem at once, each a violation with its path in `details.path`: wrong or missing fields
 * (`INVALID_INPUT`) and the rules of the form (`MISSING_PREVIOUS_AREA`, `MISSING_EXPIRY`,
 * `EXPIRY_NOT_AFTER_REQUEST` with clause F01; `MISSING_INTERNET_JUSTIFICATION` with 4.11).
 * Signatures, holders and counts are judged by {@link reviewAccountRequest}.
 *
 * @example
 * parseAccountRequest({ ...form, kind: 'transfer' })._unsafeUnwrapErr()
 * //=> [{ code: 'MISSING_PREVIOUS_AREA', clause: 'F01', details: { path: 'previousArea', … } }]
 */
export function parseAccountRequest(input: unknown): Result<AccountRequestForm, Violation[]> {
  return guard([input], () => parseAccountRequestUnguarded(input), refuseAll);
}

function parseAccountRequestUnguarded(input: unknown): Result<AccountRequestForm, Violation[]> {
  const parsed = accountRequestSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(issuesToViolations(parsed.error.issues).map((v) => withDates(v, input)));
}

/**
 * @internal Names the two dates in an `EXPIRY_NOT_AFTER_REQUEST`, for its message. The schema
 * reports that code only on an object whose two dates it has read.
 */
export function withDates(v: Violation, input: unknown): Violation {
  if (v.code !== 'EXPIRY_NOT_AFTER_REQUEST') return v;
  const f = input as { expiresOn?: unknown; requestedOn?: unknown };
  return { ...v, details: { ...v.details, expiresOn: f.expiresOn, requestedOn: f.requestedOn } };
}
