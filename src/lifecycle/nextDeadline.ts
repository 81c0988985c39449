import { guard } from '../_internal/guard.js';
import type { PlainDate } from '../_internal/plainDate.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { dueOn } from './_due.js';
import { accountStateSchema } from './schema.js';
import type { AccountState } from './types.js';

/**
 * The next day on which time alone will move the account on, or `null` when nothing is
 * scheduled (an active fixed account, an open inquiry, a cancelled account).
 *
 * It is the day {@link advanceAccount} applies the next time-caused event: the end of a
 * notice (`cancelOn`, 4.24), of a grace period (`cancelOn`, 4.22), a temporary account's expiry
 * (`expiresOn`, its baja date: 4.10, 4.29), the day after the last day of a leave or a
 * suspension. A deadline that passed before the state's last change falls on the day of that
 * change (the log never goes back). Inactivity is not a deadline: the boss is asked first
 * (8.3-4); see `reviewAccounts`. An invalid state or policy gives `null`.
 *
 * @param state - the account
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * const temporary = openAccount({ id: 'a1', username: 'AUDITORX', department: 'Compras', holder: 'external',
 *   createdOn: '2026-06-01', expiresOn: '2026-12-20' })._unsafeUnwrap();
 * nextDeadline(temporary)
 * //=> '2026-12-20' (EXPIRED: the expiry is its baja, 4.10)
 * nextDeadline(advanceAccount(temporary, '2026-12-20')._unsafeUnwrap().state)
 * //=> '2027-01-05' (GRACE_ENDED, 4.22)
 */
export function nextDeadline(state: AccountState, policy?: Policy): PlainDate | null {
  return guard(
    // Stryker disable next-line ArrayDeclaration: equivalent, an input the walk would refuse throws or fails below, and guard answers the same null
    [state, policy],
    () => nextDeadlineUnguarded(state, policy),
    () => null,
  );
}

function nextDeadlineUnguarded(state: AccountState, policy?: Policy): PlainDate | null {
  const p = readPolicy(policy);
  if (p.isErr()) return null;
  const s = accountStateSchema.safeParse(state);
  // Stryker disable next-line ConditionalExpression: equivalent, dueOn of no state throws and guard answers the same null
  if (!s.success) return null;
  // No try/catch for an unknown time zone: readPolicy refuses it first (decision MC2), and
  // guard turns any throw into null.
  // Stryker disable next-line OptionalChaining: equivalent, reading `on` of null throws and guard answers the same null
  return dueOn(s.data, p.value)?.on ?? null;
}
