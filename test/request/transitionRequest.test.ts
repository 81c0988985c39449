import { describe, expect, it } from 'vitest';
import {
  createRequest,
  parseRequestState,
  type RequestState,
  replayRequest,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, FORM, FREE, HELPDESK, IT_HEAD, OFFICER } from '../arbitraries/request.js';

const approve = { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD } as const;

/** Every object inside `x`, itself included. */
function objectsOf(x: object): object[] {
  const out: object[] = [x];
  for (const v of Object.values(x)) if (v !== null && typeof v === 'object') out.push(...objectsOf(v));
  return out;
}

/** The whole 8.1 path: every state and log entry it produced. */
function path() {
  const created = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();
  const events = [
    approve,
    { type: 'AUTHORIZE_INTERNET', exitsInUse: 0, at: at(2), actor: IT_HEAD },
    { type: 'PROVISION', username: 'PERLAHL', capacityMb: 2048, ...FREE, at: at(3), actor: OFFICER },
    { type: 'RESGUARDO_SIGNED', at: at(4), actor: HELPDESK },
  ] as const;
  const states: RequestState[] = [created.state];
  const log = [created.log];
  for (const e of events) {
    const t = transitionRequest(states[states.length - 1] as RequestState, e)._unsafeUnwrap();
    states.push(t.state);
    log.push(t.log);
  }
  return { states, log };
}

describe('request states are plain values (SPEC §11)', () => {
  it('returns states that are not frozen, nested objects included, from every function', () => {
    const { states, log } = path();
    const last = states[states.length - 1] as RequestState;
    const all = [
      ...states,
      replayRequest(log)._unsafeUnwrap(),
      parseRequestState(JSON.parse(JSON.stringify(last)))._unsafeUnwrap(),
    ];
    for (const s of all) {
      for (const o of objectsOf(s)) expect(Object.isFrozen(o)).toBe(false);
    }
    const mine = all[all.length - 1] as RequestState;
    mine.form.user.department = 'Compras';
    expect(mine.form.user.department).toBe('Compras');
  });

  it('leaves the state it is given as it was', () => {
    const { states } = path();
    for (const s of states) {
      const before = JSON.stringify(s);
      transitionRequest(s, approve);
      expect(JSON.stringify(s)).toBe(before);
    }
  });

  it('validates again a returned state that was changed afterwards, and names the field', () => {
    const s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;
    const tampered = { ...s, form: { ...s.form, signatures: { director: '2026-11-30' } } };
    const v = transitionRequest(tampered, approve)._unsafeUnwrapErr();
    expect(v).toMatchObject({ code: 'INVALID_INPUT', details: { input: 'state' } });
    expect(v.details?.issues).toEqual([
      'form.signatures.requestingBoss: custom',
      'form.signatures.user: custom',
    ]);
    const extra = { ...s, sneaky: s.updatedAt } as unknown as RequestState;
    expect(transitionRequest(extra, approve)._unsafeUnwrapErr().details).toMatchObject({
      input: 'state',
      issues: ['(root): unrecognized_keys'],
    });
  });

  it('reports a malformed event on a valid state as before, with its path', () => {
    const s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;
    const v = transitionRequest(s, { ...approve, seatsInUse: -1 })._unsafeUnwrapErr();
    expect(v).toMatchObject({
      code: 'INVALID_INPUT',
      details: { input: 'event', issues: ['seatsInUse: too_small'] },
    });
  });

  it('gives the same result for a returned state, its JSON copy and the copy parsed again', () => {
    const s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;
    const copy = JSON.parse(JSON.stringify(s));
    const a = transitionRequest(s, approve)._unsafeUnwrap();
    const b = transitionRequest(copy, approve)._unsafeUnwrap();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const parsed = parseRequestState(copy)._unsafeUnwrap();
    expect(JSON.stringify(transitionRequest(parsed, approve)._unsafeUnwrap())).toBe(JSON.stringify(a));
  });
});
