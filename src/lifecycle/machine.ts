import type { PlainDate } from '../_internal/plainDate.js';
import { type Violation, violation } from '../errors/violation.js';
import { defineMachine } from '../machine/defineMachine.js';
import type { MachineTable, Row } from '../machine/types.js';
import type { Policy } from '../policy/policy.js';
import { cancellationDates } from '../schedule/cancellationSchedule.js';
import { countsFrom, inactiveFromDate } from '../schedule/inactivityStatus.js';
import { bossNotice } from '../schedule/isBossNoticeLate.js';
import { offboardingDates } from '../schedule/offboardingSchedule.js';
import { dayOf, later } from './_dates.js';
import { dueEvent } from './_due.js';
import type { AccountEffect } from './effects.js';
import { accountEventSchema, accountStateSchema } from './schema.js';
import { ACCOUNT_STATUSES } from './statuses.js';
import type {
  AccountClosing,
  AccountState,
  AccountStatus,
  AccountTransfer,
  AnyAccountEvent,
  CancellationCause,
  ResumableStatus,
  SuspensionResume,
} from './types.js';

type Guards =
  | 'accessDateValid'
  | 'untilNotPast'
  | 'isInactive'
  | 'bajaValid'
  | 'noticeInRange'
  | 'graceInRange'
  | 'otherDepartment'
  | 'isDue'
  | 'permanentOnly'
  | 'investigationOnly'
  | 'transferDateValid'
  | 'reportedDepartment'
  | 'hasSuspension';
type Effects =
  | 'askBoss'
  | 'confirmCancellation'
  | 'backupForBoss'
  | 'announceGrace'
  | 'flagLateNotice'
  | 'flagLateTransfer'
  | 'withdrawCancellation'
  | 'cancelAccount'
  | 'suspend'
  | 'restore'
  | 'sanction'
  | 'moveMailbox';

type Of<T extends AnyAccountEvent['type']> = Extract<AnyAccountEvent, { type: T }>;
/** The kit calls a row's `apply`, guards and effects only with that row's event type (named as the type argument). */
const as = <T extends AnyAccountEvent['type']>(e: AnyAccountEvent): Of<T> => e as Of<T>;

/** The fields that describe what is in course; each transition says which ones it keeps. */
type InCourse = 'leave' | 'suspension' | 'inquiry' | 'transfer' | 'closing' | 'scheduledBaja';

function without(s: AccountState, ...keys: InCourse[]): AccountState {
  const next: Record<string, unknown> = { ...s };
  for (const k of keys) delete next[k];
  return next as AccountState;
}

const ALL_IN_COURSE: InCourse[] = ['leave', 'suspension', 'inquiry', 'transfer', 'closing', 'scheduledBaja'];

/** The state a baja-like event leads to: the grace period of 4.22 counted from `bajaOn`. */
function intoGrace(
  s: AccountState,
  bajaOn: PlainDate,
  closing: AccountClosing,
  policy: Policy,
): AccountState {
  const plan = offboardingDates(bajaOn, policy);
  // The rows that lead here are guarded by `graceInRange`/`bajaValid`, so the plan exists.
  // Stryker disable next-line ConditionalExpression,ObjectLiteral: unreachable, the guards refuse a baja whose plan fails
  const dates = plan.isOk() ? plan.value : { usableThrough: bajaOn, cancelOn: bajaOn };
  const next: AccountState = {
    ...without(s, ...ALL_IN_COURSE),
    status: 'gracePeriod',
    usableThrough: dates.usableThrough,
    cancelOn: dates.cancelOn,
    closing: { ...closing, bajaOn },
  };
  // A suspension goes on in the grace period, recorded, until it ends or the account is
  // deleted; the grace period's clock does not stop for it (4.21.4, 4.22, SPEC §12).
  return s.suspension === undefined
    ? next
    : { ...next, suspension: { ...s.suspension, resume: 'gracePeriod' } };
}

function cancelled(s: AccountState, on: PlainDate, cause: CancellationCause): AccountState {
  return { ...without(s, ...ALL_IN_COURSE), status: 'cancelled', cancellation: { on, cause } };
}

/** @internal The day the inactivity count of 4.19 starts: last access or creation, or a later return (4.21.3). */
export function inactivitySince(s: AccountState): PlainDate {
  const since = countsFrom(s.lastAccessOn, s.createdOn);
  return s.resumedOn !== undefined ? later(since, s.resumedOn) : since;
}

/** @internal Whether, and from when, an account counts as inactive on `day` (4.19). */
export function inactivityOn(
  s: AccountState,
  day: PlainDate,
  policy: Policy,
): { inactive: boolean; inactiveFrom: PlainDate } | Violation {
  const from = inactiveFromDate(inactivitySince(s), policy);
  if (from.isErr()) return from.error;
  return { inactive: day >= from.value, inactiveFrom: from.value };
}

const RESUMABLE: readonly AccountStatus[] = ['active', 'onLeave', 'inactivityInquiry', 'transferPending'];

/**
 * Where a suspension returns to: the status it interrupted, unless that leave is over by now;
 * in the notice or the grace period, the status the account is in (it never left it).
 */
function resumed(s: AccountState, day: PlainDate): AccountState {
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, the rows that resume (REINSTATE, SUSPENSION_ENDED) have a suspension (invariant, guard hasSuspension)
  const back: SuspensionResume = s.suspension?.resume ?? 'active';
  const base = { ...without(s, 'suspension'), resumedOn: day };
  // A leave is kept exactly when the suspension resumes it, or a notice will (invariant).
  // Stryker disable next-line OptionalChaining: equivalent, a suspension that resumes a leave keeps it (invariant)
  if (back === 'onLeave' && (s.leave?.until ?? day) < day) {
    return { ...without(base, 'leave'), status: 'active' };
  }
  return { ...base, status: back };
}

