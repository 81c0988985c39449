import { err, ok, type Result } from 'neverthrow';
import { guard } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { availabilityOf } from './availability.js';
import { chooseUsername } from './chooseUsername.js';
import { freeTextRules } from './parseFullName.js';
import { otherReadings, readName } from './readName.js';
import type { PersonNameInput, Taken, UsernameAssignment, UsernameOptions } from './types.js';

/**
 * Chooses usernames for many people at once, in order, each assignment counting as taken
 * for the people after it (SPEC §3.2, 5.4.3), so a batch never hands out one username
 * twice. One result per person, in the same order; a refused name does not stop the rest.
 *
 * Linear in the number of people: `taken` is read once (a set is folded to uppercase
 * once), the batch's own assignments live in a local set, reserved names in a set, and the
 * numbered fallback resumes from the last number it handed out for the same first
 * candidate. If `people` is not an array the answer is one `INVALID_INPUT`. @see 5.4.3, 4.19
 *
 * @param people - names, structured or as free text
 * @param taken - usernames already in use (retired ones included), matched case-insensitively
 * @param policy - `commonFirstNames`, `reservedUsernames` and `domain` (default SESEQ's)
 * @param options - `retired`: usernames deleted for inactivity
 * @returns one result per person, as {@link generateUsername} would give it
 *
 * @example
 * assignUsernames(['Alejandro Hernández Núñez', 'Alejandro Hernández Nava'], new Set())
 *   .map((r) => r.map((a) => a.username))
 * //=> [ok('ALEJANDROHN'), ok('AHERNANDEZN')]
 */
export function assignUsernames(
  people: readonly (PersonNameInput | string)[],
  taken: Taken,
  policy?: Policy,
  options?: UsernameOptions,
): Result<UsernameAssignment, Violation>[] {
  return guard(
    [people, policy],
    () => assignUsernamesUnguarded(people, taken, policy, options),
    (v) => [err(v)],
  );
}

function assignUsernamesUnguarded(
  people: readonly (PersonNameInput | string)[],
  taken: Taken,
  policy?: Policy,
  options?: UsernameOptions,
): Result<UsernameAssignment, Violation>[] {
  if (!Array.isArray(people)) {
    return [err(violation('INVALID_INPUT', null, { issues: ['(root): expected an array of names'] }))];
  }
  const availability = availabilityOf(taken, policy, options, true);
  if ('code' in availability) return people.map(() => err(availability));
  const batch = availability;
  const rules = freeTextRules(policy);
  const results: Result<UsernameAssignment, Violation>[] = [];
  for (let i = 0; i < people.length; i++) {
    // The guard has read every element first: a throwing accessor refused the whole batch.
    const parsed = readName(people[i] as unknown, rules);
    const chosen = 'code' in parsed ? parsed : chooseUsername(parsed.name, otherReadings(parsed), batch);
    results.push('code' in chosen ? err(chosen) : ok(chosen));
  }
  return results;
}
