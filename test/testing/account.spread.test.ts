import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, toEpochDay } from '../../src/_internal/plainDate.js';
import { ROLES } from '../../src/_internal/schemas.js';
import { ACCOUNT_MACHINE, type AccountState, openAccount } from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import {
  type Applied,
  DEPARTMENTS,
  type EventSpec,
  eventFor,
  eventSpecArb,
  HUMAN_EVENTS,
  type HumanEventType,
  lifeArb,
  live,
  type OpenInput,
  openInputArb,
  type Step,
  scenarioArb,
  startLife,
  stepArb,
  stepsArb,
  typeFor,
} from '../../src/testing/account.js';

// What the account arbitraries draw, over a fixed sample (seeded, so it does not depend on
// FC_NUM_RUNS), and how a life is lived step by step.
const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 600, seed = 20261201): T[] =>
  fc.sample(arb, { seed, numRuns });
const share = <T>(xs: readonly T[], p: (x: T) => boolean): number => xs.filter(p).length / xs.length;

const spec = (over: Partial<EventSpec> = {}): EventSpec => ({
  type: null,
  choice: 0,
  back: 0,
  until: null,
  kind: 'vacation',
  reason: 'investigation',
  bajaBack: 0,
  cause: 'separation',
  to: 'Almacén',
  effectiveBack: null,
  permanent: false,
  ...over,
});
const ev = (over: Partial<EventSpec>, step: Partial<Extract<Step, { kind: 'event' }>> = {}): Step => ({
  kind: 'event',
  spec: spec(over),
  wrongRole: null,
  advanceFirst: true,
  ...step,
});
const wait = (days: number): Step => ({ kind: 'wait', days });
const typeOf = (a: Applied): string => (a.log.event as { type: string }).type;

const staff: OpenInput = {
  id: 'a1',
  username: 'PERLAHL',
  department: 'Compras',
  holder: 'staff',
  createdOn: '2026-01-15',
  lastAccessOn: null,
  expiresOn: null,
  internet: false,
};
const opened = (input: OpenInput = staff): AccountState => openAccount(input)._unsafeUnwrap();
const grace3 = definePolicy({ offboardingGraceDays: 3 })._unsafeUnwrap();

/** The human events the table has a row for from `status`. */
const rowsFrom = (status: string): Set<string> =>
  new Set(
    ACCOUNT_MACHINE.rows
      .filter(
        (r) => r.from.includes(status as never) && (HUMAN_EVENTS as readonly string[]).includes(r.event),
      )
      .map((r) => r.event),
  );

describe('openInputArb draws every kind of account it promises (4.10, 4.19, 4.29)', () => {
  test('holders of every kind; staff with and without an expiry, about half each; outsiders always expire (4.10, 4.29)', () => {
    const inputs = sample(openInputArb());
    expect(new Set(inputs.map((i) => i.holder))).toEqual(new Set(['staff', 'external', 'contractor']));
    for (const i of inputs) if (i.holder !== 'staff') expect(i.expiresOn).not.toBeNull();
    const staff = inputs.filter((i) => i.holder === 'staff');
    const unexpiring = share(staff, (i) => i.expiresOn === null);
    expect(unexpiring).toBeGreaterThan(0.35);
    expect(unexpiring).toBeLessThan(0.65);
  });

  test('a last access is drawn or not, never before the creation nor over 200 days after it (4.19)', () => {
    const inputs = sample(openInputArb());
    expect(inputs.some((i) => i.lastAccessOn === null)).toBe(true);
    const after = inputs.flatMap((i) =>
      i.lastAccessOn == null ? [] : [toEpochDay(i.lastAccessOn) - toEpochDay(i.createdOn)],
    );
    expect(after.length).toBeGreaterThan(inputs.length / 3);
    for (const d of after) expect(d >= 0 && d <= 200).toBe(true);
  });

  test('by default accounts are opened from 2020 to 2030 (SPEC §6)', () => {
    const days = sample(openInputArb(), 2000).map((i) => i.createdOn);
    for (const d of days) expect(d >= '2020-01-01' && d <= '2030-12-31').toBe(true);
    expect(days.some((d) => d < '2021-01-01')).toBe(true);
    expect(days.some((d) => d > '2029-12-31')).toBe(true);
  });
});

