import { isInstant } from '../_internal/instant.js';
import { isPlainDate } from '../_internal/plainDate.js';
import { keepsInvariants } from './_invariants.js';
import { ACCOUNT_STATUSES } from './statuses.js';
import type { AccountState } from './types.js';

// A hand-written twin of `accountStateSchema` for hot loops (a review of a million
// snapshots): it accepts exactly what the schema accepts (a property test holds them
// together) and, on a refusal, the caller asks the schema for the detailed report. No closure
// or array is allocated per call: at a million states, garbage is what breaks linearity.

/**
 * @internal A per-call memo of date strings already judged: a review sees a few thousand
 * distinct days among millions of fields. Bounded, so hostile input cannot grow it forever.
 */
export type DateMemo = Map<string, boolean>;
const MEMO_LIMIT = 100_000;

/** @internal A fresh {@link DateMemo} for one call. */
export const dateMemo = (): DateMemo => new Map();

const STATUSES: ReadonlySet<unknown> = new Set(ACCOUNT_STATUSES);
const HOLDERS: ReadonlySet<unknown> = new Set(['staff', 'external', 'contractor']);
const CAUSES: ReadonlySet<unknown> = new Set(['inactivity', 'baja', 'request', 'expiry', 'sanction']);
const LEAVE_KINDS: ReadonlySet<unknown> = new Set(['vacation', 'unpaid', 'medical']);
const REASONS: ReadonlySet<unknown> = new Set(['investigation', 'sanction']);
const RESUME: ReadonlySet<unknown> = new Set([
  'active',
  'onLeave',
  'inactivityInquiry',
  'transferPending',
  'cancellationNotice',
  'gracePeriod',
]);
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
  'scheduledBaja',
]);
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
const TRANSFER_KEYS: ReadonlySet<string> = new Set([
  'toDepartment',
  'reportedOn',
  'effectiveOn',
  'lateNotice',
]);
const CLOSING_KEYS: ReadonlySet<string> = new Set([
  'cause',
  'since',
  'bajaOn',
  'reason',
  'lateNotice',
  'previous',
]);
const PREVIOUS: ReadonlySet<unknown> = new Set(['active', 'onLeave', 'inactivityInquiry', 'transferPending']);
const BAJA_KEYS: ReadonlySet<string> = new Set(['on', 'reportedOn', 'reason']);
const DAYS_KEYS: ReadonlySet<string> = new Set(['days']);
const CANCELLATION_KEYS: ReadonlySet<string> = new Set(['on', 'cause']);

type Obj = Record<string, unknown>;

const isObject = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const isText = (x: unknown): boolean => typeof x === 'string' && x.length >= 1 && x.length <= 200;

/**
 * No unknown key, as a zod strict object sees keys (enumerable, own or inherited). Required
 * keys need no presence check: their validators refuse `undefined`.
 */
function hasKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

function isDate(x: unknown, memo: DateMemo | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent, isPlainDate refuses what is not a string too
  if (typeof x !== 'string') return false;
  if (memo === undefined) return isPlainDate(x);
  const known = memo.get(x);
  if (known !== undefined) return known;
  const v = isPlainDate(x);
  if (memo.size < MEMO_LIMIT) memo.set(x, v);
  return v;
}

const isNullableDate = (x: unknown, memo: DateMemo | undefined): boolean => x === null || isDate(x, memo);

/** An `exactOptional` date: absent, or present and a date (`undefined` refused). */
const optionalDate = (o: Obj, key: string, memo: DateMemo | undefined): boolean =>
  !(key in o) || isDate(o[key], memo);

function isLeave(x: unknown, memo: DateMemo | undefined): boolean {
  return (
    isObject(x) &&
    hasKeys(x, LEAVE_KEYS) &&
    (x.kind === null || LEAVE_KINDS.has(x.kind)) &&
    isDate(x.since, memo) &&
    isNullableDate(x.until, memo)
  );
}

function isSuspension(x: unknown, memo: DateMemo | undefined): boolean {
  return (
    isObject(x) &&
    hasKeys(x, SUSPENSION_KEYS) &&
    REASONS.has(x.reason) &&
    isDate(x.since, memo) &&
    isNullableDate(x.until, memo) &&
    typeof x.network === 'boolean' &&
    typeof x.mailbox === 'boolean' &&
    RESUME.has(x.resume)
  );
}

