import { type Policy, SESEQ_POLICY } from '../policy/policy.js';

/** @internal The fields of a policy the names module reads. */
export type NamesPolicy = {
  readonly commonFirstNames: readonly string[];
  readonly reservedUsernames: readonly string[];
  readonly domain: string;
  readonly compoundSurnames: readonly string[];
};

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * @internal The fields of `policy` the names module uses, each falling back to
 * {@link SESEQ_POLICY}'s when missing or malformed, so a junk policy never throws.
 */
export function namesPolicy(policy: Policy | undefined): NamesPolicy {
  if (policy === SESEQ_POLICY || policy === undefined) return SESEQ_POLICY;
  if (policy === null || typeof policy !== 'object') return SESEQ_POLICY;
  const p = policy as Partial<Record<keyof NamesPolicy, unknown>>;
  return {
    // Upper-cased, as material words are (a policy from definePolicy already is).
    commonFirstNames: isStringList(p.commonFirstNames)
      ? p.commonFirstNames.map((n) => n.toUpperCase())
      : SESEQ_POLICY.commonFirstNames,
    reservedUsernames: isStringList(p.reservedUsernames)
      ? p.reservedUsernames
      : SESEQ_POLICY.reservedUsernames,
    domain: typeof p.domain === 'string' && p.domain !== '' ? p.domain : SESEQ_POLICY.domain,
    // Folded when indexed (compounds.ts), so a hand-made `'Ponce de León'` works too.
    compoundSurnames: isStringList(p.compoundSurnames) ? p.compoundSurnames : SESEQ_POLICY.compoundSurnames,
  };
}
