import { err, ok, type Result } from 'neverthrow';
import { guard, refuseAll } from '../_internal/guard.js';
import { actorSchema } from '../_internal/schemas.js';
import { issuesToViolations } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import type { Actor } from '../machine/types.js';
import type { Policy } from '../policy/policy.js';
import type { AccountLogEntry } from './log.js';
import { openAccount } from './openAccount.js';
import type { AccountTransition } from './transitionAccount.js';

/**
 * The clause an account's opening is logged with: the mail officer generates the account (8.1-9).
 *
 * @example
 * OPEN_ACCOUNT_CLAUSES
 * //=> ['8.1-9']
 */
export const OPEN_ACCOUNT_CLAUSES = ['8.1-9'] as const;

/**
 * Opens an account as a logged step: {@link openAccount}'s first state (`active`, version 1),
 * no effects, and the log entry `{ event: { type: 'OPEN', account }, from: null, to: 'active' }`
 * that {@link replayAccount} starts from, so an account's log replays on its own, like a
 * request's from its `CREATE` entry. `account` is the input with every default filled in; the
 * entry's `at` is the state's `updatedAt` (the first instant of `createdOn` in the policy's time
 * zone) and its actor the one given (the mail officer, or the system that carried out
 * `CREATE_MAILBOX`).
 *
 * Refused, every problem at once: what {@link openAccount} refuses, and a malformed actor.
 *
 * @param input - `{ id, username, department, holder?, createdOn, lastAccessOn?, expiresOn?, internet? }`
 * @param actor - who opened it
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * const opened = createAccount({ id: 'A-17', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' }, { role: 'mail-officer', id: 'mov-2' })._unsafeUnwrap();
 * [opened.state.status, opened.log.event.type, opened.log.from, opened.log.at]
 * //=> ['active', 'OPEN', null, '2026-01-15T00:00:00.000-06:00']
 */
export function createAccount(
  input: unknown,
  actor: Actor,
  policy?: Policy,
): Result<AccountTransition, Violation[]> {
  return guard([input, actor, policy], () => createAccountUnguarded(input, actor, policy), refuseAll);
}

function createAccountUnguarded(
  input: unknown,
  actor: Actor,
  policy?: Policy,
): Result<AccountTransition, Violation[]> {
  const opened = openAccount(input, policy);
  const who = actorSchema.safeParse(actor);
  const problems = [
    ...(opened.isErr() ? opened.error : []),
    ...(who.success
      ? []
      : issuesToViolations(who.error.issues).map((v) => ({
          ...v,
          details: { ...v.details, input: 'actor' },
        }))),
  ];
  if (opened.isErr() || !who.success) return err(problems);
  const s = opened.value;
  const log: AccountLogEntry = {
    at: s.updatedAt as string,
    actor: who.data,
    subject: s.id,
    version: s.version,
    event: {
      type: 'OPEN',
      account: {
        id: s.id,
        username: s.username,
        department: s.department,
        holder: s.holder,
        createdOn: s.createdOn,
        lastAccessOn: s.lastAccessOn,
        expiresOn: s.expiresOn,
        internet: s.internet,
      },
    },
    from: null,
    to: s.status,
    clauses: [...OPEN_ACCOUNT_CLAUSES],
  };
  return ok({ state: s, effects: [], log });
}
