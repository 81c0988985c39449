import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/errors/describe.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import {
  createRequest,
  type RequestEvent,
  type RequestState,
  replayRequest,
  reviewAccountRequest,
  transitionRequest,
} from '../../src/request/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import { at, BOSS, FORM, FREE, form, IT_HEAD, OFFICER } from '../arbitraries/request.js';

// PROVISION checks what it provisions (SPEC §12): the username is one 5.4.3 gives the form's
// person, and the facts the officer recorded say it is neither in use nor retired.

const noInternet = form({ internet: { requested: false } });
const ready = (f: AccountRequestForm = noInternet): RequestState => {
  const created = createRequest(f, at(0), BOSS)._unsafeUnwrap().state;
  return transitionRequest(created, {
    type: 'APPROVE',
    seatsInUse: 0,
    at: at(1),
    actor: IT_HEAD,
  })._unsafeUnwrap().state;
};
/** A PROVISION with some fields replaced; a field given as `undefined` is left out. */
const provision = (over: Record<string, unknown>): RequestEvent => {
  const e: Record<string, unknown> = {
    type: 'PROVISION',
    username: 'PERLAHL',
    capacityMb: 2048,
    ...FREE,
    at: at(2),
    actor: OFFICER,
    ...over,
  };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return e as RequestEvent;
};

describe('PROVISION checks the username it provisions (5.4.3, 4.19, SPEC §12)', () => {
  it('refuses a username 5.4.3 cannot give the person (USERNAME_NOT_CONFORMING, 5.4.3)', () => {
    const v = transitionRequest(ready(), provision({ username: 'BANANA' }))._unsafeUnwrapErr();
    expect(v).toMatchObject({ code: 'USERNAME_NOT_CONFORMING', clause: '5.4.3' });
    expect(v.details?.expected).toEqual(['PERLAHL', 'PHERNANDEZL']);
    expect(say(v)).toContain('5.4.3');
    expect(say(v, 'en')).toContain('BANANA');
  });

  it("refuses another person's username, however well formed (5.4.3)", () => {
    expect(transitionRequest(ready(), provision({ username: 'SOLEDADRT' }))._unsafeUnwrapErr().code).toBe(
      'USERNAME_NOT_CONFORMING',
    );
  });

  it('accepts every rule of 5.4.3, the collision and the numbered fallback included (5.4.3)', () => {
    for (const username of ['PERLAHL', 'phernandezl', 'PERLAHL2', 'PERLAHL99']) {
      const t = transitionRequest(ready(), provision({ username }))._unsafeUnwrap();
      expect(t.state.username).toBe(username.toUpperCase());
    }
    expect(transitionRequest(ready(), provision({ username: 'PERLAHL1' }))._unsafeUnwrapErr().code).toBe(
      'USERNAME_NOT_CONFORMING',
    );
  });

  it('refuses a username the facts say is in use (USERNAME_TAKEN, 5.4.3)', () => {
    const v = transitionRequest(ready(), provision({ usernameInUse: true }))._unsafeUnwrapErr();
    expect(v).toEqual({ code: 'USERNAME_TAKEN', clause: '5.4.3', details: { username: 'PERLAHL' } });
  });

  it('refuses a username the facts say was retired for inactivity (USERNAME_RETIRED, 4.19)', () => {
    const v = transitionRequest(ready(), provision({ usernameRetired: true }))._unsafeUnwrapErr();
    expect(v).toEqual({ code: 'USERNAME_RETIRED', clause: '4.19', details: { username: 'PERLAHL' } });
    // Retired wins over in use: it is never created again (4.19).
    expect(
      transitionRequest(ready(), provision({ usernameRetired: true, usernameInUse: true }))._unsafeUnwrapErr()
        .code,
    ).toBe('USERNAME_RETIRED');
  });

  it('refuses a creation whose PROVISION records no facts (PROVISION_FACTS_MISSING, 4.19)', () => {
    const v = transitionRequest(
      ready(),
      provision({ usernameInUse: undefined, usernameRetired: undefined }),
    )._unsafeUnwrapErr();
    expect(v).toMatchObject({
      code: 'PROVISION_FACTS_MISSING',
      clause: '4.19',
      details: { missing: ['usernameInUse', 'usernameRetired'] },
    });
    const { usernameRetired: _r, ...onlyInUse } = provision({}) as Record<string, unknown>;
    expect(transitionRequest(ready(), onlyInUse as RequestEvent)._unsafeUnwrapErr().details?.missing).toEqual(
      ['usernameRetired'],
    );
  });

  it('logs the facts with the event, so replay needs nothing else (SPEC §12)', () => {
    const s = createRequest(noInternet, at(0), BOSS)._unsafeUnwrap();
    const a = transitionRequest(s.state, {
      type: 'APPROVE',
      seatsInUse: 0,
      at: at(1),
      actor: IT_HEAD,
    })._unsafeUnwrap();
    const p = transitionRequest(a.state, provision({}))._unsafeUnwrap();
    expect(p.log.event).toMatchObject({ usernameInUse: false, usernameRetired: false });
    expect(replayRequest([s.log, a.log, p.log])._unsafeUnwrap()).toEqual(p.state);
  });

  it('refuses to replay a 0.1.0 log whose creation PROVISION has no facts, naming the entry (SPEC §12)', () => {
    const s = createRequest(noInternet, at(0), BOSS)._unsafeUnwrap();
    const a = transitionRequest(s.state, {
      type: 'APPROVE',
      seatsInUse: 0,
      at: at(1),
      actor: IT_HEAD,
    })._unsafeUnwrap();
    const p = transitionRequest(a.state, provision({}))._unsafeUnwrap();
    const { usernameInUse: _u, usernameRetired: _r, ...old } = p.log.event as Record<string, unknown>;
    const v = replayRequest([s.log, a.log, { ...p.log, event: old }])._unsafeUnwrapErr();
    expect(v).toMatchObject({ code: 'INVALID_LOG', details: { entry: 2 } });
    expect(String(v.details?.reason)).toContain('PROVISION_FACTS_MISSING');
  });

  it("does not check a transfer's username against the rules: it is the account's own (8.2-6, SPEC §12)", () => {
    const transfer = form({
      kind: 'transfer',
      previousArea: 'Dirección Administrativa',
      internet: { requested: false },
    });
    const t = transitionRequest(
      ready(transfer),
      provision({ username: 'PHLEAL', usernameInUse: undefined, usernameRetired: undefined }),
    )._unsafeUnwrap();
    expect(t.state.username).toBe('PHLEAL');
    expect(FORM.user.fullName).toBe('Perla Adriana Hernández Leal');
  });
});

