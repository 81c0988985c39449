import { err, ok, type Result } from 'neverthrow';
import { instantToPlainDate } from '../_internal/instant.js';
import { isPlainDate, type PlainDate } from '../_internal/plainDate.js';
import { type Violation, violation } from '../errors/violation.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';

const MAX_DAYS = 1_000_000;
const MAX_MONTHS = 1200;

const isCount = (n: unknown, min: number, max: number): boolean =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
const isMonths = (m: unknown): boolean =>
  m !== null && typeof m === 'object' && isCount((m as { months?: unknown }).months, 1, MAX_MONTHS);

/**
 * @internal The policy a public function was given, or the default when it was given none.
 * A policy is normally built by `definePolicy`, which validates it; a hand-made object is
 * checked here on the fields the date rules use, so that a bad one is a violation, not a throw.
 */
export function resolvePolicy(policy: unknown): Result<Policy, Violation> {
  if (policy === undefined || policy === SESEQ_POLICY) return ok(SESEQ_POLICY);
  if (policy === null || typeof policy !== 'object') {
    return err(violation('INVALID_POLICY', null, { issues: ['(root): expected a policy object'] }));
  }
  const p = policy as Partial<Record<keyof Policy, unknown>>;
  const bad: string[] = [];
  if (!isCount(p.offboardingGraceDays, 0, MAX_DAYS)) bad.push('offboardingGraceDays');
  if (!isCount(p.cancellationNoticeDays, 0, MAX_DAYS)) bad.push('cancellationNoticeDays');
  if (!isCount(p.bossNoticeDeadlineDays, 1, MAX_DAYS)) bad.push('bossNoticeDeadlineDays');
  if (!isMonths(p.inactivityThreshold)) bad.push('inactivityThreshold');
  if (!isMonths(p.inactivityReviewEvery)) bad.push('inactivityReviewEvery');
  if (!isMonths(p.contingencyDrillEvery)) bad.push('contingencyDrillEvery');
  const ratio = p.quotaWarningRatio;
  if (typeof ratio !== 'number' || !(ratio > 0 && ratio <= 1)) bad.push('quotaWarningRatio');
  if (typeof p.timeZone !== 'string' || !knownZone(p.timeZone)) bad.push('timeZone');
  if (bad.length > 0) {
    return err(violation('INVALID_POLICY', null, { issues: bad.map((k) => `${k}: invalid`) }));
  }
  return ok(policy as Policy);
}

/**
 * A cheap probe of a zone name: an unknown zone gives no calendar day (the full check,
 * `Intl.DateTimeFormat`, costs some 50 µs, too much for every call).
 */
function knownZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    return isPlainDate(instantToPlainDate('2000-01-01T00:00:00Z', timeZone));
  } catch {
    return false;
  }
}

/** @internal A date argument: a real `YYYY-MM-DD` day, else `INVALID_DATE` naming the field. */
export function plainDateArg(value: unknown, field: string): Result<PlainDate, Violation> {
  return isPlainDate(value) ? ok(value) : err(invalidDate(value, field));
}

/**
 * @internal A computed date, checked to stay within the years a `PlainDate` can name
 * (1000–9999): a baja on 9999-12-31 has no grace period the library can write down.
 */
export function inRange(date: PlainDate, field: string): Result<PlainDate, Violation> {
  return isPlainDate(date) ? ok(date) : err(invalidDate(date, field, 'out of range'));
}

/** @internal `INVALID_DATE` with the field and a short, safe echo of the value. */
export function invalidDate(value: unknown, field: string, reason?: string): Violation {
  const shown = typeof value === 'string' ? value.slice(0, 40) : value === null ? 'null' : typeof value;
  return violation(
    'INVALID_DATE',
    null,
    reason === undefined ? { field, value: shown } : { field, value: shown, reason },
  );
}
