import { describe, expect, it } from 'vitest';
import { applyLedgerEffects, EMPTY_LEDGER, parseLedger } from '../../src/allowances/index.js';
import {
  createRequest,
  parseAccountRequest,
  parseRequestState,
  replayRequest,
  reviewAccountRequest,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, FORM, FREE, form, IT_HEAD, OFFICER } from '../arbitraries/request.js';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Every place of a JSON text where an object opens, with a hostile key injected there. */
function injections(json: string): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < json.length; i++) {
    if (json[i] !== '{') continue;
    for (const key of HOSTILE_KEYS) {
      const text = `${json.slice(0, i + 1)}"${key}":{"polluted":true,"prototype":{"polluted":true}}${json[i + 1] === '}' ? '' : ','}${json.slice(i + 1)}`;
      out.push(JSON.parse(text));
    }
  }
  return out;
}

function clean(): void {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
    Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort(),
  );
}

describe('__proto__, constructor and prototype keys pollute nothing (security)', () => {
  it('refuses them anywhere in a form F01, a review, a creation and a state, and Object.prototype stays clean', () => {
    const created = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();
    for (const input of injections(JSON.stringify(FORM))) {
      expect(parseAccountRequest(input).isErr()).toBe(true);
      expect(reviewAccountRequest(input, { seatsInUse: 0, exitsInUse: 0 }).isErr()).toBe(true);
      expect(createRequest(input, at(0), BOSS).isErr()).toBe(true);
    }
    for (const input of injections(JSON.stringify(created.state))) {
      expect(parseRequestState(input).isErr()).toBe(true);
      expect(
        transitionRequest(input as never, {
          type: 'APPROVE',
          seatsInUse: 0,
          at: at(1),
          actor: IT_HEAD,
        }).isErr(),
      ).toBe(true);
    }
    for (const input of injections(
      JSON.stringify({ type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD }),
    )) {
      expect(transitionRequest(created.state, input as never).isErr()).toBe(true);
    }
    for (const input of injections(JSON.stringify(created.log))) {
      expect(replayRequest([input]).isErr()).toBe(true);
    }
    clean();
  });

  it('keeps a department or a folio called __proto__, constructor or prototype as plain data', () => {
    for (const key of HOSTILE_KEYS) {
      const f = form({ folio: key, internet: { requested: false }, user: { ...FORM.user, department: key } });
      const c = createRequest(JSON.parse(JSON.stringify(f)), at(0), BOSS)._unsafeUnwrap();
      expect(c.state.id).toBe(key);
      const a = transitionRequest(c.state, {
        type: 'APPROVE',
        seatsInUse: 1,
        at: at(1),
        actor: IT_HEAD,
      })._unsafeUnwrap();
      const p = transitionRequest(a.state, {
        type: 'PROVISION',
        username: 'PERLAHL',
        capacityMb: 1024,
        ...FREE,
        at: at(2),
        actor: OFFICER,
      })._unsafeUnwrap();
      const ledger = applyLedgerEffects(EMPTY_LEDGER, p.effects)._unsafeUnwrap();
      expect(ledger.departments.map((d) => d.department)).toEqual([key]);
      expect(parseLedger(JSON.parse(JSON.stringify(ledger)))._unsafeUnwrap()).toEqual(ledger);
      expect(
        reviewAccountRequest(f, { ledger })
          ._unsafeUnwrap()
          .findings.map((x) => x.code),
      ).toEqual([]);
    }
    clean();
  });
});
