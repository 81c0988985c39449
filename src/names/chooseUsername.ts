import { type Violation, violation } from '../errors/violation.js';
import {
  type Availability,
  entryNext,
  entryReason,
  isReserved,
  isTaken,
  packBatchEntry,
} from './availability.js';
import { NUMBERED_RANGE, USERNAME_MAX_LENGTH } from './constants.js';
import { isIn } from './taken.js';
import type { PersonName, SkippedCandidate, SkipReason, UsernameAssignment, UsernameRule } from './types.js';
import { collisionOf, firstRule } from './usernameCandidates.js';

/** @internal A consumer's `taken` or `retired` predicate threw: its bug, reported as a value. */
export const PREDICATE_THREW: Violation = violation('INVALID_INPUT', null, {
  issues: ['taken: the predicate threw an exception'],
});

/**
 * Why a username cannot be given, or `null` if it can: too long, reserved, retired, or
 * taken by the consumer. (A batch asks its own map first, in {@link chooseUsername}.)
 */
function unavailable(username: string, a: Availability): SkipReason | null {
  if (username.length > USERNAME_MAX_LENGTH) return 'too-long';
  if (isReserved(a, username)) return 'reserved';
  if (a.retired !== null && isIn(a.retired, username)) return 'retired';
  if (isTaken(a, username)) return 'taken';
  return null;
}

function assignment(
  username: string,
  rule: UsernameRule,
  clause: '5.4.3' | null,
  needsReview: boolean,
  skipped: SkippedCandidate[] | undefined,
  domain: string,
): UsernameAssignment {
  const a: UsernameAssignment = {
    username,
    rule,
    clause,
    email: `${username.toLowerCase()}@${domain}`,
    needsReview,
  };
  if (skipped !== undefined) a.skipped = skipped;
  return a;
}

/**
 * Whether a numbered username can be given: {@link unavailable} without the reason, which
 * no one is told (reserved names rarely have digits).
 */
function numberedFree(username: string, a: Availability): boolean {
  if (username.length > USERNAME_MAX_LENGTH) return false;
  // Stryker disable next-line ConditionalExpression: a fast path (`true` asks the set, which holds no numbered name unless reservesNumbers); `false` would be killed, but shares the line
  if (a.reservesNumbers && isReserved(a, username)) return false;
  if (a.retired !== null && isIn(a.retired, username)) return false;
  return !isTaken(a, username);
}

/** The rule candidates passed over, in rule order. */
function skippedOf(
  rule: UsernameRule,
  first: string,
  firstReason: SkipReason,
  collision: string,
  collisionReason: SkipReason | null,
): SkippedCandidate[] {
  const list: SkippedCandidate[] = [{ username: first, rule, reason: firstReason }];
  if (collisionReason !== null) {
    list.push({ username: collision, rule: 'collision', reason: collisionReason });
  }
  return list;
}

/** @internal The name as one line, for messages. */
export function displayName(name: PersonName): string {
  const parts = [...name.givenNames];
  if (name.paternalSurname !== null) parts.push(name.paternalSurname);
  if (name.maternalSurname !== null) parts.push(name.maternalSurname);
  return parts.join(' ');
}

/**
 * Whether a username chosen at one step (the first rule, or the collision too) is what
 * every other reading of an ambiguous text would give at that step; an ambiguous text with
 * no other reading never is (SPEC §3.4, §12).
 */
function agreed(
  others: readonly PersonName[],
  common: readonly string[],
  base: string,
  collision: string | null,
): boolean {
  if (others.length === 0) return false;
  for (const other of others) {
    // Every other reading has a given name and a surname: it has a first rule.
    const first = firstRule(other, common)!;
    if (first.username !== base) return false;
    if (collision !== null && collisionOf(other, first.head) !== collision) return false;
  }
  return true;
}

/**
 * @internal The first available username for a parsed name (SPEC §3.2): the rule candidates
 * in order, then the first candidate numbered 2…99. Reserved, retired, taken and
 * over-long candidates are skipped. Every numbered username needs a review, and so does one
 * from an ambiguous free-text name that another reading would not give (`others`: the
 * other readings, `null` when the name is not ambiguous).
 */
export function chooseUsername(
  name: PersonName,
  others: readonly PersonName[] | null,
  a: Availability,
): UsernameAssignment | Violation {
  try {
    const common = a.policy.commonFirstNames;
    const first = firstRule(name, common);
    // Stryker disable next-line all: unreachable, readName refuses a name without a given name or a surname
    if (first === null) return violation('MISSING_SURNAME', '5.4.3');
    const base = first.username;
    const domain = a.policy.domain;
    const batch = a.batch;
    // In a batch, a first candidate seen before is known to be unavailable, and why.
    const known = batch?.get(base);
    const firstReason = known === undefined ? unavailable(base, a) : entryReason(known);
    if (firstReason === null) {
      batch?.set(base, packBatchEntry('taken', NUMBERED_RANGE.from));
      const review = others !== null && !agreed(others, common, base, null);
      return assignment(base, first.rule, '5.4.3', review, undefined, domain);
    }
    // The collision is only built when the first rule's username is unavailable.
    const collision = collisionOf(name, first.head);
    let collisionReason: SkipReason | null = null;
    if (collision !== base) {
      const seen = batch?.get(collision);
      collisionReason = seen === undefined ? unavailable(collision, a) : entryReason(seen);
    }
    // Reasons stay strings; the `skipped` list is only built when it says something the
    // rule does not (a reserved, retired or over-long candidate), or when nothing is left.
    const unusual = firstReason !== 'taken' || (collisionReason !== null && collisionReason !== 'taken');
    if (collision !== base && collisionReason === null) {
      batch?.set(collision, packBatchEntry('taken', NUMBERED_RANGE.from));
      const skipped = unusual ? skippedOf(first.rule, base, firstReason, collision, null) : undefined;
      const review = others !== null && !agreed(others, common, base, collision);
      return assignment(collision, 'collision', '5.4.3', review, skipped, domain);
    }
    // Numbered usernames are only spelled by this fallback for this base (letters, then
    // digits): in a batch, the entry of the base says which numbers are already used.
    for (let n = known === undefined ? NUMBERED_RANGE.from : entryNext(known); n <= NUMBERED_RANGE.to; n++) {
      const username = `${base}${n}`;
      if (numberedFree(username, a)) {
        batch?.set(base, packBatchEntry(firstReason, n + 1));
        const skipped = unusual
          ? skippedOf(first.rule, base, firstReason, collision, collisionReason)
          : undefined;
        return assignment(username, 'numbered', null, true, skipped, domain);
      }
      // Stryker disable next-line ConditionalExpression: a fast path, every later number is as long or longer and 'too-long' too
      if (username.length > USERNAME_MAX_LENGTH) break;
    }
    batch?.set(base, packBatchEntry(firstReason, NUMBERED_RANGE.to + 1));
    return violation('NO_USERNAME_AVAILABLE', '5.4.3', {
      name: displayName(name),
      skipped: skippedOf(first.rule, base, firstReason, collision, collisionReason),
    });
  } catch {
    return PREDICATE_THREW;
  }
}
