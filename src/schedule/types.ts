import type { PlainDate } from '../_internal/plainDate.js';

/**
 * The dates of the 15-day grace after a baja (4.22): usable through D+N, cancelled on D+N+1.
 *
 * @example
 * offboardingSchedule('2026-12-20').map((s: OffboardingSchedule) => [s.usableThrough, s.cancelOn])
 * //=> ok(['2027-01-04', '2027-01-05'])
 */
export type OffboardingSchedule = {
  /** The baja: the day the person left the post (or a temporary account's expiry). */
  readonly bajaOn: PlainDate;
  /** The last day the account and mailbox stay usable (D + `offboardingGraceDays`). */
  readonly usableThrough: PlainDate;
  /** The day the account is deactivated, cancelled and deleted (D + N + 1). */
  readonly cancelOn: PlainDate;
  readonly clause: '4.22';
};

/**
 * The dates of a boss's written cancellation (4.24): confirmation on D, cancellation on D+N.
 *
 * @example
 * const schedule: CancellationSchedule = { noticeOn: '2026-02-27', cancelOn: '2026-03-01', clause: '4.24' };
 * cancellationSchedule('2026-02-27')
 * //=> ok(schedule)
 */
export type CancellationSchedule = {
  /** The day the confirmation e-mail is sent. */
  readonly noticeOn: PlainDate;
  /** The day the cancellation takes effect (D + `cancellationNoticeDays`). */
  readonly cancelOn: PlainDate;
  readonly clause: '4.24';
};

/**
 * Whether an account counts as unused for three continuous months as of a day (4.19).
 *
 * @example
 * const status: InactivityStatus = { inactive: false, inactiveFrom: '2026-04-15', clause: '4.19' };
 * inactivityStatus(null, '2026-01-15', '2026-04-14')
 * //=> ok(status)
 */
export type InactivityStatus = {
  readonly inactive: boolean;
  /** The first day on which the account counts as inactive, if nobody uses it before. */
  readonly inactiveFrom: PlainDate;
  readonly clause: '4.19';
};

/**
 * Whether a boss reported a baja too late: "de manera inmediata (menos de 15 días)" (4.23).
 *
 * @example
 * const check: BossNoticeCheck = { late: true, days: 15, clause: '4.23' };
 * isBossNoticeLate('2026-12-01', '2026-12-16')
 * //=> ok(check)
 */
export type BossNoticeCheck = {
  readonly late: boolean;
  /** Whole days from the baja to the notice (negative for a baja announced in advance). */
  readonly days: number;
  readonly clause: '4.23';
};

/**
 * The next four-monthly access report after the last one (8.3-1).
 *
 * @example
 * const next: InactivityReviewDate = { lastOn: '2026-10-31', nextOn: '2027-02-28', clause: '8.3-1' };
 * nextInactivityReview('2026-10-31')
 * //=> ok(next)
 */
export type InactivityReviewDate = {
  readonly lastOn: PlainDate;
  readonly nextOn: PlainDate;
  readonly clause: '8.3-1';
};

/**
 * The next yearly drill of the contingency plan after the last one (5.4.12).
 *
 * @example
 * const drill: ContingencyDrillDate = { lastOn: '2028-02-29', nextOn: '2029-02-28', clause: '5.4.12' };
 * nextContingencyDrill('2028-02-29')
 * //=> ok(drill)
 */
export type ContingencyDrillDate = {
  readonly lastOn: PlainDate;
  readonly nextOn: PlainDate;
  readonly clause: '5.4.12';
};
