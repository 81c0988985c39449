import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { invalidDate } from '../_internal/invalidDate.js';
import { isPlainDate, type PlainDate } from '../_internal/plainDate.js';
import { issuesToViolation } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { dueOn, systemEventFor } from './_due.js';
import type { StampedAccountEffect } from './effects.js';
import type { AccountLogEntry } from './log.js';
import { accountMachine } from './machine.js';
import { accountStateSchema } from './schema.js';
import type { AccountState, SystemEventType } from './types.js';

/**
 * What {@link advanceAccount} returns: the state as of the day, and what it took to get there.
 *
 * @example
 * const opened = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15', expiresOn: '2026-06-30' })._unsafeUnwrap();
 * const later: AccountAdvance = advanceAccount(opened, '2026-07-16')._unsafeUnwrap();
 * [later.state.status, later.log.map((e) => e.event.type)]
 * //=> ['cancelled', ['EXPIRED', 'GRACE_ENDED']]
 */
export type AccountAdvance = {
  readonly state: AccountState;
  readonly effects: readonly StampedAccountEffect[];
  readonly log: readonly AccountLogEntry[];
};

// A state has at most a handful of time-caused steps in a row (notice → grace → cancelled;
// suspension → leave → expiry → grace → cancelled); more means a defect, never a loop.
const MAX_STEPS = 16;

/**
 * Applies every transition that time makes due by `asOf`, in order, each through the same
 * transition function as any other event (so the log replays).
 *
 * While `nextDeadline(state) ≤ asOf` the due event is applied: `NOTICE_ELAPSED` (the
 * cancellation takes effect: backup to the boss and the grace of 8.3-9), `GRACE_ENDED`
 * (backup, delete, release the seat and internet exit, retire a username cancelled for
 * inactivity: 4.19, 4.22), `EXPIRED` (a temporary account's expiry is its baja: 4.10, 4.29),
 * `LEAVE_ENDED`, `SUSPENSION_ENDED`. Each log entry's `at` is the first instant of the due day
 * in `policy.timeZone` (or the last change, when that is later the same day) and its actor
 * `{ role: 'system', id: 'scheduler' }`. Idempotent: advancing again to the same day, or to
 * d1 and then d2, gives what advancing to d2 gives.
 *
 * @param state - the account
 * @param asOf - the day to bring it to
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * const temporary = openAccount({ id: 'a1', username: 'AUDITORX', department: 'Compras', holder: 'external',
 *   createdOn: '2026-06-01', expiresOn: '2026-12-20' })._unsafeUnwrap();
 * advanceAccount(temporary, '2027-01-04')._unsafeUnwrap().state.status
 * //=> 'gracePeriod' (expired 2026-12-20, usable through 2027-01-04: 4.10, 4.22)
 * const done = advanceAccount(temporary, '2027-01-05')._unsafeUnwrap();
 * [done.state.status, done.log.map((l) => l.event.type), done.effects[2].type, done.effects[3].type]
 * //=> ['cancelled', ['EXPIRED', 'GRACE_ENDED'], 'BACKUP_MAILBOX', 'DELETE_MAILBOX']
 */
export function advanceAccount(
  state: AccountState,
  asOf: PlainDate,
  policy?: Policy,
): Result<AccountAdvance, Violation> {
  return guard([state, asOf, policy], () => advanceAccountUnguarded(state, asOf, policy), refuse);
}

function advanceAccountUnguarded(
  state: AccountState,
  asOf: PlainDate,
  policy?: Policy,
): Result<AccountAdvance, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  if (!isPlainDate(asOf)) return err(invalidDate(asOf, 'asOf'));
  const parsed = accountStateSchema.safeParse(state);
  if (!parsed.success) {
    const v = issuesToViolation(parsed.error.issues);
    return err({ ...v, details: { ...v.details, input: 'state' } });
  }
  return advanceValid(parsed.data, asOf, p.value);
}

/** @internal {@link advanceAccount} on a valid state, day and policy. */
export function advanceValid(
  state: AccountState,
  asOf: PlainDate,
  policy: Policy,
): Result<AccountAdvance, Violation> {
  return advanceSteps(state, asOf, policy).map(({ state: s, effects, log }) => ({ state: s, effects, log }));
}

/**
 * @internal {@link advanceValid} that also says the day each step fell due and the state it
 * started from: the review's dry
 * run reads it, so the report and `advanceAccount` are one computation.
 */
export function advanceSteps(
  state: AccountState,
  asOf: PlainDate,
  policy: Policy,
): Result<
  AccountAdvance & {
    readonly steps: readonly { type: SystemEventType; on: PlainDate; before: AccountState }[];
  },
  Violation
> {
  let s = state;
  const effects: StampedAccountEffect[] = [];
  const log: AccountLogEntry[] = [];
  const steps: { type: SystemEventType; on: PlainDate; before: AccountState }[] = [];
  // Stryker disable next-line EqualityOperator,UpdateOperator: equivalent, no valid state has more than five due steps in a row (the chain above MAX_STEPS), so the bound never binds
  for (let i = 0; i < MAX_STEPS; i++) {
    const due = dueOn(s, policy);
    if (due === null || due.on > asOf) return ok({ state: s, effects, log, steps });
    const r = accountMachine.step(s, systemEventFor(s, due, policy), policy);
    if (r.isErr()) return err(r.error);
    steps.push({ type: due.type, on: due.on, before: s });
    s = r.value.state;
    effects.push(...r.value.effects);
    log.push(r.value.log);
  }
  return err(
    // Stryker disable next-line all: equivalent, unreachable for a valid state (see the bound above)
    violation('INVALID_TRANSITION', null, { reason: 'too many time-caused steps', status: s.status }),
  );
}