function cancellationEffects(before: AccountState, after: AccountState): AccountEffect[] {
  const { username, department } = before;
  // Stryker disable next-line OptionalChaining: equivalent, every row with these effects cancels (the state has its cancellation)
  const cause = after.cancellation?.cause;
  const deletion = cause === 'inactivity' ? '4.19' : cause === 'sanction' ? '4.21.2' : '4.22';
  const out: AccountEffect[] = [
    // Nothing is lost: the last backup goes to the boss right before the deletion (4.22, 8.2-1.A.1, 8.3-8).
    {
      type: 'BACKUP_MAILBOX',
      username,
      deliverTo: 'direct-boss',
      clause: cause === 'sanction' ? '4.26' : '8.3-8',
    },
    { type: 'DELETE_MAILBOX', username, clause: deletion },
    { type: 'RELEASE_SEAT', department, username, clause: '8.2-1.A.2' },
  ];
  if (before.internet) out.push({ type: 'RELEASE_INTERNET_EXIT', department, username, clause: '8.2-1.A.2' });
  if (cause === 'inactivity') out.push({ type: 'RETIRE_USERNAME', username, clause: '4.19' });
  out.push(
    { type: 'UPDATE_ACCOUNT_LISTING', department, username, change: 'seatAvailable', clause: '8.3-10' },
    {
      type: 'NOTIFY',
      to: 'direct-boss',
      template: 'account-cancelled',
      clause: deletion,
      // Stryker disable next-line OptionalChaining: equivalent, as `cause` above
      data: { username, cause: cause ?? null, on: after.cancellation?.on ?? null },
    },
  );
  return out;
}

/**
 * A suspension started, or one in course that an investigation or a sanction extends: the
 * restrictions add up (network for an investigation, mailbox for a sanction), a sanction
 * names it, and it lasts until the later end (open-ended when either is).
 */
function suspendedBy(
  s: AccountState,
  reason: 'investigation' | 'sanction',
  until: PlainDate | null,
  day: PlainDate,
): AccountState {
  const prev = s.suspension;
  if (prev !== undefined) {
    return {
      ...s,
      suspension: {
        ...prev,
        reason: prev.reason === 'sanction' || reason === 'sanction' ? 'sanction' : 'investigation',
        // Stryker disable next-line ConditionalExpression: `until === null` → false is equivalent, later(x, null) is null (no date string is >= null); the other operands are killed
        until: prev.until === null || until === null ? null : later(prev.until, until),
        network: prev.network || reason === 'investigation',
        mailbox: prev.mailbox || reason === 'sanction',
      },
    };
  }
  const stays = s.status === 'cancellationNotice' || s.status === 'gracePeriod';
  return {
    ...s,
    status: stays ? s.status : 'suspended',
    suspension: {
      reason,
      since: day,
      until,
      network: reason === 'investigation',
      mailbox: reason === 'sanction',
      resume: stays
        ? (s.status as SuspensionResume)
        : RESUMABLE.includes(s.status)
          ? (s.status as ResumableStatus)
          : // Stryker disable next-line StringLiteral: unreachable, a suspended account has its suspension (handled above), every other status is resumable or stays
            'active',
    },
  };
}

function suspensionEffects(username: string, reason: 'investigation' | 'sanction'): AccountEffect[] {
  return reason === 'investigation'
    ? [
        { type: 'SUSPEND_NETWORK_ACCESS', username, clause: '4.21.4' },
        // "se informará al superior inmediato de dicha suspensión" (4.21.4, 5.4.15).
        {
          type: 'NOTIFY',
          to: 'direct-boss',
          template: 'network-access-suspended',
          clause: '5.4.15',
          data: { username },
        },
      ]
    : [
        { type: 'DISABLE_MAILBOX', username, clause: '4.26' },
        { type: 'NOTIFY', to: 'user', template: 'mailbox-disabled', clause: '4.26', data: { username } },
      ];
}

const ROW_DEFAULTS = { guards: [], effects: [] } as const;
type AccountRow = Row<AccountState, AnyAccountEvent, Guards, Effects>;

/** RECORD_ACCESS keeps every status but the inquiry as it is: one self-loop row per status. */
const ACCESS_KEEPS: readonly AccountStatus[] = [
  'active',
  'onLeave',
  'suspended',
  'transferPending',
  'cancellationNotice',
  'gracePeriod',
];

function recordAccess(s: AccountState, e: AnyAccountEvent): AccountState {
  const { on } = as<'RECORD_ACCESS'>(e);
  return { ...s, lastAccessOn: later(s.lastAccessOn ?? on, on) };
}

const accessRows: AccountRow[] = ACCESS_KEEPS.map((status) => ({
  ...ROW_DEFAULTS,
  from: [status],
  event: 'RECORD_ACCESS',
  roles: ['system'],
  to: [status],
  guards: ['accessDateValid'],
  clauses: status === 'onLeave' ? ['4.19', '4.21.3'] : status === 'gracePeriod' ? ['4.19', '4.22'] : ['4.19'],
  summary: {
    es: 'El servidor registra un acceso: se actualiza la fecha del último acceso.',
    en: 'The mail server reports an access: the last-access date moves on.',
  },
  apply: recordAccess,
}));

function suspend(s: AccountState, e: AnyAccountEvent, policy: Policy): AccountState {
  const { reason, until } = as<'SUSPEND'>(e);
  return suspendedBy(s, reason, until, dayOf(e.at, policy));
}

/**
 * SUSPEND where the account already has a suspension or is on its way out: "todo trabajador"
 * under investigation (4.21.4, SPEC §12). A suspended account adds the restriction; in the
 * notice or the grace period only an investigation applies (a temporary sanction does not,
 * 4.26), the account stays in its status with the suspension recorded, and its clock runs.
 */
