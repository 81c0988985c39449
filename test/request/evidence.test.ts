import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
import { isRequestState } from '../../src/request/_isRequestState.js';
import {
  parseRequestState,
  type RequestEvent,
  type RequestState,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, form, HELPDESK, IT_HEAD, OFFICER } from '../arbitraries/request.js';
import { AUTHORIZE, created, DENY, PROVISION, SIGNED, step } from './_evidenceEvents.js';

const approve = (seatsInUse = 0, exception?: string): RequestEvent =>
  exception === undefined
    ? { type: 'APPROVE', seatsInUse, at: at(1), actor: IT_HEAD }
    : { type: 'APPROVE', seatsInUse, exception: { reason: exception }, at: at(1), actor: IT_HEAD };

const path = (s: RequestState) => [step(s, approve()), AUTHORIZE, PROVISION, SIGNED] as const;
const approved = (): RequestState => step(created(), approve());
const ready = (): RequestState => step(approved(), AUTHORIZE);
const provisioned = (): RequestState => step(ready(), PROVISION);
const completed = (): RequestState => step(provisioned(), SIGNED);

/** The paths of the schema's refusal ([] when accepted); the twin must agree on acceptance. */
function refusedAt(x: unknown): string[] {
  const r = parseRequestState(JSON.parse(JSON.stringify(x)));
  expect(isRequestState(JSON.parse(JSON.stringify(x)))).toBe(r.isOk());
  return r.match(
    () => [],
    (vs) => vs.map((v) => String(v.details?.path)),
  );
}

const without = (s: RequestState, key: keyof RequestState): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...s };
  delete copy[key];
  return copy;
};

