// Shared fast-check arbitraries for the account lifecycle and the review: random lives of an
// account (events by the right role most of the time, jumps of time, sometimes an event
// applied without advancing first), run through the public API.
import { fc } from '@fast-check/vitest';
import { addDays, fromEpochDay, type PlainDate, toEpochDay } from '../../src/_internal/plainDate.js';
import { ROLES } from '../../src/_internal/schemas.js';
import {
  ACCOUNT_MACHINE,
  type AccountState,
  type AnyAccountEvent,
  advanceAccount,
  openAccount,
  type StampedAccountEffect,
  transitionAccount,
} from '../../src/lifecycle/index.js';
import type { LogEntry, Role } from '../../src/machine/types.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';

export const DEPARTMENTS = ['Compras', 'Almacén', 'Informática', 'Jurídico'] as const;

/** A plain date between two others. */
export const dayBetween = (from: PlainDate, to: PlainDate): fc.Arbitrary<PlainDate> =>
  fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);

/** What `openAccount` reads. */
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

/** A valid `openAccount` input: people outside SESEQ always with an expiry after creation (4.10, 4.29). */
export const openInputArb: fc.Arbitrary<OpenInput> = fc
  .record({
    created: dayBetween('2020-01-01', '2030-12-31'),
    username: fc.constantFrom('PERLAHL', 'SOLEDADRT', 'CARLOSPJ', 'JUANAIP', 'PATRICIAAL', 'ALEJANDROHN'),
    department: fc.constantFrom(...DEPARTMENTS),
    holder: fc.constantFrom('staff', 'staff', 'external', 'contractor'),
    accessAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    expiresAfter: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null, freq: 2 }),
    internet: fc.boolean(),
    id: fc.constantFrom('a1', 'a2', 'cta-0007'),
  })
  .map((r) => ({
    id: r.id,
    username: r.username,
    department: r.department,
    holder: r.holder,
    createdOn: r.created,
    lastAccessOn: r.accessAfter === null ? null : addDays(r.created, r.accessAfter),
    expiresOn:
      r.expiresAfter !== null
        ? addDays(r.created, r.expiresAfter)
        : r.holder === 'staff'
          ? null
          : addDays(r.created, 90),
    internet: r.internet,
  }));

const HUMAN_EVENTS = [
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
] as const;
export type HumanEventType = (typeof HUMAN_EVENTS)[number];

/**
 * An event to be dated at run time, with every parameter any type might need (offsets are days
 * from the day it happens). `type: null` picks, at run time, one of the events the account's
 * status has a row for (`choice` says which), so most steps are accepted; a fixed type may be
 * refused, which is tested too.
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
  /** For a transfer report: how many days before the report the change took effect (4.23). */
  effectiveBack: number | null;
  permanent: boolean;
};

export const eventSpecArb: fc.Arbitrary<EventSpec> = fc.record({
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
  to: fc.constantFrom(...DEPARTMENTS),
  effectiveBack: fc.option(fc.integer({ min: -10, max: 40 }), { nil: null }),
  // Permanent sanctions end a life at once: keep them rare.
  permanent: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
});

/** One step of a life: time passes (and is advanced), or an event happens that day. */
export type Step =
  | { kind: 'wait'; days: number }
  | { kind: 'event'; spec: EventSpec; wrongRole: Role | null; advanceFirst: boolean };

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 120 }) }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      spec: eventSpecArb,
      wrongRole: fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
      ),
      // A consumer normally advances to the day before applying an event; sometimes not.
      advanceFirst: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    }),
  },
);

/** A random life: how the account opens and what happens to it. */
export type Scenario = { input: OpenInput; steps: Step[] };

const inquiryFirst: Step[] = [
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
];