describe('eventSpecArb, stepArb and stepsArb draw every kind of step, rare ones rarely (SPEC §6)', () => {
  test('most specs leave the type to the status; fixed ones cover every human event', () => {
    const specs = sample(eventSpecArb());
    const open = share(specs, (s) => s.type === null);
    expect(open).toBeGreaterThan(0.6);
    expect(open).toBeLessThan(0.95);
    expect(new Set(specs.flatMap((s) => (s.type === null ? [] : [s.type])))).toEqual(new Set(HUMAN_EVENTS));
  });

  test('a permanent sanction is rare but drawn (4.21)', () => {
    const permanent = share(sample(eventSpecArb()), (s) => s.permanent);
    expect(permanent).toBeGreaterThan(0.05);
    expect(permanent).toBeLessThan(0.3);
  });

  test('a baja is dated up to 40 days back or up to 200 days ahead (SPEC §12); transfers go to the given departments', () => {
    const specs = sample(eventSpecArb({ departments: ['Jurídico', 'Almacén'] }));
    for (const s of specs) {
      expect(s.bajaBack >= -200 && s.bajaBack <= 40).toBe(true);
      expect(['Jurídico', 'Almacén']).toContain(s.to);
    }
    expect(specs.some((s) => s.bajaBack < -10)).toBe(true);
    // Both ranges are drawn whole: a baja of the same day or a few days back, and one ahead.
    expect(specs.some((s) => s.bajaBack >= 0 && s.bajaBack < 10)).toBe(true);
    expect(specs.some((s) => s.bajaBack < 0 && s.bajaBack >= -10)).toBe(true);
  });

  test('a transfer report has no effective date, or one up to 10 days ahead or 40 back (4.23); a leave, an end or none (4.21)', () => {
    const specs = sample(eventSpecArb());
    const back = specs.flatMap((s) => (s.effectiveBack === null ? [] : [s.effectiveBack]));
    expect(back.length).toBeLessThan(specs.length);
    for (const b of back) expect(b >= -10 && b <= 40).toBe(true);
    expect(back.some((b) => b < 0)).toBe(true);
    expect(specs.some((s) => s.until === null)).toBe(true);
    for (const s of specs) if (s.until !== null) expect(s.until >= 0 && s.until <= 120).toBe(true);
    expect(specs.some((s) => s.bajaBack > 0)).toBe(true);
  });

  test('a step waits 0 to 120 days or is an event, usually advanced to first, now and then from a wrong role', () => {
    const steps = sample(stepArb());
    const waits = steps.flatMap((s) => (s.kind === 'wait' ? [s.days] : []));
    const events = steps.flatMap((s) => (s.kind === 'event' ? [s] : []));
    for (const d of waits) expect(d >= 0 && d <= 120).toBe(true);
    expect(waits).toContain(0);
    expect(waits).toContain(120);
    expect(events.length).toBeGreaterThan(waits.length);
    const advanced = share(events, (s) => s.advanceFirst);
    expect(advanced).toBeGreaterThan(0.5);
    expect(advanced).toBeLessThan(0.95);
    const wrong = events.filter((s) => s.wrongRole !== null);
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.length).toBeLessThan(events.length / 4);
    for (const s of wrong) expect(ROLES).toContain(s.wrongRole);
  });

  test('wrongRoles false never draws a wrong role', () => {
    for (const s of sample(stepArb({ wrongRoles: false }), 300))
      if (s.kind === 'event') expect(s.wrongRole).toBeNull();
  });

  test('one life in three starts with three idle months and an inquiry with the boss (8.3-3, 8.3-4)', () => {
    const drawn = sample(stepsArb({ maxSteps: 8 }));
    const inquiry = share(drawn, (d) => d.inquiry);
    expect(inquiry).toBeGreaterThan(0.2);
    expect(inquiry).toBeLessThan(0.47);
    for (const d of drawn) {
      const own = d.inquiry ? d.steps.slice(2) : d.steps;
      expect(own.length >= 4 && own.length <= 8).toBe(true);
      if (!d.inquiry) continue;
      expect(d.steps[0]).toEqual({ kind: 'wait', days: 100 });
      expect(d.steps[1]).toMatchObject({ kind: 'event', spec: { type: 'OPEN_INACTIVITY_INQUIRY' } });
    }
    expect(new Set(drawn.map((d) => (d.inquiry ? d.steps.length - 2 : d.steps.length)))).toEqual(
      new Set([4, 5, 6, 7, 8]),
    );
  });

  test('maxSteps below 4 bounds the steps; a life that starts with an inquiry was never used (8.3-3)', () => {
    for (const d of sample(stepsArb({ maxSteps: 2 }), 200)) expect(d.steps.length).toBe(d.inquiry ? 4 : 2);
    const scenarios = sample(scenarioArb({ maxSteps: 4 }), 300);
    const withInquiry = scenarios.filter((s) => s.steps[1]?.kind === 'event' && s.steps[0]?.kind === 'wait');
    expect(scenarios.some((s) => s.input.lastAccessOn !== null)).toBe(true);
    for (const s of scenarios) {
      const first = s.steps[1];
      if (first?.kind === 'event' && first.spec.type === 'OPEN_INACTIVITY_INQUIRY' && first.spec.choice === 0)
        expect(s.input.lastAccessOn).toBeNull();
    }
    expect(withInquiry.length).toBeGreaterThan(0);
  });
});