describe('a request state carries the evidence of the steps it took (issue 12)', () => {
  it('records who approved, when, on what seat count and under which cap (8.1-4.B, 4.9)', () => {
    expect(approved().approval).toEqual({ at: at(1), actor: IT_HEAD, seatsInUse: 0, seatCap: 2 });
    const generous = definePolicy({ seatExceptions: { Informática: 5 } })._unsafeUnwrap();
    const s = transitionRequest(created(), approve(3), generous)._unsafeUnwrap().state;
    expect(s.approval).toMatchObject({ seatsInUse: 3, seatCap: 5 });
    expect(s.seatException).toBeUndefined();
    expect(refusedAt(s)).toEqual([]);
  });

  it('records the internet decision, the provisioning and the signed resguardo (8.1-7.A, 8.1-7.B, 8.1-9, 8.1-13)', () => {
    expect(ready().internetDecision).toEqual({ at: at(2), actor: IT_HEAD, exitsInUse: 1, exitCap: 2 });
    expect(step(approved(), DENY).internetDecision).toEqual({ at: at(2), actor: IT_HEAD });
    expect(provisioned().provisioning).toEqual({ at: at(3), actor: OFFICER });
    expect(completed().resguardoSigned).toEqual({ at: at(4), actor: HELPDESK });
    for (const s of [created(), approved(), ready(), provisioned(), completed(), step(approved(), DENY)]) {
      expect(refusedAt(s)).toEqual([]);
    }
    expect(path(created())).toHaveLength(4);
  });

  it('refuses a submitted request moved forward without its approval, and stops it at transitionRequest (8.1-4.B)', () => {
    for (const status of ['internetReview', 'readyToProvision'] as const) {
      const forged = { ...created(), status };
      expect(refusedAt(forged)).toContain('approval');
    }
    // The issue's case: no approval, no seat check, and yet PROVISION.
    const forged = { ...created(), form: form({ internet: { requested: false } }), internet: 'notRequested' };
    const skipped = { ...forged, status: 'readyToProvision' } as RequestState;
    expect(refusedAt(forged)).toEqual([]);
    expect(refusedAt(skipped)).toEqual(['approval']);
    expect(transitionRequest(skipped, PROVISION)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_INPUT',
      details: { input: 'state', issues: [expect.stringMatching(/^approval:/)] },
    });
  });

  it('refuses an approval in a submitted request (8.1-4.B)', () => {
    expect(refusedAt({ ...created(), approval: approved().approval })).toContain('approval');
  });

  it('refuses each step’s evidence removed (8.1-4.B, 8.1-7.A, 8.1-9, 8.1-13)', () => {
    expect(refusedAt(without(completed(), 'approval'))).toContain('approval');
    expect(refusedAt(without(completed(), 'internetDecision'))).toContain('internetDecision');
    expect(refusedAt(without(completed(), 'provisioning'))).toContain('provisioning');
    expect(refusedAt(without(completed(), 'resguardoSigned'))).toContain('resguardoSigned');
    expect(refusedAt(without(completed(), 'capacityMb'))).toContain('capacityMb');
    expect(refusedAt({ ...provisioned(), resguardoSigned: completed().resguardoSigned })).toContain(
      'resguardoSigned',
    );
    expect(refusedAt({ ...ready(), provisioning: provisioned().provisioning })).toContain('provisioning');
  });

  it('refuses a mailbox approved at the seat cap without its exception, or an exception under the cap (4.9)', () => {
    const atCap = step(created(), approve(2, 'Atención de la contingencia'));
    expect(atCap.seatException).toEqual({ reason: 'Atención de la contingencia' });
    expect(refusedAt(atCap)).toEqual([]);
    expect(refusedAt(without(atCap, 'seatException'))).toEqual(['seatException']);
    expect(refusedAt({ ...atCap, approval: { ...atCap.approval, seatsInUse: 1 } })).toEqual([
      'seatException',
    ]);
    expect(refusedAt({ ...approved(), approval: { ...approved().approval, seatsInUse: 7 } })).toEqual([
      'seatException',
    ]);
    expect(refusedAt({ ...approved(), approval: { ...approved().approval, seatCap: 0 } })).toEqual([
      'seatException',
    ]);
  });

  it('refuses internet authorized at or over the exit cap, or without its counts (4.13, 8.1-7.A)', () => {
    const r = ready();
    expect(refusedAt({ ...r, internetDecision: { ...r.internetDecision, exitsInUse: 2 } })).toEqual([
      'internetDecision.exitsInUse',
    ]);
    expect(refusedAt({ ...r, internetDecision: { at: at(2), actor: IT_HEAD } })).toEqual([
      'internetDecision',
    ]);
    const denied = step(approved(), DENY);
    expect(refusedAt({ ...denied, internetDecision: r.internetDecision })).toEqual(['internetDecision']);
    expect(refusedAt(without(denied, 'observation'))).toEqual(['observation']);
  });

  it('refuses evidence signed by a role the step does not have (8.1-4.B, 8.1-9, 8.1-12)', () => {
    const c = completed();
    expect(refusedAt({ ...c, approval: { ...c.approval, actor: OFFICER } })).toEqual(['approval.actor.role']);
    expect(refusedAt({ ...c, internetDecision: { ...c.internetDecision, actor: BOSS } })).toEqual([
      'internetDecision.actor.role',
    ]);
    expect(refusedAt({ ...c, provisioning: { at: at(3), actor: IT_HEAD } })).toEqual([
      'provisioning.actor.role',
    ]);
    expect(refusedAt({ ...c, resguardoSigned: { at: at(4), actor: BOSS } })).toEqual([
      'resguardoSigned.actor.role',
    ]);
  });

  it('refuses steps out of order, an approval before the request date, updatedAt before the last step (SPEC §1)', () => {
    const c = completed();
    expect(refusedAt({ ...c, provisioning: { at: at(5), actor: OFFICER } })).toEqual(['resguardoSigned.at']);
    expect(refusedAt({ ...c, internetDecision: { ...c.internetDecision, at: at(0) } })).toEqual([
      'internetDecision.at',
    ]);
    expect(refusedAt({ ...c, updatedAt: at(3) })).toEqual(['updatedAt']);
    expect(refusedAt(without(c, 'updatedAt'))).toEqual(['updatedAt']);
    const early = { ...approved(), approval: { ...approved().approval, at: '2026-11-29T09:00:00+14:00' } };
    expect(refusedAt(early)).toEqual(['approval.at']);
    // Written on the request's day, but with an offset beyond +14:00: still before it everywhere.
    const farEast = { ...approved(), approval: { ...approved().approval, at: '2026-11-30T00:00:00+14:30' } };
    expect(refusedAt(farEast)).toEqual(['approval.at']);
    // The same day anywhere is not before it.
    const sameDay = { ...approved(), approval: { ...approved().approval, at: '2026-11-30T00:00:00+14:00' } };
    expect(refusedAt(sameDay)).toEqual([]);
  });

  it('refuses an APPROVE dated before the request date instead of writing a state the schema refuses (8.1-4.B)', () => {
    const s = { ...created(), updatedAt: undefined } as unknown as Record<string, unknown>;
    delete s.updatedAt;
    const early: RequestEvent = { ...approve(), at: '2026-11-29T09:59:00+14:00' } as RequestEvent;
    expect(transitionRequest(s as RequestState, early)._unsafeUnwrapErr()).toMatchObject({
      code: 'EVENT_OUT_OF_ORDER',
      details: { last: '2026-11-30' },
    });
    const sameDay: RequestEvent = { ...approve(), at: '2026-11-30T00:00:00+14:00' } as RequestEvent;
    expect(refusedAt(transitionRequest(s as RequestState, sameDay)._unsafeUnwrap().state)).toEqual([]);
  });

  it('refuses a reason outside a rejection or a withdrawal, and a rejection without its reason (8.1-4.A)', () => {
    expect(refusedAt({ ...approved(), reason: 'x' })).toEqual(['reason']);
    const rejected = step(created(), { type: 'REJECT', reason: 'No procede', at: at(1), actor: IT_HEAD });
    expect(refusedAt(rejected)).toEqual([]);
    expect(refusedAt(without(rejected, 'reason'))).toEqual(['reason']);
  });

  it('refuses internetReview for a request that asked for no internet (8.1-4.B)', () => {
    const noInternet = step(created(form({ internet: { requested: false } })), approve());
    expect(noInternet.status).toBe('readyToProvision');
    expect(refusedAt({ ...noInternet, status: 'internetReview' })).toContain('status');
  });
});
