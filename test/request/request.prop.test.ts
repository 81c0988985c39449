import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  createRequest,
  parseAccountRequest,
  parseRequestState,
  type RequestState,
  replayRequest,
  reviewAccountRequest,
  transitionRequest,
  weakJustification,
} from '../../src/request/index.js';
import { at, BOSS, eventArb, FORM, validFormArb } from '../arbitraries/request.js';

const created = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();

describe('the request functions never throw (SPEC §0)', () => {
  test.prop([fc.anything(), fc.anything(), fc.anything(), fc.anything()])(
    'on any input at all',
    (a, b, c, d) => {
      expect(() => parseAccountRequest(a)).not.toThrow();
      expect(() => reviewAccountRequest(a, b as never, c as never)).not.toThrow();
      expect(() => reviewAccountRequest(FORM, b as never, c as never)).not.toThrow();
      expect(() => createRequest(a, b as never, c as never, d as never)).not.toThrow();
      expect(() => createRequest(FORM, at(0), BOSS, d as never)).not.toThrow();
      expect(() => transitionRequest(a as never, b as never, c as never)).not.toThrow();
      expect(() => transitionRequest(created.state, b as never, c as never)).not.toThrow();
      expect(() => replayRequest(a as never, b as never)).not.toThrow();
      expect(() => replayRequest([created.log, a] as never, b as never)).not.toThrow();
      expect(() => parseRequestState(a)).not.toThrow();
      expect(() => weakJustification(a as never)).not.toThrow();
    },
  );

  test.prop([fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })])(
    'on any text in any field of the form',
    (s, t) => {
      const form = { ...FORM, area: s, user: { ...FORM.user, fullName: t, functions: s } };
      expect(() => createRequest(form, at(0), BOSS)).not.toThrow();
      expect(() => reviewAccountRequest(form, { seatsInUse: 0, exitsInUse: 0 })).not.toThrow();
      expect(() => weakJustification(s + t)).not.toThrow();
    },
  );
});

describe('every reachable request state (SPEC §11)', () => {
  const minute = fc.integer({ min: 1, max: 500 });
  test.prop([validFormArb(), fc.array(eventArb(minute.map(at)), { maxLength: 12 })])(
    'round-trips through its schema and replays from its log, also after JSON; refusals change nothing',
    (form, events) => {
      const c = createRequest(form, at(0), BOSS);
      const first = c._unsafeUnwrap();
      let state: RequestState = first.state;
      const log = [first.log];
      for (const e of events) {
        const before = JSON.stringify(state);
        const r = transitionRequest(state, e);
        if (r.isErr()) {
          expect(JSON.stringify(state)).toBe(before);
          continue;
        }
        expect(r.value.state.version).toBe(state.version + 1);
        state = r.value.state;
        log.push(r.value.log);
      }
      const json = JSON.stringify(state);
      expect(JSON.stringify(parseRequestState(JSON.parse(json))._unsafeUnwrap())).toBe(json);
      expect(JSON.stringify(replayRequest(JSON.parse(JSON.stringify(log)))._unsafeUnwrap())).toBe(json);
      expect(json).not.toMatch(/"password"|contraseña/i);
    },
  );
});
