import type { Instant } from '../_internal/instant.js';
import type { ROLES } from '../_internal/schemas.js';
import type { Clause, Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';

/** Who may do what (SPEC §1). */
export type Role = (typeof ROLES)[number];

/** The author of an event: a role and an id the consumer chooses (an employee number…). */
export type Actor = { readonly role: Role; readonly id: string };

/** What every machine state has: plain JSON with an id, a version and a status. */
export type MachineState = {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  /** The instant of the last transition; an earlier event is refused (the log never goes back). */
  readonly updatedAt?: Instant;
};

/** What every event has: a type, the instant it happened and who caused it. */
export type MachineEvent = { readonly type: string; readonly at: Instant; readonly actor: Actor };

/** An effect before the kit stamps it with its subject, version and index. */
export type EffectDraft = { readonly type: string };

/**
 * An effect as the consumer's adapters receive it: the machine that produced it (the table's
 * `name`: `'request'` or `'account'`), the subject's id, the state version that produced it and
 * its position in that transition's list, so that it can be run idempotently (key:
 * {@link effectKey}, `machine/subject/version/index`) and a stale plan noticed.
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

/** The outcome of a successful transition: the next state, its effects and its one log entry. */
export type Transition<S, F = unknown, L extends LogEntry<unknown> = LogEntry> = {
  readonly state: S;
  readonly effects: readonly F[];
  readonly log: L;
};

/** A named guard: `null` when the event may proceed, else the violation that stops it. */
export type Guard<S, E> = (state: S, event: E, policy: Policy) => Violation | null;

/** A named effect builder: the effects a transition asks the adapters to carry out. */
export type EffectBuilder<S, E, D extends EffectDraft> = (
  before: S,
  after: S,
  event: E,
  policy: Policy,
) => readonly D[];

/**
 * One row of a machine's table: in these states, this event, from these roles, after these
 * guards, leads to one of these targets, producing these effects, by these clauses.
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

/** One row of any machine's table as data (everything but `apply`): see {@link AnyMachineTable}. */
export type AnyRow = Omit<Row<MachineState, MachineEvent, string, string>, 'apply'>;

/**
 * What every machine table is, read as data: its name, statuses and rows without the
 * functions. `REQUEST_MACHINE`, `ACCOUNT_MACHINE` and any table built with {@link MachineTable}
 * are assignable to it without a cast (a `MachineTable<RequestState, …>` is not assignable to
 * the default `MachineTable`, since its functions take narrower arguments). The machine tools
 * ({@link toMermaid}, {@link toMarkdownTable}) take it, and so can an adopter's list of tables.
 */
export type AnyMachineTable = {
  readonly name: string;
  readonly initial: { readonly status: string; readonly label: string };
  readonly statuses: readonly string[];
  readonly terminal: readonly string[];
  readonly rows: readonly AnyRow[];
};
