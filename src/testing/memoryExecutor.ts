import { applyLedgerEffects } from '../allowances/applyLedgerEffects.js';
import type { AllowanceLedger } from '../allowances/types.js';
import { EMPTY_LEDGER } from '../allowances/types.js';
import type { Effect } from '../effects/index.js';
import type { LogEntry } from '../machine/types.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { keyOf } from './_effectKey.js';
import type { EffectExecutor, ExecutorRecord, StoredStep } from './conformance.js';
import type { StoredSubject } from './invariants.js';

/**
 * The in-memory reference executor: an {@link EffectExecutor} with what it keeps in view.
 *
 * @example
 * const executor = memoryExecutor();
 * const twice = [1, 2].map(() => executor.execute({ type: 'RETIRE_USERNAME', username: 'PERLAHL', clause: '4.19', machine: 'account', subject: 'a1', version: 3, index: 4 }));
 * [twice.length, executor.read().performed.length, executor.retired.has('PERLAHL')]
 * //=> [2, 1, true]
 */
export type MemoryExecutor = {
  readonly store: (step: StoredStep) => void;
  readonly execute: (effect: Effect) => void;
  readonly read: () => ExecutorRecord;
  /** Mailboxes by username: whether it exists and has a backup. */
  readonly mailboxes: ReadonlyMap<string, { readonly active: boolean; readonly backups: number }>;
  /** Usernames retired for ever (4.19). */
  readonly retired: ReadonlySet<string>;
};

/**
 * The in-memory reference executor: the shape an adapter's executor takes, and one that passes
 * the conformance property. It stores each subject's state and log with the effects ({@link
 * EffectExecutor.store}, one "transaction"), and carries each effect out at most once under its
 * idempotency key: a re-delivered effect is acknowledged and skipped. It applies the ledger's
 * effects with `applyLedgerEffects` and carries out nothing the ledger refuses; it refuses to
 * delete a mailbox that has no backup (4.22) or to create one whose username is retired (4.19).
 *
 * @param policy - the caps the ledger keeps; defaults to {@link SESEQ_POLICY}
 * @returns a fresh executor
 *
 * @example
 * const ex = memoryExecutor();
 * ex.execute({ type: 'RETIRE_USERNAME', username: 'X', clause: '4.19', machine: 'account', subject: 'a', version: 2, index: 0 });
 * ex.execute({ type: 'RETIRE_USERNAME', username: 'X', clause: '4.19', machine: 'account', subject: 'a', version: 2, index: 0 });
 * ex.read().performed.length
 * //=> 1
 */
export function memoryExecutor(policy: Policy = SESEQ_POLICY): MemoryExecutor {
  const done = new Set<string>();
  const performed: Effect[] = [];
  const mailboxes = new Map<string, { active: boolean; backups: number }>();
  const retired = new Set<string>();
  const subjects = new Map<
    string,
    { machine: 'request' | 'account'; initial: unknown; state: unknown; log: LogEntry[] }
  >();
  let ledger: AllowanceLedger = EMPTY_LEDGER;

  const carryOut = (e: Effect): boolean => {
    const l = applyLedgerEffects(ledger, [e], policy);
    if (l.isErr()) return false;
    switch (e.type) {
      case 'CREATE_MAILBOX':
        if (retired.has(e.username)) return false;
        mailboxes.set(e.username, { active: true, backups: 0 });
        break;
      case 'BACKUP_MAILBOX': {
        const m = mailboxes.get(e.username) ?? { active: true, backups: 0 };
        mailboxes.set(e.username, { ...m, backups: m.backups + 1 });
        break;
      }
      case 'DELETE_MAILBOX': {
        const m = mailboxes.get(e.username);
        if (m === undefined || m.backups === 0) return false;
        mailboxes.set(e.username, { ...m, active: false });
        break;
      }
      case 'RETIRE_USERNAME':
        retired.add(e.username);
        break;
    }
    ledger = l.value;
    return true;
  };

  return {
    mailboxes,
    retired,
    store: (step: StoredStep) => {
      const s = subjects.get(step.state.id);
      subjects.set(step.state.id, {
        machine: step.machine,
        initial: s?.initial ?? step.state,
        state: step.state,
        log: step.log === null ? (s?.log ?? []) : [...(s?.log ?? []), step.log],
      });
    },
    execute: (effect: Effect) => {
      const key = keyOf(effect);
      if (done.has(key)) return;
      if (!carryOut(effect)) return;
      done.add(key);
      performed.push(effect);
    },
    read: (): ExecutorRecord => ({
      performed: [...performed],
      ledger,
      subjects: [...subjects.values()].map(
        (s) =>
          (s.machine === 'request'
            ? { machine: 'request', state: s.state, log: s.log }
            : { machine: 'account', initial: s.initial, state: s.state, log: s.log }) as StoredSubject,
      ),
    }),
  };
}
