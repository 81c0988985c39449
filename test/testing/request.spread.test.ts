import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toEpochDay } from '../../src/_internal/plainDate.js';
import { ROLES } from '../../src/_internal/schemas.js';
import { generateUsername } from '../../src/names/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/policy.js';
import { createRequest, REQUEST_STATUSES, requestEventSchema } from '../../src/request/index.js';
import type { AccountRequestForm, RequestState } from '../../src/request/types.js';
import {
  eventArb,
  liveRequest,
  nextRequestEvent,
  type RequestFacts,
  type RequestPlan,
  requestHistoryArb,
  requestPlanArb,
  requestStateArb,
  validFormArb,
} from '../../src/testing/index.js';
import { planFor } from './_plan.js';

// What the request arbitraries draw, over a fixed sample (seeded, so it does not depend on
// FC_NUM_RUNS), and how a plan's next event follows the facts it is decided on.
const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 400, seed = 20261201): T[] =>
  fc.sample(arb, { seed, numRuns });

const AT = '2026-11-30T10:00:00-06:00';
const room: RequestFacts = { seatsInUse: 0, exitsInUse: 0, taken: new Set() };

/** A staff creation form asking for internet, from the kit itself. */
const baseForm = (): AccountRequestForm => {
  const form = sample(validFormArb({ kinds: ['creation'] }), 200, 3).find(
    (f) => f.user.holder === 'staff' && f.internet.requested && f.condition === 'fixed',
  );
  if (form === undefined) throw new Error('no staff form asking for internet in the sample');
  return form;
};

const plan = (over: Partial<RequestPlan> = {}): RequestPlan => planFor(baseForm(), over);

/** The state a plan that approves, authorizes internet and provisions reaches after `steps` steps. */
const stateAfter = (steps: number, over: Partial<RequestPlan> = {}): RequestState =>
  liveRequest(plan({ ...over, steps }))._unsafeUnwrap().state;

/** Minutes since 08:00 of `from` in the 12-hour working days `instantOn` counts in. */
const workingMinute = (at: string, from: string): number =>
  (toEpochDay(at.slice(0, 10)) - toEpochDay(from)) * 720 +
  (Number(at.slice(11, 13)) - 8) * 60 +
  Number(at.slice(14, 16));

describe('validFormArb draws every kind of F01 it promises, each consistent (F01, 4.10, 4.11, 4.29)', () => {
  // Drawn inside each test: a mutant is active only while a test runs.
  const drawForms = () => sample(validFormArb());

  test('staff forms are fixed or temporary; outsiders and contractors always temporary (4.10, 4.29)', () => {
    const forms = drawForms();
    for (const f of forms) {
      if (f.user.holder !== 'staff') expect(f.condition).toBe('temporary');
      expect(f.expiresOn !== undefined).toBe(f.condition === 'temporary');
    }
    const staff = forms.filter((f) => f.user.holder === 'staff');
    expect(new Set(staff.map((f) => f.condition))).toEqual(new Set(['fixed', 'temporary']));
    expect(new Set(forms.map((f) => f.user.holder))).toEqual(new Set(['staff', 'external', 'contractor']));
  });

  test('a temporary account expires 30 to 720 days after the request, in whole months of 30 days (4.29)', () => {
    const forms = drawForms();
    const spans = forms
      .filter((f) => f.expiresOn !== undefined)
      .map((f) => toEpochDay(f.expiresOn as string) - toEpochDay(f.requestedOn));
    for (const d of spans) {
      expect(d % 30).toBe(0);
      expect(d).toBeGreaterThanOrEqual(30);
      expect(d).toBeLessThanOrEqual(720);
    }
    expect(spans).toContain(30);
    expect(spans).toContain(720);
  });

  test('only a transfer names its previous area; only a contractor carries the IT head’s authorization (F01)', () => {
    const forms = drawForms();
    for (const f of forms) {
      expect(f.previousArea !== undefined).toBe(f.kind === 'transfer');
      expect(f.contractorAuthorization !== undefined).toBe(f.user.holder === 'contractor');
    }
    expect(new Set(forms.map((f) => f.kind))).toEqual(new Set(['creation', 'transfer']));
  });

  test('internet is requested with its justification, or not requested (4.11)', () => {
    const forms = drawForms();
    for (const f of forms) {
      if (f.internet.requested) expect(f.internet.justification?.length).toBeGreaterThan(0);
      else expect(f.internet).toEqual({ requested: false });
    }
    expect(new Set(forms.map((f) => f.internet.requested))).toEqual(new Set([true, false]));
  });

  test('its options are honoured: departments, kinds, days, folio and full name (F01)', () => {
    const custom = sample(
      validFormArb({
        departments: ['Jurídico'],
        kinds: ['transfer'],
        from: '2026-03-01',
        to: '2026-03-02',
        folio: fc.constant('F-9'),
        fullName: fc.constant('Perla Hernández Leal'),
      }),
      100,
    );
    for (const f of custom) {
      expect(f.user.department).toBe('Jurídico');
      expect(f.kind).toBe('transfer');
      expect(['2026-03-01', '2026-03-02']).toContain(f.requestedOn);
      expect(f.folio).toBe('F-9');
      expect(f.user.fullName).toBe('Perla Hernández Leal');
    }
  });
});

