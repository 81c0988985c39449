import fc from 'fast-check';
import { addDays, isPlainDate, type PlainDate } from '../_internal/plainDate.js';
import { ROLES } from '../_internal/schemas.js';
import { advanceAccount } from '../lifecycle/advanceAccount.js';
import type { StampedAccountEffect } from '../lifecycle/effects.js';
import { ACCOUNT_MACHINE } from '../lifecycle/machine.js';
import { openAccount } from '../lifecycle/openAccount.js';
import { transitionAccount } from '../lifecycle/transitionAccount.js';
import type { AccountState, AnyAccountEvent } from '../lifecycle/types.js';
import type { LogEntry, Role } from '../machine/types.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { dayBetween, instantOn } from './request.js';

/**
 * Departments the account arbitraries use by default.
 *
 * @example
 * DEPARTMENTS.length
 * //=> 4
 */
export const DEPARTMENTS: readonly string[] = Object.freeze([
  'Compras',
  'Almacén',
  'Informática',
  'Jurídico',
]);

/**
 * Where the account arbitraries draw their data from; every field is optional.
 *
 * @example
 * fc.sample(openInputArb({ from: '2026-01-01', to: '2026-12-31', departments: ['Compras'] }), { seed: 1, numRuns: 10 }).every((i) => i.department === 'Compras')
 * //=> true
 */
export type AccountArbitraryOptions = {
  /** The policy lives are lived under. Default {@link SESEQ_POLICY}. */
  readonly policy?: Policy;
  /** The first and last day an account may be opened. Default 2020-01-01 … 2030-12-31. */
  readonly from?: PlainDate;
  readonly to?: PlainDate;
  /** The departments accounts belong to and transfers go to. Default {@link DEPARTMENTS}. */
  readonly departments?: readonly string[];
  /** The most steps (waits and events) in a life. Default 30. */
  readonly maxSteps?: number;
  /** Sometimes send an event from a role the table does not allow (refused, changes nothing). Default `true`. */
  readonly wrongRoles?: boolean;
  /** Event types never chosen (say `['COMPLETE_TRANSFER']` for a world whose ledger a transfer could overfill). */
  readonly exclude?: readonly HumanEventType[];
};

/**
 * What `openAccount` reads, every field given.
 *
 * @example
 * const input: OpenInput = {
 *   id: 'a1', username: 'PERLAHL', department: 'Compras', holder: 'staff',
 *   createdOn: '2026-01-15', lastAccessOn: null, expiresOn: null, internet: false,
 * };
 */
export type OpenInput = {
  id: string;
  username: string;
  department: string;
  holder: 'staff' | 'external' | 'contractor';
  createdOn: PlainDate;
  lastAccessOn: PlainDate | null;
  expiresOn: PlainDate | null;
  internet: boolean;
};

const LAST_DAY = '9999-12-31';
/** A computed day, or the last one a date can name when it went past it. */
const upTo = (day: PlainDate): PlainDate => (isPlainDate(day) ? day : LAST_DAY);

/**
 * A valid `openAccount` input: people outside SESEQ always with an expiry after creation (4.10,
 * 4.29), a last access on or after the creation, or none.
 *
 * @param options - {@link AccountArbitraryOptions}
 *
 * @example
 * fc.sample(openInputArb(), { seed: 2, numRuns: 50 }).every((i) => openAccount(i).isOk())
 * //=> true
 */
export function openInputArb(options: AccountArbitraryOptions = {}): fc.Arbitrary<OpenInput> {
  return fc
    .record({
      created: dayBetween(options.from ?? '2020-01-01', options.to ?? '2030-12-31'),
      username: fc.constantFrom('PERLAHL', 'SOLEDADRT', 'CARLOSPJ', 'JUANAIP', 'PATRICIAAL', 'ALEJANDROHN'),
      department: fc.constantFrom(...(options.departments ?? DEPARTMENTS)),
      holder: fc.constantFrom('staff' as const, 'staff' as const, 'external' as const, 'contractor' as const),
      accessAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      expiresAfter: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null, freq: 2 }),
      internet: fc.boolean(),
      id: fc.constantFrom('a1', 'a2', 'cta-0007'),
    })
    .map((r) => {
      // Dates after 9999-12-31 are clamped to it: an account opened on its last day has no
      // later expiry, so it is staff's (issue 12: the arbitraries produce only valid states).
      const last = r.created === LAST_DAY;
      const expiry = r.expiresAfter ?? (r.holder === 'staff' ? null : 90);
      return {
        id: r.id,
        username: r.username,
        department: r.department,
        holder: last ? ('staff' as const) : r.holder,
        createdOn: r.created,
        lastAccessOn: r.accessAfter === null ? null : upTo(addDays(r.created, r.accessAfter)),
        expiresOn: expiry === null || last ? null : upTo(addDays(r.created, expiry)),
        internet: r.internet,
      };
    });
}

