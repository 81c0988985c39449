import { isInstant } from '../_internal/instant.js';
import { isPlainDate } from '../_internal/plainDate.js';
import { stateProblems } from './_invariants.js';
import type { AccountState } from './types.js';

// A hand-written twin of `accountStateSchema` for hot loops (a review of a million
// snapshots): it accepts exactly what the schema accepts (a property test holds them
// together) and, on a refusal, the caller asks the schema for the detailed report.

const STATUSES: ReadonlySet<unknown> = new Set([
  'active',
  'onLeave',
  'suspended',
  'inactivityInquiry',
  'transferPending',
  'cancellationNotice',
  'gracePeriod',
  'cancelled',
]);
const HOLDERS: ReadonlySet<unknown> = new Set(['staff', 'external', 'contractor']);
const CAUSES: ReadonlySet<unknown> = new Set(['inactivity', 'baja', 'request', 'expiry', 'sanction']);
const LEAVE_KINDS: ReadonlySet<unknown> = new Set(['vacation', 'unpaid', 'medical']);
const REASONS: ReadonlySet<unknown> = new Set(['investigation', 'sanction']);
const RESUME: ReadonlySet<unknown> = new Set(['active', 'onLeave', 'inactivityInquiry', 'transferPending']);
const OFFBOARD_CAUSES: ReadonlySet<unknown> = new Set(['separation', 'positionChange', 'contractEnd']);
const USERNAME = /^[A-Z][A-Z0-9]{0,63}$/;

const KEYS: ReadonlySet<string> = new Set([
  'id',
  'version',
  'status',
  'username',
  'department',
  'holder',
  'createdOn',
  'lastAccessOn',
  'expiresOn',
  'internet',
  'usableThrough',
  'cancelOn',
  'cancellation',
  'updatedAt',
  'resumedOn',
  'leave',
  'suspension',
  'inquiry',
  'transfer',
  'closing',
]);

type Obj = Record<string, unknown>;

const isObject = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const isText = (x: unknown): boolean => typeof x === 'string' && x.length >= 1 && x.length <= 200;
const isNullableDate = (x: unknown): boolean => x === null || isPlainDate(x);

/**
 * No unknown key, as a zod strict object sees keys (enumerable, own or inherited). Required
 * keys need no presence check: their validators refuse `undefined`.
 */
function hasKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

const exact = (o: Obj, key: string, ok: (x: unknown) => boolean): boolean => !(key in o) || ok(o[key]);

const LEAVE_KEYS: ReadonlySet<string> = new Set(['kind', 'since', 'until']);
const SUSPENSION_KEYS: ReadonlySet<string> = new Set([
  'reason',
  'since',
  'until',
  'network',
  'mailbox',
  'resume',
]);
const INQUIRY_KEYS: ReadonlySet<string> = new Set(['openedOn', 'inactiveFrom']);
const TRANSFER_KEYS: ReadonlySet<string> = new Set(['toDepartment', 'reportedOn']);
const CLOSING_KEYS: ReadonlySet<string> = new Set(['cause', 'since', 'bajaOn', 'reason', 'lateNotice']);
const DAYS_KEYS: ReadonlySet<string> = new Set(['days']);
const CANCELLATION_KEYS: ReadonlySet<string> = new Set(['on', 'cause']);

function isLeave(x: unknown): boolean {
  return (
    isObject(x) &&
    hasKeys(x, LEAVE_KEYS) &&
    (x.kind === null || LEAVE_KINDS.has(x.kind)) &&
    isPlainDate(x.since) &&
    isNullableDate(x.until)
  );
}

function isSuspension(x: unknown): boolean {
  return (
    isObject(x) &&
    hasKeys(x, SUSPENSION_KEYS) &&
    REASONS.has(x.reason) &&
    isPlainDate(x.since) &&
    isNullableDate(x.until) &&
    typeof x.network === 'boolean' &&
    typeof x.mailbox === 'boolean' &&
    RESUME.has(x.resume)
  );
}

function isClosing(x: unknown): boolean {
  if (!isObject(x) || !hasKeys(x, CLOSING_KEYS)) return false;
  if (!CAUSES.has(x.cause) || !isPlainDate(x.since)) return false;
  if (!exact(x, 'bajaOn', isPlainDate) || !exact(x, 'reason', (r) => OFFBOARD_CAUSES.has(r))) return false;
  return exact(x, 'lateNotice', (l) => {
    if (!isObject(l) || !hasKeys(l, DAYS_KEYS)) return false;
    const d = l.days;
    return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 10_000_000;
  });
}

/**
 * @internal Whether `x` is an {@link AccountState} that `accountStateSchema` accepts, without
 * building zod's issue list. Shapes and invariants both.
 */
export function isAccountState(x: unknown): x is AccountState {
  if (!isObject(x) || !hasKeys(x, KEYS)) return false;
  const v = x.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 1_000_000_000) return false;
  if (!isText(x.id) || !isText(x.department) || !STATUSES.has(x.status) || !HOLDERS.has(x.holder))
    return false;
  if (typeof x.username !== 'string' || !USERNAME.test(x.username)) return false;
  if (!isPlainDate(x.createdOn) || !isNullableDate(x.lastAccessOn) || !isNullableDate(x.expiresOn))
    return false;
  if (typeof x.internet !== 'boolean' || !isNullableDate(x.usableThrough) || !isNullableDate(x.cancelOn))
    return false;
  const c = x.cancellation;
  if (
    c !== null &&
    !(isObject(c) && hasKeys(c, CANCELLATION_KEYS) && isPlainDate(c.on) && CAUSES.has(c.cause))
  ) {
    return false;
  }
  if (!exact(x, 'updatedAt', isInstant) || !exact(x, 'resumedOn', isPlainDate)) return false;
  if (
    !exact(x, 'leave', isLeave) ||
    !exact(x, 'suspension', isSuspension) ||
    !exact(x, 'closing', isClosing)
  ) {
    return false;
  }
  if (
    !exact(
      x,
      'inquiry',
      (i) =>
        isObject(i) && hasKeys(i, INQUIRY_KEYS) && isPlainDate(i.openedOn) && isPlainDate(i.inactiveFrom),
    )
  ) {
    return false;
  }
  if (
    !exact(
      x,
      'transfer',
      (t) => isObject(t) && hasKeys(t, TRANSFER_KEYS) && isText(t.toDepartment) && isPlainDate(t.reportedOn),
    )
  ) {
    return false;
  }
  return stateProblems(x as AccountState).length === 0;
}
