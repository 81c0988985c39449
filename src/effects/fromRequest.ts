import { err, type Result } from 'neverthrow';
import { guard, refuseAll } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import { createAccount } from '../lifecycle/createAccount.js';
import type { AccountTransition } from '../lifecycle/transitionAccount.js';
import { effectKey } from '../machine/effectKey.js';
import type { Actor } from '../machine/types.js';
import type { Policy } from '../policy/policy.js';
import { parseRequestState } from '../request/parseRequestState.js';
import type { RequestState } from '../request/types.js';
import { parseEffect } from './parseEffect.js';

/**
 * The id of the account a request creates: the request's folio. Deterministic, so the adapter
 * never invents one and the account is found from the request (and the request from the
 * account) for ever; a request creates at most one account. The two share the id, and their
 * effects still differ by `machine` in {@link effectKey}.
 *
 * A transfer (cambio de adscripción, 4.25, 8.2-6) creates nothing: the account already exists
 * with its own id, and `null` is returned. Its `username` (set by `PROVISION`, the account's
 * own) is how the adapter finds it: a username belongs to one live account at a time (5.4.3).
 *
 * @param request - a request state (its `form.kind` and `id` are read)
 * @returns the folio for a creation, `null` for a transfer
 *
 * @example
 * accountIdFor(completedCreation)
 * //=> 'SOL-2026-0042' (its folio)
 * accountIdFor(completedTransfer)
 * //=> null (the account exists: find it by completedTransfer.username)
 */
export function accountIdFor(request: Pick<RequestState, 'id' | 'form'>): string | null {
  return guard(
    [request],
    () => accountIdForUnguarded(request),
    () => null,
  );
}

function accountIdForUnguarded(request: Pick<RequestState, 'id' | 'form'>): string | null {
  return request.form.kind === 'creation' ? request.id : null;
}

/**
 * Opens the account a request created, as a logged step: from the request's state after
 * `PROVISION` (`awaitingResguardo` or `completed`) and its `CREATE_MAILBOX` effect, the account
 * `{ id: accountIdFor(request), username, department, holder, createdOn, expiresOn, internet }`
 * through {@link createAccount}, with its `OPEN` log entry, so `replayAccount(log)` needs
 * nothing else. The actor defaults to `{ role: 'system', id: effectKey(effect) }`: the log
 * names the effect that opened the account.
 *
 * Refused, every problem at once (each `INVALID_INPUT` with its path, or what `openAccount`
 * refuses): a malformed request or effect; an effect that is not the request's
 * `CREATE_MAILBOX` (another type, machine or subject); a request that is a transfer or has not
 * been provisioned; an effect from a later version than the request, or for another username
 * (a stale plan).
 *
 * @param request - the request's stored state (unknown: it is validated)
 * @param effect - its stored `CREATE_MAILBOX` effect (unknown: it is validated)
 * @param actor - who opened the account, by default the system carrying the effect out
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * openAccountFromRequest(completed, createMailbox)._unsafeUnwrap().log.event
 * //=> { type: 'OPEN', account: { id: 'SOL-2026-0042', username: 'PERLAHL', … } }
 */
export function openAccountFromRequest(
  request: unknown,
  effect: unknown,
  actor?: Actor,
  policy?: Policy,
): Result<AccountTransition, Violation[]> {
  return guard(
    [request, effect, actor, policy],
    () => openAccountFromRequestUnguarded(request, effect, actor, policy),
    refuseAll,
  );
}

function openAccountFromRequestUnguarded(
  request: unknown,
  effect: unknown,
  actor?: Actor,
  policy?: Policy,
): Result<AccountTransition, Violation[]> {
  const r = parseRequestState(request);
  const e = parseEffect(effect);
  const problems: Violation[] = [
    ...(r.isErr() ? r.error.map((v) => under(v, 'request')) : []),
    ...(e.isErr() ? e.error.map((v) => under(v, 'effect')) : []),
  ];
  if (r.isErr() || e.isErr()) return err(problems);
  const state = r.value;
  const mailbox = e.value;
  const bad = (path: string, message: string) =>
    problems.push(violation('INVALID_INPUT', null, { path, issue: 'custom', message }));
  // parseEffect refuses a CREATE_MAILBOX stamped by the account machine: the type says both.
  if (mailbox.type !== 'CREATE_MAILBOX')
    bad('effect.type', 'expected the request machine’s CREATE_MAILBOX effect');
  if (mailbox.subject !== state.id) bad('effect.subject', `not an effect of request ${state.id}`);
  if (mailbox.version > state.version) bad('effect.version', 'the effect is newer than the request state');
  if (state.form.kind !== 'creation') bad('request.form.kind', 'a transfer moves an existing account');
  if (state.status !== 'awaitingResguardo' && state.status !== 'completed') {
    bad('request.status', 'the request has not been provisioned');
  }
  if (mailbox.type === 'CREATE_MAILBOX' && state.username !== mailbox.username) {
    bad('effect.username', 'the request provisioned another username');
  }
  if (
    problems.length > 0 ||
    // Stryker disable next-line ConditionalExpression: another type has pushed a problem (this narrows the type)
    mailbox.type !== 'CREATE_MAILBOX'
  ) {
    return err(problems);
  }
  return createAccount(
    {
      id: state.id,
      username: mailbox.username,
      department: mailbox.department,
      holder: mailbox.holder,
      createdOn: mailbox.createdOn,
      expiresOn: mailbox.expiresOn,
      internet: mailbox.internet,
    },
    actor ?? { role: 'system', id: effectKey(mailbox) },
    policy,
  );
}

function under(v: Violation, input: string): Violation {
  // Stryker disable next-line OptionalChaining: every violation parseRequestState and parseEffect give has details
  const path = v.details?.path;
  return {
    ...v,
    details: { ...v.details, path: typeof path === 'string' && path !== '' ? `${input}.${path}` : input },
  };
}