/**
 * The account events people and the mail server cause (SPEC §6), as the arbitraries pick them.
 *
 * @example
 * HUMAN_EVENTS.includes('OFFBOARD')
 * //=> true
 */
export const HUMAN_EVENTS = Object.freeze([
  'RECORD_ACCESS',
  'START_LEAVE',
  'END_LEAVE',
  'SUSPEND',
  'REINSTATE',
  'OPEN_INACTIVITY_INQUIRY',
  'BOSS_REPORTS_LEAVE',
  'REQUEST_CANCELLATION',
  'OFFBOARD',
  'REPORT_TRANSFER',
  'COMPLETE_TRANSFER',
  'NEW_AREA_DECLINES',
  'SANCTION',
  'CANCELLATION_NOT_CONFIRMED',
] as const);

/**
 * The type of one of {@link HUMAN_EVENTS}.
 *
 * @example
 * const type: HumanEventType = 'OFFBOARD';
 */
export type HumanEventType = (typeof HUMAN_EVENTS)[number];

/**
 * An event to be dated at run time, with every parameter any type might need (offsets are days
 * from the day it happens). `type: null` picks, at run time, one of the events the account's
 * status has a row for (`choice` says which), so most steps are accepted; a fixed type may be
 * refused, which is worth testing too.
 *
 * @example
 * // an OFFBOARD whose baja was 3 days before the day it happens
 * const spec: EventSpec = {
 *   type: 'OFFBOARD', choice: 0, back: 0, until: null, kind: 'vacation', reason: 'investigation',
 *   bajaBack: 3, cause: 'separation', to: 'Almacén', effectiveBack: null, permanent: false,
 * };
 */
export type EventSpec = {
  type: HumanEventType | null;
  choice: number;
  back: number;
  until: number | null;
  kind: 'vacation' | 'unpaid' | 'medical';
  reason: 'investigation' | 'sanction';
  bajaBack: number;
  cause: 'separation' | 'positionChange' | 'contractEnd';
  to: string;
  /** For a transfer report: how many days before the report the change took effect (4.23); `null` for none. */
  effectiveBack: number | null;
  permanent: boolean;
};

/** An {@link EventSpec}. */
export function eventSpecArb(options: AccountArbitraryOptions = {}): fc.Arbitrary<EventSpec> {
  return fc.record({
    type: fc.oneof(
      { weight: 4, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...HUMAN_EVENTS) },
    ),
    choice: fc.nat({ max: 1000 }),
    back: fc.integer({ min: 0, max: 10 }),
    until: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    kind: fc.constantFrom('vacation' as const, 'unpaid' as const, 'medical' as const),
    reason: fc.constantFrom('investigation' as const, 'sanction' as const),
    // Negative: a baja announced ahead (SPEC §12), sometimes months ahead.
    bajaBack: fc.oneof(fc.integer({ min: -10, max: 40 }), fc.integer({ min: -200, max: -1 })),
    cause: fc.constantFrom('separation' as const, 'positionChange' as const, 'contractEnd' as const),
    to: fc.constantFrom(...(options.departments ?? DEPARTMENTS)),
    effectiveBack: fc.option(fc.integer({ min: -10, max: 40 }), { nil: null }),
    // Permanent sanctions end a life at once: keep them rare.
    permanent: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  });
}

/**
 * One step of a life: time passes (and is advanced), or an event happens that day.
 *
 * @example
 * const steps: Step[] = [
 *   { kind: 'wait', days: 30 },
 *   { kind: 'event', spec: { type: null, choice: 0, back: 0, until: null, kind: 'vacation', reason: 'investigation',
 *     bajaBack: 0, cause: 'separation', to: 'Almacén', effectiveBack: null, permanent: false }, wrongRole: null, advanceFirst: true },
 * ];
 */
export type Step =
  | { kind: 'wait'; days: number }
  | { kind: 'event'; spec: EventSpec; wrongRole: Role | null; advanceFirst: boolean };

