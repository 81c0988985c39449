import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { shortText } from '../_internal/schemas.js';
import { issuesToViolations } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
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

/**
 * The zod schema of an {@link AllowanceLedger}. Besides the shapes it checks what the ledger
 * promises: each department listed once, and a username holding at most one seat and one
 * exit in the whole ledger (an account belongs to one department, F01, 4.20). Unknown keys
 * (`__proto__`, `constructor`, …) are refused. The output lists departments sorted by key.
 *
 * @example
 * allowanceLedgerSchema.safeParse({ departments: [{ department: 'Compras', seats: [{ username: 'PERLAHL', exception: null }], exits: [] }] }).success
 * //=> true
 * allowanceLedgerSchema.safeParse({ Compras: { seats: 2 } }).success
 * //=> false
 */
export const allowanceLedgerSchema = z.pipe(
  z.strictObject({ departments: z.array(departmentAllowanceSchema) }).check(
    z.superRefine((ledger, ctx) => {
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
    }),
  ),
  z.transform((ledger): AllowanceLedger => ({ departments: sortDepartments(ledger.departments) })),
);

/** @internal Departments sorted by key (code-unit order), so the JSON of a ledger is canonical. */
export function sortDepartments(departments: readonly DepartmentAllowance[]): DepartmentAllowance[] {
  return [...departments].sort((a, b) =>
    a.department < b.department ? -1 : a.department > b.department ? 1 : 0,
  );
}

/**
 * Reads a ledger from unknown input (a database row, a JSON file), every problem at once with
 * its path.
 *
 * @example
 * parseLedger({ departments: [{ department: 'Informática', seats: [{ username: 'perlahl', exception: null }], exits: [] }] })
 *   .map((l) => l.departments[0].seats[0].username)
 * //=> ok('PERLAHL')
 */
export function parseLedger(input: unknown): Result<AllowanceLedger, Violation[]> {
  return guard([input], () => parseLedgerUnguarded(input), refuseAll);
}

function parseLedgerUnguarded(input: unknown): Result<AllowanceLedger, Violation[]> {
  const parsed = allowanceLedgerSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(issuesToViolations(parsed.error.issues));
}
