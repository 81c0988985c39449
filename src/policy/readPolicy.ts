import { err, ok, type Result } from 'neverthrow';
import { type Violation, violation } from '../errors/violation.js';
import { isBrandedPolicy, type Policy, SESEQ_POLICY } from './policy.js';

const NOT_BUILT =
  '(root): not a policy from definePolicy (pass the object through definePolicy to validate it)';

/**
 * The one gate every public function reads its `policy` argument through.
 *
 * A policy is {@link SESEQ_POLICY} (also what `undefined` means) or a result of
 * {@link definePolicy}, recognised at once: frozen, and carrying the library's mark, which a
 * spread, a JSON copy or a hand-made object do not have. Anything else is refused with
 * `INVALID_POLICY`: `null`, a partial object (`{}`), a hand-made whole one (give it to
 * `definePolicy`, which checks every field and reports each problem with its path), an object
 * that throws when read. A refused policy never falls back to the default silently, so a
 * bogus time zone or a domain with a newline never reaches a result. No validator runs here:
 * the modules that read a policy stay free of zod.
 *
 * @param input - a policy, or `undefined` for SESEQ's
 * @returns the policy to use, or `INVALID_POLICY` with `details.issues`
 *
 * @example
 * readPolicy(undefined).map((p) => p.domain)
 * //=> ok('seseqro.gob.mx')
 * readPolicy({ ...SESEQ_POLICY, domain: 'x.mx' })._unsafeUnwrapErr().code
 * //=> 'INVALID_POLICY'
 */
export function readPolicy(input: unknown): Result<Policy, Violation> {
  if (input === undefined || input === SESEQ_POLICY) return ok(SESEQ_POLICY);
  try {
    if (input === null || typeof input !== 'object') return err(refused('(root): expected a policy object'));
    return isBrandedPolicy(input) ? ok(input as Policy) : err(refused(NOT_BUILT));
  } catch {
    return err(refused('(root): unreadable policy object'));
  }
}

function refused(issue: string): Violation {
  return violation('INVALID_POLICY', null, { issues: [issue] });
}