/** A {@link Step}. */
export function stepArb(options: AccountArbitraryOptions = {}): fc.Arbitrary<Step> {
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 120 }) }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('event' as const),
        spec: eventSpecArb(options),
        wrongRole:
          options.wrongRoles === false
            ? fc.constant(null)
            : fc.oneof(
                { weight: 9, arbitrary: fc.constant(null) },
                { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
              ),
        // A consumer normally advances to the day before applying an event; sometimes not.
        advanceFirst: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
      }),
    },
  );
}

/**
 * A random life: how the account opens and what happens to it.
 *
 * @example
 * live({ input: { id: 'a1', username: 'PERLAHL', department: 'Compras', holder: 'staff', createdOn: '2026-01-15', lastAccessOn: null, expiresOn: null, internet: false }, steps: [{ kind: 'wait', days: 200 }] }).final.status
 * //=> 'active'
 */
export type Scenario = { input: OpenInput; steps: Step[] };

const INQUIRY_FIRST: readonly Step[] = Object.freeze([
  { kind: 'wait', days: 100 },
  {
    kind: 'event',
    spec: {
      type: 'OPEN_INACTIVITY_INQUIRY',
      choice: 0,
      back: 0,
      until: null,
      kind: 'vacation',
      reason: 'investigation',
      bajaBack: 0,
      cause: 'separation',
      to: 'Compras',
      effectiveBack: null,
      permanent: false,
    },
    wrongRole: null,
    advanceFirst: true,
  },
]);

/**
 * The steps of a life. One in three starts with three idle months and an inquiry with the boss
 * (8.3-3, 8.3-4), so the inactivity path (answers, leave, cancellation, retirement) is well
 * covered rather than left to chance; it then returns `true` with the steps.
 *
 * @example
 * fc.sample(stepsArb({ maxSteps: 5 }), { seed: 1, numRuns: 20 }).every((s) => s.steps.length <= 7)
 * //=> true
 */
export function stepsArb(
  options: AccountArbitraryOptions = {},
): fc.Arbitrary<{ inquiry: boolean; steps: Step[] }> {
  return fc
    .record({
      inquiry: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
      steps: fc.array(stepArb(options), {
        minLength: Math.min(4, options.maxSteps ?? 30),
        maxLength: options.maxSteps ?? 30,
      }),
    })
    .map(({ inquiry, steps }) => ({ inquiry, steps: inquiry ? [...INQUIRY_FIRST, ...steps] : steps }));
}

/**
 * A random life: an `openAccount` input and its steps (see {@link stepsArb}; a life that starts
 * with an inquiry was never used).
 *
 * @param options - {@link AccountArbitraryOptions}
 *
 * @example
 * fc.sample(scenarioArb({ from: '2026-01-01', to: '2026-12-31' }), { seed: 1, numRuns: 20 }).every((s) => s.input.createdOn.startsWith('2026'))
 * //=> true
 */
export function scenarioArb(options: AccountArbitraryOptions = {}): fc.Arbitrary<Scenario> {
  return fc.tuple(openInputArb(options), stepsArb(options)).map(([input, { inquiry, steps }]) => ({
    input: inquiry ? { ...input, lastAccessOn: null } : input,
    steps,
  }));
}

/**
 * One applied transition: by an event, or by time through `advanceAccount`.
 *
 * @example
 * const runner = startLife(openAccount({ id: 'a1', username: 'AUDITORX', department: 'Compras', holder: 'external', createdOn: '2026-06-01', expiresOn: '2026-12-20' })._unsafeUnwrap());
 * runner.step({ kind: 'wait', days: 250 }).map((applied) => [applied.by, applied.log.to])
 * //=> [['time', 'gracePeriod'], ['time', 'cancelled']]
 */
export type Applied = {
  readonly by: 'event' | 'time';
  readonly before: AccountState;
  readonly after: AccountState;
  readonly effects: readonly StampedAccountEffect[];
  readonly log: LogEntry;
};

/**
 * A life as lived: the first and last state, every transition, the log, the last day reached.
 *
 * @example
 * const life = live({ input: { id: 'a1', username: 'PERLAHL', department: 'Compras', holder: 'staff', createdOn: '2026-01-15', lastAccessOn: null, expiresOn: null, internet: false }, steps: [{ kind: 'wait', days: 10 }] });
 * [life.initial.version, life.final.status, life.applied.length, life.day]
 * //=> [1, 'active', 0, '2026-01-25']
 */
