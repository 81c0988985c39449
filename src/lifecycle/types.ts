import type { Instant } from '../_internal/instant.js';
import type { PlainDate } from '../_internal/plainDate.js';
import type { Actor } from '../machine/types.js';

/**
 * Where an account is in its life (SPEC §6). `cancelled` is terminal.
 *
 * @example
 * const status: AccountStatus = 'gracePeriod';
 * ACCOUNT_STATUSES.includes(status)
 * //=> true
 */
export type AccountStatus =
  | 'active'
  | 'onLeave'
  | 'suspended'
  | 'inactivityInquiry'
  | 'transferPending'
  | 'cancellationNotice'
  | 'gracePeriod'
  | 'cancelled';

/**
 * Who holds the account: SESEQ staff, or people outside SESEQ (4.10 advisors, auditors; 4.29 contractors).
 *
 * @example
 * const holder: AccountHolder = 'external'; // an auditor: temporary, with an expiry (4.10)
 */
export type AccountHolder = 'staff' | 'external' | 'contractor';

/**
 * Why an account was (or is being) cancelled.
 *
 * @example
 * const cause: CancellationCause = 'inactivity'; // its username is retired (4.19)
 */
export type CancellationCause = 'inactivity' | 'baja' | 'request' | 'expiry' | 'sanction';

/**
 * The kind of a leave (4.21.3); `null` when the boss reported a leave without saying which (8.3-5.A).
 *
 * @example
 * const kind: LeaveKind = 'medical';
 */
export type LeaveKind = 'vacation' | 'unpaid' | 'medical';

/**
 * A status a suspension returns to when it ends.
 *
 * @example
 * const back: ResumableStatus = 'onLeave';
 */
export type ResumableStatus = 'active' | 'onLeave' | 'inactivityInquiry' | 'transferPending';

/**
 * Where a suspension goes back to: the status it interrupted, or, for an investigation during
 * the notice or the grace period (4.21.4 "todo trabajador", SPEC §12), that status itself:
 * the account stays in it with the suspension recorded and its clock keeps running.
 *
 * @example
 * const resume: SuspensionResume = 'gracePeriod'; // an investigation during the grace period
 */
export type SuspensionResume = ResumableStatus | 'cancellationNotice' | 'gracePeriod';

/**
 * A leave in course: still enabled and exempt from inactivity (4.21.3, 8.3-5.A).
 *
 * @example
 * const leave: AccountLeave = { kind: 'vacation', since: '2026-07-01', until: '2026-07-15' };
 */
export type AccountLeave = {
  readonly kind: LeaveKind | null;
  readonly since: PlainDate;
  /** The last day of the leave (inclusive); `null` when open-ended. */
  readonly until: PlainDate | null;
};

/**
 * A suspension in course: an internal investigation suspends network access and the superior
 * is informed (4.21.4, 5.4.15); a temporary sanction deactivates the mailbox (4.26). An
 * investigation that turns into a temporary sanction has both.
 *
 * @example
 * const suspension: AccountSuspension = {
 *   reason: 'investigation', since: '2026-03-02', until: '2026-03-31', network: true, mailbox: false, resume: 'active',
 * };
 */
export type AccountSuspension = {
  readonly reason: 'investigation' | 'sanction';
  readonly since: PlainDate;
  /** The last day of the suspension (inclusive); `null` until a `REINSTATE`. */
  readonly until: PlainDate | null;
  /** Network access is suspended (4.21.4, 5.4.15). */
  readonly network: boolean;
  /** The mailbox is deactivated (4.26). */
  readonly mailbox: boolean;
  /**
   * The status the account goes back to when the suspension ends; in `cancellationNotice` or
   * `gracePeriod`, the status it is in (the suspension does not stop its clock).
   */
  readonly resume: SuspensionResume;
};

/**
 * An inactivity inquiry: the boss was asked why the account is unused (8.3-4).
 *
 * @example
 * const inquiry: AccountInquiry = { openedOn: '2026-04-20', inactiveFrom: '2026-04-15' };
 */
export type AccountInquiry = { readonly openedOn: PlainDate; readonly inactiveFrom: PlainDate };

/**
 * A reported cambio de adscripción waiting for the new area's decision (8.2-1.B, 8.2-2).
 *
 * @example
 * const transfer: AccountTransfer = { toDepartment: 'Planeación', reportedOn: '2026-05-04', effectiveOn: '2026-05-01' };
 */
