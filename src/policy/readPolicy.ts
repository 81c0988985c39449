import { err, ok, type Result } from 'neverthrow';
import { issueDetails } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import { buildPolicy, isBrandedPolicy } from './definePolicy.js';
import { type Policy, SESEQ_POLICY } from './policy.js';
import { fullPolicySchema } from './schema.js';

/**
 * The one gate every public function reads its `policy` argument through.
 *
 * Accepted: nothing (`undefined`: {@link SESEQ_POLICY}), {@link SESEQ_POLICY} itself, a result
 * of {@link definePolicy} (recognised at once: it is frozen and carries the library's mark), or
 * a hand-made object that is a whole valid policy (every field {@link SESEQ_POLICY} has, each
 * as {@link definePolicy} would accept it; read field by field, so it costs some 50 µs a call:
 * build it once with `definePolicy`). Anything else is refused with `INVALID_POLICY` and the
 * path of every problem: `null`, a partial object (`{}`), an unknown key, a time zone the
 * runtime does not know, a domain that is not a DNS name (a newline, an `@`), a list of
 * 200 000 names, an object whose getters throw. A refused policy never falls back to the
 * default silently.
 *
 * @param input - a policy, or `undefined` for SESEQ's
 * @returns the policy to use, or `INVALID_POLICY` with `details.issues` (`'path: problem'`)
 *
 * @example
 * readPolicy(undefined).map((p) => p.domain)
 * //=> ok('seseqro.gob.mx')
 * readPolicy({ domain: 'x.mx' })._unsafeUnwrapErr().code
 * //=> 'INVALID_POLICY'
 */
export function readPolicy(input: unknown): Result<Policy, Violation> {
  if (input === undefined || input === SESEQ_POLICY) return ok(SESEQ_POLICY);
  try {
    if (input === null || typeof input !== 'object')
      return err(refused(['(root): expected a policy object']));
    if (isBrandedPolicy(input)) return ok(input as Policy);
    const parsed = fullPolicySchema.safeParse(input);
    if (!parsed.success) {
      return err(refused(issueDetails(parsed.error.issues).map((d) => `${d.path || '(root)'}: ${d.issue}`)));
    }
    return ok(buildPolicy(parsed.data));
  } catch {
    // A Proxy or a throwing getter, or a size that exhausts the validator.
    return err(refused(['(root): unreadable policy object']));
  }
}

const MAX_ISSUES = 20;

function refused(issues: readonly string[]): Violation {
  const shown =
    issues.length > MAX_ISSUES
      ? [...issues.slice(0, MAX_ISSUES), `… ${issues.length - MAX_ISSUES} more`]
      : issues;
  return violation('INVALID_POLICY', null, { issues: [...shown] });
}