export type Life = {
  readonly initial: AccountState;
  readonly final: AccountState;
  readonly applied: readonly Applied[];
  readonly log: readonly LogEntry[];
  /** The last day the life reached. */
  readonly day: PlainDate;
};

const WEIGHTS: Partial<Record<HumanEventType, number>> = {
  RECORD_ACCESS: 3,
  START_LEAVE: 3,
  END_LEAVE: 2,
  SUSPEND: 2,
  REINSTATE: 2,
  OPEN_INACTIVITY_INQUIRY: 8,
  BOSS_REPORTS_LEAVE: 3,
  REQUEST_CANCELLATION: 2,
  SANCTION: 1,
  COMPLETE_TRANSFER: 2,
};

const ROLES_BY_EVENT: ReadonlyMap<string, readonly Role[]> = new Map(
  [...ACCOUNT_MACHINE.rows].reverse().map((row) => [row.event, row.roles] as const),
);

// The table's rows by status, each event repeated by its weight: the ways out of the machine
// are rarer than the ways around it.
const EVENTS_BY_STATUS: ReadonlyMap<string, readonly HumanEventType[]> = new Map(
  ACCOUNT_MACHINE.statuses.map((status) => {
    const list: HumanEventType[] = [];
    for (const row of ACCOUNT_MACHINE.rows) {
      const type = row.event as HumanEventType;
      if (!HUMAN_EVENTS.includes(type) || !row.from.includes(status) || list.includes(type)) continue;
      for (let i = 0; i < (WEIGHTS[type] ?? 1); i++) list.push(type);
    }
    return [status, list] as const;
  }),
);

/**
 * The type a spec stands for in `status`: its own, or one the status has a row for.
 *
 * @param spec - the step's spec
 * @param status - the account's status
 * @param exclude - types never chosen
 */
export function typeFor(
  spec: EventSpec,
  status: string,
  exclude: readonly HumanEventType[],
): HumanEventType | null {
  if (spec.type !== null) return exclude.includes(spec.type) ? null : spec.type;
  // A status with no row (`cancelled`) still gets events: each is refused, which is tested too.
  const rows = EVENTS_BY_STATUS.get(status) ?? [];
  const all = rows.length > 0 ? rows : HUMAN_EVENTS;
  const candidates = all.filter((t) => !exclude.includes(t));
  if (candidates.length === 0) return null;
  return candidates[spec.choice % candidates.length] as HumanEventType;
}

/**
 * The event a spec stands for on `day`, at `minute` minutes after 08:00 in Querétaro, from the
 * first role the table allows (or `role`).
 */
export function eventFor(
  type: HumanEventType,
  spec: EventSpec,
  day: PlainDate,
  minute: number,
  role?: Role,
): AnyAccountEvent {
  const at = instantOn(day, minute);
  const actor = { role: role ?? (ROLES_BY_EVENT.get(type)?.[0] as Role), id: 'actor-1' };
  const until = spec.until === null ? null : addDays(day, spec.until);
  switch (type) {
    case 'RECORD_ACCESS':
      return { type, at, actor, on: addDays(day, -spec.back) };
    case 'START_LEAVE':
      return { type, at, actor, kind: spec.kind, until };
    case 'SUSPEND':
      return { type, at, actor, reason: spec.reason, until };
    case 'BOSS_REPORTS_LEAVE':
      return { type, at, actor, until };
    case 'OFFBOARD':
      return { type, at, actor, bajaOn: addDays(day, -spec.bajaBack), cause: spec.cause };
    case 'REPORT_TRANSFER':
      return spec.effectiveBack === null
        ? { type, at, actor, toDepartment: spec.to }
        : { type, at, actor, toDepartment: spec.to, effectiveOn: addDays(day, -spec.effectiveBack) };
    case 'COMPLETE_TRANSFER':
      return { type, at, actor, toDepartment: spec.to };
    case 'SANCTION':
      return { type, at, actor, permanent: spec.permanent };
    case 'CANCELLATION_NOT_CONFIRMED':
      return { type, at, actor, reason: 'no se confirmó la solicitud' };
    default:
      return { type, at, actor };
  }
}

/**
 * A life in progress, stepped one {@link Step} at a time: what {@link live} runs, and what a
 * world runs for each of its accounts, interleaved.
 *
 * @example
 * const runner = startLife(openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap());
 * [runner.step({ kind: 'wait', days: 200 }).length, runner.life().final.status]
 * //=> [0, 'active']
 */