describe('eventArb draws every request event, each of a valid shape (SPEC §5)', () => {
  // Drawn inside each test: a mutant is active only while a test runs.
  const drawEvents = () => sample(eventArb(fc.constant(AT)), 600);

  test('every event parses as a request event, at the given instant, from a role named by itself', () => {
    const events = drawEvents();
    for (const e of events) {
      expect(requestEventSchema.safeParse(e).success).toBe(true);
      expect(e.at).toBe(AT);
      expect(e.actor.id).toBe(e.actor.role);
    }
    expect(new Set(events.map((e) => e.actor.role))).toEqual(new Set(ROLES));
  });

  test('all seven types appear; approvals with and without an exception (8.1-4)', () => {
    const events = drawEvents();
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set([
        'REJECT',
        'APPROVE',
        'AUTHORIZE_INTERNET',
        'DENY_INTERNET',
        'PROVISION',
        'RESGUARDO_SIGNED',
        'WITHDRAW',
      ]),
    );
    const approvals = events.filter((e) => e.type === 'APPROVE');
    expect(new Set(approvals.map((e) => 'exception' in e))).toEqual(new Set([true, false]));
  });

  test('the counts an approval or an authorization carries run from 0 to 4 (8.1-4, 8.1-5)', () => {
    const events = drawEvents();
    const counts = events.flatMap((e) =>
      e.type === 'APPROVE' ? [e.seatsInUse] : e.type === 'AUTHORIZE_INTERNET' ? [e.exitsInUse] : [],
    );
    for (const n of counts) expect(n >= 0 && n <= 4 && Number.isInteger(n)).toBe(true);
    expect(counts).toContain(0);
    expect(counts).toContain(4);
  });

  test('a PROVISION names one of several usernames, in use or not, retired or not (5.4.3, 4.19)', () => {
    const events = drawEvents();
    const provisions = events.flatMap((e) => (e.type === 'PROVISION' ? [e] : []));
    expect(new Set(provisions.map((e) => e.username)).size).toBe(4);
    expect(new Set(provisions.map((e) => e.usernameInUse))).toEqual(new Set([true, false]));
    expect(new Set(provisions.map((e) => e.usernameRetired))).toEqual(new Set([true, false]));
  });
});

