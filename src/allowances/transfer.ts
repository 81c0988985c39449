import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { departmentOf, withDepartment } from './_ledger.js';
import { validate } from './_validate.js';
import { grantValid } from './grant.js';
import { releaseValid } from './release.js';
import { departmentSchema, usernameSchema } from './schema.js';
import type { AllowanceLedger } from './types.js';

/**
 * A holder's cambio de adscripción: from one department to another.
 *
 * @example
 * const input: TransferInput = { username: 'PERLAHL', from: 'Compras', to: 'Almacén' };
 * const held = grant(EMPTY_LEDGER, { kind: 'seat', department: 'Compras', username: 'PERLAHL' })._unsafeUnwrap();
 * transfer(held, input).map((l) => l.departments.map((d) => d.department))
 * //=> ok(['Almacén'])
 */
export type TransferInput = {
  readonly username: string;
  readonly from: string;
  readonly to: string;
  /** The IT head's operational exception (8.1-4.B), used only when `to` is at its seat cap. */
  readonly exception?: { readonly reason: string } | null;
};

const transferInputSchema = z.strictObject({
  username: usernameSchema,
  from: departmentSchema,
  to: departmentSchema,
  exception: z.optional(
    z.nullable(z.strictObject({ reason: z.string().check(z.minLength(1), z.maxLength(5000)) })),
  ),
});

/**
 * Moves a holder's mailbox seat from one department to another (8.2-5…9: the account is
 * moved, not deleted and created again), returning the new ledger. The internet exit does not
 * travel: the one held in `from` is released there (an exit belongs to the department, F01),
 * and the new department grants its own after its own authorization (8.1-7).
 *
 * Refused, changing nothing, with `NOTHING_TO_RELEASE` when the holder has no seat in `from`,
 * or with `MAILBOX_SEAT_LIMIT_REACHED` (4.9) when `to` is at its cap and no operational
 * exception is given.
 *
 * @example
 * const l = grant(EMPTY_LEDGER, { kind: 'seat', department: 'Compras', username: 'PERLAHL' })._unsafeUnwrap();
 * transfer(l, { username: 'PERLAHL', from: 'Compras', to: 'Almacén' })._unsafeUnwrap().departments.map((d) => d.department)
 * //=> ['Almacén']
 */
export function transfer(
  ledger: AllowanceLedger,
  input: TransferInput,
  policy: Policy = SESEQ_POLICY,
): Result<AllowanceLedger, Violation> {
  return guard([ledger, input, policy], () => transferUnguarded(ledger, input, policy), refuse);
}

function transferUnguarded(
  ledger: AllowanceLedger,
  input: TransferInput,
  policy: Policy = SESEQ_POLICY,
): Result<AllowanceLedger, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const v = validate(ledger, transferInputSchema, input, p.value);
  if (v.isErr()) return err(v.error);
  return transferValid(v.value.ledger, v.value.input, p.value);
}

/** @internal {@link transfer} on validated arguments. */
export function transferValid(
  ledger: AllowanceLedger,
  input: z.output<typeof transferInputSchema>,
  policy: Policy,
): Result<AllowanceLedger, Violation> {
  const { username, from, to } = input;
  const seat = releaseValid(ledger, { kind: 'seat', department: from, username });
  if (seat.isErr()) return err({ ...seat.error, clause: '8.2-9' });
  if (from === to) return ok(ledger);
  let next = seat.value;
  const old = departmentOf(next, from);
  next = withDepartment(next, { ...old, exits: old.exits.filter((e) => e.username !== username) });
  return grantValid(
    next,
    { kind: 'seat', department: to, username, exception: input.exception ?? null },
    policy,
  );
}
