import { type Policy, SESEQ_POLICY } from '../policy/policy.js';

/** A policy argument that is not an object falls back to the default rather than throwing. */
export function policyOrDefault(policy: unknown): Policy {
  return policy !== null && typeof policy === 'object' ? (policy as Policy) : SESEQ_POLICY;
}