describe('requestPlanArb draws every decision (8.1)', () => {
  // Drawn inside each test: a mutant is active only while a test runs.
  const drawPlans = () => sample(requestPlanArb(), 600);

  test('approve most often, reject and withdraw too; internet authorized most often, denied or withdrawn too (8.1-4…7)', () => {
    const plans = drawPlans();
    const count = (xs: string[], x: string) => xs.filter((y) => y === x).length;
    const decisions = plans.map((p) => p.decision);
    expect(count(decisions, 'approve')).toBeGreaterThan(plans.length / 2);
    expect(count(decisions, 'reject')).toBeGreaterThan(0);
    expect(count(decisions, 'withdraw')).toBeGreaterThan(0);
    const internet = plans.map((p) => p.internet);
    expect(count(internet, 'authorize')).toBeGreaterThan(plans.length / 2);
    expect(count(internet, 'deny')).toBeGreaterThan(0);
    expect(count(internet, 'withdraw')).toBeGreaterThan(0);
    expect(new Set(plans.map((p) => p.exception === null))).toEqual(new Set([true, false]));
    expect(new Set(plans.map((p) => p.capacityMb))).toEqual(new Set([512, 1024, 2048]));
  });

  test('six gaps of 1 minute to 3 days; most plans run all 5 steps, the rest stop at 0 to 4 (8.1)', () => {
    const plans = drawPlans();
    const gaps = plans.flatMap((p) => p.gaps);
    for (const p of plans) expect(p.gaps).toHaveLength(6);
    for (const g of gaps) expect(g >= 1 && g <= 3 * 24 * 60).toBe(true);
    expect(gaps).toContain(1);
    expect(gaps).toContain(3 * 24 * 60);
    const steps = plans.map((p) => p.steps);
    expect(steps.filter((s) => s === 5).length).toBeGreaterThan(plans.length / 2);
    expect(new Set(steps)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });
});

describe('nextRequestEvent decides on the plan and the facts (8.1-4…13)', () => {
  // Drawn inside each test: a mutant is active only while a test runs.
  const drawSubmitted = () => stateAfter(0);

  test('the boss withdraws a submitted request when the plan says so (8.1)', () => {
    const submitted = drawSubmitted();
    const e = nextRequestEvent(submitted, plan({ decision: 'withdraw' }), room, AT);
    expect(e).toMatchObject({ type: 'WITHDRAW', actor: { role: 'direct-boss' } });
  });

  test('below the seat cap the IT head approves without an exception, or rejects as planned (8.1-4)', () => {
    const submitted = drawSubmitted();
    for (const seatsInUse of [0, 1]) {
      const facts = { ...room, seatsInUse };
      const approve = nextRequestEvent(submitted, plan({ exception: 'Área de urgencias' }), facts, AT);
      expect(approve).toEqual({ type: 'APPROVE', at: AT, actor: expect.anything(), seatsInUse });
      const reject = nextRequestEvent(submitted, plan({ decision: 'reject' }), facts, AT);
      expect(reject).toMatchObject({ type: 'REJECT', actor: { role: 'it-head' } });
      expect(reject).not.toMatchObject({ reason: expect.stringContaining('4.9') });
    }
  });

  test('at the seat cap the IT head approves only with an exception, and rejects citing 4.9 otherwise (8.1-4.B)', () => {
    const submitted = drawSubmitted();
    const facts = { ...room, seatsInUse: 2 };
    const withException = nextRequestEvent(submitted, plan({ exception: 'Área de urgencias' }), facts, AT);
    expect(withException).toMatchObject({
      type: 'APPROVE',
      seatsInUse: 2,
      exception: { reason: 'Área de urgencias' },
    });
    const without = nextRequestEvent(submitted, plan(), facts, AT);
    expect(without).toMatchObject({ type: 'REJECT', reason: expect.stringContaining('4.9') });
  });

  test('internet is authorized below the exit cap, denied at it or when planned, withdrawn when planned (8.1-5…7)', () => {
    const review = stateAfter(1);
    expect(review.status).toBe('internetReview');
    expect(nextRequestEvent(review, plan(), { ...room, exitsInUse: 1 }, AT)).toMatchObject({
      type: 'AUTHORIZE_INTERNET',
      exitsInUse: 1,
    });
    expect(nextRequestEvent(review, plan(), { ...room, exitsInUse: 2 }, AT)?.type).toBe('DENY_INTERNET');
    expect(nextRequestEvent(review, plan({ internet: 'deny' }), room, AT)?.type).toBe('DENY_INTERNET');
    expect(nextRequestEvent(review, plan({ internet: 'withdraw' }), room, AT)).toMatchObject({
      type: 'WITHDRAW',
      actor: { role: 'direct-boss' },
    });
  });

  test('the officer provisions the first username 5.4.3 gives that is not taken, or nothing when every one is (5.4.3)', () => {
    const ready = stateAfter(2);
    expect(ready.status).toBe('readyToProvision');
    const first = generateUsername(ready.form.user.fullName, new Set())._unsafeUnwrap().username;
    expect(nextRequestEvent(ready, plan(), room, AT)).toMatchObject({ type: 'PROVISION', username: first });
    const next = nextRequestEvent(ready, plan(), { ...room, taken: new Set([first]) }, AT);
    expect(next).toMatchObject({ type: 'PROVISION' });
    expect(next).not.toMatchObject({ username: first });
    expect(nextRequestEvent(ready, plan(), { ...room, taken: () => true }, AT)).toBeNull();
  });

  test('a request that is over has no next event (8.1)', () => {
    for (const state of [
      stateAfter(4),
      stateAfter(1, { decision: 'reject' }),
      stateAfter(1, { decision: 'withdraw' }),
    ]) {
      expect(['completed', 'rejected', 'withdrawn']).toContain(state.status);
      expect(nextRequestEvent(state, plan(), room, AT)).toBeNull();
    }
  });
});

describe('liveRequest takes the plan’s steps, no more, at the plan’s gaps (8.1)', () => {
  test('with the default facts (room, nothing taken) a plan that approves runs to completed (8.1-13)', () => {
    const h = liveRequest(plan())._unsafeUnwrap();
    expect(h.state.status).toBe('completed');
    expect(h.events.map((e) => e.type)).toEqual([
      'APPROVE',
      'AUTHORIZE_INTERNET',
      'PROVISION',
      'RESGUARDO_SIGNED',
    ]);
  });

  test('each step is taken the plan’s gap after the previous one, from 09:00 of the form’s day, within working hours', () => {
    const plans = sample(requestPlanArb(), 200);
    let checked = 0;
    for (const p of plans) {
      const h = liveRequest(p)._unsafeUnwrap();
      let minute = 60;
      h.events.forEach((e, i) => {
        minute += p.gaps[i] as number;
        expect(e.at).toMatch(/T(0[89]|1\d):[0-5]\d:00-06:00$/);
        expect(workingMinute(e.at, p.form.requestedOn)).toBe(minute);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('a plan stopped half-way takes exactly its number of steps', () => {
    for (const steps of [0, 1, 2, 3]) {
      const h = liveRequest(plan({ steps }))._unsafeUnwrap();
      expect(h.events).toHaveLength(steps);
      expect(h.states).toHaveLength(steps + 1);
    }
  });

  test('the effects are the creation’s and then each step’s, in order (8.1-3)', () => {
    const p = plan();
    const h = liveRequest(p)._unsafeUnwrap();
    const created = createRequest(p.form, `${p.form.requestedOn}T09:00:00-06:00`, {
      role: 'direct-boss',
      id: 'jefe-17',
    })._unsafeUnwrap();
    expect(created.effects.length).toBeGreaterThan(0);
    expect(h.effects.slice(0, created.effects.length)).toEqual(created.effects);
    expect(h.effects.length).toBeGreaterThan(created.effects.length);
  });

  test('when every username is taken the history stops before the provisioning (5.4.3)', () => {
    const h = liveRequest(plan(), () => ({ ...room, taken: () => true }))._unsafeUnwrap();
    expect(h.state.status).toBe('readyToProvision');
    expect(h.events).toHaveLength(2);
  });

  test('a step the machine refuses (a negative count) stops the history there', () => {
    const h = liveRequest(plan(), () => ({ ...room, seatsInUse: -1 }))._unsafeUnwrap();
    expect(h.state.status).toBe('submitted');
    expect(h.events).toEqual([]);
  });
});

describe('requestHistoryArb and requestStateArb reach every status and keep their options (8.1)', () => {
  test('every request status is reached', () => {
    const states = sample(requestStateArb(), 300);
    expect(new Set(states.map((s) => s.status))).toEqual(new Set(REQUEST_STATUSES));
  });

  test('requestStateArb keeps the counts it is given: at the exit cap internet is never authorized (4.13)', () => {
    const states = sample(requestStateArb({ exitsInUse: fc.constant(2) }), 200);
    expect(states.some((s) => s.internet === 'denied')).toBe(true);
    expect(states.some((s) => s.internet === 'authorized')).toBe(false);
  });

  test('by default the seat and exit counts run from 0 to 3, both ends drawn (4.9, 4.13)', () => {
    const events = sample(requestHistoryArb(), 400).flatMap((h) => h.events);
    const seats = new Set(events.flatMap((e) => (e.type === 'APPROVE' ? [e.seatsInUse] : [])));
    const exits = new Set(events.flatMap((e) => (e.type === 'AUTHORIZE_INTERNET' ? [e.exitsInUse] : [])));
    expect([...seats].sort()).toEqual([0, 1, 2, 3]);
    // An exit is authorized only below the cap of two (4.13).
    expect([...exits].sort()).toEqual([0, 1]);
    const denials = events.filter((e) => e.type === 'DENY_INTERNET');
    expect(denials.length).toBeGreaterThan(0);
  });

  test('requestHistoryArb steps under the policy it is given (4.14)', () => {
    const big = definePolicy({ mailboxCapacityMb: { min: 2048, default: 2048 } })._unsafeUnwrap();
    const provisioned = (policy?: Policy) =>
      sample(requestHistoryArb(policy === undefined ? {} : { policy }), 300)
        .flatMap((h) => h.events)
        .flatMap((e) => (e.type === 'PROVISION' && e.capacityMb !== undefined ? [e.capacityMb] : []));
    expect(new Set(provisioned(big))).toEqual(new Set([2048]));
    expect(new Set(provisioned())).toEqual(new Set([512, 1024, 2048]));
  });

  test('requestStateArb keeps the form options', () => {
    for (const s of sample(requestStateArb({ kinds: ['transfer'], departments: ['Almacén'] }), 60)) {
      expect(s.form.kind).toBe('transfer');
      expect(s.form.user.department).toBe('Almacén');
    }
  });

  test('at the seat cap every approval carries an exception; at the exit cap internet is never authorized (4.9, 4.13)', () => {
    const histories = sample(
      requestHistoryArb({ seatsInUse: fc.constant(2), exitsInUse: fc.constant(2) }),
      200,
    );
    const events = histories.flatMap((h) => h.events);
    const approvals = events.filter((e) => e.type === 'APPROVE');
    expect(approvals.length).toBeGreaterThan(0);
    for (const e of approvals) expect('exception' in e).toBe(true);
    expect(events.some((e) => e.type === 'AUTHORIZE_INTERNET')).toBe(false);
    expect(events.some((e) => e.type === 'DENY_INTERNET')).toBe(true);
  });
});
