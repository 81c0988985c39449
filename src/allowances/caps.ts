import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { policyOrDefault } from './_validate.js';

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
  const p = policyOrDefault(policy);
  const exceptions = p.seatExceptions;
  if (exceptions !== null && typeof exceptions === 'object' && Object.hasOwn(exceptions, department)) {
    const cap = exceptions[department];
    if (typeof cap === 'number' && Number.isInteger(cap) && cap >= 0) return cap;
  }
  return p.mailboxSeatsPerDepartment;
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
  return policyOrDefault(policy).internetExitsPerDepartment;
}