/**
 * A random life. One in three starts with three idle months and an inquiry with the boss
 * (8.3-3, 8.3-4), so the inactivity path (answers, leave, cancellation, retirement) is well
 * covered rather than left to chance.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    input: openInputArb,
    inquiry: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
    steps: fc.array(stepArb, { minLength: 4, maxLength: 30 }),
  })
  .map(({ input, inquiry, steps }) => ({
    input: inquiry ? { ...input, lastAccessOn: null } : input,
    steps: inquiry ? [...inquiryFirst, ...steps] : steps,
  }));

/** One applied transition: by an event, or by time through `advanceAccount`. */
export type Applied = {
  readonly by: 'event' | 'time';
  readonly before: AccountState;
  readonly after: AccountState;
  readonly effects: readonly StampedAccountEffect[];
  readonly log: LogEntry;
};

export type Life = {
  readonly initial: AccountState;
  readonly final: AccountState;
  readonly applied: readonly Applied[];
  readonly log: readonly LogEntry[];
  /** The last day the life reached. */
  readonly day: PlainDate;
};

const ROLES_BY_EVENT = new Map<string, readonly Role[]>();
const EVENTS_BY_STATUS = new Map<string, HumanEventType[]>();
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
for (const row of ACCOUNT_MACHINE.rows) {
  if (!ROLES_BY_EVENT.has(row.event)) ROLES_BY_EVENT.set(row.event, row.roles);
  if (!(HUMAN_EVENTS as readonly string[]).includes(row.event)) continue;
  for (const from of row.from) {
    const list = EVENTS_BY_STATUS.get(from) ?? [];
    if (list.includes(row.event as HumanEventType)) continue;
    // Weighted by repetition: the ways out of the machine are rarer than the ways around it.
    const weight = WEIGHTS[row.event as HumanEventType] ?? 1;
    for (let i = 0; i < weight; i++) list.push(row.event as HumanEventType);
    EVENTS_BY_STATUS.set(from, list);
  }
}

/** The type a spec stands for in `status`. */
export function typeFor(spec: EventSpec, status: string): HumanEventType {
  if (spec.type !== null) return spec.type;
  const candidates = EVENTS_BY_STATUS.get(status) ?? HUMAN_EVENTS;
  return candidates[spec.choice % candidates.length] as HumanEventType;
}

/** The event a spec stands for on `day`, at a minute after 08:00 in Querétaro. */
export function eventFor(
  type: HumanEventType,
  spec: EventSpec,
  day: PlainDate,
  minute: number,
  role?: Role,
): AnyAccountEvent {
  const hh = String(8 + Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  const at = `${day}T${hh}:${mm}:00-06:00`;
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

/** Lives a scenario through the public API; refused events are skipped, as a consumer would. */
export function live(scenario: Scenario, policy: Policy = SESEQ_POLICY): Life {
  const initial = openAccount(scenario.input, policy)._unsafeUnwrap();
  let state = initial;
  let day = initial.createdOn;
  let minute = 0;
  const applied: Applied[] = [];
  const advance = (to: PlainDate) => {
    const r = advanceAccount(state, to, policy)._unsafeUnwrap();
    // The intermediate states, by applying each logged time-caused event again.
    for (const entry of r.log) {
      const step = transitionAccount(state, entry.event as AnyAccountEvent, policy)._unsafeUnwrap();
      applied.push({ by: 'time', before: state, after: step.state, effects: step.effects, log: entry });
      state = step.state;
    }
  };
  for (const step of scenario.steps) {
    if (step.kind === 'wait') {
      if (step.days > 0) minute = 0;
      day = addDays(day, step.days);
      advance(day);
      continue;
    }
    if (step.advanceFirst) advance(day);
    minute++;
    const event = eventFor(
      typeFor(step.spec, state.status),
      step.spec,
      day,
      minute,
      step.wrongRole ?? undefined,
    );
    const r = transitionAccount(state, event, policy);
    if (r.isOk()) {
      applied.push({
        by: 'event',
        before: state,
        after: r.value.state,
        effects: r.value.effects,
        log: r.value.log,
      });
      state = r.value.state;
    }
  }
  return { initial, final: state, applied, log: applied.map((a) => a.log), day };
}

export const lifeArb: fc.Arbitrary<Life> = scenarioArb.map((s) => live(s));
