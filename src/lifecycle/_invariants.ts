import type { AccountState } from './types.js';

/** @internal One broken invariant of a state: where, and why. */
export type Problem = { readonly path: string[]; readonly message: string };

/**
 * @internal What makes a well-shaped state one the machine can reach: each status has the
 * fields that describe it and only it. Shared by the zod schema and the review's fast check,
 * so the two never disagree.
 */
export function stateProblems(s: AccountState): Problem[] {
  const out: Problem[] = [];
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) out.push({ path: [path], message });
  };
  const { status } = s;
  need((s.cancellation !== null) === (status === 'cancelled'), 'cancellation', 'set exactly when cancelled');
  need(
    status === 'cancelled' || (s.usableThrough !== null) === (status === 'gracePeriod'),
    'usableThrough',
    'set exactly in gracePeriod',
  );
  const closing = status === 'gracePeriod' || status === 'cancellationNotice';
  need(
    status === 'cancelled' || (s.cancelOn !== null) === closing,
    'cancelOn',
    'set exactly in cancellationNotice and gracePeriod',
  );
  need(
    (s.closing !== undefined) === closing,
    'closing',
    'present exactly in cancellationNotice and gracePeriod',
  );
  need(
    status !== 'gracePeriod' || s.closing?.bajaOn !== undefined,
    'closing',
    'a grace period has its bajaOn',
  );
  need(
    (s.suspension !== undefined) === (status === 'suspended'),
    'suspension',
    'present exactly when suspended',
  );
  const resume = s.suspension?.resume;
  need(
    (s.leave !== undefined) === (status === 'onLeave' || resume === 'onLeave'),
    'leave',
    'present exactly on leave',
  );
  need(
    (s.inquiry !== undefined) === (status === 'inactivityInquiry' || resume === 'inactivityInquiry'),
    'inquiry',
    'present exactly during an inactivity inquiry',
  );
  need(
    (s.transfer !== undefined) === (status === 'transferPending' || resume === 'transferPending'),
    'transfer',
    'present exactly while a transfer is pending',
  );
  return out;
}
