import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { namesPolicy } from './_policy.js';

/**
 * The institutional address of a username: lower-cased, `@policy.domain`
 * (`seseqro.gob.mx` by default). Anything but a string gives `''`. @see 3.0, 5.4.3
 *
 * @example
 * toEmail('SOLEDADRT')
 * //=> 'soledadrt@seseqro.gob.mx'
 */
export function toEmail(username: string, policy: Policy = SESEQ_POLICY): string {
  if (typeof username !== 'string') return '';
  return `${username.toLowerCase()}@${namesPolicy(policy).domain}`;
}
