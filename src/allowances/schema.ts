import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { shortText } from '../_internal/schemas.js';
import { issuesToViolations } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { baseSeatCap, exitCapOf, seatCapOf } from './caps.js';
import type { AllowanceLedger, DepartmentAllowance } from './types.js';

/**
 * A username as the ledger and the request machine keep it: letters, then letters or digits
 * (a `numbered` username ends in digits, 5.4.3), at most 64 characters (RFC 5321), upper-cased
 * (usernames compare case-insensitively).
 */
export const usernameSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, { message: 'expected a username (letters, then digits)' }),
    z.toUpperCase(),
  );

/** A department key: non-empty text, compared exactly. */
export const departmentSchema = shortText;

const seatExceptionSchema = z.union([
  z.strictObject({ kind: z.literal('department'), clause: z.literal('4.9') }),
  z.strictObject({
    kind: z.literal('operational'),
    reason: z.string().check(z.minLength(1), z.maxLength(5000)),
    clause: z.literal('4.9'),
  }),
]);

/** @internal The stamp of the effect that granted a holding. */
export const grantedBySchema = z.strictObject({
  subject: z.string().check(z.minLength(1), z.maxLength(200)),
  version: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
});

const departmentAllowanceSchema = z.strictObject({
  department: departmentSchema,
  seats: z.array(
    z.strictObject({
      username: usernameSchema,
      exception: z.nullable(seatExceptionSchema),
      grantedBy: z.exactOptional(grantedBySchema),
    }),
  ),
  exits: z.array(z.strictObject({ username: usernameSchema, grantedBy: z.exactOptional(grantedBySchema) })),
});

/** The shape of a ledger as it is stored: departments as given, before sorting and checking. */
type LedgerInput = { readonly departments: readonly DepartmentAllowance[] };
type Ctx = Parameters<Parameters<typeof z.superRefine<LedgerInput>>[0]>[1];

/** Each department listed once; a username holds one seat and one exit in the whole ledger (4.20). */
function uniqueness(ledger: LedgerInput, ctx: Ctx): void {
  const departments = new Set<string>();
  const seats = new Map<string, string>();
  const exits = new Map<string, string>();
  ledger.departments.forEach((d, i) => {
    if (departments.has(d.department)) {
      ctx.addIssue({
        code: 'custom',
        message: 'department listed twice',
        path: ['departments', i, 'department'],
      });
    }
    departments.add(d.department);
    d.seats.forEach((s, j) => {
      if (seats.has(s.username)) {
        ctx.addIssue({
          code: 'custom',
          message: `${s.username} already holds a seat in ${seats.get(s.username)}`,
          path: ['departments', i, 'seats', j, 'username'],
          params: { code: 'ALLOWANCE_HELD_ELSEWHERE', clause: '4.9' },
        });
      }
      seats.set(s.username, d.department);
    });
    d.exits.forEach((s, j) => {
      if (exits.has(s.username)) {
        ctx.addIssue({
          code: 'custom',
          message: `${s.username} already holds an exit in ${exits.get(s.username)}`,
          path: ['departments', i, 'exits', j, 'username'],
          params: { code: 'ALLOWANCE_HELD_ELSEWHERE', clause: '4.13' },
        });
      }
      exits.set(s.username, d.department);
    });
  });
}

/**
 * @internal What no sequence of grants can exceed under `policy` (issue 12): seats with no
 * exception at most the base cap (4.9); seats without an operational exception at most the
 * department's cap (`seatCap`, 4.9: the department's exception is the policy's); exits at most
 * `exitCap` (4.13, 8.1-6). Seats beyond carry the IT head's operational exception (8.1-4.B).
 */
export function capBreaches(ledger: LedgerInput, policy: Policy, ctx: Ctx): void {
  const base = baseSeatCap(policy);
  const exits = exitCapOf(policy);
  ledger.departments.forEach((d, i) => {
    const cap = seatCapOf(d.department, policy);
    let none = 0;
    let ordinary = 0;
    for (const seat of d.seats) {
      if (seat.exception === null) none++;
      if (seat.exception?.kind !== 'operational') ordinary++;
    }
    if (none > base || ordinary > cap) {
      ctx.addIssue({
        code: 'custom',
        message:
          none > base
            ? `${none} seats with no exception: the cap is ${base} (4.9)`
            : `${ordinary} seats without an operational exception: ${d.department}'s cap is ${cap} (4.9)`,
        path: ['departments', i, 'seats'],
        params: { code: 'MAILBOX_SEAT_LIMIT_REACHED', clause: '4.9' },
        input: undefined,
      });
    }
    if (d.exits.length > exits) {
      ctx.addIssue({
        code: 'custom',
        message: `${d.exits.length} internet exits: the cap is ${exits} (4.13)`,
        path: ['departments', i, 'exits'],
        params: { code: 'INTERNET_EXIT_LIMIT_REACHED', clause: '4.13' },
        input: undefined,
      });
    }
  });
}

const ledgerObject = z.strictObject({ departments: z.array(departmentAllowanceSchema) });
const sorted = z.transform(
  (ledger: z.output<typeof ledgerObject>): AllowanceLedger => ({
    departments: sortDepartments(ledger.departments),
  }),
);

/**
 * @internal The ledger's shape and uniqueness, without the caps: for the readers that take no
 * policy (`release`, `holdingsOf`), and for a ledger a policy change left over its caps, which
 * `release` brings back within them.
 */
