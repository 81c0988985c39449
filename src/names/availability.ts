import { type Violation, violation } from '../errors/violation.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { isIn, type Lookup, lookupOf } from './taken.js';
import type { SkipReason } from './types.js';

/** @internal Everything a candidate is checked against, as plain data. */
export type Availability = {
  readonly policy: Policy;
  /** The reserved names, upper-cased (the default policy's set is built once). */
  readonly reservedSet: ReadonlySet<string>;
  /** Whether a reserved name has a digit, so that a numbered username could be reserved. */
  readonly reservesNumbers: boolean;
  readonly retired: Lookup | null;
  readonly taken: Lookup;
  /**
   * For a batch only: every letters-only username known to be unavailable — handed out by
   * the batch, or a first candidate found unavailable and numbered — with, packed in one
   * small integer ({@link packBatchEntry}), why and the lowest number that may still be free
   * after it. Sound because within one batch a username only ever becomes unavailable,
   * never free. Numbered usernames are not kept: only the numbered fallback of the same
   * first candidate can spell them (letters, then digits), and the entry tracks its numbers.
   */
  readonly batch: Map<string, number> | null;
};

const REASONS: readonly SkipReason[] = ['taken', 'reserved', 'retired', 'too-long'];

/** @internal A batch entry: why a username is unavailable and the next number after it. */
export function packBatchEntry(reason: SkipReason, next: number): number {
  return next * 4 + REASONS.indexOf(reason);
}

/** @internal The reason of a batch entry. */
export function entryReason(entry: number): SkipReason {
  return REASONS[entry & 3]!;
}

/** @internal The next number of a batch entry. */
export function entryNext(entry: number): number {
  return entry >> 2;
}

const DIGIT = /\d/;

// The default policy's reserved names as a set, built once from a frozen constant.
const SESEQ_RESERVED: ReadonlySet<string> = new Set(SESEQ_POLICY.reservedUsernames);

const notTaken = (what: string): Violation =>
  violation('INVALID_INPUT', null, {
    issues: [
      `${what}: expected a Set, a Map, an array or iterable of username strings (at most 1 000 000), or a predicate`,
    ],
  });

/**
 * @internal The checks of one call (or one batch): the policy's fields, the reserved names,
 * and case-insensitive lookups over `taken` and `options.retired`. Refuses a `taken` or
 * `retired` that is neither a set nor a predicate.
 */
export function availabilityOf(
  taken: unknown,
  policy: unknown,
  options: unknown,
  batch: boolean,
): Availability | Violation {
  try {
    const takenLookup = lookupOf(taken);
    if (takenLookup === null) return notTaken('taken');
    // A primitive has no own `retired`: only null and undefined need the `?.`.
    const retiredOption = (options as { retired?: unknown } | null | undefined)?.retired;
    let retired: Lookup | null = null;
    if (retiredOption !== undefined) {
      retired = lookupOf(retiredOption);
      if (retired === null) return notTaken('retired');
    }
    const read = readPolicy(policy);
    if (read.isErr()) return read.error;
    const p = read.value;
    return {
      policy: p,
      // Stryker disable next-line ConditionalExpression: a cache (SESEQ_RESERVED is SESEQ's list as a set); `true` would be killed, but shares the line
      reservedSet: p === SESEQ_POLICY ? SESEQ_RESERVED : new Set(p.reservedUsernames),
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a cache, SESEQ's reserved names have no digit; `false` would be killed, but shares the line
      reservesNumbers: p !== SESEQ_POLICY && p.reservedUsernames.some((r) => DIGIT.test(r)),
      retired,
      taken: takenLookup,
      batch: batch ? new Map<string, number>() : null,
    };
  } catch {
    return notTaken('taken');
  }
}

/** @internal Whether a username is reserved for an institutional mailbox. @see 4.16 */
export function isReserved(a: Availability, username: string): boolean {
  return a.reservedSet.has(username);
}

/** @internal Whether a username is in the consumer's `taken`. */
export function isTaken(a: Availability, username: string): boolean {
  return isIn(a.taken, username);
}
