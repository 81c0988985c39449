import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { departmentOf, holderDepartment, withDepartment } from './_ledger.js';
import { validate } from './_validate.js';
import { baseSeatCap, exitCap, seatCap } from './caps.js';
import { departmentSchema, usernameSchema } from './schema.js';
import type { AllowanceLedger, ExitHolding, GrantedBy, SeatException, SeatHolding } from './types.js';

/**
 * What to grant: a mailbox seat (4.9), possibly as an operational exception, or an internet exit (4.13).
 *
 * @example
 * const input: GrantInput = { kind: 'seat', department: 'Compras', username: 'SOLEDADRT', exception: { reason: 'Turno nocturno' } };
 * grant(EMPTY_LEDGER, input).map((l) => l.departments[0]?.seats[0]?.exception)
 * //=> ok(null) (within the cap of 4.9, the exception is not used)
 */
export type GrantInput =
  | {
      readonly kind: 'seat';
      readonly department: string;
      readonly username: string;
      /** The IT head's operational exception (8.1-4.B), used only when the department is at its cap. */
      readonly exception?: { readonly reason: string } | null;
    }
  | { readonly kind: 'exit'; readonly department: string; readonly username: string };

const reasonSchema = z.strictObject({ reason: z.string().check(z.minLength(1), z.maxLength(5000)) });

const grantInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('seat'),
    department: departmentSchema,
    username: usernameSchema,
    exception: z.optional(z.nullable(reasonSchema)),
  }),
  z.strictObject({ kind: z.literal('exit'), department: departmentSchema, username: usernameSchema }),
]);

/**
 * Grants a department's mailbox seat or internet exit to a username, returning the new
 * ledger (the old one is never changed).
 *
 * A seat is refused with `MAILBOX_SEAT_LIMIT_REACHED` (4.9) when the department already holds
 * its cap ({@link seatCap}: two, or its policy exception) unless an operational exception
 * `{ reason }` is given; an exit is refused with `INTERNET_EXIT_LIMIT_REACHED` (4.13) when the
 * department holds {@link exitCap} exits, with no exception. A seat held beyond the base cap
 * of 4.9 says why in its `exception` (`department` or `operational`): never silently.
 * Granting what the username already holds in that department changes nothing; holding it in
 * another department is refused with `ALLOWANCE_HELD_ELSEWHERE` (use {@link transfer}).
 *
 * @example
 * const one = grant(EMPTY_LEDGER, { kind: 'exit', department: 'Compras', username: 'PERLAHL' })._unsafeUnwrap();
 * const two = grant(one, { kind: 'exit', department: 'Compras', username: 'SOLEDADRT' })._unsafeUnwrap();
 * grant(two, { kind: 'exit', department: 'Compras', username: 'JUANAIP' })._unsafeUnwrapErr().code
 * //=> 'INTERNET_EXIT_LIMIT_REACHED'
 */
export function grant(
  ledger: AllowanceLedger,
  input: GrantInput,
  policy: Policy = SESEQ_POLICY,
): Result<AllowanceLedger, Violation> {
  return guard([ledger, input, policy], () => grantUnguarded(ledger, input, policy), refuse);
}

function grantUnguarded(
  ledger: AllowanceLedger,
  input: GrantInput,
  policy: Policy = SESEQ_POLICY,
): Result<AllowanceLedger, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const v = validate(ledger, grantInputSchema, input, p.value);
  if (v.isErr()) return err(v.error);
  return grantValid(v.value.ledger, v.value.input, p.value);
}

/** @internal {@link grant} on validated arguments. */
export function grantValid(
  ledger: AllowanceLedger,
  input: z.output<typeof grantInputSchema>,
  policy: Policy,
  by?: GrantedBy,
): Result<AllowanceLedger, Violation> {
  const { department, username } = input;
  const d = departmentOf(ledger, department);
  const clause = input.kind === 'seat' ? '4.9' : '4.13';
  const held = holderDepartment(ledger, input.kind, username);
  if (held === department) {
    if (by === undefined) return ok(ledger);
    // A stamped grant: the same delivery again changes nothing; a grant for another request
    // (or one the ledger cannot tie to a request) is not "nothing to change" (4.9, 4.13).
    const list: readonly { username: string; grantedBy?: GrantedBy }[] =
      input.kind === 'seat' ? d.seats : d.exits;
    const holding = list.find((h) => h.username === username);
    // Stryker disable next-line OptionalChaining: `held === department` found the username in this very list, so `holding` is never undefined
    const was = holding?.grantedBy;
    if (was !== undefined && was.subject === by.subject && was.version === by.version) return ok(ledger);
    return err(
      violation('ALLOWANCE_HELD_FOR_ANOTHER_REQUEST', clause, {
        kind: input.kind,
        username,
        department,
        heldFor: was?.subject ?? null,
        heldForVersion: was?.version ?? null,
        subject: by.subject,
        version: by.version,
      }),
    );
  }
  if (held !== null) {
    return err(
      violation('ALLOWANCE_HELD_ELSEWHERE', clause, { kind: input.kind, username, heldIn: held, department }),
    );
  }
  if (input.kind === 'exit') {
    const cap = exitCap(policy);
    if (d.exits.length >= cap) {
      return err(
        violation('INTERNET_EXIT_LIMIT_REACHED', '4.13', { department, inUse: d.exits.length, cap }),
      );
    }
    const exit: ExitHolding = by === undefined ? { username } : { username, grantedBy: by };
    return ok(withDepartment(ledger, { ...d, exits: [...d.exits, exit] }));
  }
  const cap = seatCap(department, policy);
  const inUse = d.seats.length;
  let exception: SeatException | null;
  if (inUse < cap) {
    exception = inUse >= baseSeatCap(policy) ? { kind: 'department', clause: '4.9' } : null;
  } else if (input.exception != null) {
    exception = { kind: 'operational', reason: input.exception.reason, clause: '4.9' };
  } else {
    return err(violation('MAILBOX_SEAT_LIMIT_REACHED', '4.9', { department, inUse, cap }));
  }
  const seat: SeatHolding =
    by === undefined ? { username, exception } : { username, exception, grantedBy: by };
  return ok(withDepartment(ledger, { ...d, seats: [...d.seats, seat] }));
}
