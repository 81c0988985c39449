import { guard } from '../_internal/guard.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import type { PersonName, UsernameCandidate, UsernameRule } from './types.js';

/**
 * @internal The first rule of 5.4.3 that applies to a parsed name (SPEC §3.2) and E, the
 * name it used, which also heads the collision (**Decision**); `null` without a given name
 * or a surname.
 */
export function firstRule(
  name: PersonName,
  commonFirstNames: readonly string[],
): { username: string; rule: UsernameRule; head: string } | null {
  const given = name.givenNames;
  const g0 = given[0];
  if (g0 === undefined || g0 === '') return null;
  const g1 = given[1];
  const p = name.paternalSurname;
  const m = name.maternalSurname;
  if (p && m) {
    if (g1 !== undefined && g1 !== '' && commonFirstNames.includes(g0)) {
      return { username: g1 + p[0] + m[0], rule: 'common-first-name', head: g1 };
    }
    return { username: g0 + p[0] + m[0], rule: 'primary', head: g0 };
  }
  const s = p || m;
  if (!s) return null;
  return g1 !== undefined && g1 !== ''
    ? { username: g0 + g1[0] + s[0], rule: 'two-given-one-surname', head: g0 }
    : { username: g0 + s.slice(0, 2), rule: 'one-given-one-surname', head: g0 };
}

/**
 * @internal The collision candidate (SPEC §3.2): E[0] + P + M[0], or E[0] + S with one
 * surname, E being the head of {@link firstRule}.
 */
export function collisionOf(name: PersonName, head: string): string {
  const p = name.paternalSurname;
  const m = name.maternalSurname;
  // Stryker disable next-line StringLiteral: unreachable, collisionOf is only called once firstRule found a surname
  return p && m ? head[0] + p + m[0] : head[0] + (p || m || '');
}

/**
 * @internal The candidates of the table of 5.4.3 (SPEC §3.2) for a parsed name, in rule
 * order, before any length filter: the first rule that applies, then `collision` (unless
 * it spells the same username).
 */
export function ruleCandidates(name: PersonName, commonFirstNames: readonly string[]): UsernameCandidate[] {
  const first = firstRule(name, commonFirstNames);
  if (first === null) return [];
  const collision = collisionOf(name, first.head);
  const head: UsernameCandidate = { username: first.username, rule: first.rule, clause: '5.4.3' };
  return collision === first.username
    ? [head]
    : [head, { username: collision, rule: 'collision', clause: '5.4.3' }];
}

// A username of the rules: A–Z only, within the RFC 5321 local-part length (USERNAME_MAX_LENGTH, 64).
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
  return guard(
    [name, policy],
    () => usernameCandidatesUnguarded(name, policy),
    () => [],
  );
}

function usernameCandidatesUnguarded(name: PersonName, policy: Policy = SESEQ_POLICY): UsernameCandidate[] {
  // A null name, or a hostile one (a throwing getter), throws here: guard gives [] for it.
  if (typeof name !== 'object' || !Array.isArray(name.givenNames)) return [];
  const clean: PersonName = {
    givenNames: name.givenNames.filter((g): g is string => typeof g === 'string'),
    paternalSurname: typeof name.paternalSurname === 'string' ? name.paternalSurname : null,
    maternalSurname: typeof name.maternalSurname === 'string' ? name.maternalSurname : null,
  };
  return readPolicy(policy).match(
    (p) => ruleCandidates(clean, p.commonFirstNames).filter((c) => RULE_USERNAME.test(c.username)),
    () => [],
  );
}
