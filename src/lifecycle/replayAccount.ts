import { err, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { issuesToViolation } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import type { LogEntry } from '../machine/types.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { accountMachine } from './machine.js';
import { accountStateSchema } from './schema.js';
import type { AccountState } from './types.js';

/**
 * Rebuilds an account from its first state and its log (the bitácora, SPEC §1).
 *
 * Each entry's event is applied again through the table; its `from`, `to` and `version` must
 * match, else `INVALID_LOG` names the entry. Time-caused entries (`GRACE_ENDED`, …) replay
 * like any other, since they are rows of the same table.
 *
 * @param initial - what {@link openAccount} returned
 * @param log - the entries of every transition since, in order
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * const opened = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const baja = transitionAccount(opened, offboardEvent)._unsafeUnwrap();      // bajaOn 2026-12-20
 * const later = advanceAccount(baja.state, '2027-01-05')._unsafeUnwrap();      // GRACE_ENDED
 * replayAccount(opened, [baja.log, ...later.log])._unsafeUnwrap().status
 * //=> 'cancelled' (4.22)
 */
export function replayAccount(
  initial: AccountState,
  log: readonly LogEntry[],
  policy?: Policy,
): Result<AccountState, Violation> {
  return guard([initial, log, policy], () => replayAccountUnguarded(initial, log, policy), refuse);
}

function replayAccountUnguarded(
  initial: AccountState,
  log: readonly LogEntry[],
  policy?: Policy,
): Result<AccountState, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const s = accountStateSchema.safeParse(initial);
  if (!s.success) {
    const v = issuesToViolation(s.error.issues);
    return err({ ...v, details: { ...v.details, input: 'initial' } });
  }
  if (!Array.isArray(log))
    return err({ code: 'INVALID_LOG', clause: null, details: { reason: 'not a list' } });
  try {
    return accountMachine.replay(s.data, log, p.value);
  } catch {
    return err({
      code: 'INVALID_POLICY',
      clause: null,
      details: { issues: ['timeZone: unknown IANA time zone'] },
    });
  }
}
