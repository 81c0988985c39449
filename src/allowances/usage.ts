import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { issuesToViolation } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { departmentOf, holderDepartment } from './_ledger.js';
import { exitCap, seatCap } from './caps.js';
import { ledgerShapeSchema } from './schema.js';
import type { AllowanceLedger } from './types.js';

/**
 * A department's counts against its caps: what the IT head looks at in 8.1-4…7.
 *
 * @example
 * const usage: DepartmentUsage = { department: 'Compras', seatsInUse: 0, seatCap: 2, exitsInUse: 0, exitCap: 2 };
 * departmentUsage(EMPTY_LEDGER, 'Compras')
 * //=> ok(usage)
 */
export type DepartmentUsage = {
  readonly department: string;
  readonly seatsInUse: number;
  readonly seatCap: number;
  readonly exitsInUse: number;
  readonly exitCap: number;
};

/**
 * How many seats and exits a department holds, and its caps (4.9, 4.13): the counts the
 * request machine's `APPROVE { seatsInUse }` and `AUTHORIZE_INTERNET { exitsInUse }` carry.
 *
 * @example
 * departmentUsage(EMPTY_LEDGER, 'Compras')._unsafeUnwrap()
 * //=> { department: 'Compras', seatsInUse: 0, seatCap: 2, exitsInUse: 0, exitCap: 2 }
 */
export function departmentUsage(
  ledger: AllowanceLedger,
  department: string,
  policy: Policy = SESEQ_POLICY,
): Result<DepartmentUsage, Violation> {
  return guard(
    [ledger, department, policy],
    () => departmentUsageUnguarded(ledger, department, policy),
    refuse,
  );
}

function departmentUsageUnguarded(
  ledger: AllowanceLedger,
  department: string,
  policy: Policy = SESEQ_POLICY,
): Result<DepartmentUsage, Violation> {
  const l = ledgerShapeSchema.safeParse(ledger);
  if (!l.success) return err(issuesToViolation(l.error.issues));
  if (typeof department !== 'string') return err(issuesToViolation([]));
  const read = readPolicy(policy);
  if (read.isErr()) return err(read.error);
  const p = read.value;
  const d = departmentOf(l.data, department);
  return ok({
    department,
    seatsInUse: d.seats.length,
    seatCap: seatCap(department, p),
    exitsInUse: d.exits.length,
    exitCap: exitCap(p),
  });
}

/**
 * Where a username holds its seat and its exit, or `null` for each it does not hold.
 *
 * @example
 * holdingsOf(EMPTY_LEDGER, 'PERLAHL')._unsafeUnwrap()
 * //=> { seat: null, exit: null }
 */
export function holdingsOf(
  ledger: AllowanceLedger,
  username: string,
): Result<{ seat: string | null; exit: string | null }, Violation> {
  return guard([ledger, username], () => holdingsOfUnguarded(ledger, username), refuse);
}

function holdingsOfUnguarded(
  ledger: AllowanceLedger,
  username: string,
): Result<{ seat: string | null; exit: string | null }, Violation> {
  const l = ledgerShapeSchema.safeParse(ledger);
  if (!l.success) return err(issuesToViolation(l.error.issues));
  if (typeof username !== 'string') return err(issuesToViolation([]));
  const u = username.toUpperCase();
  const seat = holderDepartment(l.data, 'seat', u);
  // Stryker disable next-line StringLiteral: holderDepartment reads any kind but 'seat' as exits
  const exit = holderDepartment(l.data, 'exit', u);
  return ok({ seat, exit });
}