export type AccountTransfer = {
  readonly toDepartment: string;
  readonly reportedOn: PlainDate;
  /** The day the change took effect, when the report says (4.23). */
  readonly effectiveOn?: PlainDate;
  /** The report came 15 or more days after `effectiveOn` (4.23 "baja o cambio de adscripción"). */
  readonly lateNotice?: { readonly days: number };
};

/**
 * Why and since when an account is on its way out (`cancellationNotice`, `gracePeriod`): the
 * cause its cancellation will have, the baja date its grace counts from, and, for a baja the
 * boss reported, whether the report was late (4.23).
 *
 * @example
 * const closing: AccountClosing = { cause: 'baja', since: '2026-12-21', reason: 'separation', bajaOn: '2026-12-20' };
 */
export type AccountClosing = {
  readonly cause: CancellationCause;
  /** The day the notice (4.24) or the grace period (4.22) began. */
  readonly since: PlainDate;
  /** In `gracePeriod`: the date the 15 días naturales count from. */
  readonly bajaOn?: PlainDate;
  /** For an `OFFBOARD`: the reason the boss gave. */
  readonly reason?: 'separation' | 'positionChange' | 'contractEnd';
  /** For an `OFFBOARD`: the boss's notice was 15 or more days after the baja (4.23). */
  readonly lateNotice?: { readonly days: number };
  /**
   * In `cancellationNotice`: the status the account had before the request, where it returns
   * if the request is not confirmed (`CANCELLATION_NOT_CONFIRMED`, 8.3-7); its leave, inquiry
   * or transfer is kept meanwhile.
   */
  readonly previous?: ResumableStatus;
};

/**
 * The reason a boss (or the user, or the unit) gives for a baja (`OFFBOARD`).
 *
 * @example
 * const reason: BajaReason = 'contractEnd';
 */
export type BajaReason = 'separation' | 'positionChange' | 'contractEnd';

/**
 * A baja announced ahead of its date (4.22, SPEC §12): until `on` the account goes on as it
 * is; on `on` time moves it into the grace period (`BAJA_REACHED`), and only then is the
 * backup made for the boss.
 *
 * @example
 * const scheduledBaja: AccountScheduledBaja = { on: '2026-12-31', reportedOn: '2026-12-01', reason: 'separation' };
 */
export type AccountScheduledBaja = {
  /** The baja date: the grace period's 15 días naturales count from it. */
  readonly on: PlainDate;
  /** The day the baja was reported (before `on`). */
  readonly reportedOn: PlainDate;
  readonly reason: BajaReason;
};

/**
 * An e-mail account as plain JSON (SPEC §11): the fixed fields plus optional ones that say
 * what is in course. `version` is 1 after {@link openAccount} and grows by one per transition;
 * `updatedAt` is the instant of the last change (an earlier event is refused).
 *
 * @example
 * const account: AccountState = {
 *   id: 'a1', version: 1, status: 'active', username: 'PERLAHL', department: 'Compras', holder: 'staff',
 *   createdOn: '2026-01-15', lastAccessOn: null, expiresOn: null, internet: false,
 *   usableThrough: null, cancelOn: null, cancellation: null,
 * };
 * parseAccountState(account).isOk()
 * //=> true
 */
export type AccountState = {
  readonly id: string;
  readonly version: number;
  readonly status: AccountStatus;
  readonly username: string;
  readonly department: string;
  readonly holder: AccountHolder;
  readonly createdOn: PlainDate;
  /** `null`: never used (inactivity counts from `createdOn`). */
  readonly lastAccessOn: PlainDate | null;
  /** Temporary accounts: their baja date (4.10, 4.29). */
  readonly expiresOn: PlainDate | null;
  readonly internet: boolean;
  /** In `gracePeriod`: the last usable day. */
  readonly usableThrough: PlainDate | null;
  /** In `cancellationNotice` / `gracePeriod`: the day the next step happens. */
  readonly cancelOn: PlainDate | null;
  readonly cancellation: { readonly on: PlainDate; readonly cause: CancellationCause } | null;
  readonly updatedAt?: Instant;
  /**
   * The day the account came back from a leave, a suspension or a transfer: the three months
   * of 4.19 count from here when it is later than the last access (a leave is exempt, 4.21.3).
   */
  readonly resumedOn?: PlainDate;
  readonly leave?: AccountLeave;
  readonly suspension?: AccountSuspension;
  readonly inquiry?: AccountInquiry;
  readonly transfer?: AccountTransfer;
  readonly closing?: AccountClosing;
  /** A baja announced ahead of its date, in any live status before the grace period (4.22). */
  readonly scheduledBaja?: AccountScheduledBaja;
};

