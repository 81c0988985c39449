import { err, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import type { Violation } from '../errors/violation.js';
import type { Transition } from '../machine/types.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import type { StampedAccountEffect } from './effects.js';
import type { AccountLogEntry } from './log.js';
import { accountMachine } from './machine.js';
import type { AccountState, AnyAccountEvent } from './types.js';

/**
 * The outcome of one account transition: the next state, its effects (stamped `machine: 'account'`) and its log entry, whose `event.type` narrows.
 *
 * @example
 * const opened = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const t: AccountTransition = transitionAccount(opened, {
 *   type: 'OFFBOARD', bajaOn: '2026-12-20', cause: 'separation', at: '2026-12-21T10:00:00-06:00', actor: { role: 'direct-boss', id: 'JEFE1' },
 * })._unsafeUnwrap();
 * [t.state.status, t.effects.map((e) => e.type), t.log.to]
 * //=> ['gracePeriod', ['BACKUP_MAILBOX', 'NOTIFY'], 'gracePeriod']
 */
export type AccountTransition = Transition<AccountState, StampedAccountEffect, AccountLogEntry>;

/**
 * Applies one event to an account, by {@link ACCOUNT_MACHINE}'s table.
 *
 * Both arguments are validated (zod); an event the table does not have for the status is
 * `INVALID_TRANSITION`, one from a role the row does not allow `FORBIDDEN_ROLE`, one dated
 * before the last change `EVENT_OUT_OF_ORDER`, and a guard's refusal names its clause. A
 * refused event changes nothing. On success: the state with `version + 1` and `updatedAt`,
 * the effects stamped with subject, version and index, and exactly one log entry. A
 * time-caused event (`GRACE_ENDED`, …, role `system`) is accepted only once due
 * (`NOT_YET_DUE`), so a replayed log reproduces {@link advanceAccount} exactly.
 *
 * @param state - the account as it is
 * @param event - `{ type, at, actor, ... }` (SPEC §11)
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * const s = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const t = transitionAccount(s, {
 *   type: 'OFFBOARD', bajaOn: '2026-12-20', cause: 'separation',
 *   at: '2026-12-21T10:00:00-06:00', actor: { role: 'direct-boss', id: 'JEFE1' },
 * })._unsafeUnwrap();
 * [t.state.status, t.state.usableThrough, t.state.cancelOn, t.effects[0].type]
 * //=> ['gracePeriod', '2027-01-04', '2027-01-05', 'BACKUP_MAILBOX'] (4.22)
 */
export function transitionAccount(
  state: AccountState,
  event: AnyAccountEvent,
  policy?: Policy,
): Result<AccountTransition, Violation> {
  return guard([state, event, policy], () => transitionAccountUnguarded(state, event, policy), refuse);
}

function transitionAccountUnguarded(
  state: AccountState,
  event: AnyAccountEvent,
  policy?: Policy,
): Result<AccountTransition, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  return accountMachine.transition(state, event, p.value);
}
