import { err, ok, type Result } from 'neverthrow';
import { type Violation, violation } from '../errors/violation.js';
import type { NamesPolicy } from './_policy.js';
import { NUMBERED_RANGE, USERNAME_MAX_LENGTH } from './constants.js';
import type { Lookup } from './taken.js';
import type {
  PersonName,
  SkippedCandidate,
  SkipReason,
  UsernameAssignment,
  UsernameCandidate,
} from './types.js';
import { ruleCandidates } from './usernameCandidates.js';

/** @internal Everything {@link chooseUsername} checks a candidate against. */
export type Availability = {
  readonly policy: NamesPolicy;
  readonly reserved: Lookup;
  readonly retired: Lookup | null;
  readonly taken: Lookup;
  /**
   * For a batch only: per first candidate, the lowest number that may still be free.
   * Sound because within one batch a username only ever becomes unavailable, never free.
   */
  readonly nextNumber?: Map<string, number>;
};

/** @internal A consumer's `taken` or `retired` predicate threw: its bug, reported as a value. */
export const PREDICATE_THREW: Violation = violation('INVALID_INPUT', null, {
  issues: ['taken: the predicate threw an exception'],
});

function unavailable(username: string, a: Availability): SkipReason | null {
  if (username.length > USERNAME_MAX_LENGTH) return 'too-long';
  if (a.reserved(username)) return 'reserved';
  if (a.retired?.(username)) return 'retired';
  if (a.taken(username)) return 'taken';
  return null;
}

function assignment(
  c: UsernameCandidate,
  needsReview: boolean,
  skipped: SkippedCandidate[] | undefined,
  domain: string,
): UsernameAssignment {
  const a: UsernameAssignment = {
    username: c.username,
    rule: c.rule,
    clause: c.clause,
    email: `${c.username.toLowerCase()}@${domain}`,
    needsReview,
  };
  if (skipped !== undefined) a.skipped = skipped;
  return a;
}

/** @internal The name as one line, for messages. */
export function displayName(name: PersonName): string {
  const parts = [...name.givenNames];
  if (name.paternalSurname !== null) parts.push(name.paternalSurname);
  if (name.maternalSurname !== null) parts.push(name.maternalSurname);
  return parts.join(' ');
}

/**
 * @internal The first available username for a parsed name (SPEC §3.2): the rule candidates
 * in order, then the first candidate numbered 2…99. Reserved, retired, taken and
 * over-long candidates are skipped. A collision reached from an ambiguous free-text name,
 * and every numbered username, need a review.
 */
export function chooseUsername(
  name: PersonName,
  ambiguous: boolean,
  a: Availability,
): Result<UsernameAssignment, Violation> {
  try {
    const candidates = ruleCandidates(name, a.policy.commonFirstNames);
    const first = candidates[0];
    if (first === undefined) return err(violation('MISSING_SURNAME', '5.4.3'));
    let skipped: SkippedCandidate[] | undefined;
    for (const c of candidates) {
      const reason = unavailable(c.username, a);
      if (reason === null) {
        return ok(assignment(c, ambiguous && c.rule === 'collision', skipped, a.policy.domain));
      }
      skipped ??= [];
      skipped.push({ username: c.username, rule: c.rule, reason });
    }
    const base = first.username;
    for (let n = a.nextNumber?.get(base) ?? NUMBERED_RANGE.from; n <= NUMBERED_RANGE.to; n++) {
      const username = `${base}${n}`;
      if (username.length > USERNAME_MAX_LENGTH) break;
      if (unavailable(username, a) === null) {
        a.nextNumber?.set(base, n + 1);
        return ok(assignment({ username, rule: 'numbered', clause: null }, true, skipped, a.policy.domain));
      }
    }
    a.nextNumber?.set(base, NUMBERED_RANGE.to + 1);
    return err(
      violation('NO_USERNAME_AVAILABLE', '5.4.3', { name: displayName(name), skipped: skipped ?? [] }),
    );
  } catch {
    return err(PREDICATE_THREW);
  }
}
