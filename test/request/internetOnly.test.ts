import { describe, expect, it } from 'vitest';
import { applyLedgerEffects, EMPTY_LEDGER } from '../../src/allowances/index.js';
import {
  createRequest,
  parseAccountRequest,
  type RequestEvent,
  type RequestState,
  reviewAccountRequest,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, FORM, FREE, form, IT_HEAD, OFFICER } from '../arbitraries/request.js';

// 4.11: "La solicitud para contar con internet se realizará de forma independiente". F01 says
// whether a mailbox is wanted; a request for internet alone goes through the internet review
// and grants an exit to the account the person already has (SPEC §12).

const internetOnly = form({ mailbox: false });
let clock = 0;
const ev = (body: Record<string, unknown>, actor = IT_HEAD) =>
  ({ ...body, at: at(++clock), actor }) as RequestEvent;
const created = (f = internetOnly): RequestState => createRequest(f, at(0), BOSS)._unsafeUnwrap().state;
const strip = (effects: readonly object[]) =>
  effects.map((e) => {
    const { subject: _s, version: _v, index: _i, machine: _m, ...rest } = e as Record<string, unknown>;
    return rest;
  });

describe('a request for internet alone (4.11, SPEC §12)', () => {
  it('reads a 0.1.0 form without `mailbox` as a request for a mailbox (F01)', () => {
    expect(parseAccountRequest(FORM)._unsafeUnwrap().mailbox).toBeUndefined();
    expect(parseAccountRequest(internetOnly)._unsafeUnwrap().mailbox).toBe(false);
  });

  it('refuses a form that asks for neither a mailbox nor internet, or a transfer without a mailbox (4.11)', () => {
    const neither = parseAccountRequest(
      form({ mailbox: false, internet: { requested: false } }),
    )._unsafeUnwrapErr();
    expect(neither.map((v) => [v.code, v.clause, v.details?.path])).toEqual([
      ['INVALID_INPUT', '4.11', 'mailbox'],
    ]);
    const transfer = parseAccountRequest(
      form({ mailbox: false, kind: 'transfer', previousArea: 'Dirección Administrativa' }),
    )._unsafeUnwrapErr();
    expect(transfer.map((v) => [v.code, v.clause, v.details?.path])).toEqual([
      ['INVALID_INPUT', '4.11', 'mailbox'],
    ]);
  });

  it('still needs the justification (MISSING_INTERNET_JUSTIFICATION, 4.11)', () => {
    const r = createRequest(form({ mailbox: false, internet: { requested: true } }), at(0), BOSS);
    expect(r._unsafeUnwrapErr().map((v) => v.code)).toEqual(['MISSING_INTERNET_JUSTIFICATION']);
  });

  it('skips the seat check at APPROVE: the person already holds a mailbox (4.9, 4.11)', () => {
    const t = transitionRequest(created(), ev({ type: 'APPROVE', seatsInUse: 7 }))._unsafeUnwrap();
    expect(t.state.status).toBe('internetReview');
    expect(t.state.seatException).toBeUndefined();
    expect(strip(t.effects).map((e) => e.type)).toEqual(['NOTIFY']);
    const withException = transitionRequest(
      created(),
      ev({ type: 'APPROVE', seatsInUse: 7, exception: { reason: 'x' } }),
    )._unsafeUnwrap();
    expect(withException.state.seatException).toBeUndefined();
  });

  it('still keeps the exit cap (INTERNET_EXIT_LIMIT_REACHED, 4.13)', () => {
    const review = transitionRequest(created(), ev({ type: 'APPROVE', seatsInUse: 0 }))._unsafeUnwrap().state;
    expect(
      transitionRequest(review, ev({ type: 'AUTHORIZE_INTERNET', exitsInUse: 2 }))._unsafeUnwrapErr().code,
    ).toBe('INTERNET_EXIT_LIMIT_REACHED');
  });

  it('ends as rejected when internet is denied: nothing else was asked for (8.1-7.B, 8.1-4.A.1)', () => {
    const review = transitionRequest(created(), ev({ type: 'APPROVE', seatsInUse: 0 }))._unsafeUnwrap().state;
    const t = transitionRequest(
      review,
      ev({ type: 'DENY_INTERNET', observation: 'no se justifica' }),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({ status: 'rejected', internet: 'denied', observation: 'no se justifica' });
    expect(strip(t.effects)).toEqual([
      {
        type: 'NOTIFY',
        to: 'direct-boss',
        template: 'request-not-viable',
        clause: '8.1-4.A.1',
        data: { folio: FORM.folio, reason: 'no se justifica' },
      },
    ]);
  });

  it("grants the exit to the person's account and creates nothing else: no seat, no mailbox, no capacity (4.11, 8.1-10)", () => {
    const review = transitionRequest(created(), ev({ type: 'APPROVE', seatsInUse: 2 }))._unsafeUnwrap().state;
    const ready = transitionRequest(review, ev({ type: 'AUTHORIZE_INTERNET', exitsInUse: 1 }))._unsafeUnwrap()
      .state;
    // The account the person has: its username may predate 5.4.3, so it is not checked.
    const t = transitionRequest(
      ready,
      ev({ type: 'PROVISION', username: 'PHLEAL' }, OFFICER),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({ status: 'awaitingResguardo', username: 'PHLEAL' });
    expect(t.state.capacityMb).toBeUndefined();
    expect(strip(t.effects)).toEqual([
      { type: 'GRANT_INTERNET_EXIT', department: 'Informática', username: 'PHLEAL', clause: '8.1-10' },
      { type: 'ISSUE_RESGUARDO', via: 'helpdesk', username: 'PHLEAL', clause: '8.1-11.A' },
    ]);
    const ledger = applyLedgerEffects(EMPTY_LEDGER, t.effects)._unsafeUnwrap();
    expect(ledger.departments).toEqual([
      {
        department: 'Informática',
        seats: [],
        exits: [{ username: 'PHLEAL', grantedBy: { subject: FORM.folio, version: t.state.version } }],
      },
    ]);
    expect(
      transitionRequest(ready, ev({ type: 'PROVISION', username: 'POSTMASTER' }, OFFICER))._unsafeUnwrapErr()
        .code,
    ).toBe('RESERVED_USERNAME');
  });

  it('assigns no capacity to internet alone, and a mailbox always gets one (INVALID_INPUT, 4.11, 4.14)', () => {
    const review = transitionRequest(created(), ev({ type: 'APPROVE', seatsInUse: 0 }))._unsafeUnwrap().state;
    const ready = transitionRequest(review, ev({ type: 'AUTHORIZE_INTERNET', exitsInUse: 0 }))._unsafeUnwrap()
      .state;
    expect(
      transitionRequest(
        ready,
        ev({ type: 'PROVISION', username: 'PERLAHL', capacityMb: 1024 }, OFFICER),
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'INVALID_INPUT', clause: '4.11', details: { path: 'capacityMb' } });

    const mailbox = form({ internet: { requested: false } });
    const approved = transitionRequest(
      created(mailbox),
      ev({ type: 'APPROVE', seatsInUse: 0 }),
    )._unsafeUnwrap().state;
    expect(
      transitionRequest(
        approved,
        ev({ type: 'PROVISION', username: 'PERLAHL', ...FREE }, OFFICER),
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'INVALID_INPUT', clause: '4.14', details: { path: 'capacityMb' } });
  });

  it('completes without scheduling an expiry: the account is not the request (8.1-14)', () => {
    const temporary = form({ mailbox: false, condition: 'temporary', expiresOn: '2027-05-31' });
    let s = created(temporary);
    for (const e of [
      ev({ type: 'APPROVE', seatsInUse: 0 }),
      ev({ type: 'AUTHORIZE_INTERNET', exitsInUse: 0 }),
      ev({ type: 'PROVISION', username: 'PERLAHL' }, OFFICER),
    ])
      s = transitionRequest(s, e)._unsafeUnwrap().state;
    const done = transitionRequest(s, ev({ type: 'RESGUARDO_SIGNED' }, OFFICER))._unsafeUnwrap();
    expect(strip(done.effects).map((e) => e.type)).toEqual(['ARCHIVE_RESGUARDO', 'NOTIFY']);
  });

  it('has the review skip the seat finding and propose no username (4.9, 4.11)', () => {
    const r = reviewAccountRequest(internetOnly, { seatsInUse: 2, exitsInUse: 0 })._unsafeUnwrap();
    expect(r.findings).toEqual([]);
    expect(r.proposedUsername).toBeNull();
    expect(
      reviewAccountRequest(internetOnly, { seatsInUse: 2, exitsInUse: 2 })
        ._unsafeUnwrap()
        .findings.map((f) => f.code),
    ).toEqual(['INTERNET_EXIT_LIMIT_REACHED']);
  });
});
