import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { NUMBERED_RANGE, USERNAME_MAX_LENGTH } from './constants.js';
import { freeTextRules } from './parseFullName.js';
import { readName } from './readName.js';
import type { PersonNameInput, UsernameCandidate, UsernameConformance } from './types.js';
import { ruleCandidates } from './usernameCandidates.js';

// A number up to NUMBERED_RANGE.to (99), no leading zero; the fallback starts at NUMBERED_RANGE.from.
const NUMBER = /^[1-9]\d?$/;

/**
 * Checks that an existing username follows 5.4.3 for its holder's name (the mail officer's
 * check of 5.4.6, and the periodic review of 8.3): which rule produced it, or that none did,
 * with the candidates the rules give for that name. Comparison is case-insensitive.
 *
 * A username that is the first candidate plus a number 2–99 conforms with rule `numbered`.
 * For an ambiguous free-text name (three units, or a particle that could join two surnames)
 * the candidates of every reading are accepted, the first reading's listed first. A username that is not a string is refused
 * (`INVALID_INPUT`); a name is refused as {@link generateUsername} would refuse it.
 * @see 5.4.6, 5.4.3
 *
 * @param name - the holder's name, structured or as free text
 * @param username - the username to check, in any case
 * @param policy - its `commonFirstNames` (default José, María)
 * @returns whether it conforms, by which rule, and the expected candidates
 *
 * @example
 * checkUsernameConformance('José Carlos Pérez Juárez', 'carlospj')
 * //=> ok({ conforms: true, rule: 'common-first-name', expected: [{ username: 'CARLOSPJ', rule: 'common-first-name', clause: '5.4.3' }, { username: 'CPEREZJ', rule: 'collision', clause: '5.4.3' }] })
 */
export function checkUsernameConformance(
  name: PersonNameInput | string,
  username: string,
  policy: Policy = SESEQ_POLICY,
): Result<UsernameConformance, Violation> {
  return guard(
    [name, username, policy],
    () => checkUsernameConformanceUnguarded(name, username, policy),
    refuse,
  );
}

function checkUsernameConformanceUnguarded(
  name: PersonNameInput | string,
  username: string,
  policy: Policy = SESEQ_POLICY,
): Result<UsernameConformance, Violation> {
  if (typeof username !== 'string') {
    return err(violation('INVALID_INPUT', null, { issues: ['username: expected a string'] }));
  }
  const read = readPolicy(policy);
  if (read.isErr()) return err(read.error);
  const parsed = readName(name, freeTextRules(read.value));
  if ('code' in parsed) return err(parsed);
  const common = read.value.commonFirstNames;
  const expected: UsernameCandidate[] = [];
  const readings = [parsed.name];
  if (parsed.alternatives !== undefined) readings.push(...parsed.alternatives);
  for (const reading of readings) {
    for (const c of ruleCandidates(reading, common)) {
      if (c.username.length <= USERNAME_MAX_LENGTH && !expected.some((e) => e.username === c.username)) {
        expected.push(c);
      }
    }
  }
  // Longer than any username: cannot conform, and is not worth upper-casing.
  if (username.length > USERNAME_MAX_LENGTH) return ok({ conforms: false, rule: null, expected });
  const upper = username.toUpperCase();
  const match = expected.find((c) => c.username === upper);
  if (match !== undefined) return ok({ conforms: true, rule: match.rule, expected });
  // readName gives a name with a given name and a surname: it always has a first candidate.
  const first = ruleCandidates(parsed.name, common)[0]!.username;
  if (upper.startsWith(first)) {
    const suffix = upper.slice(first.length);
    if (NUMBER.test(suffix) && Number(suffix) >= NUMBERED_RANGE.from) {
      return ok({ conforms: true, rule: 'numbered', expected });
    }
  }
  return ok({ conforms: false, rule: null, expected });
}
