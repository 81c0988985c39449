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
    username: fc.constantFrom('PERLAHL', 'SOLEDADRT', 'CARLOSPJ', 'JUANAIP', 'PATRICIAAL', 'AHILARION'),
    department: fc.constantFrom(...DEPARTMENTS),
    holder: fc.constantFrom('staff', 'staff', 'external', 'contractor'),
    accessAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    expiresAfter: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
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

const until = fc.option(fc.integer({ min: 0, max: 120 }), { nil: null });

/** An event to be dated at run time: offsets are days from the day it happens. */
export type EventSpec =
  | { type: 'RECORD_ACCESS'; back: number }
  | { type: 'START_LEAVE'; kind: 'vacation' | 'unpaid' | 'medical'; until: number | null }
  | { type: 'END_LEAVE' }
  | { type: 'SUSPEND'; reason: 'investigation' | 'sanction'; until: number | null }
  | { type: 'REINSTATE' }
  | { type: 'OPEN_INACTIVITY_INQUIRY' }
  | { type: 'BOSS_REPORTS_LEAVE'; until: number | null }
  | { type: 'REQUEST_CANCELLATION' }
  | { type: 'OFFBOARD'; back: number; cause: 'separation' | 'positionChange' | 'contractEnd' }
  | { type: 'REPORT_TRANSFER'; to: string }
  | { type: 'COMPLETE_TRANSFER'; to: string }
  | { type: 'NEW_AREA_DECLINES' }
  | { type: 'SANCTION'; permanent: boolean };

export const eventSpecArb: fc.Arbitrary<EventSpec> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('RECORD_ACCESS' as const),
      back: fc.integer({ min: 0, max: 10 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('START_LEAVE' as const),
      kind: fc.constantFrom('vacation' as const, 'unpaid' as const, 'medical' as const),
      until,
    }),
  },
  fc.record({ type: fc.constant('END_LEAVE' as const) }),
  fc.record({
    type: fc.constant('SUSPEND' as const),
    reason: fc.constantFrom('investigation' as const, 'sanction' as const),
    until,
  }),
  fc.record({ type: fc.constant('REINSTATE' as const) }),
  { weight: 3, arbitrary: fc.record({ type: fc.constant('OPEN_INACTIVITY_INQUIRY' as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('BOSS_REPORTS_LEAVE' as const), until }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('REQUEST_CANCELLATION' as const) }) },
  fc.record({
    type: fc.constant('OFFBOARD' as const),
    back: fc.integer({ min: -10, max: 40 }),
    cause: fc.constantFrom('separation' as const, 'positionChange' as const, 'contractEnd' as const),
  }),
  fc.record({ type: fc.constant('REPORT_TRANSFER' as const), to: fc.constantFrom(...DEPARTMENTS) }),
  fc.record({ type: fc.constant('COMPLETE_TRANSFER' as const), to: fc.constantFrom(...DEPARTMENTS) }),
  fc.record({ type: fc.constant('NEW_AREA_DECLINES' as const) }),
  fc.record({ type: fc.constant('SANCTION' as const), permanent: fc.boolean() }),
);

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
        { weight: 7, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
      ),
      // A consumer normally advances to the day before applying an event; sometimes not.
      advanceFirst: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    }),
  },
);

/** A random life: how the account opens and what happens to it. */
export type Scenario = { input: OpenInput; steps: Step[] };

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  input: openInputArb,
  steps: fc.array(stepArb, { maxLength: 25 }),
});

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
for (const row of ACCOUNT_MACHINE.rows)
  if (!ROLES_BY_EVENT.has(row.event)) ROLES_BY_EVENT.set(row.event, row.roles);

/** The event a spec stands for on `day`, at a minute after 08:00 in Querétaro. */
export function eventFor(spec: EventSpec, day: PlainDate, minute: number, role?: Role): AnyAccountEvent {
  const hh = String(8 + Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  const at = `${day}T${hh}:${mm}:00-06:00`;
  const actor = { role: role ?? (ROLES_BY_EVENT.get(spec.type)?.[0] as Role), id: 'actor-1' };
  const off = (n: number | null) => (n === null ? null : addDays(day, n));
  switch (spec.type) {
    case 'RECORD_ACCESS':
      return { type: spec.type, at, actor, on: addDays(day, -spec.back) };
    case 'START_LEAVE':
      return { type: spec.type, at, actor, kind: spec.kind, until: off(spec.until) };
    case 'SUSPEND':
      return { type: spec.type, at, actor, reason: spec.reason, until: off(spec.until) };
    case 'BOSS_REPORTS_LEAVE':
      return { type: spec.type, at, actor, until: off(spec.until) };
    case 'OFFBOARD':
      return { type: spec.type, at, actor, bajaOn: addDays(day, -spec.back), cause: spec.cause };
    case 'REPORT_TRANSFER':
    case 'COMPLETE_TRANSFER':
      return { type: spec.type, at, actor, toDepartment: spec.to };
    case 'SANCTION':
      return { type: spec.type, at, actor, permanent: spec.permanent };
    default:
      return { type: spec.type, at, actor };
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
    const event = eventFor(step.spec, day, minute, step.wrongRole ?? undefined);
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
