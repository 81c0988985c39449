import { err, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { actorSchema, instantSchema } from '../_internal/schemas.js';
import { issuesToViolation } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { createAccount } from './createAccount.js';
import { accountMachine } from './machine.js';
import { accountStateSchema } from './schema.js';
import type { AccountState } from './types.js';

/**
 * Rebuilds an account from its log (the bitácora, SPEC §1).
 *
 * Two forms. `replayAccount(log, policy?)`: the log starts with the `OPEN` entry that
 * {@link createAccount} (or `openAccountFromRequest`) wrote, so nothing else is kept. The older
 * `replayAccount(initial, log, policy?)` still works: `initial` is what {@link openAccount}
 * returned and `log` the entries since.
 *
 * Each entry's event is applied again through the table; its `from`, `to` and `version` must
 * match, else `INVALID_LOG` names the entry (counting the `OPEN` entry as 0). Time-caused
 * entries (`GRACE_ENDED`, …) replay like any other, since they are rows of the same table.
 *
 * @param log - every entry, `OPEN` first
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * const opened = createAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' }, officer)._unsafeUnwrap();
 * const baja = transitionAccount(opened.state, offboardEvent)._unsafeUnwrap();  // bajaOn 2026-12-20
 * const later = advanceAccount(baja.state, '2027-01-05')._unsafeUnwrap();        // GRACE_ENDED
 * replayAccount([opened.log, baja.log, ...later.log])._unsafeUnwrap().status
 * //=> 'cancelled' (4.22)
 */
export function replayAccount(log: readonly unknown[], policy?: Policy): Result<AccountState, Violation>;
/**
 * The older form: rebuilds an account from its first state and the log entries since.
 *
 * @param initial - what {@link openAccount} returned
 * @param log - the entries of every transition since, in order
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * replayAccount(opened, [baja.log, ...later.log])._unsafeUnwrap().status
 * //=> 'cancelled' (4.22)
 */
export function replayAccount(
  initial: AccountState,
  log: readonly unknown[],
  policy?: Policy,
): Result<AccountState, Violation>;
export function replayAccount(
  first: AccountState | readonly unknown[],
  second?: readonly unknown[] | Policy,
  third?: Policy,
): Result<AccountState, Violation> {
  return guard([first, second, third], () => replayEither(first, second, third), refuse);
}

function replayEither(
  first: AccountState | readonly unknown[],
  second?: readonly unknown[] | Policy,
  third?: Policy,
): Result<AccountState, Violation> {
  if (Array.isArray(first))
    return fromLog(first, Array.isArray(second) ? undefined : (second as Policy | undefined));
  return fromInitial(first as AccountState, second as readonly unknown[], third);
}

function fromInitial(
  initial: AccountState,
  log: readonly unknown[],
  policy: Policy | undefined,
): Result<AccountState, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const s = accountStateSchema.safeParse(initial);
  if (!s.success) {
    const v = issuesToViolation(s.error.issues);
    return err({ ...v, details: { ...v.details, input: 'initial' } });
  }
  if (!Array.isArray(log)) return err(violation('INVALID_LOG', null, { reason: 'not a list' }));
  // No try/catch for an unknown time zone: readPolicy refuses it first (decision MC2), and
  // guard turns any throw into a refusal.
  return accountMachine.replay(s.data, log, p.value);
}

// The OPEN entry as stored: its shape is checked, unknown keys refused.
const openEntrySchema = z.strictObject({
  at: instantSchema,
  actor: actorSchema,
  subject: z.string(),
  version: z.number(),
  event: z.strictObject({ type: z.literal('OPEN'), account: z.unknown() }),
  from: z.null(),
  to: z.string(),
  clauses: z.array(z.string()),
});

function fromLog(log: readonly unknown[], policy: Policy | undefined): Result<AccountState, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const head = openEntrySchema.safeParse(log[0]);
  if (!head.success) return err(invalid(0, 'a log starts with its OPEN entry'));
  const entry = head.data;
  const opened = createAccount(entry.event.account, entry.actor, p.value);
  if (opened.isErr()) return err(invalid(0, `OPEN refused: ${opened.error.map((v) => v.code).join(', ')}`));
  const s = opened.value.state;
  if (
    entry.subject !== s.id ||
    entry.to !== s.status ||
    entry.version !== s.version ||
    entry.at !== s.updatedAt
  ) {
    return err(invalid(0, 'the OPEN entry does not match its account'));
  }
  return fromInitial(s, log.slice(1), p.value).mapErr((v) => {
    // Stryker disable next-line OptionalChaining: equivalent, every violation fromInitial returns has details
    const n = v.details?.entry;
    return typeof n === 'number' ? { ...v, details: { ...v.details, entry: n + 1 } } : v;
  });
}

function invalid(entry: number, reason: string): Violation {
  return violation('INVALID_LOG', null, { entry, reason });
}
