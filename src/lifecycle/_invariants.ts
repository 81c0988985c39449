import { addDays, isPlainDate } from '../_internal/plainDate.js';
import type { AccountState } from './types.js';

/** @internal One broken invariant of a state: where, and why. */
export type Problem = { readonly path: string[]; readonly message: string };

type Rule = { readonly path: string; readonly message: string; readonly holds: (s: AccountState) => boolean };

const closing = (s: AccountState) => s.status === 'gracePeriod' || s.status === 'cancellationNotice';
const resume = (s: AccountState) => s.suspension?.resume;
/** The status a notice returns to if withdrawn: its leave, inquiry or transfer is kept meanwhile. */
const previous = (s: AccountState) => (s.status === 'cancellationNotice' ? s.closing?.previous : undefined);
const keeps = (s: AccountState, status: string) =>
  s.status === status || resume(s) === status || previous(s) === status;

/**
 * @internal What makes a well-shaped state one the machine can reach: each status has the
 * fields that describe it and only it. One list, read by the zod schema (to report) and by
 * the review's fast check (to accept), so the two never disagree.
 */
const RULES: readonly Rule[] = [
  {
    path: 'cancellation',
    message: 'set exactly when cancelled',
    holds: (s) => (s.cancellation !== null) === (s.status === 'cancelled'),
  },
  {
    path: 'usableThrough',
    message: 'set exactly in gracePeriod',
    holds: (s) => s.status === 'cancelled' || (s.usableThrough !== null) === (s.status === 'gracePeriod'),
  },
  {
    path: 'cancelOn',
    message: 'set exactly in cancellationNotice and gracePeriod',
    holds: (s) => s.status === 'cancelled' || (s.cancelOn !== null) === closing(s),
  },
  {
    path: 'closing',
    message: 'present exactly in cancellationNotice and gracePeriod',
    holds: (s) => (s.closing !== undefined) === closing(s),
  },
  {
    path: 'closing',
    message: 'a grace period has its bajaOn',
    holds: (s) => s.status !== 'gracePeriod' || s.closing?.bajaOn !== undefined,
  },
  {
    path: 'suspension',
    message:
      'present when suspended (resuming to a status before the notice), or in cancellationNotice / gracePeriod resuming to it; absent otherwise',
    holds: (s) => {
      const r = s.suspension?.resume;
      if (r === undefined) return s.status !== 'suspended';
      if (s.status === 'suspended') return r !== 'cancellationNotice' && r !== 'gracePeriod';
      return closing(s) && r === s.status;
    },
  },
  {
    path: 'leave',
    message: 'present exactly on leave (or kept by a suspension or a notice)',
    holds: (s) => (s.leave !== undefined) === keeps(s, 'onLeave'),
  },
  {
    path: 'inquiry',
    message: 'present exactly during an inactivity inquiry (or kept by a suspension or a notice)',
    holds: (s) => (s.inquiry !== undefined) === keeps(s, 'inactivityInquiry'),
  },
  {
    path: 'transfer',
    message: 'present exactly while a transfer is pending (or kept by a suspension or a notice)',
    holds: (s) => (s.transfer !== undefined) === keeps(s, 'transferPending'),
  },
  {
    path: 'closing',
    message: 'previous is set only in cancellationNotice',
    holds: (s) => s.closing?.previous === undefined || s.status === 'cancellationNotice',
  },
  {
    path: 'scheduledBaja',
    message: 'a baja announced ahead is absent in gracePeriod and cancelled, and after its report',
    holds: (s) =>
      s.scheduledBaja === undefined ||
      (s.status !== 'gracePeriod' &&
        s.status !== 'cancelled' &&
        s.scheduledBaja.on > s.scheduledBaja.reportedOn),
  },
  // Cross-field rules (issue 12): only states some sequence of events can reach.
  {
    path: 'expiresOn',
    message: 'an external or contractor account is temporary: it has its expiry (4.10, 4.29)',
    holds: (s) => s.holder === 'staff' || s.expiresOn !== null,
  },
  {
    path: 'lastAccessOn',
    message: 'not before createdOn',
    holds: (s) => s.lastAccessOn === null || s.lastAccessOn >= s.createdOn,
  },
  {
    path: 'cancelOn',
    message: 'in gracePeriod, the day after usableThrough (4.22: usable through D+N, cancelled D+N+1)',
    // A missing usableThrough has no next day (''), which no cancelOn equals.
    holds: (s) => s.status !== 'gracePeriod' || s.cancelOn === nextDay(s.usableThrough),
  },
  {
    path: 'usableThrough',
    message: 'in gracePeriod, not before its bajaOn (4.22)',
    holds: (s) =>
      s.status !== 'gracePeriod' ||
      // Stryker disable next-line ConditionalExpression: `usableThrough !== null` → true is equivalent (`null >= day` is false); the other operands' are killed
      (s.usableThrough !== null && s.closing?.bajaOn !== undefined && s.usableThrough >= s.closing.bajaOn),
  },
];

// YYYY-MM-DD strings compare as the days they name. `''` for what is not a day (null
// included): no date field equals it.
// Stryker disable next-line StringLiteral: equivalent, any text that is not a YYYY-MM-DD day equals no cancelOn the shape lets through
const nextDay = (d: string | null): string => (isPlainDate(d) ? addDays(d, 1) : '');

/** @internal Every broken invariant of a well-shaped state, for the schema's report. */
export function stateProblems(s: AccountState): Problem[] {
  return RULES.filter((r) => !r.holds(s)).map((r) => ({ path: [r.path], message: r.message }));
}

/** @internal Whether a well-shaped state keeps every invariant (no allocation: the hot path). */
export function keepsInvariants(s: AccountState): boolean {
  for (const r of RULES) if (!r.holds(s)) return false;
  return true;
}
