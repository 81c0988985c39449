import { describe, expect, it } from 'vitest';
import { applyLedgerEffects, EMPTY_LEDGER, parseLedger } from '../../src/allowances/index.js';
import {
  advanceAccount,
  openAccount,
  parseAccountState,
  transitionAccount,
} from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import {
  createRequest,
  parseRequestState,
  type RequestEvent,
  type RequestState,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, FORM, FREE, IT_HEAD, OFFICER } from '../arbitraries/request.js';

// Versions and dates never step past what the schemas accept: the transition refuses instead
// (issue 12).

const kiritimati = definePolicy({ timeZone: 'Pacific/Kiritimati' })._unsafeUnwrap();
const account = (createdOn = '9999-01-01') =>
  openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn })._unsafeUnwrap();
const ready = (): RequestState => {
  let s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;
  s = transitionRequest(s, { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD })._unsafeUnwrap()
    .state;
  return transitionRequest(s, {
    type: 'AUTHORIZE_INTERNET',
    exitsInUse: 0,
    at: at(2),
    actor: IT_HEAD,
  })._unsafeUnwrap().state;
};
const provision = (instant: string): RequestEvent => ({
  type: 'PROVISION',
  username: 'PERLAHL',
  capacityMb: 2048,
  ...FREE,
  at: instant,
  actor: OFFICER,
});

describe('the machines refuse to step past what the schemas accept (issue 12)', () => {
  it('refuses a request transition from the highest version the schema accepts (SPEC §11)', () => {
    const top = { ...ready(), version: 1_000_000 };
    expect(parseRequestState(top).isOk()).toBe(true);
    expect(transitionRequest(top, provision(at(3)))._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'version limit reached' },
    });
    const below = transitionRequest({ ...top, version: 999_999 }, provision(at(3)))._unsafeUnwrap().state;
    expect(below.version).toBe(1_000_000);
    expect(parseRequestState(JSON.parse(JSON.stringify(below))).isOk()).toBe(true);
  });

  it('refuses a request event whose day in the policy’s zone is in year 10000, at PROVISION’s createdOn too (8.1-9)', () => {
    // 9999-12-31 09:00 in Querétaro is already 10000-01-01 at UTC+14.
    const late = '9999-12-31T09:00:00-06:00';
    expect(transitionRequest(ready(), provision(late), kiritimati)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'at', reason: 'out of range' },
    });
    const t = transitionRequest(ready(), provision(late))._unsafeUnwrap();
    expect(t.effects.find((e) => e.type === 'CREATE_MAILBOX')).toMatchObject({ createdOn: '9999-12-31' });
    expect(parseRequestState(JSON.parse(JSON.stringify(t.state))).isOk()).toBe(true);
    const ledger = applyLedgerEffects(EMPTY_LEDGER, t.effects)._unsafeUnwrap();
    expect(parseLedger(JSON.parse(JSON.stringify(ledger))).isOk()).toBe(true);
  });

  it('refuses an account event whose day in the policy’s zone is in year 10000, rather than store it (4.20, 4.21.4, 4.26)', () => {
    const late = '9999-12-31T09:00:00-06:00';
    const events = [
      { type: 'REPORT_TRANSFER', toDepartment: 'Jurídico', at: late, actor: BOSS },
      { type: 'SUSPEND', reason: 'sanction', until: null, at: late, actor: IT_HEAD },
      { type: 'SANCTION', permanent: true, at: late, actor: IT_HEAD },
    ] as const;
    for (const e of events) {
      expect(transitionAccount(account(), e as never, kiritimati)._unsafeUnwrapErr()).toMatchObject({
        code: 'INVALID_DATE',
        details: { field: 'at', reason: 'out of range' },
      });
      // The same instant where its day is 9999-12-31 is taken, and its state parses.
      const t = transitionAccount(account(), e as never)._unsafeUnwrap();
      expect(parseAccountState(JSON.parse(JSON.stringify(t.state))).isOk()).toBe(true);
    }
  });

  it('refuses an event whose day is before year 1000 in the policy’s zone (SPEC §11)', () => {
    const day = '1000-01-01';
    const old = { ...FORM, requestedOn: day, signatures: { director: day, requestingBoss: day, user: day } };
    const s = createRequest(old, '1000-01-01T00:00:00+14:00', BOSS)._unsafeUnwrap().state;
    const approve = (instant: string): RequestEvent => ({
      type: 'APPROVE',
      seatsInUse: 0,
      at: instant,
      actor: IT_HEAD,
    });
    // 00:30 at UTC+14 is still 999-12-31 in Querétaro.
    expect(transitionRequest(s, approve('1000-01-01T00:30:00+14:00'))._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'at', reason: 'out of range' },
    });
    const plus14 = definePolicy({ timeZone: 'Etc/GMT-14' })._unsafeUnwrap();
    expect(transitionRequest(s, approve('1000-01-01T00:30:00+14:00'), plus14).isOk()).toBe(true);
  });

  it('refuses a grace period that would end after 9999-12-31, by hand and by time (4.22)', () => {
    const baja = {
      type: 'OFFBOARD',
      bajaOn: '9999-12-25',
      cause: 'separation',
      at: '9999-12-25T10:00:00-06:00',
      actor: BOSS,
    };
    expect(transitionAccount(account(), baja as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'usableThrough', reason: 'out of range' },
    });
    const temporary = openAccount({
      id: 'a2',
      username: 'AUDITORX',
      department: 'Compras',
      holder: 'external',
      createdOn: '9999-01-01',
      expiresOn: '9999-12-20',
    })._unsafeUnwrap();
    expect(advanceAccount(temporary, '9999-12-31')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
  });

  it('reads the day in the policy’s zone whenever an offset can move it out of 1000–9999, up to two days in (SPEC §11)', () => {
    const day = '1000-01-01';
    const old = { ...FORM, requestedOn: day, signatures: { director: day, requestingBoss: day, user: day } };
    const s = createRequest(old, '1000-01-01T00:00:00+14:00', BOSS)._unsafeUnwrap().state;
    const approve = (instant: string): RequestEvent => ({
      type: 'APPROVE',
      seatsInUse: 0,
      at: instant,
      actor: IT_HEAD,
    });
    // Written on 1000-01-02 at UTC+23:59, it is 0999-12-31 in Querétaro; a day later it is not.
    expect(transitionRequest(s, approve('1000-01-02T00:00:00+23:59'))._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'at', reason: 'out of range' },
    });
    expect(transitionRequest(s, approve('1000-01-03T00:00:00+23:59')).isOk()).toBe(true);
    // Written on 9999-12-30 at UTC−23:59, it is 10000-01-01 at UTC+14; a day earlier it is not.
    expect(
      transitionRequest(ready(), provision('9999-12-30T23:59:00-23:59'), kiritimati)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'at', reason: 'out of range' },
    });
    expect(transitionRequest(ready(), provision('9999-12-29T23:59:00-23:59'), kiritimati).isOk()).toBe(true);
  });
});
