import type { PlainDate } from '../_internal/plainDate.js';

/** The dates of the 15-day grace after a baja (4.22): usable through D+N, cancelled on D+N+1. */
export type OffboardingSchedule = {
  /** The baja: the day the person left the post (or a temporary account's expiry). */
  readonly bajaOn: PlainDate;
  /** The last day the account and mailbox stay usable (D + `offboardingGraceDays`). */
  readonly usableThrough: PlainDate;
  /** The day the account is deactivated, cancelled and deleted (D + N + 1). */
  readonly cancelOn: PlainDate;
  readonly clause: '4.22';
};

/** The dates of a boss's written cancellation (4.24): confirmation on D, cancellation on D+N. */
export type CancellationSchedule = {
  /** The day the confirmation e-mail is sent. */
  readonly noticeOn: PlainDate;
  /** The day the cancellation takes effect (D + `cancellationNoticeDays`). */
  readonly cancelOn: PlainDate;
  readonly clause: '4.24';
};

/** Whether an account counts as unused for three continuous months as of a day (4.19). */
export type InactivityStatus = {
  readonly inactive: boolean;
  /** The first day on which the account counts as inactive, if nobody uses it before. */
  readonly inactiveFrom: PlainDate;
  readonly clause: '4.19';
};

/** Whether a boss reported a baja too late: "de manera inmediata (menos de 15 días)" (4.23). */
export type BossNoticeCheck = {
  readonly late: boolean;
  /** Whole days from the baja to the notice (negative for a baja announced in advance). */
  readonly days: number;
  readonly clause: '4.23';
};

/** The next four-monthly access report after the last one (8.3-1). */
export type InactivityReviewDate = {
  readonly lastOn: PlainDate;
  readonly nextOn: PlainDate;
  readonly clause: '8.3-1';
};

/** The next yearly drill of the contingency plan after the last one (5.4.12). */
export type ContingencyDrillDate = {
  readonly lastOn: PlainDate;
  readonly nextOn: PlainDate;
  readonly clause: '5.4.12';
};