const suspendAgainRows: AccountRow[] = (['suspended', 'cancellationNotice', 'gracePeriod'] as const).map(
  (status) => ({
    ...ROW_DEFAULTS,
    from: [status],
    event: 'SUSPEND',
    roles: ['it-head', 'mail-officer'],
    to: [status],
    guards: status === 'suspended' ? ['untilNotPast'] : ['untilNotPast', 'investigationOnly'],
    effects: ['suspend'],
    clauses: status === 'suspended' ? ['4.21.4', '5.4.15', '4.26'] : ['4.21.4', '5.4.15', '4.22'],
    summary:
      status === 'suspended'
        ? {
            es: 'Ya suspendida: la investigación o la sanción se suman a lo suspendido.',
            en: 'Already suspended: the investigation or sanction adds its restriction.',
          }
        : {
            es: 'Investigación interna de una cuenta que ya se va: se suspende la red y se informa al superior; los plazos siguen corriendo.',
            en: 'Internal investigation of an account already on its way out: network suspended, superior told; its deadlines still run.',
          },
    apply: suspend,
  }),
);

/** REINSTATE / SUSPENSION_ENDED in the notice or the grace period: restored, the account stays where it is. */
const liftInClosingRows: AccountRow[] = (['cancellationNotice', 'gracePeriod'] as const).flatMap((status) => [
  {
    ...ROW_DEFAULTS,
    from: [status],
    event: 'REINSTATE',
    roles: ['it-head', 'mail-officer'],
    to: [status],
    guards: ['hasSuspension'],
    effects: ['restore'],
    clauses: ['4.21.4', '5.4.15'],
    summary: {
      es: 'Termina la investigación de una cuenta que ya se va: se restablece la red; sigue donde estaba.',
      en: 'The investigation of an account on its way out ends: network restored; it stays where it was.',
    },
    apply: (s: AccountState, e: AnyAccountEvent, policy: Policy) => resumed(s, dayOf(e.at, policy)),
  },
  {
    ...ROW_DEFAULTS,
    from: [status],
    event: 'SUSPENSION_ENDED',
    roles: ['system'],
    to: [status],
    guards: ['isDue'],
    effects: ['restore'],
    clauses: ['4.21.4'],
    summary: {
      es: 'Pasa el último día de la suspensión de una cuenta que ya se va: se restablece; sigue donde estaba.',
      en: 'The last day of the suspension of an account on its way out has passed: restored; it stays where it was.',
    },
    apply: (s: AccountState, e: AnyAccountEvent, policy: Policy) => resumed(s, dayOf(e.at, policy)),
  },
]);

/** The live statuses a baja (`OFFBOARD`) is taken from: all but the grace period itself. */
const OFFBOARD_FROM: readonly AccountStatus[] = [
  'active',
  'onLeave',
  'suspended',
  'inactivityInquiry',
  'transferPending',
  'cancellationNotice',
];

function offboard(s: AccountState, e: AnyAccountEvent, policy: Policy): AccountState {
  const { bajaOn, cause } = as<'OFFBOARD'>(e);
  const day = dayOf(e.at, policy);
  // Announced ahead (4.22, SPEC §12): the account goes on as it is until its baja date.
  if (bajaOn > day) return { ...s, scheduledBaja: { on: bajaOn, reportedOn: day, reason: cause } };
  const check = bossNotice(bajaOn, day, policy);
  const closing: AccountClosing = check.late
    ? { cause: 'baja', since: day, reason: cause, lateNotice: { days: check.days } }
    : { cause: 'baja', since: day, reason: cause };
  return intoGrace(s, bajaOn, closing, policy);
}

/**
 * OFFBOARD, one row per status: a baja on or before the event's day starts the grace period
 * at once; one announced ahead leaves the account in its status with the baja recorded.
 */
const offboardRows: AccountRow[] = OFFBOARD_FROM.map((status) => ({
  ...ROW_DEFAULTS,
  from: [status],
  event: 'OFFBOARD',
  // The boss reports the baja (4.23); the user may report their own (F01's note), the
  // unit its worker's (8.2-1.B), the mail officer records it. SPEC §12.
  roles: ['direct-boss', 'mail-officer', 'user', 'unit-it'],
  to: ['gracePeriod', status],
  guards: ['bajaValid'],
  effects: ['backupForBoss', 'announceGrace', 'flagLateNotice'],
  clauses: ['4.22', '4.23', '8.2-1.A', '8.2-1.A.1', '5.4.14'],
  summary: {
    es: 'Baja: respaldo al jefe, usable 15 días naturales desde la baja (aviso de 15 días o más, tardío); anunciada con anticipación, la cuenta sigue igual hasta esa fecha.',
    en: 'Baja: backup to the boss, usable for 15 calendar days from the baja (a notice 15+ days late is flagged); announced ahead, the account goes on as it is until that date.',
  },
  apply: offboard,
}));

/**
 * The account lifecycle of U430-DP-P09 (4.19–4.29, 8.2, 8.3) as one declarative table
 * (SPEC §6): `transitionAccount`, the role checks, the log, `replayAccount`, the Mermaid
 * diagram and the docs are derived from it. `openAccount` makes the first state (`active`);
 * the rows take it from there. Rows from role `system` are the transitions time causes
 * (`NOTICE_ELAPSED`, `GRACE_ENDED`, `EXPIRED`, `LEAVE_ENDED`, `SUSPENSION_ENDED`, `BAJA_REACHED`), which
 * `advanceAccount` applies through the same function. `cancelled` accepts nothing.
 *
 * @example
 * ACCOUNT_MACHINE.rows.filter((r) => r.to.includes('cancelled')).map((r) => r.event)
 * //=> ['SANCTION', 'SANCTION', 'GRACE_ENDED']
 */
export const ACCOUNT_MACHINE: MachineTable<
  AccountState,
  AnyAccountEvent,
  AccountEffect,
  Guards,
  Effects,
  'account'
