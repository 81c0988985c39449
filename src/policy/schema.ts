import * as z from 'zod/mini';
import { isUsableTimeZone } from '../_internal/instant.js';

// A DNS name: labels of letters, digits and inner hyphens. Linear: no nested quantifiers
// over the same characters (each label is bounded and separated by a literal dot). Its
// length (at most 253) is checked by the z.maxLength(253) next to each use.
const DOMAIN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;

const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
const months = z.strictObject({ months: z.number().check(z.int(), z.minimum(1), z.maximum(1200)) });
const megabytes = z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000));
const upperWord = z.string().check(z.regex(/^[A-Z]{1,64}$/));
// A bound on every list: a policy is configuration, not data (10 000 names is already a lot).
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(MAX_POLICY_LIST));

/**
 * The most entries a policy list (or `seatExceptions`) may have.
 *
 * @example
 * MAX_POLICY_LIST
 * //=> 10000
 * definePolicy({ reservedUsernames: Array(MAX_POLICY_LIST + 1).fill('ADMIN') }).isErr()
 * //=> true
 */
export const MAX_POLICY_LIST = 10_000;
// Two to ten uppercase words split by one space, as `PONCE DE LEON` (5.4.3, SPEC §12).
const upperWords = z.string().check(z.maxLength(100), z.regex(/^[A-Z]{1,64}(?: [A-Z]{1,64}){1,9}$/));

/**
 * The zod schema of a policy override: every key optional, unknown keys refused.
 *
 * @example
 * policyOverridesSchema.safeParse({ offboardingGraceDays: 20, seatExceptions: { Urgencias: 3 } }).success
 * //=> true
 * policyOverridesSchema.safeParse({ graceDays: 20 }).success
 * //=> false (unknown key)
 */
export const policyOverridesSchema = z.strictObject({
  domain: z.optional(z.string().check(z.maxLength(253), z.regex(DOMAIN))),
  timeZone: z.optional(z.string().check(z.refine(isUsableTimeZone, { message: 'unknown IANA time zone' }))),
  mailboxSeatsPerDepartment: z.optional(count),
  internetExitsPerDepartment: z.optional(count),
  seatExceptions: z.optional(
    z
      .record(z.string().check(z.minLength(1), z.maxLength(200)), count)
      .check(z.refine((r) => Object.keys(r).length <= MAX_POLICY_LIST, { message: 'too many entries' })),
  ),
  alwaysAllowedSites: z.optional(list(z.string().check(z.maxLength(253), z.regex(DOMAIN)))),
  inactivityThreshold: z.optional(months),
  inactivityReviewEvery: z.optional(months),
  offboardingGraceDays: z.optional(count),
  cancellationNoticeDays: z.optional(count),
  bossNoticeDeadlineDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000))),
  mailboxCapacityMb: z.optional(
    z.strictObject({
      min: z.optional(megabytes),
      max: z.optional(megabytes),
      default: z.optional(megabytes),
      byPosition: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(200)), megabytes)),
    }),
  ),
  quotaWarningRatio: z.optional(z.number().check(z.gt(0), z.lte(1))),
  contingencyDrillEvery: z.optional(months),
  commonFirstNames: z.optional(list(upperWord)),
  reservedUsernames: z.optional(list(upperWord)),
  compoundSurnames: z.optional(list(upperWords)),
});
