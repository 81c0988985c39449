import { guard } from '../_internal/guard.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import type { MailboxLevel, MailboxUsage } from './types.js';

// Number.isFinite is false for anything that is not a number (it does not coerce).
const isAmount = (n: unknown): n is number => Number.isFinite(n) && (n as number) >= 0;

// A policy readPolicy refuses reads as the procedure's own 90 % (5.4.8).
const warningRatio = (policy: unknown): number => readPolicy(policy).unwrapOr(SESEQ_POLICY).quotaWarningRatio;

/**
 * How full a mailbox is.
 *
 * `full` when it holds its capacity or more: "si su buzón supera la capacidad máxima, los
 * mensajes entrantes serán rechazados" (4.18); `warning` when occupation is *above*
 * `policy.quotaWarningRatio` (90 %): "cuando ... la ocupación del buzón ... es superior al 90%"
 * the user is notified (5.4.8), so exactly 90 % is still `ok`. Amounts that are not finite,
 * non-negative numbers (or a capacity of 0) cannot be judged and read `full`, so an adapter
 * looks at the mailbox rather than trust it.
 *
 * @param usedMb - megabytes in use
 * @param capacityMb - the mailbox's capacity (4.14, 5.4.7)
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * mailboxUsage(900, 1000)
 * //=> 'ok'
 * mailboxUsage(901, 1000)
 * //=> 'warning' (5.4.8)
 * mailboxUsage(1000, 1000)
 * //=> 'full' (4.18)
 */
export function mailboxUsage(usedMb: unknown, capacityMb: unknown, policy?: Policy): MailboxLevel {
  return guard(
    [usedMb, capacityMb, policy],
    () => mailboxUsageUnguarded(usedMb, capacityMb, policy),
    () => 'full',
  );
}

function mailboxUsageUnguarded(usedMb: unknown, capacityMb: unknown, policy?: Policy): MailboxLevel {
  if (!isAmount(usedMb) || !isAmount(capacityMb)) return 'full';
  // A capacity of 0 is full: every amount in use is at least 0.
  if (usedMb >= capacityMb) return 'full';
  return usedMb > capacityMb * warningRatio(policy) ? 'warning' : 'ok';
}

/**
 * Whether an incoming message fits: false when it would take the mailbox over its capacity,
 * in which case the server rejects it (4.18). A message that exactly fills it is accepted.
 * Amounts that are not finite, non-negative numbers give `false`.
 *
 * @param usage - `{ usedMb, capacityMb }`
 * @param sizeMb - the message's size
 *
 * @example
 * acceptsIncoming({ usedMb: 990, capacityMb: 1000 }, 10)
 * //=> true
 * acceptsIncoming({ usedMb: 990, capacityMb: 1000 }, 10.5)
 * //=> false (4.18)
 */
export function acceptsIncoming(usage: MailboxUsage, sizeMb: unknown): boolean {
  return guard(
    [usage, sizeMb],
    () => acceptsIncomingUnguarded(usage, sizeMb),
    () => false,
  );
}

function acceptsIncomingUnguarded(usage: MailboxUsage, sizeMb: unknown): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, a primitive's fields read as undefined (no amount) and reading null's throws into guard's `false`
  if (usage === null || typeof usage !== 'object') return false;
  const { usedMb, capacityMb } = usage as Partial<MailboxUsage>;
  if (!isAmount(usedMb) || !isAmount(capacityMb) || !isAmount(sizeMb)) return false;
  return usedMb + sizeMb <= capacityMb;
}
