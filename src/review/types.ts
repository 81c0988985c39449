import type { PlainDate } from '../_internal/plainDate.js';
import type { Clause } from '../errors/violation.js';
import type { AccountState, SystemEventType } from '../lifecycle/types.js';

/**
 * A mailbox's occupation as the server reports it, in megabytes.
 *
 * @example
 * const usage: MailboxUsage = { usedMb: 990, capacityMb: 1000 };
 * acceptsIncoming(usage, 10)
 * //=> true
 */
export type MailboxUsage = { readonly usedMb: number; readonly capacityMb: number };

/**
 * `ok`; `warning` above 90 % (notify the user, 5.4.8); `full`: incoming mail is rejected (4.18).
 *
 * @example
 * const level: MailboxLevel = mailboxUsage(901, 1000);
 * //=> 'warning'
 */
export type MailboxLevel = 'ok' | 'warning' | 'full';

/**
 * A person's name as the names module reads it (SPEC §10 `PersonNameInput`), or F01's free text.
 *
 * @example
 * const structured: ReviewName = { givenNames: 'José Carlos', paternalSurname: 'Pérez', maternalSurname: 'Juárez' };
 * const freeText: ReviewName = 'José Carlos Pérez Juárez';
 */
export type ReviewName =
  | string
  | {
      readonly givenNames: string;
      readonly paternalSurname?: string | null;
      readonly maternalSurname?: string | null;
    };

/**
 * One account as the four-monthly review reads it: the account's state as stored, and
 * optionally what the server says of its mailbox and the holder's name (to check the username
 * against 5.4.3). Unknown keys are refused.
 *
 * @example
 * const account = openAccount({ id: 'a1', username: 'CARLOSPJ', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const snapshot: ReviewSnapshot = {
 *   account, mailbox: { usedMb: 950, capacityMb: 1000 }, name: 'José Carlos Pérez Juárez',
 * };
 * reviewAccounts([snapshot], '2026-02-01')._unsafeUnwrap().items.map((i) => i.finding)
 * //=> ['quotaWarning']
 */
export type ReviewSnapshot = {
  readonly account: AccountState;
  readonly mailbox?: MailboxUsage;
  readonly name?: ReviewName;
};

/**
 * One entry of the review: a {@link ReviewSnapshot}, or the bare {@link AccountState} (SPEC §8
 * "over account snapshots"): an entry without `account` is the account itself.
 *
 * @example
 * const account = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const entries: ReviewEntry[] = [account, { account, mailbox: { usedMb: 10, capacityMb: 1000 } }];
 * reviewAccounts(entries, '2026-02-01').map((r) => r.accounts)
 * //=> ok(2)
 */
export type ReviewEntry = ReviewSnapshot | AccountState;

/**
 * What the review found about an account.
 *
 * @example
 * const finding: ReviewFinding = 'inactive'; // three months unused (4.19, 8.3-3)
 */
export type ReviewFinding =
  /** Time has made a step due: `advanceAccount(asOf)` applies `action` on `on`. */
  | 'due'
  /** Time will make a step due before the next review: `action` on `on`. */
  | 'upcoming'
  /** Three months unused (4.19, 8.3-3): ask the boss why (8.3-4). */
  | 'inactive'
  /** Would be inactive, but on leave: exempt (4.21.3, 8.3-5.A). */
  | 'exemptOnLeave'
  /** The boss was asked and has not answered yet (8.3-4, 8.3-5). */
  | 'inquiryOpen'
  /** A reported transfer waits for the new area's decision (8.2-2). */
  | 'transferPending'
  /** Above 90 % of capacity: notify the user (5.4.8). */
  | 'quotaWarning'
  /** At or over capacity: incoming mail is rejected until it is emptied (4.18). */
  | 'mailboxFull'
  /** The username follows none of the rules of 5.4.3 for the holder's name (5.4.6). */
  | 'usernameNotConforming';

/**
 * What someone (or time) should do next about a finding.
 *
 * @example
 * const action: ReviewAction = 'OPEN_INACTIVITY_INQUIRY'; // ask the boss why (8.3-4)
 */
export type ReviewAction =
  | SystemEventType
  | 'OPEN_INACTIVITY_INQUIRY'
  | 'AWAIT_BOSS_ANSWER'
  | 'AWAIT_NEW_AREA'
  | 'NOTIFY_USER'
  | 'REVIEW_USERNAME'
  | 'NONE';

/**
 * One line of the report: the account, what was found, by which clause, what next and when.
 *
 * @example
 * const item: ReviewItem = {
 *   accountId: 'a1', username: 'PERLAHL', department: 'Compras', finding: 'inactive',
 *   clause: '4.19', action: 'OPEN_INACTIVITY_INQUIRY', on: '2027-03-01',
 *   details: { inactiveFrom: '2027-02-28', lastAccessOn: '2026-11-30' },
 * };
 */
export type ReviewItem = {
  readonly accountId: string;
  readonly username: string;
  readonly department: string;
  readonly finding: ReviewFinding;
  readonly clause: Clause;
  readonly action: ReviewAction;
  /** The day the action is due (`asOf` when it is due now). */
  readonly on: PlainDate;
  /** The facts behind the finding (dates, amounts, expected usernames), or `null`. */
  readonly details: Readonly<Record<string, string | number | boolean | null | readonly string[]>> | null;
};

/**
 * The four-monthly report of 8.3-1…3 (and the quota checks of 4.18, 5.4.8), as data.
 *
 * @example
 * const account = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const review: AccountsReview = reviewAccounts([account], '2026-05-01')._unsafeUnwrap();
 * [review.nextReviewOn, review.accounts, review.counts.inactive]
 * //=> ['2026-09-01', 1, 1]
 */
export type AccountsReview = {
  readonly asOf: PlainDate;
  /** The next report, `inactivityReviewEvery` after this one (8.3-1); the horizon of `upcoming`. */
  readonly nextReviewOn: PlainDate;
  /** How many snapshots were reviewed. */
  readonly accounts: number;
  readonly items: readonly ReviewItem[];
  readonly counts: Readonly<Record<ReviewFinding, number>>;
  readonly clause: '8.3-1';
};

/**
 * A memo asking for more mailbox capacity (4.15).
 *
 * @example
 * const memo: CapacityIncreaseRequest = {
 *   username: 'PERLAHL', currentMb: 1024, requestedMb: 2048, memoOn: '2026-03-02',
 *   justification: 'Recibe los expedientes escaneados de las 18 unidades',
 *   signedBy: { name: 'Lic. Ana Ruiz', headOfArea: true },
 * };
 * reviewCapacityIncrease(memo).isOk()
 * //=> true
 */
export type CapacityIncreaseRequest = {
  readonly username: string;
  readonly currentMb: number;
  readonly requestedMb: number;
  /** The memo's justification ("con la debida justificación"). */
  readonly justification?: string | null;
  /** Who signed it; it must be the head of the area ("firmado por el titular del área"). */
  readonly signedBy?: { readonly name: string; readonly headOfArea: boolean } | null;
  readonly memoOn?: PlainDate;
};

/**
 * An accepted request for more capacity: the IT area may now set it (4.14, 4.15).
 *
 * @example
 * const increase: CapacityIncrease = { username: 'PERLAHL', fromMb: 1024, toMb: 2048, clause: '4.15' };
 */
export type CapacityIncrease = {
  readonly username: string;
  readonly fromMb: number;
  readonly toMb: number;
  readonly clause: '4.15';
};