describe('PROVISION assigns a capacity within the policy range (4.14, 5.4.7)', () => {
  it('refuses a capacity below the minimum or above the maximum (CAPACITY_OUT_OF_RANGE, 5.4.7)', () => {
    for (const capacityMb of [255, 10_241]) {
      expect(transitionRequest(ready(), provision({ capacityMb }))._unsafeUnwrapErr()).toEqual({
        code: 'CAPACITY_OUT_OF_RANGE',
        clause: '5.4.7',
        details: { capacityMb, min: 256, max: 10_240 },
      });
    }
    for (const capacityMb of [256, 10_240])
      expect(transitionRequest(ready(), provision({ capacityMb })).isOk()).toBe(true);
  });

  it('checks a transfer too: its capacity is set anew (4.14, 8.2-9)', () => {
    const transfer = form({
      kind: 'transfer',
      previousArea: 'Dirección Administrativa',
      internet: { requested: false },
    });
    expect(transitionRequest(ready(transfer), provision({ capacityMb: 100 }))._unsafeUnwrapErr().code).toBe(
      'CAPACITY_OUT_OF_RANGE',
    );
  });

  it('reads the range from the policy (5.4.7)', () => {
    const p = definePolicy({ mailboxCapacityMb: { min: 2048, default: 4096 } })._unsafeUnwrap();
    expect(transitionRequest(ready(), provision({ capacityMb: 1024 }), p)._unsafeUnwrapErr().code).toBe(
      'CAPACITY_OUT_OF_RANGE',
    );
    expect(transitionRequest(ready(), provision({ capacityMb: 2048 }), p).isOk()).toBe(true);
  });

  it("proposes the position's capacity in the review (4.14)", () => {
    const p = definePolicy({
      mailboxCapacityMb: { byPosition: { 'Analista de sistemas': 2048 } },
    })._unsafeUnwrap();
    expect(reviewAccountRequest(FORM, undefined, p)._unsafeUnwrap().proposedCapacityMb).toBe(2048);
    expect(reviewAccountRequest(FORM)._unsafeUnwrap().proposedCapacityMb).toBe(1024);
  });
});