> = {
  name: 'account',
  initial: { status: 'active', label: 'openAccount §8.1-9' },
  statuses: ACCOUNT_STATUSES,
  terminal: ['cancelled'],
  guards: {
    accessDateValid: (s, e, policy) => {
      const { on } = as<'RECORD_ACCESS'>(e);
      const day = dayOf(e.at, policy);
      if (on > day)
        return violation('INVALID_DATE', '4.19', {
          field: 'on',
          value: on,
          reason: `after the event's day ${day}`,
        });
      if (on < s.createdOn) {
        return violation('INVALID_DATE', '4.19', {
          field: 'on',
          value: on,
          reason: `before creation ${s.createdOn}`,
        });
      }
      return null;
    },
    untilNotPast: (_s, e, policy) => {
      const { until } = as<'START_LEAVE'>(e);
      const day = dayOf(e.at, policy);
      return (until ?? day) < day
        ? violation('INVALID_DATE', null, {
            field: 'until',
            value: until,
            reason: `before the event's day ${day}`,
          })
        : null;
    },
    isInactive: (s, e, policy) => {
      const status = inactivityOn(s, dayOf(e.at, policy), policy);
      if ('code' in status) return status;
      return status.inactive
        ? null
        : violation('ACCOUNT_NOT_INACTIVE', '8.3-3', {
            username: s.username,
            inactiveFrom: status.inactiveFrom,
          });
    },
    bajaValid: (s, e, policy) => {
      const { bajaOn } = as<'OFFBOARD'>(e);
      if (bajaOn < s.createdOn) {
        return violation('INVALID_DATE', '4.22', {
          field: 'bajaOn',
          value: bajaOn,
          reason: `before creation ${s.createdOn}`,
        });
      }
      const plan = offboardingDates(bajaOn, policy);
      return plan.isErr() ? plan.error : null;
    },
    noticeInRange: (_s, e, policy) => {
      const plan = cancellationDates(dayOf(e.at, policy), policy);
      return plan.isErr() ? plan.error : null;
    },
    graceInRange: (s, e, policy) => {
      const from =
        e.type === 'NOTICE_ELAPSED'
          ? s.cancelOn
          : e.type === 'EXPIRED'
            ? s.expiresOn
            : e.type === 'BAJA_REACHED'
              ? // Stryker disable next-line OptionalChaining: equivalent, the kit stops at the first refusing guard and isDue refuses BAJA_REACHED without its scheduled baja
                (s.scheduledBaja?.on ?? null)
              : dayOf(e.at, policy);
      // Stryker disable next-line ConditionalExpression,StringLiteral,ObjectLiteral: unreachable, a notice has its cancelOn and isDue refuses an expiry or a baja step the state does not have
      if (from === null) return violation('INVALID_TRANSITION', null, { event: e.type, status: s.status });
      const plan = offboardingDates(from, policy);
      return plan.isErr() ? plan.error : null;
    },
    otherDepartment: (s, e) => {
      const { toDepartment } = as<'REPORT_TRANSFER'>(e);
      return toDepartment === s.department
        ? violation('SAME_DEPARTMENT', '8.2-1.B', { department: toDepartment })
        : null;
    },
    reportedDepartment: (s, e) => {
      const { toDepartment } = as<'COMPLETE_TRANSFER'>(e);
      // Stryker disable next-line OptionalChaining: equivalent, COMPLETE_TRANSFER is a row of transferPending, whose state has its transfer (invariant)
      const reported = s.transfer?.toDepartment ?? toDepartment;
      return reported === toDepartment
        ? null
        : violation('TRANSFER_DEPARTMENT_MISMATCH', '8.2-6', { reported, requested: toDepartment });
    },
    transferDateValid: (s, e) => {
      const { effectiveOn } = as<'REPORT_TRANSFER'>(e);
      return (effectiveOn ?? s.createdOn) < s.createdOn
        ? violation('INVALID_DATE', '4.23', {
            field: 'effectiveOn',
            value: effectiveOn,
            reason: `before creation ${s.createdOn}`,
          })
        : null;
    },
    isDue: (s, e, policy) => {
      const due = dueEvent(s);
      const day = dayOf(e.at, policy);
      if (due !== null && due.type === e.type && due.on <= day) return null;
      return violation('NOT_YET_DUE', null, {
        event: e.type,
        day,
        due: due === null ? null : due.on,
        dueEvent: due === null ? null : due.type,
      });
    },
    investigationOnly: (s, e) =>
      as<'SUSPEND'>(e).reason === 'investigation'
        ? null
        : violation('INVALID_TRANSITION', '4.26', {
            event: e.type,
            status: s.status,
            reason: 'a temporary sanction does not apply to an account already on its way out',
          }),
    hasSuspension: (s, e) =>
      s.suspension !== undefined
        ? null
        : violation('INVALID_TRANSITION', '4.21.4', {
            event: e.type,
            status: s.status,
            reason: 'no suspension in course',
          }),
    permanentOnly: (s, e) =>
      as<'SANCTION'>(e).permanent
        ? null
        : violation('INVALID_TRANSITION', '4.26', {
            event: e.type,
            status: s.status,
            reason: 'a temporary sanction does not apply to an account already on its way out',
          }),
  },
  effects: {
    askBoss: (s, after) => [
      {
        type: 'NOTIFY',
        to: 'direct-boss',
        template: 'inactivity-inquiry',
        clause: '8.3-4',
        data: {
          username: s.username,
          lastAccessOn: s.lastAccessOn,
          // Stryker disable next-line OptionalChaining: equivalent, OPEN_INACTIVITY_INQUIRY always records its inquiry
          inactiveFrom: after.inquiry?.inactiveFrom ?? null,
        },
      },
    ],
    confirmCancellation: (s, after) => [
      {
        type: 'NOTIFY',
        to: 'direct-boss',
        template: 'cancellation-confirmation',
        clause: '4.24',
        // Stryker disable next-line OptionalChaining: equivalent, a notice has its closing (invariant)
        data: { username: s.username, cancelOn: after.cancelOn, cause: after.closing?.cause ?? null },
      },
    ],
    // A baja announced ahead (OFFBOARD with a later bajaOn) leaves the status as it is: nothing
    // is backed up or announced until time moves it into the grace period (4.22, SPEC §12).
    backupForBoss: (s, after, e) =>
      after.status !== 'gracePeriod'
        ? []
        : [
            {
              type: 'BACKUP_MAILBOX',
              username: s.username,
              deliverTo: 'direct-boss',
              clause: e.type === 'NOTICE_ELAPSED' ? '8.3-8' : e.type === 'EXPIRED' ? '4.22' : '8.2-1.A.1',
            },
          ],
    announceGrace: (s, after) =>
      after.status !== 'gracePeriod'
        ? []
        : [
            {
              type: 'NOTIFY',
              to: 'user',
              template: 'grace-period',
              clause: '4.22',
              data: { username: s.username, usableThrough: after.usableThrough, cancelOn: after.cancelOn },
            },
          ],
    flagLateNotice: (s, after) => {
      const late = after.closing?.lateNotice;
      if (late === undefined) return [];
      return [
        {
          type: 'NOTIFY',
          to: 'it-head',
          template: 'late-baja-notice',
          clause: '4.23',
          // Stryker disable next-line OptionalChaining: equivalent, `late` was read from the same closing
          data: { username: s.username, bajaOn: after.closing?.bajaOn ?? null, days: late.days },
        },
      ];
    },
    flagLateTransfer: (s, after) => {
      const t = after.transfer;
      // Stryker disable next-line OptionalChaining: equivalent, REPORT_TRANSFER always records its transfer
      if (t?.lateNotice === undefined) return [];
      return [
        {
          type: 'NOTIFY',
          to: 'it-head',
          template: 'late-transfer-notice',
          clause: '4.23',
          data: {
            username: s.username,
            toDepartment: t.toDepartment,
            effectiveOn: t.effectiveOn ?? null,
            days: t.lateNotice.days,
          },
        },
      ];
    },
    withdrawCancellation: (s, after) => [
      {
        type: 'NOTIFY',
        to: 'direct-boss',
        template: 'cancellation-withdrawn',
        clause: '8.3-7',
        data: { username: s.username, status: after.status },
      },
    ],
    cancelAccount: (s, after) => cancellationEffects(s, after),
    suspend: (s, _after, e) => {
      // Only what is newly suspended: a restriction already in force is not imposed twice.
      const { reason } = as<'SUSPEND'>(e);
      const already = reason === 'investigation' ? s.suspension?.network : s.suspension?.mailbox;
      return already === true ? [] : suspensionEffects(s.username, reason);
    },
    // Stryker disable OptionalChaining: equivalent, the rows that restore have a suspension (invariant, guard hasSuspension)
    restore: (s) => {
      const out: AccountEffect[] = [];
      if (s.suspension?.network)
        out.push({ type: 'RESTORE_NETWORK_ACCESS', username: s.username, clause: '4.21.4' });
      if (s.suspension?.mailbox) out.push({ type: 'ENABLE_MAILBOX', username: s.username, clause: '4.26' });
      out.push({
        type: 'NOTIFY',
        to: 'direct-boss',
        template: 'suspension-ended',
        clause: s.suspension?.reason === 'sanction' ? '4.26' : '4.21.4',
        data: { username: s.username },
      });
      return out;
    },
    // Stryker restore OptionalChaining
    sanction: (s, after, e) => {
      if (as<'SANCTION'>(e).permanent) return cancellationEffects(s, after);
      // Stryker disable next-line StringLiteral: equivalent, suspensionEffects reads only whether the reason is 'investigation'
      return s.suspension?.mailbox === true ? [] : suspensionEffects(s.username, 'sanction');
    },
    moveMailbox: (s, after) => [
      // The ledger's own transfer effect: the seat moves and the old department's internet
      // exit is released (4.13, F01); applying it twice is harmless (see docs/decisions.md).
      {
        type: 'MOVE_MAILBOX',
        username: s.username,
        fromArea: s.department,
        toDepartment: after.department,
        exception: null,
        clause: '8.2-9',
      },
      {
        type: 'NOTIFY',
        to: 'user',
        template: 'transfer-completed',
        clause: '8.2-9',
        data: { username: s.username, department: after.department },
      },
    ],
  },
  rows: [
    ...accessRows,
    {
      ...ROW_DEFAULTS,
      from: ['inactivityInquiry'],
      event: 'RECORD_ACCESS',
      roles: ['system'],
      to: ['active', 'inactivityInquiry'],
      guards: ['accessDateValid'],
      clauses: ['4.19', '8.3-3'],
      summary: {
        es: 'La cuenta se consultó: si ya no lleva tres meses sin uso, la consulta al jefe se cierra.',
        en: 'The account was used: unless it is still three months idle, the inquiry closes.',
      },
      apply: (s, e, policy) => {
        const next = recordAccess(s, e);
        const status = inactivityOn(next, dayOf(e.at, policy), policy);
        // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, a violation has no `inactive`, so it closes the inquiry either way
        if (!('code' in status) && status.inactive) return next;
        return { ...without(next, 'inquiry'), status: 'active' };
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['active'],
      event: 'START_LEAVE',
      roles: ['direct-boss', 'mail-officer'],
      to: ['onLeave'],
      guards: ['untilNotPast'],
      clauses: ['4.21.3'],
      summary: {
        es: 'Vacaciones o licencia: la cuenta sigue habilitada y no cuenta como inactiva.',
        en: 'Vacation or leave: the account stays enabled and is exempt from inactivity.',
      },
      apply: (s, e, policy) => {
        const { until, kind } = as<'START_LEAVE'>(e);
        return { ...s, status: 'onLeave', leave: { kind, since: dayOf(e.at, policy), until } };
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['onLeave'],
      event: 'END_LEAVE',
      roles: ['direct-boss', 'mail-officer'],
      to: ['active'],
      clauses: ['4.21.3'],
      summary: {
        es: 'Termina la licencia: el plazo de inactividad cuenta desde el regreso.',
        en: 'The leave ends: inactivity counts from the return.',
      },
      apply: (s, e, policy) => ({ ...without(s, 'leave'), status: 'active', resumedOn: dayOf(e.at, policy) }),
    },
    {
      ...ROW_DEFAULTS,
      from: ['onLeave'],
      event: 'LEAVE_ENDED',
      roles: ['system'],
      to: ['active'],
      guards: ['isDue'],
      clauses: ['4.21.3', '8.3-5.A'],
      summary: {
        es: 'Pasa el último día de la licencia: la cuenta vuelve a activa.',
        en: 'The last day of the leave has passed: the account is active again.',
      },
      apply: (s, e, policy) => ({ ...without(s, 'leave'), status: 'active', resumedOn: dayOf(e.at, policy) }),
    },
    {
      ...ROW_DEFAULTS,
      from: ['active', 'onLeave', 'inactivityInquiry', 'transferPending'],
      event: 'SUSPEND',
      roles: ['it-head', 'mail-officer'],
      to: ['suspended'],
      guards: ['untilNotPast'],
      effects: ['suspend'],
      clauses: ['4.21.4', '5.4.15', '4.26'],
      summary: {
        es: 'Investigación interna: se suspende el acceso a la red y se informa al superior; sanción temporal: se desactiva el buzón.',
        en: 'Internal investigation: network access suspended and the superior told; temporary sanction: mailbox deactivated.',
      },
      apply: suspend,
    },
    ...suspendAgainRows,
    {
      ...ROW_DEFAULTS,
      from: ['suspended'],
      event: 'REINSTATE',
      roles: ['it-head', 'mail-officer'],
      to: ['active', 'onLeave', 'inactivityInquiry', 'transferPending'],
      effects: ['restore'],
      clauses: ['4.21.4', '5.4.15', '4.26'],
      summary: {
        es: 'Termina la suspensión: se restablece lo suspendido y la cuenta vuelve a donde estaba.',
        en: 'The suspension ends: what was suspended is restored and the account resumes where it was.',
      },
      apply: (s, e, policy) => resumed(s, dayOf(e.at, policy)),
    },
    ...liftInClosingRows,
    {
      ...ROW_DEFAULTS,
      from: ['suspended'],
      event: 'SUSPENSION_ENDED',
      roles: ['system'],
      to: ['active', 'onLeave', 'inactivityInquiry', 'transferPending'],
      guards: ['isDue'],
      effects: ['restore'],
      clauses: ['4.21.4', '4.26'],
      summary: {
        es: 'Pasa el último día de la suspensión: se restablece y la cuenta vuelve a donde estaba.',
        en: 'The last day of the suspension has passed: restored, the account resumes where it was.',
      },
      apply: (s, e, policy) => resumed(s, dayOf(e.at, policy)),
    },
    {
      ...ROW_DEFAULTS,
      from: ['active', 'onLeave', 'suspended', 'inactivityInquiry', 'transferPending'],
      event: 'SANCTION',
      roles: ['it-head'],
      to: ['suspended', 'cancelled'],
      effects: ['sanction'],
      clauses: ['4.21.2', '4.26'],
      summary: {
        es: 'Sanción: permanente, se respalda y se cancela de inmediato; temporal, se desactiva el buzón.',
        en: 'Sanction: permanent, backed up and cancelled at once; temporary, the mailbox is deactivated.',
      },
      apply: (s, e, policy) => {
        const day = dayOf(e.at, policy);
        if (as<'SANCTION'>(e).permanent) return cancelled(s, day, 'sanction');
        if (s.suspension !== undefined) {
          return { ...s, suspension: { ...s.suspension, reason: 'sanction', mailbox: true } };
        }
        return {
          ...s,
          status: 'suspended',
          suspension: {
            reason: 'sanction',
            since: day,
            until: null,
            network: false,
            mailbox: true,
            // Stryker disable next-line StringLiteral: unreachable, the SANCTION row's statuses but suspended (handled above) are resumable
            resume: RESUMABLE.includes(s.status) ? (s.status as ResumableStatus) : 'active',
          },
        };
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['cancellationNotice', 'gracePeriod'],
      event: 'SANCTION',
      roles: ['it-head'],
      to: ['cancelled'],
      guards: ['permanentOnly'],
      effects: ['sanction'],
      clauses: ['4.21.2', '4.26'],
      summary: {
        es: 'Sanción permanente de una cuenta que ya se va: se respalda y se cancela de inmediato.',
        en: 'Permanent sanction of an account already on its way out: backed up and cancelled at once.',
      },
      apply: (s, e, policy) => cancelled(s, dayOf(e.at, policy), 'sanction'),
    },
    {
      ...ROW_DEFAULTS,
      from: ['active'],
      event: 'OPEN_INACTIVITY_INQUIRY',
      roles: ['mail-officer'],
      to: ['inactivityInquiry'],
      guards: ['isInactive'],
      effects: ['askBoss'],
      clauses: ['4.19', '8.3-3', '8.3-4'],
      summary: {
        es: 'Tres meses sin consultar: se pregunta al jefe inmediato los motivos.',
        en: 'Three months unused: the direct boss is asked why.',
      },
      apply: (s, e, policy) => {
        const day = dayOf(e.at, policy);
        const status = inactivityOn(s, day, policy);
        // Stryker disable next-line StringLiteral,ConditionalExpression: unreachable, the guard isInactive refused an inactivity that cannot be computed
        const inactiveFrom = 'code' in status ? day : status.inactiveFrom;
        return { ...s, status: 'inactivityInquiry', inquiry: { openedOn: day, inactiveFrom } };
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['inactivityInquiry'],
      event: 'BOSS_REPORTS_LEAVE',
      roles: ['direct-boss', 'mail-officer'],
      to: ['onLeave'],
      guards: ['untilNotPast'],
      clauses: ['8.3-5', '8.3-5.A', '4.21.3'],
      summary: {
        es: 'El jefe informa que el usuario está de permiso: la cuenta sigue activa.',
        en: 'The boss reports the user is on leave: the account stays enabled.',
      },
      apply: (s, e, policy) => {
        const { until } = as<'BOSS_REPORTS_LEAVE'>(e);
        return {
          ...without(s, 'inquiry'),
          status: 'onLeave',
          leave: { kind: null, since: dayOf(e.at, policy), until },
        };
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['active', 'onLeave', 'transferPending'],
      event: 'REQUEST_CANCELLATION',
      roles: ['direct-boss'],
      to: ['cancellationNotice'],
      guards: ['noticeInRange'],
      effects: ['confirmCancellation'],
      clauses: ['4.24', '8.3-6', '8.3-7'],
      summary: {
        es: 'El jefe pide por escrito la cancelación: se envía la confirmación y se cancela dos días después.',
        en: 'The boss asks in writing: a confirmation is sent and the cancellation takes effect two days later.',
      },
      apply: (s, e, policy) => notice(s, dayOf(e.at, policy), 'request', policy),
    },
    {
      ...ROW_DEFAULTS,
      from: ['inactivityInquiry'],
      event: 'REQUEST_CANCELLATION',
      roles: ['direct-boss'],
      to: ['cancellationNotice'],
      guards: ['noticeInRange'],
      effects: ['confirmCancellation'],
      clauses: ['4.19', '8.3-5.B', '8.3-6', '8.3-7'],
      summary: {
        es: 'El jefe responde que el usuario ya no ocupa el cargo: cancelación por inactividad, el usuario se retira.',
        en: 'The boss answers the user no longer holds the post: cancellation for inactivity, the username is retired.',
      },
      apply: (s, e, policy) => notice(s, dayOf(e.at, policy), 'inactivity', policy),
    },
    {
      ...ROW_DEFAULTS,
      from: ['cancellationNotice'],
      event: 'CANCELLATION_NOT_CONFIRMED',
      roles: ['it-head', 'mail-officer'],
      to: ['active', 'onLeave', 'inactivityInquiry', 'transferPending', 'suspended'],
      effects: ['withdrawCancellation'],
      clauses: ['4.24', '8.3-7'],
      summary: {
        es: 'La solicitud no se confirmó: se retira la cancelación y la cuenta vuelve a donde estaba; la bitácora dice por qué.',
        en: 'The request was not confirmed: the cancellation is withdrawn and the account returns where it was; the log says why.',
      },
      apply: (s, e, policy) => withdrawn(s, dayOf(e.at, policy)),
    },
    {
      ...ROW_DEFAULTS,
      from: ['cancellationNotice'],
      event: 'NOTICE_ELAPSED',
      roles: ['system'],
      to: ['gracePeriod'],
      guards: ['isDue', 'graceInRange'],
      effects: ['backupForBoss', 'announceGrace'],
      clauses: ['4.24', '8.3-8', '8.3-9'],
      summary: {
        es: 'Se hace efectiva la cancelación: respaldo al jefe y 15 días naturales de gracia.',
        en: 'The cancellation takes effect: backup to the boss and 15 calendar days of grace.',
      },
      apply: (s, _e, policy) => {
        const bajaOn = s.cancelOn ?? s.createdOn;
        // Stryker disable next-line ObjectLiteral,StringLiteral,LogicalOperator: equivalent, a notice has its closing (invariant)
        const closing = s.closing ?? { cause: 'request', since: bajaOn };
        return intoGrace(s, bajaOn, { cause: closing.cause, since: bajaOn }, policy);
      },
    },
    ...offboardRows,
    {
      ...ROW_DEFAULTS,
      from: ['active', 'onLeave', 'suspended', 'inactivityInquiry', 'transferPending', 'cancellationNotice'],
      event: 'BAJA_REACHED',
      roles: ['system'],
      to: ['gracePeriod'],
      guards: ['isDue', 'graceInRange'],
      effects: ['backupForBoss', 'announceGrace'],
      clauses: ['4.22', '8.2-1.A.1'],
      summary: {
        es: 'Llega la fecha de una baja anunciada: respaldo al jefe y 15 días naturales de gracia desde ella.',
        en: 'The date of a baja announced ahead arrives: backup to the boss and 15 calendar days of grace from it.',
      },
      apply: (s, e, policy) => {
        const baja = s.scheduledBaja;
        // Stryker disable next-line OptionalChaining,LogicalOperator: equivalent, isDue lets BAJA_REACHED through only with its scheduled baja
        const bajaOn = baja?.on ?? dayOf(e.at, policy);
        const closing: AccountClosing =
          // Stryker disable next-line ConditionalExpression: equivalent, as above
          baja === undefined
            ? // Stryker disable next-line ObjectLiteral,StringLiteral: unreachable, as above
              { cause: 'baja', since: bajaOn }
            : { cause: 'baja', since: bajaOn, reason: baja.reason };
        return intoGrace(s, bajaOn, closing, policy);
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['active', 'onLeave', 'suspended', 'inactivityInquiry', 'transferPending'],
      event: 'EXPIRED',
      roles: ['system'],
      to: ['gracePeriod'],
      guards: ['isDue', 'graceInRange'],
      effects: ['backupForBoss', 'announceGrace'],
      clauses: ['4.10', '4.29', '5.4.14', '4.22'],
      summary: {
        es: 'Llega la fecha de expiración de una cuenta temporal: cuenta como su baja.',
        en: "A temporary account's expiry date arrives: it counts as its baja.",
      },
      apply: (s, e, policy) => {
        const bajaOn = s.expiresOn ?? dayOf(e.at, policy);
        return intoGrace(s, bajaOn, { cause: 'expiry', since: bajaOn }, policy);
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['gracePeriod'],
      event: 'GRACE_ENDED',
      roles: ['system'],
      to: ['cancelled'],
      guards: ['isDue'],
      effects: ['cancelAccount'],
      clauses: ['4.22', '8.2-1.A.2', '8.3-9', '8.3-10'],
      summary: {
        es: 'Concluye el periodo de gracia: respaldo, se desactiva, cancela y elimina; se libera el lugar.',
        en: 'The grace period is over: backup, deactivated, cancelled and deleted; the seat is freed.',
      },
      // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, a grace period has its closing (invariant)
      apply: (s, e, policy) => cancelled(s, dayOf(e.at, policy), s.closing?.cause ?? 'baja'),
    },
    {
      ...ROW_DEFAULTS,
      from: ['active', 'onLeave'],
      event: 'REPORT_TRANSFER',
      // As for a baja: the boss, the user (F01's note), the unit (8.2-1.B), the mail officer. SPEC §12.
      roles: ['direct-boss', 'mail-officer', 'user', 'unit-it'],
      to: ['transferPending'],
      guards: ['otherDepartment', 'transferDateValid'],
      effects: ['flagLateTransfer'],
      clauses: ['4.20', '4.23', '8.2-1.B', '8.2-2'],
      summary: {
        es: 'Cambio de adscripción informado: queda pendiente mientras la nueva área decide; aviso de 15 días o más, tardío.',
        en: 'A transfer is reported: pending while the new area decides; a notice 15+ days late is flagged.',
      },
      apply: (s, e, policy) => {
        const { toDepartment, effectiveOn } = as<'REPORT_TRANSFER'>(e);
        const day = dayOf(e.at, policy);
        // 4.23 names "baja o cambio de adscripción": the same rule as OFFBOARD's late flag.
        const check = effectiveOn === undefined ? null : bossNotice(effectiveOn, day, policy);
        const transfer: AccountTransfer =
          effectiveOn === undefined
            ? { toDepartment, reportedOn: day }
            : // Stryker disable next-line OptionalChaining: equivalent, `check` is null only without effectiveOn, handled above
              check?.late
              ? { toDepartment, reportedOn: day, effectiveOn, lateNotice: { days: check.days } }
              : { toDepartment, reportedOn: day, effectiveOn };
        return { ...without(s, 'leave'), status: 'transferPending', transfer };
      },
    },
    {
      ...ROW_DEFAULTS,
      from: ['transferPending'],
      event: 'COMPLETE_TRANSFER',
      roles: ['mail-officer'],
      to: ['active'],
      guards: ['otherDepartment', 'reportedDepartment'],
      effects: ['moveMailbox'],
      clauses: ['8.2-4.B', '8.2-6', '8.2-9', '4.13'],
      summary: {
        es: 'La nueva área pidió el correo (F01): la cuenta se mueve, sin baja ni alta; la salida a internet anterior se libera.',
        en: 'The new area asked for the mailbox (F01): the account moves, no baja and alta; the old internet exit is released.',
      },
      apply: (s, e, policy) => ({
        ...without(s, 'transfer'),
        status: 'active',
        department: as<'COMPLETE_TRANSFER'>(e).toDepartment,
        internet: false,
        resumedOn: dayOf(e.at, policy),
      }),
    },
    {
      ...ROW_DEFAULTS,
      from: ['transferPending'],
      event: 'NEW_AREA_DECLINES',
      roles: ['direct-boss', 'mail-officer'],
      to: ['gracePeriod'],
      guards: ['graceInRange'],
      effects: ['backupForBoss', 'announceGrace'],
      clauses: ['8.2-4.A', '8.2-1.A.1', '4.22'],
      summary: {
        es: 'La nueva área no requiere correo: respaldo y cancelación, con la gracia de 4.22 desde hoy.',
        en: 'The new area needs no mailbox: backup and cancellation, with the 4.22 grace from today.',
      },
      apply: (s, e, policy) => {
        const day = dayOf(e.at, policy);
        return intoGrace(s, day, { cause: 'baja', since: day }, policy);
      },
    },
  ],
};

function notice(s: AccountState, day: PlainDate, cause: CancellationCause, policy: Policy): AccountState {
  const plan = cancellationDates(day, policy);
  // Stryker disable next-line StringLiteral: unreachable, REQUEST_CANCELLATION is taken only from resumable statuses
  const previous: ResumableStatus = RESUMABLE.includes(s.status) ? (s.status as ResumableStatus) : 'active';
  // What the account was doing stays (its leave, inquiry or transfer), and so does a baja
  // announced ahead: if IT cannot confirm the request, the account returns there (8.3-7).
  return {
    ...s,
    status: 'cancellationNotice',
    cancelOn: plan.isOk() ? plan.value.cancelOn : day,
    closing: { cause, since: day, previous },
  };
}

/**
 * The request was not confirmed (4.24, 8.3-7): the notice is withdrawn and the account returns
 * to the status it had (a leave that ended meanwhile returns to `active`); an investigation
 * begun during the notice goes on, now as a suspension of that status.
 */
function withdrawn(s: AccountState, day: PlainDate): AccountState {
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, a notice has its closing and its previous status
  let back: ResumableStatus = s.closing?.previous ?? 'active';
  let next: AccountState = { ...without(s, 'closing'), cancelOn: null, status: back };
  // In the notice a leave is kept exactly when it returns to it (invariant).
  if ((next.leave?.until ?? day) < day) {
    back = 'active';
    next = { ...without(next, 'leave'), status: 'active', resumedOn: day };
  }
  if (s.suspension !== undefined)
    next = { ...next, status: 'suspended', suspension: { ...s.suspension, resume: back } };
  return next;
}

/** @internal The account machine compiled by the kit. */
export const accountMachine = defineMachine(ACCOUNT_MACHINE, {
  state: accountStateSchema,
  event: accountEventSchema,
});
