import { assertNever } from '../_internal/assertNever.js';
import type { PlainDate } from '../_internal/plainDate.js';
import type { Policy } from '../policy/policy.js';
import { dayAfter, notBeforeDayOf, startOf } from './_dates.js';
import type { AccountState, AccountSystemEvent, SystemEventType } from './types.js';

/** @internal The next time-caused event of a state and the day it is due. */
export type Due = { readonly type: SystemEventType; readonly on: PlainDate };

/** The actor of every time-caused transition. */
export const SCHEDULER = { role: 'system', id: 'scheduler' } as const;

/**
 * @internal The one time-caused event a state is waiting for, with the day the rules put it
 * on (before any catching up): the single source of {@link nextDeadline}, of
 * {@link advanceAccount} and of the review's dry run, so they cannot disagree.
 *
 * - `cancellationNotice`: `NOTICE_ELAPSED` on `cancelOn` (4.24).
 * - `gracePeriod`: `GRACE_ENDED` on `cancelOn` (4.22, 8.3-9).
 * - in both, an investigation recorded there ends (`SUSPENSION_ENDED`) the day after its
 *   `until` if that comes first (4.21.4).
 * - `onLeave` / `suspended`: the end of the leave or suspension the day after its `until`,
 *   unless the account expires first.
 * - `active`, `inactivityInquiry`, `transferPending` (and the above): `EXPIRED` on `expiresOn`,
 *   a temporary account's baja date (4.10, 4.29). On the same day an expiry wins.
 * - Every live status before the grace period: `BAJA_REACHED` on the date of a baja announced
 *   ahead (`scheduledBaja.on`, 4.22, SPEC §12); on the same day it wins over any other step.
 */
export function dueEvent(s: AccountState): Due | null {
  const baja: Due | null =
    s.scheduledBaja === undefined ? null : { type: 'BAJA_REACHED', on: s.scheduledBaja.on };
  const expiry = earlier(baja, s.expiresOn === null ? null : { type: 'EXPIRED', on: s.expiresOn });
  switch (s.status) {
    // An investigation in the notice or the grace period does not stop their clock; it ends on
    // its own day unless the account moves on first (the same day, the notice or grace goes first).
    case 'cancellationNotice':
      return earlier(
        // Stryker disable next-line ConditionalExpression: equivalent, a notice has its cancelOn (invariant)
        earlier(baja, s.cancelOn === null ? null : { type: 'NOTICE_ELAPSED', on: s.cancelOn }),
        suspensionEnd(s),
      );
    case 'gracePeriod':
      // Stryker disable next-line ConditionalExpression: equivalent, a grace period has its cancelOn (invariant)
      return earlier(s.cancelOn === null ? null : { type: 'GRACE_ENDED', on: s.cancelOn }, suspensionEnd(s));
    case 'onLeave':
      // Stryker disable next-line OptionalChaining: equivalent, an account on leave has its leave (invariant)
      return earlier(expiry, ending('LEAVE_ENDED', dayAfter(s.leave?.until ?? null)));
    case 'suspended':
      return earlier(expiry, suspensionEnd(s));
    case 'active':
    case 'inactivityInquiry':
    case 'transferPending':
      return expiry;
    case 'cancelled':
      return null;
    // Stryker disable next-line ConditionalExpression: unreachable, every status has its case (a compile-time check)
    default:
      return assertNever(s.status);
  }
}

function suspensionEnd(s: AccountState): Due | null {
  return ending('SUSPENSION_ENDED', dayAfter(s.suspension?.until ?? null));
}

function ending(type: SystemEventType, on: PlainDate | null): Due | null {
  return on === null ? null : { type, on };
}

/** The earlier of two due steps; on the same day the first (the baja, the expiry) wins. */
function earlier(first: Due | null, other: Due | null): Due | null {
  if (first === null) return other;
  if (other === null) return first;
  return other.on < first.on ? other : first;
}

/**
 * @internal The due event with its effective day: never before the day of the state's last
 * change, because the log never goes back in time. A deadline that passed while the state
 * was being changed by people (a baja reported after its grace was over) falls due on the day
 * of that change.
 */
export function dueOn(s: AccountState, policy: Policy): Due | null {
  const due = dueEvent(s);
  return due === null ? null : { type: due.type, on: notBeforeDayOf(due.on, s.updatedAt, policy) };
}

/**
 * @internal The event {@link advanceAccount} applies for a due deadline: at the first instant
 * of its day in the policy's zone, or at the last change when that is later the same day.
 */
export function systemEventFor(s: AccountState, due: Due, policy: Policy): AccountSystemEvent {
  const start = startOf(due.on, policy);
  const last = s.updatedAt ?? start;
  const at = Date.parse(last) > Date.parse(start) ? last : start;
  return { type: due.type, at, actor: SCHEDULER };
}