function isLateNotice(l: unknown): boolean {
  if (!isObject(l) || !hasKeys(l, DAYS_KEYS)) return false;
  const d = l.days;
  // Stryker disable next-line ConditionalExpression: `typeof d === 'number'` → true is equivalent (Number.isInteger refuses the rest); it narrows d for the checker
  return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 10_000_000;
}

function isClosing(x: unknown, memo: DateMemo | undefined): boolean {
  if (!isObject(x) || !hasKeys(x, CLOSING_KEYS)) return false;
  if (!CAUSES.has(x.cause) || !isDate(x.since, memo) || !optionalDate(x, 'bajaOn', memo)) return false;
  if ('reason' in x && !OFFBOARD_CAUSES.has(x.reason)) return false;
  if ('previous' in x && !PREVIOUS.has(x.previous)) return false;
  return !('lateNotice' in x) || isLateNotice(x.lateNotice);
}

function isScheduledBaja(x: unknown, memo: DateMemo | undefined): boolean {
  return (
    isObject(x) &&
    hasKeys(x, BAJA_KEYS) &&
    isDate(x.on, memo) &&
    isDate(x.reportedOn, memo) &&
    OFFBOARD_CAUSES.has(x.reason)
  );
}

function isInquiry(x: unknown, memo: DateMemo | undefined): boolean {
  return isObject(x) && hasKeys(x, INQUIRY_KEYS) && isDate(x.openedOn, memo) && isDate(x.inactiveFrom, memo);
}

function isTransfer(x: unknown, memo: DateMemo | undefined): boolean {
  return (
    isObject(x) &&
    hasKeys(x, TRANSFER_KEYS) &&
    isText(x.toDepartment) &&
    isDate(x.reportedOn, memo) &&
    optionalDate(x, 'effectiveOn', memo) &&
    (!('lateNotice' in x) || isLateNotice(x.lateNotice))
  );
}

function isCancellation(c: unknown, memo: DateMemo | undefined): boolean {
  return (
    c === null || (isObject(c) && hasKeys(c, CANCELLATION_KEYS) && isDate(c.on, memo) && CAUSES.has(c.cause))
  );
}

/**
 * @internal Whether `x` is an {@link AccountState} that `accountStateSchema` accepts, without
 * building zod's issue list: shapes and invariants both.
 */
export function isAccountState(x: unknown, memo?: DateMemo): x is AccountState {
  if (!isObject(x) || !hasKeys(x, KEYS)) return false;
  const v = x.version;
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isInteger is false for a non-number; the typeof only narrows v for the comparisons
  if (typeof v !== 'number') return false;
  if (!Number.isInteger(v) || v < 1 || v > 1_000_000_000) return false;
  if (!isText(x.id) || !isText(x.department) || !STATUSES.has(x.status) || !HOLDERS.has(x.holder))
    return false;
  if (typeof x.username !== 'string' || !USERNAME.test(x.username)) return false;
  if (
    !isDate(x.createdOn, memo) ||
    !isNullableDate(x.lastAccessOn, memo) ||
    !isNullableDate(x.expiresOn, memo)
  ) {
    return false;
  }
  if (typeof x.internet !== 'boolean') return false;
  if (!isNullableDate(x.usableThrough, memo) || !isNullableDate(x.cancelOn, memo)) return false;
  if (!isCancellation(x.cancellation, memo)) return false;
  if ('updatedAt' in x && !isInstant(x.updatedAt)) return false;
  if (!optionalDate(x, 'resumedOn', memo)) return false;
  if ('leave' in x && !isLeave(x.leave, memo)) return false;
  if ('suspension' in x && !isSuspension(x.suspension, memo)) return false;
  if ('inquiry' in x && !isInquiry(x.inquiry, memo)) return false;
  if ('transfer' in x && !isTransfer(x.transfer, memo)) return false;
  if ('closing' in x && !isClosing(x.closing, memo)) return false;
  if ('scheduledBaja' in x && !isScheduledBaja(x.scheduledBaja, memo)) return false;
  return keepsInvariants(x as AccountState);
}
