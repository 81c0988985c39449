import { err, ok, type Result } from 'neverthrow';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { namesPolicy } from './_policy.js';
import type { Availability } from './chooseUsername.js';
import { type Lookup, lookupOf } from './taken.js';

const notTaken = (what: string): Violation =>
  violation('INVALID_INPUT', null, { issues: [`${what}: expected a Set of usernames or a predicate`] });

/**
 * @internal The checks of one call (or one batch): the policy's fields, the reserved names
 * (a list scan for one name, a set for a batch), and case-insensitive lookups over `taken`
 * and `options.retired`. Refuses a `taken` or `retired` that is neither a set nor a
 * predicate.
 */
export function availabilityOf(
  taken: unknown,
  policy: Policy | undefined,
  options: unknown,
  batch: boolean,
): Result<Availability, Violation> {
  try {
    const takenLookup = lookupOf(taken);
    if (takenLookup === null) return err(notTaken('taken'));
    const retiredOption =
      options !== null && typeof options === 'object'
        ? (options as { retired?: unknown }).retired
        : undefined;
    let retired: Lookup | null = null;
    if (retiredOption !== undefined) {
      retired = lookupOf(retiredOption);
      if (retired === null) return err(notTaken('retired'));
    }
    const p = namesPolicy(policy);
    const list = p.reservedUsernames;
    let reserved: Lookup;
    if (batch) {
      const set = new Set(list.map((r) => r.toUpperCase()));
      reserved = (u) => set.has(u);
    } else {
      reserved = (u) => list.includes(u);
    }
    return ok(
      batch
        ? { policy: p, reserved, retired, taken: takenLookup, nextNumber: new Map() }
        : { policy: p, reserved, retired, taken: takenLookup },
    );
  } catch {
    return err(notTaken('taken'));
  }
}