type At = { readonly at: Instant; readonly actor: Actor };

/**
 * The events people and the mail server cause (SPEC §11).
 *
 * @example
 * const event: AccountEvent = {
 *   type: 'OFFBOARD', bajaOn: '2026-12-20', cause: 'separation',
 *   at: '2026-12-21T10:00:00-06:00', actor: { role: 'direct-boss', id: 'JEFE1' },
 * };
 */
export type AccountEvent = At &
  (
    | { readonly type: 'RECORD_ACCESS'; readonly on: PlainDate }
    | { readonly type: 'START_LEAVE'; readonly until: PlainDate | null; readonly kind: LeaveKind }
    | { readonly type: 'END_LEAVE' }
    | {
        readonly type: 'SUSPEND';
        readonly reason: 'investigation' | 'sanction';
        readonly until: PlainDate | null;
      }
    | { readonly type: 'REINSTATE' }
    | { readonly type: 'OPEN_INACTIVITY_INQUIRY' }
    | { readonly type: 'BOSS_REPORTS_LEAVE'; readonly until: PlainDate | null }
    | { readonly type: 'REQUEST_CANCELLATION' }
    | {
        readonly type: 'OFFBOARD';
        readonly bajaOn: PlainDate;
        readonly cause: 'separation' | 'positionChange' | 'contractEnd';
      }
    | {
        readonly type: 'REPORT_TRANSFER';
        readonly toDepartment: string;
        /** The day the change took effect; a report 15 or more days later is late (4.23). */
        readonly effectiveOn?: PlainDate;
      }
    | { readonly type: 'COMPLETE_TRANSFER'; readonly toDepartment: string }
    | { readonly type: 'NEW_AREA_DECLINES' }
    | { readonly type: 'SANCTION'; readonly permanent: boolean }
    | {
        /** IT could not confirm the boss's request (4.24 "tras la comprobación de su veracidad", 8.3-7). */
        readonly type: 'CANCELLATION_NOT_CONFIRMED';
        /** Why, in IT's words; it stays in the log. */
        readonly reason: string;
      }
  );

/**
 * The events time itself causes, from role `system` (actor `{ role: 'system', id: 'scheduler' }`
 * when {@link advanceAccount} produces them). They are rows of the same table, so the log
 * replays; each is refused with `NOT_YET_DUE` before its day.
 *
 * @example
 * const due: SystemEventType = 'GRACE_ENDED';
 */
export type SystemEventType =
  | 'NOTICE_ELAPSED'
  | 'GRACE_ENDED'
  | 'EXPIRED'
  | 'LEAVE_ENDED'
  | 'SUSPENSION_ENDED'
  | 'BAJA_REACHED';

/**
 * A time-caused event (see {@link SystemEventType}).
 *
 * @example
 * const ended: AccountSystemEvent = { type: 'GRACE_ENDED', at: '2027-01-05T00:00:00.000-06:00', actor: { role: 'system', id: 'scheduler' } };
 */
export type AccountSystemEvent = At & { readonly type: SystemEventType };

/**
 * Every event the account machine accepts.
 *
 * @example
 * const events: AnyAccountEvent[] = [
 *   { type: 'RECORD_ACCESS', on: '2026-02-02', at: '2026-02-02T09:00:00-06:00', actor: { role: 'system', id: 'mail-server' } },
 *   { type: 'NOTICE_ELAPSED', at: '2026-03-01T00:00:00.000-06:00', actor: { role: 'system', id: 'scheduler' } },
 * ];
 */
export type AnyAccountEvent = AccountEvent | AccountSystemEvent;

/**
 * The type of any event the account machine accepts.
 *
 * @example
 * const type: AccountEventType = 'REPORT_TRANSFER';
 */
export type AccountEventType = AnyAccountEvent['type'];