describe('typeFor: a spec’s own type, or one the status has a row for (SPEC §6)', () => {
  test('a fixed type stands for itself in any status, even one with no row, unless excluded', () => {
    expect(typeFor(spec({ type: 'OFFBOARD' }), 'active', [])).toBe('OFFBOARD');
    expect(typeFor(spec({ type: 'OFFBOARD' }), 'cancelled', [])).toBe('OFFBOARD');
    expect(typeFor(spec({ type: 'OFFBOARD' }), 'active', ['OFFBOARD'])).toBeNull();
    expect(typeFor(spec({ type: 'OFFBOARD' }), 'active', ['SANCTION'])).toBe('OFFBOARD');
  });

  test('an open type is one the status has a row for, each of them for some choice', () => {
    for (const status of ACCOUNT_MACHINE.statuses.filter((s) => s !== 'cancelled')) {
      const rows = rowsFrom(status);
      const chosen = new Set(
        Array.from({ length: 200 }, (_, choice) => typeFor(spec({ choice }), status, [])),
      );
      expect(chosen).toEqual(rows);
    }
  });

  test('a status with no row (cancelled, or one the table does not know) gets every human event', () => {
    for (const status of ['cancelled', 'archived']) {
      const chosen = new Set(
        Array.from({ length: 100 }, (_, choice) => typeFor(spec({ choice }), status, [])),
      );
      expect(chosen).toEqual(new Set(HUMAN_EVENTS));
    }
  });

  test('excluded types are never chosen; when every one is excluded there is none', () => {
    const exclude: HumanEventType[] = ['OPEN_INACTIVITY_INQUIRY', 'RECORD_ACCESS'];
    const chosen = new Set(
      Array.from({ length: 200 }, (_, choice) => typeFor(spec({ choice }), 'active', exclude)),
    );
    const expected = rowsFrom('active');
    for (const t of exclude) expected.delete(t);
    expect(chosen).toEqual(expected);
    expect(typeFor(spec(), 'active', [...rowsFrom('active')] as HumanEventType[])).toBeNull();
  });
});