export type LifeRunner = {
  /** Takes one step; returns the transitions it applied (none when the event was refused). */
  readonly step: (step: Step) => readonly Applied[];
  /** The life so far. */
  readonly life: () => Life;
};

/**
 * Starts a life from an opened account.
 *
 * @param initial - what `openAccount` returned
 * @param options - the policy and the excluded types
 *
 * @example
 * const runner = startLife(openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap());
 * runner.step({ kind: 'wait', days: 200 });
 * runner.life().final.status
 * //=> 'active'
 */
export function startLife(initial: AccountState, options: AccountArbitraryOptions = {}): LifeRunner {
  const policy = options.policy ?? SESEQ_POLICY;
  const exclude = options.exclude ?? [];
  let state = initial;
  let day = initial.createdOn;
  let minute = 0;
  const applied: Applied[] = [];
  const advance = (to: PlainDate): Applied[] => {
    const r = advanceAccount(state, to, policy);
    if (r.isErr()) return [];
    const out: Applied[] = [];
    // The intermediate states, by applying each logged time-caused event again: advanceAccount
    // applies each through transitionAccount, so its log replays.
    for (const entry of r.value.log) {
      const next = transitionAccount(state, entry.event as AnyAccountEvent, policy)._unsafeUnwrap();
      out.push({
        by: 'time',
        before: state,
        after: next.state,
        effects: next.effects,
        log: entry,
      });
      state = next.state;
    }
    return out;
  };
  const step = (s: Step): Applied[] => {
    const out: Applied[] = [];
    if (s.kind === 'wait') {
      if (s.days > 0) minute = 0;
      day = addDays(day, s.days);
      out.push(...advance(day));
    } else {
      if (s.advanceFirst) out.push(...advance(day));
      minute++;
      const type = typeFor(s.spec, state.status, exclude);
      // Stryker disable next-line ConditionalExpression: equivalent, an event of type null is refused by transitionAccount and changes nothing
      if (type !== null) {
        const event = eventFor(type, s.spec, day, minute, s.wrongRole ?? undefined);
        const r = transitionAccount(state, event, policy);
        if (r.isOk()) {
          out.push({
            by: 'event',
            before: state,
            after: r.value.state,
            effects: r.value.effects,
            log: r.value.log,
          });
          state = r.value.state;
        }
      }
    }
    applied.push(...out);
    return out;
  };
  return {
    step,
    life: () => ({ initial, final: state, applied: [...applied], log: applied.map((a) => a.log), day }),
  };
}

/**
 * Lives a scenario through the public API; refused events are skipped, as a consumer would.
 *
 * @param scenario - from {@link scenarioArb}
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the life
 *
 * @example
 * live({ input: { id: 'a1', username: 'PERLAHL', department: 'Compras', holder: 'staff', createdOn: '2026-01-15', lastAccessOn: null, expiresOn: null, internet: false }, steps: [] }).final.version
 * //=> 1
 */
export function live(scenario: Scenario, policy: Policy = SESEQ_POLICY): Life {
  return lived(scenario, policy, []);
}

/** {@link live}, never sending the types `exclude` names. */
function lived(scenario: Scenario, policy: Policy, exclude: readonly HumanEventType[]): Life {
  const initial = openAccount(scenario.input, policy)._unsafeUnwrap();
  const runner = startLife(initial, { policy, exclude });
  for (const s of scenario.steps) runner.step(s);
  return runner.life();
}

/**
 * A random life of an account, lived: most events accepted, time advanced, the inactivity path
 * well covered (see {@link stepsArb}).
 *
 * @param options - {@link AccountArbitraryOptions}
 *
 * @example
 * fc.sample(lifeArb(), { seed: 4, numRuns: 30 }).some((l) => l.final.status === 'cancelled')
 * //=> true
 */
export function lifeArb(options: AccountArbitraryOptions = {}): fc.Arbitrary<Life> {
  return scenarioArb(options).map((s) => lived(s, options.policy ?? SESEQ_POLICY, options.exclude ?? []));
}

/**
 * An account state reachable by a life: its first, last or any state between.
 *
 * @param options - {@link AccountArbitraryOptions}
 *
 * @example
 * fc.sample(accountStateArb(), { seed: 1, numRuns: 20 }).every((s) => s.version >= 1)
 * //=> true
 */
export function accountStateArb(options: AccountArbitraryOptions = {}): fc.Arbitrary<AccountState> {
  return lifeArb(options).chain((l) => fc.constantFrom(l.initial, ...l.applied.map((a) => a.after)));
}
