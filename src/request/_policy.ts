import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';

/** @internal A policy argument that is not an object falls back to the default rather than throwing. */
export function policyOrDefault(policy: unknown): Policy {
  return policy !== null && typeof policy === 'object' ? (policy as Policy) : SESEQ_POLICY;
}
