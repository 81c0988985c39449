import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import { departmentOf, withDepartment } from './_ledger.js';
import { validate } from './_validate.js';
import { departmentSchema, usernameSchema } from './schema.js';
import type { AllowanceKind, AllowanceLedger } from './types.js';

/**
 * What to release: the seat or exit a username holds in a department.
 *
 * @example
 * const input: ReleaseInput = { kind: 'seat', department: 'Compras', username: 'PERLAHL' };
 * const held = grant(EMPTY_LEDGER, input)._unsafeUnwrap();
 * release(held, input)
 * //=> ok({ departments: [] })
 */
export type ReleaseInput = {
  readonly kind: AllowanceKind;
  readonly department: string;
  readonly username: string;
};

const releaseInputSchema = z.strictObject({
  kind: z.enum(['seat', 'exit']),
  department: departmentSchema,
  username: usernameSchema,
});

/**
 * Gives a seat (4.9) or an internet exit (4.13) back to its department, returning the new
 * ledger: it may be granted again ("mantiene actualizado el listado de cuentas que pueden ser
 * ocupadas", 8.2-1.A.2, 8.3-10). Releasing what the username does not hold there is refused
 * with `NOTHING_TO_RELEASE`.
 *
 * @example
 * release(EMPTY_LEDGER, { kind: 'seat', department: 'Compras', username: 'PERLAHL' })._unsafeUnwrapErr().code
 * //=> 'NOTHING_TO_RELEASE'
 */
export function release(ledger: AllowanceLedger, input: ReleaseInput): Result<AllowanceLedger, Violation> {
  return guard([ledger, input], () => releaseUnguarded(ledger, input), refuse);
}

function releaseUnguarded(ledger: AllowanceLedger, input: ReleaseInput): Result<AllowanceLedger, Violation> {
  // Only removes: a ledger a policy change left over its caps is brought back within them here.
  const v = validate(ledger, releaseInputSchema, input, null);
  if (v.isErr()) return err(v.error);
  return releaseValid(v.value.ledger, v.value.input);
}

/** @internal {@link release} on validated arguments. */
export function releaseValid(
  ledger: AllowanceLedger,
  input: ReleaseInput,
): Result<AllowanceLedger, Violation> {
  const { kind, department, username } = input;
  const d = departmentOf(ledger, department);
  if (kind === 'seat') {
    const seats = d.seats.filter((s) => s.username !== username);
    if (seats.length === d.seats.length) return err(nothing(kind, department, username));
    return ok(withDepartment(ledger, { ...d, seats }));
  }
  const exits = d.exits.filter((s) => s.username !== username);
  if (exits.length === d.exits.length) return err(nothing(kind, department, username));
  return ok(withDepartment(ledger, { ...d, exits }));
}

function nothing(kind: AllowanceKind, department: string, username: string): Violation {
  return violation('NOTHING_TO_RELEASE', kind === 'seat' ? '4.9' : '4.13', {
    kind,
    department,
    holder: username,
  });
}
