import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { compareInstants } from '../_internal/instant.js';
import { issuesToViolation } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import type {
  EffectDraft,
  LogEntry,
  MachineEvent,
  MachineState,
  MachineTable,
  Row,
  Stamped,
  Transition,
} from './types.js';

/**
 * A machine compiled from its table: the derived transition and replay functions.
 *
 * @example
 * const account: Machine<AccountState, AnyAccountEvent, AccountEffect, 'account'> =
 *   defineMachine(ACCOUNT_MACHINE, { state: accountStateSchema, event: accountEventSchema });
 * account.table.name
 * //=> 'account'
 */
export type Machine<
  S extends MachineState,
  E extends MachineEvent,
  D extends EffectDraft,
  N extends string = string,
> = {
  readonly table: MachineTable<S, E, D, string, string, N>;
  /** Applies one event; refused events change nothing. */
  readonly transition: (
    state: unknown,
    event: unknown,
    policy: Policy,
  ) => Result<Transition<S, Stamped<D, N>, LogEntry<E>>, Violation>;
  /**
   * {@link Machine.transition} on a state and an event already known to be valid (typed data
   * the caller built or parsed itself): the same row lookup, role check, order check, guards,
   * effects and log, without the zod parse. For hot loops over many subjects (a review of a
   * million accounts); anything from outside goes through `transition`.
   */
  readonly step: (
    state: S,
    event: E,
    policy: Policy,
  ) => Result<Transition<S, Stamped<D, N>, LogEntry<E>>, Violation>;
  /** Re-applies logged events from `state` on, checking each entry's `from`, `to` and `version`. */
  readonly replay: (state: S, log: readonly unknown[], policy: Policy) => Result<S, Violation>;
};

type Schemas<S, E> = { readonly state: z.ZodMiniType<S>; readonly event: z.ZodMiniType<E> };

const key = (status: string, type: string) => `${status}\u0000${type}`;

/**
 * Compiles a {@link MachineTable} into its transition function. Lookups go through a `Map`
 * keyed on status and event type, so a status or event called `__proto__` is just a miss.
 *
 * @example
 * const account = defineMachine(ACCOUNT_MACHINE, { state: accountStateSchema, event: accountEventSchema });
 * const opened = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * account.transition(opened, { type: 'END_LEAVE', at: '2026-03-02T09:00:00-06:00', actor: { role: 'direct-boss', id: 'J1' } }, SESEQ_POLICY)
 *   .mapErr((v) => v.code)
 * //=> err('INVALID_TRANSITION')
 */
export function defineMachine<
  S extends MachineState,
  E extends MachineEvent,
  D extends EffectDraft,
  G extends string,
  X extends string,
  N extends string,
>(table: MachineTable<S, E, D, G, X, N>, schemas: Schemas<S, E>): Machine<S, E, D, N> {
  const index = new Map<string, Row<S, E, G, X>>();
  for (const row of table.rows) {
    for (const from of row.from) index.set(key(from, row.event), row);
  }

  const step = (
    state: S,
    event: E,
    policy: Policy,
  ): Result<Transition<S, Stamped<D, N>, LogEntry<E>>, Violation> => {
    const row = index.get(key(state.status, event.type));
    if (row === undefined) {
      return err(
        violation('INVALID_TRANSITION', null, {
          machine: table.name,
          status: state.status,
          event: event.type,
          terminal: table.terminal.includes(state.status),
        }),
      );
    }
    if (!row.roles.includes(event.actor.role)) {
      return err(
        violation('FORBIDDEN_ROLE', row.clauses[0] ?? null, {
          machine: table.name,
          status: state.status,
          event: event.type,
          role: event.actor.role,
          allowed: [...row.roles],
        }),
      );
    }
    if (state.updatedAt !== undefined && compareInstants(event.at, state.updatedAt) < 0) {
      return err(violation('EVENT_OUT_OF_ORDER', null, { at: event.at, last: state.updatedAt }));
    }
    for (const name of row.guards) {
      const refusal = table.guards[name](state, event, policy);
      if (refusal !== null) return err(refusal);
    }
    const next: S = { ...row.apply(state, event, policy), version: state.version + 1, updatedAt: event.at };
    if (!row.to.includes(next.status)) {
      // A row's apply chose a target its table does not declare: a defect, never silent.
      return err(
        violation('INVALID_TRANSITION', null, {
          machine: table.name,
          status: state.status,
          event: event.type,
          reason: `undeclared target ${next.status}`,
        }),
      );
    }
    const effects: Stamped<D, N>[] = [];
    for (const name of row.effects) {
      for (const draft of table.effects[name](state, next, event, policy)) {
        effects.push({
          ...draft,
          machine: table.name,
          subject: state.id,
          version: next.version,
          index: effects.length,
        });
      }
    }
    const log: LogEntry<E> = {
      at: event.at,
      actor: event.actor,
      subject: state.id,
      version: next.version,
      event,
      from: state.status,
      to: next.status,
      clauses: [...row.clauses],
    };
    return ok({ state: next, effects, log });
  };

  const transition: Machine<S, E, D, N>['transition'] = (rawState, rawEvent, policy) => {
    const s = schemas.state.safeParse(rawState);
    if (!s.success) return err(withSubject(issuesToViolation(s.error.issues), 'state'));
    const e = schemas.event.safeParse(rawEvent);
    if (!e.success) return err(withSubject(issuesToViolation(e.error.issues), 'event'));
    return step(s.data, e.data, policy);
  };

  const replay: Machine<S, E, D, N>['replay'] = (initial, log, policy) => {
    let state = initial;
    for (let i = 0; i < log.length; i++) {
      const entry = log[i] as Partial<LogEntry> | null | undefined;
      if (entry === null || typeof entry !== 'object') return err(invalidLog(i, 'not an entry'));
      if (entry.subject !== state.id) return err(invalidLog(i, 'another subject'));
      if (entry.from !== state.status)
        return err(invalidLog(i, `from ${String(entry.from)} but state is ${state.status}`));
      const result = transition(state, entry.event, policy);
      if (result.isErr()) return err(invalidLog(i, `event refused: ${result.error.code}`));
      const next = result.value.state;
      if (next.status !== entry.to || next.version !== entry.version) {
        return err(
          invalidLog(
            i,
            `gives ${next.status} v${next.version}, log says ${String(entry.to)} v${String(entry.version)}`,
          ),
        );
      }
      state = next;
    }
    return ok(state);
  };

  return { table, transition, step, replay };
}

function withSubject(v: Violation, what: 'state' | 'event'): Violation {
  return { ...v, details: { ...v.details, input: what } };
}

function invalidLog(entry: number, reason: string): Violation {
  return violation('INVALID_LOG', null, { entry, reason });
}
