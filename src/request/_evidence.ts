import { compareInstants } from '../_internal/instant.js';
import type { RequestState } from './types.js';

/** @internal Reports one broken rule of a request state: the path and why. */
export type Report = (path: string[], message: string) => void;

const APPROVED: ReadonlySet<string> = new Set([
  'internetReview',
  'readyToProvision',
  'awaitingResguardo',
  'completed',
]);
const PROVISIONED: ReadonlySet<string> = new Set(['awaitingResguardo', 'completed']);
const RESGUARDO_ROLES: ReadonlySet<string> = new Set(['helpdesk', 'unit-it', 'mail-officer']);

/**
 * @internal The first instant of a `YYYY-MM-DD` day anywhere on Earth (UTC+14): an instant
 * before it is before that day in every zone, whatever the policy's zone is.
 */
export const dayStartAnywhere = (day: string): string => `${day}T00:00:00+14:00`;

/**
 * @internal Whether valid instant `a` is earlier than valid instant `b`. Two instants of the same
 * length with the same offset (`Z`, or the same last six characters) have the same layout, and
 * then their text sorts as their moments do: the stamps of one adapter compare without a parse.
 */
export function isEarlier(a: string, b: string): boolean {
  const n = a.length;
  // Stryker disable next-line BlockStatement,ConditionalExpression: a fast path; without it compareInstants gives the same answer
  if (n === b.length) {
    // Stryker disable next-line ArithmeticOperator,ConditionalExpression: charCodeAt(n + 1) is NaN, and `false`, so the fast path is only skipped
    const zulu = a.charCodeAt(n - 1) === 90 && b.charCodeAt(n - 1) === 90;
    // `endsWith` implies the same last character: a `Z` against an offset never matches here.
    // Stryker disable next-line MethodExpression,LogicalOperator,ConditionalExpression: each variant only skips the fast path (startsWith and endsWith(b) match no other instant)
    if (zulu || a.endsWith(b.slice(n - 6))) return a < b;
  }
  return compareInstants(a, b) < 0;
}

/**
 * @internal The evidence a request state carries for its status (issue 12): who approved, when
 * and on what counts; who decided internet; who provisioned; who signed the resguardo; and
 * the dates in order. One list, read by `requestStateSchema` (to report every breach with its
 * path) and by its hand-written twin `isRequestState` (to accept), so the two never disagree.
 * The state's shape is already valid when this runs.
 */
export function evidenceBreaches(s: RequestState, report: Report): void {
  const { status, approval, internetDecision: decision, provisioning, resguardoSigned: signed } = s;
  const mailbox = s.form.mailbox !== false;
  const decided = s.internet === 'authorized' || s.internet === 'denied';

  // Approval (8.1-4.B, 4.9).
  if (APPROVED.has(status) && approval === undefined) report(['approval'], 'required after APPROVE');
  if (status === 'submitted' && approval !== undefined) report(['approval'], 'not before APPROVE');
  if (approval !== undefined) {
    if (approval.actor.role !== 'it-head') report(['approval', 'actor', 'role'], 'the IT head’s');
    // A later day written in its own offset is never before the request's day (no parse).
    const day = s.form.requestedOn;
    // Stryker disable next-line ConditionalExpression: the day pre-check only spares the parse (a later local day is at or after D+1T00:00+14:00)
    if (approval.at.slice(0, 10) <= day && isEarlier(approval.at, dayStartAnywhere(day))) {
      report(['approval', 'at'], 'not before requestedOn');
    }
  }
  const atCap = approval !== undefined && mailbox && approval.seatsInUse >= approval.seatCap;
  if (s.seatException !== undefined && !atCap) {
    report(['seatException'], 'only at the seat cap (4.9)');
  }
  if (atCap && s.seatException === undefined) {
    report(['seatException'], 'required at the seat cap (4.9)');
  }
  if (status === 'internetReview' && !s.form.internet.requested) {
    report(['status'], 'internetReview without internet requested');
  }

  // Internet (8.1-7, 4.13).
  if ((decision !== undefined) !== decided) {
    report(['internetDecision'], 'exactly when internet is decided');
  }
  if (decision !== undefined) {
    if (approval === undefined) report(['internetDecision'], 'not before APPROVE');
    if (decision.actor.role !== 'it-head') report(['internetDecision', 'actor', 'role'], 'the IT head’s');
    const counted = decision.exitsInUse !== undefined || decision.exitCap !== undefined;
    if (s.internet === 'authorized') {
      if (decision.exitsInUse === undefined || decision.exitCap === undefined) {
        report(['internetDecision'], 'an authorization has its counts (4.13)');
      } else if (decision.exitsInUse >= decision.exitCap) {
        report(['internetDecision', 'exitsInUse'], 'under the exit cap (4.13)');
      }
    } else if (counted) {
      report(['internetDecision'], 'a denial has no counts');
    }
  }
  if ((s.observation !== undefined) !== (s.internet === 'denied')) {
    report(['observation'], 'exactly when denied (8.1-7.B)');
  }

  // Provisioning (8.1-9, 4.14) and the resguardo (8.1-12, 8.1-13).
  const provisioned = PROVISIONED.has(status);
  if ((provisioning !== undefined) !== provisioned) {
    report(['provisioning'], 'exactly once provisioned');
  }
  if (provisioning !== undefined && provisioning.actor.role !== 'mail-officer') {
    report(['provisioning', 'actor', 'role'], 'the mail officer’s');
  }
  if ((s.capacityMb !== undefined) !== (provisioned && mailbox)) {
    report(['capacityMb'], 'exactly once a mailbox is provisioned (4.14)');
  }
  if ((signed !== undefined) !== (status === 'completed')) {
    report(['resguardoSigned'], 'exactly when completed');
  }
  if (signed !== undefined && !RESGUARDO_ROLES.has(signed.actor.role)) {
    report(['resguardoSigned', 'actor', 'role'], 'helpdesk, unit-it or mail-officer');
  }

  // Why it ended.
  if (s.reason !== undefined && status !== 'rejected' && status !== 'withdrawn') {
    report(['reason'], 'only when rejected or withdrawn');
  }
  if (status === 'rejected' && (s.reason !== undefined) === (s.internet === 'denied')) {
    report(['reason'], 'a rejection’s (8.1-4.A)');
  }

  // Dates in order: each step not before the one it follows, updatedAt the latest.
  let last: string | undefined = approval?.at;
  if (decision !== undefined) {
    if (last !== undefined && isEarlier(decision.at, last))
      report(['internetDecision', 'at'], 'not before the step before');
    last = decision.at;
  }
  if (provisioning !== undefined) {
    if (last !== undefined && isEarlier(provisioning.at, last))
      report(['provisioning', 'at'], 'not before the step before');
    last = provisioning.at;
  }
  if (signed !== undefined) {
    if (last !== undefined && isEarlier(signed.at, last))
      report(['resguardoSigned', 'at'], 'not before the step before');
    last = signed.at;
  }
  if (last !== undefined) {
    if (s.updatedAt === undefined) report(['updatedAt'], 'required after APPROVE');
    else if (isEarlier(s.updatedAt, last)) report(['updatedAt'], 'not before the last step');
  }
}
