import { type Violation, violation } from '../errors/violation.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { type NamesPolicy, namesPolicy } from './_policy.js';
import { isIn, type Lookup, lookupOf } from './taken.js';
import type { SkipReason } from './types.js';

/** @internal Everything a candidate is checked against, as plain data. */
export type Availability = {
  readonly policy: NamesPolicy;
  /** The reserved names as a set (the default policy's, or a batch's); else the list is scanned. */
  readonly reservedSet: ReadonlySet<string> | null;
  readonly retired: Lookup | null;
  readonly taken: Lookup;
  /** For a batch: the usernames it has handed out so far. */
  readonly assigned: Set<string> | null;
  /**
   * For a batch: per first candidate already numbered, the lowest number that may still be
   * free and why the candidate itself was unavailable. Sound because within one batch a
   * username only ever becomes unavailable, never free.
   */
  readonly numbered: Map<string, { next: number; reason: SkipReason }> | null;
};

// The default policy's reserved names as a set, built once from a frozen constant.
const SESEQ_RESERVED: ReadonlySet<string> = new Set(SESEQ_POLICY.reservedUsernames);

const notTaken = (what: string): Violation =>
  violation('INVALID_INPUT', null, { issues: [`${what}: expected a Set of usernames or a predicate`] });

/**
 * @internal The checks of one call (or one batch): the policy's fields, the reserved names,
 * and case-insensitive lookups over `taken` and `options.retired`. Refuses a `taken` or
 * `retired` that is neither a set nor a predicate.
 */
export function availabilityOf(
  taken: unknown,
  policy: Policy | undefined,
  options: unknown,
  batch: boolean,
): Availability | Violation {
  try {
    const takenLookup = lookupOf(taken);
    if (takenLookup === null) return notTaken('taken');
    const retiredOption =
      options !== null && typeof options === 'object'
        ? (options as { retired?: unknown }).retired
        : undefined;
    let retired: Lookup | null = null;
    if (retiredOption !== undefined) {
      retired = lookupOf(retiredOption);
      if (retired === null) return notTaken('retired');
    }
    const p = namesPolicy(policy);
    return {
      policy: p,
      reservedSet:
        p === SESEQ_POLICY
          ? SESEQ_RESERVED
          : batch
            ? new Set(p.reservedUsernames.map((r) => r.toUpperCase()))
            : null,
      retired,
      taken: takenLookup,
      assigned: batch ? new Set<string>() : null,
      numbered: batch ? new Map<string, { next: number; reason: SkipReason }>() : null,
    };
  } catch {
    return notTaken('taken');
  }
}

/** @internal Whether a username is reserved for an institutional mailbox. @see 4.16 */
export function isReserved(a: Availability, username: string): boolean {
  return a.reservedSet === null ? a.policy.reservedUsernames.includes(username) : a.reservedSet.has(username);
}

/** @internal Whether a username is taken, by the consumer's `taken` or earlier in the batch. */
export function isTaken(a: Availability, username: string): boolean {
  return a.assigned?.has(username) === true || isIn(a.taken, username);
}
