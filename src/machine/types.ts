import type { Instant } from '../_internal/instant.js';
import type { ROLES } from '../_internal/schemas.js';
import type { Clause, Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';

/**
 * Who may do what (SPEC §1).
 *
 * @example
 * const role: Role = 'mail-officer';
 */
export type Role = (typeof ROLES)[number];

/**
 * The author of an event: a role and an id the consumer chooses (an employee number…).
 *
 * @example
 * const actor: Actor = { role: 'it-head', id: 'TI-1' };
 */
export type Actor = { readonly role: Role; readonly id: string };

/**
 * What every machine state has: plain JSON with an id, a version and a status.
 *
 * @example
 * const state: MachineState = { id: 'a1', version: 1, status: 'active', updatedAt: '2026-01-15T00:00:00.000-06:00' };
 */
export type MachineState = {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  /** The instant of the last transition; an earlier event is refused (the log never goes back). */
  readonly updatedAt?: Instant;
};

/**
 * What every event has: a type, the instant it happened and who caused it.
 *
 * @example
 * const event: MachineEvent = { type: 'END_LEAVE', at: '2026-03-02T09:00:00-06:00', actor: { role: 'direct-boss', id: 'J1' } };
 */
export type MachineEvent = { readonly type: string; readonly at: Instant; readonly actor: Actor };

/**
 * An effect before the kit stamps it with its subject, version and index.
 *
 * @example
 * const draft: EffectDraft = { type: 'DELETE_MAILBOX' };
 */
export type EffectDraft = { readonly type: string };

/**
 * An effect as the consumer's adapters receive it: the machine that produced it (the table's
 * `name`: `'request'` or `'account'`), the subject's id, the state version that produced it and
 * its position in that transition's list, so that it can be run idempotently (key:
 * {@link effectKey}, `machine/subject/version/index`) and a stale plan noticed.
 *
 * @example
 * const effect: Stamped<DeleteMailboxEffect, 'account'> = {
 *   type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22', machine: 'account', subject: 'a1', version: 3, index: 1,
 * };
 * effectKey(effect)
 * //=> 'account/a1/3/1'
 */
export type Stamped<D extends EffectDraft, M extends string = string> = D & {
  readonly machine: M;
  readonly subject: string;
  readonly version: number;
  readonly index: number;
};

/**
 * One entry of the bitácora: exactly one per successful transition (SPEC §1). `event` is the
 * event as it was applied, so replaying the entries reproduces the state. `E` is the event's
 * type: each machine has its own (`RequestLogEntry`, `AccountLogEntry`), so `entry.event.type`
 * narrows; plain `LogEntry` (event `unknown`) is the general type every entry fits.
 *
 * @example
 * const opened = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const entry: LogEntry = transitionAccount(opened, {
 *   type: 'OFFBOARD', bajaOn: '2026-12-20', cause: 'separation', at: '2026-12-21T10:00:00-06:00', actor: { role: 'direct-boss', id: 'JEFE1' },
 * })._unsafeUnwrap().log;
 * [entry.subject, entry.version, entry.from, entry.to, entry.clauses[0]]
 * //=> ['a1', 2, 'active', 'gracePeriod', '4.22']
 */
export type LogEntry<E = unknown> = {
  readonly at: Instant;
  readonly actor: Actor;
  readonly subject: string;
  readonly version: number;
  readonly event: E;
  readonly from: string | null;
  readonly to: string;
  readonly clauses: readonly Clause[];
};

/**
 * The outcome of a successful transition: the next state, its effects and its one log entry.
 *
 * @example
 * const opened = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const t: Transition<AccountState> = transitionAccount(opened, {
 *   type: 'SUSPEND', reason: 'sanction', until: '2026-03-31', at: '2026-03-02T09:00:00-06:00', actor: { role: 'it-head', id: 'TI1' },
 * })._unsafeUnwrap();
 * [t.state.status, t.effects.length, t.log.to]
 * //=> ['suspended', 2, 'suspended']
 */
export type Transition<S, F = unknown, L extends LogEntry<unknown> = LogEntry> = {
  readonly state: S;
  readonly effects: readonly F[];
  readonly log: L;
};

/**
 * A named guard: `null` when the event may proceed, else the violation that stops it.
 *
 * @example
 * const notCancelled: Guard<AccountState, AnyAccountEvent> = (state) =>
 *   state.status === 'cancelled' ? violation('INVALID_TRANSITION', null, { status: state.status }) : null;
 */
export type Guard<S, E> = (state: S, event: E, policy: Policy) => Violation | null;

/**
 * A named effect builder: the effects a transition asks the adapters to carry out.
 *
 * @example
 * const notifyBoss: EffectBuilder<AccountState, AnyAccountEvent, NotifyEffect> = (_before, after) => [
 *   { type: 'NOTIFY', to: 'direct-boss', template: 'account-cancelled', clause: '4.22', data: { username: after.username } },
 * ];
 */
export type EffectBuilder<S, E, D extends EffectDraft> = (
  before: S,
  after: S,
  event: E,
  policy: Policy,
) => readonly D[];

/**
 * One row of a machine's table: in these states, this event, from these roles, after these
 * guards, leads to one of these targets, producing these effects, by these clauses.
 *
 * @example
 * const row: Row<AccountState, AnyAccountEvent, string, string> | undefined = ACCOUNT_MACHINE.rows.find((r) => r.event === 'OFFBOARD');
 * row?.roles.includes('direct-boss')
 * //=> true
 */
export type Row<S extends MachineState, E extends MachineEvent, G extends string, X extends string> = {
  readonly from: readonly S['status'][];
  readonly event: E['type'];
  /** Who may send the event; the IT area alone creates, changes and cancels accounts (4.7, 5.4.5), and its head alone authorizes them (5.3.5). */
  readonly roles: readonly Role[];
  readonly to: readonly S['status'][];
  readonly guards: readonly G[];
  readonly effects: readonly X[];
  readonly clauses: readonly Clause[];
  /** One line for the docs, in Spanish and English. */
  readonly summary: { readonly es: string; readonly en: string };
  /** The next state's fields (the kit bumps `version`); its status must be one of `to`. */
  readonly apply: (state: S, event: E, policy: Policy) => S;
};

/**
 * A machine as one declarative table (SPEC §0): the transition function, the role checks,
 * the log, replay, the Mermaid diagram and the docs are all derived from it.
 *
 * @example
 * const table: MachineTable<AccountState, AnyAccountEvent, AccountEffect> = ACCOUNT_MACHINE;
 * [table.name, table.initial.status, table.terminal]
 * //=> ['account', 'active', ['cancelled']]
 */
export type MachineTable<
  S extends MachineState = MachineState,
  E extends MachineEvent = MachineEvent,
  D extends EffectDraft = EffectDraft,
  G extends string = string,
  X extends string = string,
  N extends string = string,
> = {
  /** The machine's name; the kit stamps it on every effect as `machine` (see {@link effectKey}). */
  readonly name: N;
  /** The status a subject is born in, and the creating step's label for the diagram. */
  readonly initial: { readonly status: S['status']; readonly label: string };
  readonly statuses: readonly S['status'][];
  readonly terminal: readonly S['status'][];
  readonly rows: readonly Row<S, E, G, X>[];
  readonly guards: Readonly<Record<G, Guard<S, E>>>;
  readonly effects: Readonly<Record<X, EffectBuilder<S, E, D>>>;
};

/**
 * One row of any machine's table as data (everything but `apply`): see {@link AnyMachineTable}.
 *
 * @example
 * const rows: readonly AnyRow[] = REQUEST_MACHINE.rows;
 * rows.every((r) => r.clauses.length > 0)
 * //=> true
 */
export type AnyRow = Omit<Row<MachineState, MachineEvent, string, string>, 'apply'>;

/**
 * What every machine table is, read as data: its name, statuses and rows without the
 * functions. `REQUEST_MACHINE`, `ACCOUNT_MACHINE` and any table built with {@link MachineTable}
 * are assignable to it without a cast (a `MachineTable<RequestState, …>` is not assignable to
 * the default `MachineTable`, since its functions take narrower arguments). The machine tools
 * ({@link toMermaid}, {@link toMarkdownTable}) take it, and so can an adopter's list of tables.
 *
 * @example
 * const tables: AnyMachineTable[] = [REQUEST_MACHINE, ACCOUNT_MACHINE];
 * tables.map((t) => t.name)
 * //=> ['request', 'account']
 */
export type AnyMachineTable = {
  readonly name: string;
  readonly initial: { readonly status: string; readonly label: string };
  readonly statuses: readonly string[];
  readonly terminal: readonly string[];
  readonly rows: readonly AnyRow[];
};
