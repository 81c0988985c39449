import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { namesPolicy } from './_policy.js';
import { USERNAME_MAX_LENGTH } from './constants.js';
import type { PersonName, UsernameCandidate, UsernameRule } from './types.js';

const candidate = (username: string, rule: UsernameRule): UsernameCandidate => ({
  username,
  rule,
  clause: '5.4.3',
});

/**
 * @internal The candidates of the table of 5.4.3 (SPEC §3.2) for a name that came out of
 * the parsers (non-empty uppercase material), in rule order, before any length filter:
 * the first rule that applies, then `collision` (unless it spells the same username).
 */
export function ruleCandidates(name: PersonName, commonFirstNames: readonly string[]): UsernameCandidate[] {
  const given = name.givenNames;
  const g0 = given[0];
  if (g0 === undefined || g0 === '') return [];
  const g1 = given[1];
  const p = name.paternalSurname;
  const m = name.maternalSurname;
  let first: UsernameCandidate;
  let collision: string;
  if (p && m) {
    // E, the name the first rule used, also heads the collision (SPEC §3.2, Decision).
    const common = g1 !== undefined && g1 !== '' && commonFirstNames.includes(g0);
    const e = common ? g1 : g0;
    first = candidate(e + p[0] + m[0], common ? 'common-first-name' : 'primary');
    collision = e[0] + p + m[0];
  } else {
    const s = p || m;
    if (!s) return [];
    first =
      g1 !== undefined && g1 !== ''
        ? candidate(g0 + g1[0] + s[0], 'two-given-one-surname')
        : candidate(g0 + s.slice(0, 2), 'one-given-one-surname');
    collision = g0[0] + s;
  }
  return collision === first.username ? [first] : [first, candidate(collision, 'collision')];
}

// A username of the rules: A–Z only, within the RFC 5321 local-part length.
const RULE_USERNAME = /^[A-Z]{1,64}$/;

/**
 * The usernames the procedure proposes for a name, in the order its rules are tried
 * (SPEC §3.2): the first rule that applies (`primary` G[0]+P[0]+M[0];
 * `common-first-name` G[1]+P[0]+M[0] when G[0] is José or María and there are two given
 * names; `two-given-one-surname` G[0]+G[1][0]+S[0]; `one-given-one-surname` G[0]+S[0..2]),
 * then `collision` E[0]+P+M[0] (one surname: E[0]+S), where E is the name the first rule
 * used. Candidates over 64 characters are left out, and so are the numbered ones, which
 * {@link generateUsername} adds only when every rule fails. A name without a given name
 * or a surname has no candidates. @see 5.4.3
 *
 * @param name - a name from {@link parsePersonName} or {@link parseFullName}
 * @param policy - its `commonFirstNames` (default José, María)
 * @returns the candidates in rule order
 *
 * @example
 * usernameCandidates({ givenNames: ['MARIA', 'SOLEDAD'], paternalSurname: 'RAMIREZ', maternalSurname: 'TREJO' })
 *   .map((c) => c.username)
 * //=> ['SOLEDADRT', 'SRAMIREZT']
 */
export function usernameCandidates(name: PersonName, policy: Policy = SESEQ_POLICY): UsernameCandidate[] {
  try {
    if (name === null || typeof name !== 'object' || !Array.isArray(name.givenNames)) return [];
    const clean: PersonName = {
      givenNames: name.givenNames.filter((g): g is string => typeof g === 'string'),
      paternalSurname: typeof name.paternalSurname === 'string' ? name.paternalSurname : null,
      maternalSurname: typeof name.maternalSurname === 'string' ? name.maternalSurname : null,
    };
    return ruleCandidates(clean, namesPolicy(policy).commonFirstNames).filter(
      (c) => c.username.length <= USERNAME_MAX_LENGTH && RULE_USERNAME.test(c.username),
    );
  } catch {
    // A hostile object (a throwing getter) has no candidates.
    return [];
  }
}
