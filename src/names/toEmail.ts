import { guard } from '../_internal/guard.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';

/**
 * The institutional address of a username: lower-cased, `@policy.domain`
 * (`seseqro.gob.mx` by default). Anything but a string, or a policy
 * {@link readPolicy} refuses, gives `''`. @see 3.0, 5.4.3
 *
 * @example
 * toEmail('SOLEDADRT')
 * //=> 'soledadrt@seseqro.gob.mx'
 */
export function toEmail(username: string, policy: Policy = SESEQ_POLICY): string {
  return guard(
    // Stryker disable next-line ArrayDeclaration: equivalent, the answer is '' either way (a username that is not a string is refused by its type, and readPolicy walks the policy itself)
    [username, policy],
    () => toEmailUnguarded(username, policy),
    () => '',
  );
}

function toEmailUnguarded(username: string, policy: Policy = SESEQ_POLICY): string {
  if (typeof username !== 'string') return '';
  const p = readPolicy(policy);
  return p.isOk() ? `${username.toLowerCase()}@${p.value.domain}` : '';
}