export const ledgerShapeSchema = z.pipe(ledgerObject.check(z.superRefine(uniqueness)), sorted);

/**
 * The zod schema of an {@link AllowanceLedger} under `policy`'s caps. Besides the shapes it
 * checks what the ledger promises: each department listed once; a username holding at most one
 * seat and one exit in the whole ledger (an account belongs to one department, F01, 4.20); and
 * only what grants can reach (issue 12): seats with no exception at most the base cap, seats
 * without the IT head's operational exception at most the department's cap
 * (`MAILBOX_SEAT_LIMIT_REACHED`, 4.9), exits at most the exit cap (`INTERNET_EXIT_LIMIT_REACHED`,
 * 4.13), each with the department's path. Unknown keys (`__proto__`, `constructor`, …) are
 * refused. The output lists departments sorted by key. A policy `readPolicy` refuses reads as
 * SESEQ's.
 *
 * @param policy - the caps; {@link allowanceLedgerSchema} is this schema for {@link SESEQ_POLICY}
 * @returns the schema
 *
 * @example
 * const three = { departments: [{ department: 'Compras', exits: [], seats: [
 *   { username: 'A', exception: null }, { username: 'B', exception: null }, { username: 'C', exception: null }] }] };
 * allowanceLedgerSchemaFor(SESEQ_POLICY).safeParse(three).success
 * //=> false (MAILBOX_SEAT_LIMIT_REACHED, 4.9)
 * allowanceLedgerSchemaFor(definePolicy({ mailboxSeatsPerDepartment: 3 })._unsafeUnwrap()).safeParse(three).success
 * //=> true
 */
export function allowanceLedgerSchemaFor(policy: Policy): z.ZodMiniType<AllowanceLedger, unknown> {
  const p = readPolicy(policy).unwrapOr(SESEQ_POLICY);
  return z.pipe(
    ledgerObject.check(
      z.superRefine((ledger, ctx) => {
        uniqueness(ledger, ctx);
        capBreaches(ledger, p, ctx);
      }),
    ),
    sorted,
  );
}

/**
 * The zod schema of an {@link AllowanceLedger} under SESEQ's caps ({@link allowanceLedgerSchemaFor}
 * with {@link SESEQ_POLICY}): each department listed once, a username holding at most one seat
 * and one exit (F01, 4.20), seats beyond two carrying an exception (4.9), at most two exits
 * (4.13). Unknown keys (`__proto__`, `constructor`, …) are refused. The output lists
 * departments sorted by key.
 *
 * @example
 * allowanceLedgerSchema.safeParse({ departments: [{ department: 'Compras', seats: [{ username: 'PERLAHL', exception: null }], exits: [] }] }).success
 * //=> true
 * allowanceLedgerSchema.safeParse({ Compras: { seats: 2 } }).success
 * //=> false
 */
export const allowanceLedgerSchema: z.ZodMiniType<AllowanceLedger, unknown> =
  allowanceLedgerSchemaFor(SESEQ_POLICY);

/** @internal Departments sorted by key (code-unit order), so the JSON of a ledger is canonical. */
export function sortDepartments(departments: readonly DepartmentAllowance[]): DepartmentAllowance[] {
  return [...departments].sort((a, b) =>
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent here, the departments are unique (checked before) and the sort reads only whether a comparison is negative
    a.department < b.department ? -1 : a.department > b.department ? 1 : 0,
  );
}

/**
 * Reads a ledger from unknown input (a database row, a JSON file), every problem at once with
 * its path. The ledger must be one grants can reach under `policy`'s caps (issue 12): seats
 * beyond the cap carry their exception, exits are within the cap (see
 * {@link allowanceLedgerSchemaFor}); a policy `readPolicy` refuses is `INVALID_POLICY`.
 *
 * @param input - the stored ledger
 * @param policy - the caps; defaults to {@link SESEQ_POLICY}
 *
 * @example
 * parseLedger({ departments: [{ department: 'Informática', seats: [{ username: 'perlahl', exception: null }], exits: [] }] })
 *   .map((l) => l.departments[0].seats[0].username)
 * //=> ok('PERLAHL')
 * parseLedger({ departments: [{ department: 'Informática', seats: [], exits: [{ username: 'A' }, { username: 'B' }, { username: 'C' }] }] })
 *   .mapErr((vs) => vs.map((v) => v.code))
 * //=> err(['INTERNET_EXIT_LIMIT_REACHED'])
 */
export function parseLedger(
  input: unknown,
  policy: Policy = SESEQ_POLICY,
): Result<AllowanceLedger, Violation[]> {
  return guard([input, policy], () => parseLedgerUnguarded(input, policy), refuseAll);
}

function parseLedgerUnguarded(input: unknown, policy: Policy): Result<AllowanceLedger, Violation[]> {
  const read = readPolicy(policy);
  if (read.isErr()) return err([read.error]);
  // Stryker disable next-line ConditionalExpression: a cache (allowanceLedgerSchema is allowanceLedgerSchemaFor(SESEQ_POLICY)); `false` builds the same schema again (`true` alone would be killed, but shares the line)
  const schema = read.value === SESEQ_POLICY ? allowanceLedgerSchema : allowanceLedgerSchemaFor(read.value);
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(issuesToViolations(parsed.error.issues));
}
