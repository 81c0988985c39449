import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { guard } from '../_internal/guard.js';
import { issuesToViolations } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import { freezePolicy, markPolicy, type Policy, SESEQ_POLICY } from './policy.js';
import { policyOverridesSchema } from './schema.js';

/**
 * Derives a policy from {@link SESEQ_POLICY} and validated overrides.
 *
 * Overrides come from outside (a config file), so they are `unknown`: unknown keys, wrong
 * types, negative caps, an invalid time zone or domain are refused, every problem at once,
 * each with its path. Lists replace the default list. The result is frozen.
 *
 * @example
 * definePolicy({ internetExitsPerDepartment: 3 }).map((p) => p.internetExitsPerDepartment)
 * //=> ok(3)
 * definePolicy({ offboardingGraceDays: -1 }).isErr()
 * //=> true
 */
export function definePolicy(overrides: unknown): Result<Policy, Violation[]> {
  return guard(
    [overrides],
    () => definePolicyUnguarded(overrides),
    (v) => err([{ ...v, code: 'INVALID_POLICY' }]),
  );
}

function definePolicyUnguarded(overrides: unknown): Result<Policy, Violation[]> {
  const parsed = policyOverridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) {
    return err(
      issuesToViolations(parsed.error.issues).map((v) => ({ ...v, code: 'INVALID_POLICY' as const })),
    );
  }
  return ok(buildPolicy(parsed.data));
}

/**
 * @internal The policy of validated overrides : the default
 * with the given fields replaced, copied, frozen and marked.
 */
export function buildPolicy(o: z.infer<typeof policyOverridesSchema>): Policy {
  const merged: Policy = {
    ...SESEQ_POLICY,
    ...(Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<Policy>),
  };
  if (o.seatExceptions !== undefined) {
    // Copy into a null-prototype record: a key such as "__proto__" stays plain data.
    const exceptions: Record<string, number> = Object.create(null);
    for (const [k, v] of Object.entries(o.seatExceptions)) exceptions[k] = v;
    (merged as { seatExceptions: Record<string, number> }).seatExceptions = exceptions;
  }
  const built = structuredCloneSafe(merged);
  return freezePolicy(markPolicy(built));
}

function structuredCloneSafe(p: Policy): Policy {
  return {
    ...p,
    alwaysAllowedSites: [...p.alwaysAllowedSites],
    commonFirstNames: [...p.commonFirstNames],
    reservedUsernames: [...p.reservedUsernames],
    inactivityThreshold: { ...p.inactivityThreshold },
    inactivityReviewEvery: { ...p.inactivityReviewEvery },
    contingencyDrillEvery: { ...p.contingencyDrillEvery },
  };
}