describe('eventFor: the event a spec stands for on a day (SPEC §6)', () => {
  const day = '2026-05-10';
  const at = '2026-05-10T08:03:00-06:00';
  const s = spec({
    back: 2,
    until: 5,
    kind: 'medical',
    reason: 'sanction',
    bajaBack: 4,
    cause: 'contractEnd',
    to: 'Jurídico',
    effectiveBack: 3,
    permanent: true,
  });
  const actorOf = (type: HumanEventType) => eventFor(type, s, day, 3).actor;

  test('each type carries its own fields, dated from the day (4.20–4.29)', () => {
    expect(eventFor('RECORD_ACCESS', s, day, 3)).toEqual({
      type: 'RECORD_ACCESS',
      at,
      actor: actorOf('RECORD_ACCESS'),
      on: '2026-05-08',
    });
    expect(eventFor('START_LEAVE', s, day, 3)).toEqual({
      type: 'START_LEAVE',
      at,
      actor: actorOf('START_LEAVE'),
      kind: 'medical',
      until: '2026-05-15',
    });
    expect(eventFor('SUSPEND', s, day, 3)).toEqual({
      type: 'SUSPEND',
      at,
      actor: actorOf('SUSPEND'),
      reason: 'sanction',
      until: '2026-05-15',
    });
    expect(eventFor('BOSS_REPORTS_LEAVE', s, day, 3)).toEqual({
      type: 'BOSS_REPORTS_LEAVE',
      at,
      actor: actorOf('BOSS_REPORTS_LEAVE'),
      until: '2026-05-15',
    });
    expect(eventFor('OFFBOARD', s, day, 3)).toEqual({
      type: 'OFFBOARD',
      at,
      actor: actorOf('OFFBOARD'),
      bajaOn: '2026-05-06',
      cause: 'contractEnd',
    });
    expect(eventFor('REPORT_TRANSFER', s, day, 3)).toEqual({
      type: 'REPORT_TRANSFER',
      at,
      actor: actorOf('REPORT_TRANSFER'),
      toDepartment: 'Jurídico',
      effectiveOn: '2026-05-07',
    });
    expect(eventFor('REPORT_TRANSFER', { ...s, effectiveBack: null }, day, 3)).toEqual({
      type: 'REPORT_TRANSFER',
      at,
      actor: actorOf('REPORT_TRANSFER'),
      toDepartment: 'Jurídico',
    });
    expect(eventFor('COMPLETE_TRANSFER', s, day, 3)).toEqual({
      type: 'COMPLETE_TRANSFER',
      at,
      actor: actorOf('COMPLETE_TRANSFER'),
      toDepartment: 'Jurídico',
    });
    expect(eventFor('SANCTION', s, day, 3)).toEqual({
      type: 'SANCTION',
      at,
      actor: actorOf('SANCTION'),
      permanent: true,
    });
    for (const type of [
      'END_LEAVE',
      'REINSTATE',
      'OPEN_INACTIVITY_INQUIRY',
      'REQUEST_CANCELLATION',
      'NEW_AREA_DECLINES',
    ] as const)
      expect(eventFor(type, s, day, 3)).toEqual({ type, at, actor: actorOf(type) });
    const notConfirmed = eventFor('CANCELLATION_NOT_CONFIRMED', s, day, 3);
    expect(notConfirmed).toMatchObject({ type: 'CANCELLATION_NOT_CONFIRMED', at });
    expect((notConfirmed as { reason: string }).reason.length).toBeGreaterThan(0);
  });

  test('the actor is the first role the table allows, or the one given', () => {
    for (const type of HUMAN_EVENTS) {
      const allowed = ACCOUNT_MACHINE.rows.filter((r) => r.event === type).flatMap((r) => r.roles);
      expect(allowed).toContain(eventFor(type, s, day, 0).actor.role);
      expect(eventFor(type, s, day, 0, 'planning').actor.role).toBe('planning');
    }
  });
});

