import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { compareInstants, instantToPlainDate } from '../_internal/instant.js';
import { invalidDate } from '../_internal/invalidDate.js';
import { isPlainDate } from '../_internal/plainDate.js';
import { entryDifference } from '../_internal/sameJson.js';
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
  /**
   * Re-applies logged events from `state` on; each logged entry must equal, field by field
   * (subject, from, to, version, at, actor, event, clauses; nothing else), the entry the
   * transition writes, else `INVALID_LOG` with the entry's index and the first differing field.
   */
  readonly replay: (state: S, log: readonly unknown[], policy: Policy) => Result<S, Violation>;
};

type Schemas<S, E> = { readonly state: z.ZodMiniType<S>; readonly event: z.ZodMiniType<E> };

const key = (status: string, type: string) => `${status}\u0000${type}`;

/** The highest `version` every state schema accepts (the request's is 10⁶, the account's 10⁹). */
const MAX_VERSION = 1_000_000;

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
  return guard(
    // Stryker disable next-line ArrayDeclaration: nothing to inspect; a string in the list is never a problem
    [],
    () => compile(table, schemas),
    (v) => inertMachine(table as unknown as MachineTable<S, E, D, string, string, N>, v),
  );
}

// A table that cannot be read compiles to a machine that refuses everything, never a throw.
function inertMachine<
  S extends MachineState,
  E extends MachineEvent,
  D extends EffectDraft,
  N extends string,
>(table: MachineTable<S, E, D, string, string, N>, v: Violation): Machine<S, E, D, N> {
  const no = () => err(v);
  return { table: table as never, transition: no, step: no, replay: no };
}

function compile<
  S extends MachineState,
  E extends MachineEvent,
  D extends EffectDraft,
  G extends string,
  X extends string,
  N extends string,
>(table: MachineTable<S, E, D, G, X, N>, schemas: Schemas<S, E>): Machine<S, E, D, N> {
  // A missing `schemas` or schema throws here as well: either way guard builds the inert machine.
  if (typeof schemas.state.safeParse !== 'function' || typeof schemas.event.safeParse !== 'function') {
    // Stryker disable next-line StringLiteral: guard swallows the error; its message is never read
    throw new TypeError('schemas');
  }
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
    if (!hasDay(event.at, policy)) {
      // Its day in the policy's zone falls outside the years a date can name (1000–9999): any
      // date the row derived from it would leave a state the schemas refuse (issue 12).
      return err(invalidDate(event.at, 'at', 'out of range'));
    }
    for (const name of row.guards) {
      const refusal = table.guards[name](state, event, policy);
      if (refusal !== null) return err(refusal);
    }
    if (state.version >= MAX_VERSION) {
      // The schemas accept versions up to 10⁶ at least: the transition refuses rather than write a
      // state the library would then refuse (issue 12).
      return err(
        violation('INVALID_TRANSITION', null, { machine: table.name, reason: 'version limit reached' }),
      );
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

  const transition: Machine<S, E, D, N>['transition'] = (rawState, rawEvent, policy) =>
    guard([rawState, rawEvent], () => transitionUnguarded(rawState, rawEvent, policy), refuse);
  const transitionUnguarded: Machine<S, E, D, N>['transition'] = (rawState, rawEvent, policy) => {
    const s = schemas.state.safeParse(rawState);
    if (!s.success) return err(withSubject(issuesToViolation(s.error.issues), 'state'));
    const e = schemas.event.safeParse(rawEvent);
    if (!e.success) return err(withSubject(issuesToViolation(e.error.issues), 'event'));
    return step(s.data, e.data, policy);
  };

  const replay: Machine<S, E, D, N>['replay'] = (initial, log, policy) =>
    guard([initial, log], () => replayUnguarded(initial, log, policy), refuse);
  const replayUnguarded: Machine<S, E, D, N>['replay'] = (initial, log, policy) => {
    let state = initial;
    for (let i = 0; i < log.length; i++) {
      const entry = log[i] as Record<string, unknown> | null | undefined;
      if (entry === null || typeof entry !== 'object') return err(invalidLog(i, 'not an entry'));
      if (entry.subject !== state.id) return err(invalidLog(i, 'another subject', 'subject'));
      if (entry.from !== state.status)
        return err(invalidLog(i, `from ${String(entry.from)} but state is ${state.status}`, 'from'));
      const result = transition(state, entry.event, policy);
      if (result.isErr()) return err(invalidLog(i, `event refused: ${result.error.code}`));
      const next = result.value.state;
      // The whole entry must be the one the transition writes: an edited actor, instant or
      // clause list is as much a forgery as an edited status (issue 12).
      const field = entryDifference(result.value.log as unknown as Record<string, unknown>, entry);
      if (field !== null) {
        return err(
          invalidLog(
            i,
            field === 'to' || field === 'version'
              ? `gives ${next.status} v${next.version}, log says ${String(entry.to)} v${String(entry.version)}`
              : `${field} differs from the entry the transition writes`,
            field,
          ),
        );
      }
      state = next;
    }
    return ok(state);
  };

  return { table, transition, step, replay };
}

/**
 * Whether the day of `at` in the policy's zone is one a `PlainDate` can name. The day of an
 * instant is its own first ten characters give or take two days (offsets run from −12:00 to
 * +14:00), so the zone is consulted only in the first and last days of the range.
 */
function hasDay(at: string, policy: Policy): boolean {
  const day = at.slice(0, 10);
  if (day > '1000-01-02' && day < '9999-12-30') return true;
  return isPlainDate(instantToPlainDate(at, policy.timeZone));
}

function withSubject(v: Violation, what: 'state' | 'event'): Violation {
  return { ...v, details: { ...v.details, input: what } };
}

function invalidLog(entry: number, reason: string, field?: string): Violation {
  return violation('INVALID_LOG', null, field === undefined ? { entry, reason } : { entry, reason, field });
}
