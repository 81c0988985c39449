import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { guard } from '../_internal/guard.js';
import { issuesToViolations } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import { freezePolicy, type MailboxCapacityPolicy, markPolicy, type Policy, SESEQ_POLICY } from './policy.js';
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
  const capacity = mergeCapacity(parsed.data.mailboxCapacityMb);
  if (capacity.problems.length > 0) return err(capacity.problems);
  return ok(buildPolicy(parsed.data, capacity.value));
}

/**
 * @internal The policy of validated overrides : the default
 * with the given fields replaced, copied, frozen and marked.
 */
export function buildPolicy(
  o: z.infer<typeof policyOverridesSchema>,
  capacity: MailboxCapacityPolicy = SESEQ_POLICY.mailboxCapacityMb,
): Policy {
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
  (merged as { mailboxCapacityMb: MailboxCapacityPolicy }).mailboxCapacityMb = capacity;
  const built = structuredCloneSafe(merged);
  return freezePolicy(markPolicy(built));
}

type CapacityOverride = {
  min?: number | undefined;
  max?: number | undefined;
  default?: number | undefined;
  byPosition?: Record<string, number> | undefined;
};

/**
 * SESEQ's capacity range with the overridden bounds, checked as a range: `min ≤ default ≤ max`,
 * every capacity by position within it (4.14, 5.4.7).
 */
function mergeCapacity(o: CapacityOverride | undefined): {
  value: MailboxCapacityPolicy;
  problems: Violation[];
} {
  const base = SESEQ_POLICY.mailboxCapacityMb;
  const min = o?.min ?? base.min;
  const max = o?.max ?? base.max;
  const dflt = o?.default ?? base.default;
  const problems: Violation[] = [];
  const bad = (path: string, issue: string) =>
    problems.push(
      violation('INVALID_POLICY', '5.4.7', {
        path: `mailboxCapacityMb.${path}`,
        issue: 'out_of_range',
        issues: `mailboxCapacityMb.${path}: ${issue}`,
      }),
    );
  if (min > max) bad('min', `${min} is above the maximum ${max}`);
  if (dflt < min || dflt > max) bad('default', `${dflt} is outside [${min}, ${max}]`);
  const value: MailboxCapacityPolicy = { min, max, default: dflt };
  if (o?.byPosition !== undefined) {
    // A null-prototype record: a position called "__proto__" stays plain data.
    const byPosition: Record<string, number> = Object.create(null);
    for (const [k, mb] of Object.entries(o.byPosition)) {
      if (mb < min || mb > max) bad(`byPosition.${k}`, `${mb} is outside [${min}, ${max}]`);
      byPosition[k] = mb;
    }
    return { value: { ...value, byPosition }, problems };
  }
  return { value, problems };
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
    mailboxCapacityMb: { ...p.mailboxCapacityMb },
  };
}