describe('startLife and live: a life lived step by step (4.19–4.29, 8.2, 8.3)', () => {
  const external: OpenInput = {
    ...staff,
    holder: 'external',
    createdOn: '2026-06-01',
    expiresOn: '2026-12-20',
  };

  test('time moves the account: an external account expires, then its grace period ends (4.22, 4.29)', () => {
    const runner = startLife(opened(external));
    const applied = runner.step(wait(250));
    expect(applied.map((a) => [a.by, a.log.to])).toEqual([
      ['time', 'gracePeriod'],
      ['time', 'cancelled'],
    ]);
    expect(applied[0]?.after).toBe(applied[1]?.before);
    const life = runner.life();
    expect(life.applied).toEqual(applied);
    expect(life.log).toEqual(applied.map((a) => a.log));
    expect(life.final.status).toBe('cancelled');
    expect(life.day).toBe('2027-02-06');
  });

  test('an event step applies the event that day, from the table’s role, one minute after the last (SPEC §6)', () => {
    const life = live({
      input: staff,
      steps: [
        ev({ type: 'RECORD_ACCESS' }),
        ev({ type: 'RECORD_ACCESS' }),
        wait(0),
        ev({ type: 'RECORD_ACCESS' }),
        wait(1),
        ev({ type: 'RECORD_ACCESS' }),
      ],
    });
    expect(life.applied.map((a) => [a.by, typeOf(a), a.log.at])).toEqual([
      ['event', 'RECORD_ACCESS', '2026-01-15T08:01:00-06:00'],
      ['event', 'RECORD_ACCESS', '2026-01-15T08:02:00-06:00'],
      ['event', 'RECORD_ACCESS', '2026-01-15T08:03:00-06:00'],
      ['event', 'RECORD_ACCESS', '2026-01-16T08:01:00-06:00'],
    ]);
    expect(life.final.lastAccessOn).toBe('2026-01-16');
  });

  test('an event from a role the table does not allow is refused and changes nothing (SPEC §1)', () => {
    const refused = live({ input: staff, steps: [ev({ type: 'RECORD_ACCESS' }, { wrongRole: 'planning' })] });
    expect(refused.applied).toEqual([]);
    expect(refused.final).toEqual(refused.initial);
  });

  test('advanceFirst applies what time made due before the event; without it the event comes first (4.22)', () => {
    // A baja 40 days back: its 15 días naturales are over by the next step.
    const steps = (advanceFirst: boolean) => [
      wait(100),
      ev({ type: 'OFFBOARD', bajaBack: 40 }),
      ev({ type: 'RECORD_ACCESS' }, { advanceFirst }),
    ];
    const advanced = live({ input: staff, steps: steps(true) });
    expect(advanced.applied.map((a) => [a.by, typeOf(a)])).toEqual([
      ['event', 'OFFBOARD'],
      ['time', 'GRACE_ENDED'],
    ]);
    const notAdvanced = live({ input: staff, steps: steps(false) });
    expect(notAdvanced.applied.map((a) => [a.by, typeOf(a)])).toEqual([
      ['event', 'OFFBOARD'],
      ['event', 'RECORD_ACCESS'],
    ]);
  });

  test('excluded types are never sent (startLife exclude)', () => {
    const runner = startLife(opened(), { exclude: ['RECORD_ACCESS'] });
    expect(runner.step(ev({ type: 'RECORD_ACCESS' }))).toEqual([]);
    const only = [...rowsFrom('active')].filter((t) => t !== 'SUSPEND') as HumanEventType[];
    const applied = startLife(opened(), { exclude: only }).step(ev({ choice: 7 }));
    expect(applied.map((a) => typeOf(a))).toEqual(['SUSPEND']);
  });

  test('live and lifeArb live under the policy given: the grace period is the policy’s (4.22)', () => {
    const life = live({ input: staff, steps: [wait(10), ev({ type: 'OFFBOARD', bajaBack: 0 })] }, grace3);
    expect(life.final.status).toBe('gracePeriod');
    expect(life.final.usableThrough).toBe('2026-01-28');
    const graces = sample(lifeArb({ policy: grace3, maxSteps: 10 }), 100)
      .flatMap((l) => l.applied.map((a) => a.after))
      .filter((s) => s.status === 'gracePeriod');
    expect(graces.length).toBeGreaterThan(0);
    for (const s of graces) expect(s.usableThrough).toBe(addDays(s.closing?.bajaOn as string, 3));
  });

  test('lives reach every account status (SPEC §6)', () => {
    const statuses = new Set(
      sample(lifeArb({ maxSteps: 12 }), 150).flatMap((l) => [
        l.initial.status,
        ...l.applied.map((a) => a.after.status),
      ]),
    );
    expect(statuses).toEqual(new Set(ACCOUNT_MACHINE.statuses));
  });

  test('the departments option names the accounts’ and the transfers’ departments', () => {
    for (const l of sample(lifeArb({ departments: ['Jurídico'], maxSteps: 8 }), 60))
      for (const a of l.applied) expect(a.after.department).toBe('Jurídico');
    expect(DEPARTMENTS).toHaveLength(4);
  });
});
