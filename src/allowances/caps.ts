import { guard } from '../_internal/guard.js';
import { readPolicy } from '../policy/readPolicy.js';

// A policy readPolicy refuses reads as the procedure's own: a malformed policy never lifts a
// limit silently (4.9, 4.13).
const policyOrDefault = (policy: unknown): Policy => readPolicy(policy).unwrapOr(SESEQ_POLICY);

import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';

// Number.isInteger is false for anything that is not a number (it does not coerce).
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

// A cap that is not a count (a hand-made policy with `'two'`, NaN or -1) reads as the
// procedure's own cap: a malformed policy never lifts a limit silently (4.9, 4.13).
const seatsPerDepartment = (p: Policy): number =>
  isCount(p.mailboxSeatsPerDepartment) ? p.mailboxSeatsPerDepartment : SESEQ_POLICY.mailboxSeatsPerDepartment;

/**
 * How many mailbox seats a department may hold: `policy.mailboxSeatsPerDepartment` (its head
 * and one designee, 4.9), or the department's approved exception in `policy.seatExceptions`
 * when it has one (4.9: "serán consideradas aquellas áreas que debido a su función lo
 * requieran"). Looked up as an own key, so a department called `__proto__` is plain data.
 *
 * @example
 * seatCap('Informática')
 * //=> 2
 */
export function seatCap(department: string, policy: Policy = SESEQ_POLICY): number {
  return guard(
    // Stryker disable next-line ArrayDeclaration: what the walk refuses reads as the procedure's cap without it too (a refused policy is SESEQ's, a department that is not text has no exception)
    [department, policy],
    () => seatCapUnguarded(department, policy),
    () => SESEQ_POLICY.mailboxSeatsPerDepartment,
  );
}

function seatCapUnguarded(department: string, policy: Policy = SESEQ_POLICY): number {
  return seatCapOf(department, policyOrDefault(policy));
}

/**
 * @internal {@link seatCap} under a policy `readPolicy` already accepted: no guard, no walk of
 * the policy (the machines and the ledger call it once per step or department).
 */
export function seatCapOf(department: string, p: Policy): number {
  const exceptions = p.seatExceptions;
  if (typeof department === 'string' && Object.hasOwn(exceptions, department)) {
    const cap = exceptions[department];
    if (isCount(cap)) return cap;
  }
  return seatsPerDepartment(p);
}

/**
 * How many internet exits any department may hold: `policy.internetExitsPerDepartment`
 * ("solo podrán existir dos", 4.13, 8.1-5, 8.1-6, F01).
 *
 * @example
 * exitCap()
 * //=> 2
 */
export function exitCap(policy: Policy = SESEQ_POLICY): number {
  return guard(
    // Stryker disable next-line ArrayDeclaration: what the walk refuses reads as the procedure's cap without it too (a refused policy is SESEQ's)
    [policy],
    () => exitCapUnguarded(policy),
    () => SESEQ_POLICY.internetExitsPerDepartment,
  );
}

function exitCapUnguarded(policy: Policy = SESEQ_POLICY): number {
  return exitCapOf(policyOrDefault(policy));
}

/** @internal {@link exitCap} under a policy `readPolicy` already accepted. */
export function exitCapOf(p: Policy): number {
  const cap = p.internetExitsPerDepartment;
  return isCount(cap) ? cap : SESEQ_POLICY.internetExitsPerDepartment;
}

/**
 * The department-wide seat cap of 4.9 before any department exception: what a seat beyond it
 * must be explained by.
 */
export function baseSeatCap(policy: Policy = SESEQ_POLICY): number {
  return seatsPerDepartment(policyOrDefault(policy));
}
