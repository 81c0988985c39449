import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/errors/describe.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import {
  createRequest,
  REQUEST_MACHINE,
  replayRequest,
  reviewAccountRequest,
  transitionRequest,
} from '../../src/request/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import {
  actor,
  at,
  BOSS,
  FORM,
  FREE,
  form,
  HELPDESK,
  IT_HEAD,
  OFFICER,
  UNIT_IT,
} from '../arbitraries/request.js';
import { type Body, stepper, strip } from './_steps.js';

const { ev, step, refuse } = stepper();
const start = (f: AccountRequestForm = FORM) => createRequest(f, at(0), BOSS)._unsafeUnwrap();

const approve = { type: 'APPROVE', seatsInUse: 1 } as const;
const authorize = { type: 'AUTHORIZE_INTERNET', exitsInUse: 1 } as const;
const provision = { type: 'PROVISION', username: 'PERLAHL', capacityMb: 2048, ...FREE } as const;

describe('createRequest (8.1-1…3, 4.8, F01)', () => {
  it('submits a signed F01 from the direct boss: version 1, one log entry from null, the IT head notified (8.1-3)', () => {
    const t = start();
    expect(t.state).toEqual({
      id: FORM.folio,
      version: 1,
      status: 'submitted',
      form: FORM,
      internet: 'pending',
      username: null,
      updatedAt: at(0),
    });
    expect(t.log).toEqual({
      at: at(0),
      actor: BOSS,
      subject: FORM.folio,
      version: 1,
      event: { type: 'CREATE', form: FORM },
      from: null,
      to: 'submitted',
      clauses: ['4.8', '8.1-2', '8.1-3', 'F01'],
    });
    expect(t.effects).toEqual([
      {
        type: 'NOTIFY',
        to: 'it-head',
        template: 'request-received',
        clause: '8.1-3',
        data: { folio: FORM.folio, department: 'Informática' },
        machine: 'request',
        subject: FORM.folio,
        version: 1,
        index: 0,
      },
    ]);
    expect(start(form({ internet: { requested: false } })).state.internet).toBe('notRequested');
  });

  it('accepts a request only from the direct boss or the unit IT on its behalf (FORBIDDEN_ROLE, 8.1-3, 5.5.1)', () => {
    const v = createRequest(FORM, at(0), IT_HEAD)._unsafeUnwrapErr();
    expect(v).toEqual([expect.objectContaining({ code: 'FORBIDDEN_ROLE', clause: '8.1-3' })]);
    expect(v[0]?.details?.allowed).toEqual(['direct-boss', 'unit-it']);
    expect(say(v[0]!)).toContain('«it-head»');
    for (const role of ['helpdesk', 'mail-officer', 'user', 'planning', 'system'] as const) {
      expect(createRequest(FORM, at(0), actor(role))._unsafeUnwrapErr()[0]?.code).toBe('FORBIDDEN_ROLE');
    }
  });

  it("lets the unit's IT officer file F01 on the head's behalf, the log citing 5.5.1 (5.5.1)", () => {
    const t = createRequest(FORM, at(0), UNIT_IT)._unsafeUnwrap();
    expect(t.state.status).toBe('submitted');
    expect(t.log).toMatchObject({ actor: UNIT_IT, clauses: ['4.8', '8.1-2', '8.1-3', 'F01', '5.5.1'] });
    expect(replayRequest([t.log])._unsafeUnwrap()).toEqual(t.state);
  });

  it('refuses a request without the three signatures, listing each (MISSING_SIGNATURE, 8.1-3)', () => {
    const v = createRequest(form({ signatures: { director: '2026-11-30' } }), at(0), BOSS)._unsafeUnwrapErr();
    expect(v.map((x) => [x.code, x.details?.signer])).toEqual([
      ['MISSING_SIGNATURE', 'requestingBoss'],
      ['MISSING_SIGNATURE', 'user'],
    ]);
  });

  it("refuses an outsider's fixed account and an unauthorized contractor (4.10, 4.29)", () => {
    const v = createRequest(
      form({ user: { ...FORM.user, holder: 'contractor' } }),
      at(0),
      BOSS,
    )._unsafeUnwrapErr();
    expect(v.map((x) => `${x.code} ${x.clause}`)).toEqual([
      'EXTERNAL_MUST_BE_TEMPORARY 4.29',
      'CONTRACTOR_NEEDS_AUTHORIZATION 4.29',
    ]);
  });

  it("refuses a contractor's authorization dated after the request: it comes beforehand (AUTHORIZATION_AFTER_REQUEST, 4.29)", () => {
    const contractor = (on: string) =>
      form({
        user: { ...FORM.user, holder: 'contractor' },
        condition: 'temporary',
        expiresOn: '2027-05-31',
        contractorAuthorization: { by: 'Responsable de Informática', on },
      });
    const v = createRequest(contractor('2026-12-01'), at(0), BOSS)._unsafeUnwrapErr();
    expect(v).toEqual([
      {
        code: 'AUTHORIZATION_AFTER_REQUEST',
        clause: '4.29',
        details: {
          authorizedOn: '2026-12-01',
          requestedOn: '2026-11-30',
          path: 'contractorAuthorization.on',
        },
      },
    ]);
    expect(say(v[0]!, 'en')).toContain('beforehand');
    // The same day, or earlier, is prior enough.
    expect(createRequest(contractor('2026-11-30'), at(0), BOSS).isOk()).toBe(true);
    expect(createRequest(contractor('2026-11-01'), at(0), BOSS).isOk()).toBe(true);
    expect(
      reviewAccountRequest(contractor('2026-12-01'))
        ._unsafeUnwrap()
        .findings.map((f) => f.code),
    ).toEqual(['AUTHORIZATION_AFTER_REQUEST']);
  });

  it('refuses an abbreviated name (ABBREVIATED_NAME, F01)', () => {
    const v = createRequest(form({ user: { ...FORM.user, fullName: 'J. Pérez López' } }), at(0), BOSS);
    expect(v._unsafeUnwrapErr().map((x) => x.code)).toEqual(['ABBREVIATED_NAME']);
  });

  it('does not refuse for advisory findings (WEAK_JUSTIFICATION, 4.9)', () => {
    expect(
      createRequest(form({ user: { ...FORM.user, functions: 'enviar facturas' } }), at(0), BOSS).isOk(),
    ).toBe(true);
  });

  it('reports a bad instant, a bad actor and a bad form all at once', () => {
    const v = createRequest({ ...FORM, folio: '' }, '30/11/2026', {
      role: 'boss',
      id: '',
    } as never)._unsafeUnwrapErr();
    expect(v.map((x) => x.details?.path ?? x.details?.input)).toEqual(['', 'role', 'id', 'folio']);
  });

  it('reports the shape problems and the missing signatures together, each with its path (8.1-3, F01)', () => {
    const v = createRequest(
      { ...FORM, folio: '', user: { ...FORM.user, holder: 'x' }, signatures: { director: '2026-11-30' } },
      at(0),
      BOSS,
    )._unsafeUnwrapErr();
    expect(v.map((x) => [x.code, x.details?.path])).toEqual([
      ['INVALID_INPUT', 'folio'],
      ['INVALID_INPUT', 'user.holder'],
      ['MISSING_SIGNATURE', 'signatures.requestingBoss'],
      ['MISSING_SIGNATURE', 'signatures.user'],
    ]);
    // A malformed signature is the shape's, not a missing one; no signatures object, the shape's alone.
    const bad = createRequest(
      { ...FORM, folio: '', signatures: { director: 'ayer', requestingBoss: '2026-11-30' } },
      at(0),
      BOSS,
    )._unsafeUnwrapErr();
    expect(bad.map((x) => [x.code, x.details?.path])).toEqual([
      ['INVALID_INPUT', 'folio'],
      ['INVALID_INPUT', 'signatures.director'],
      ['MISSING_SIGNATURE', 'signatures.user'],
    ]);
    const { signatures: _, ...unsigned } = FORM;
    expect(
      createRequest(unsigned, at(0), BOSS)
        ._unsafeUnwrapErr()
        .map((x) => [x.code, x.details?.path]),
    ).toEqual([['INVALID_INPUT', 'signatures']]);
  });
});

describe('the request machine table (8.1, SPEC §4)', () => {
  it('rejects a request that is not viable and tells the unit why (8.1-4.A, 8.1-4.A.1)', () => {
    const t = step(start().state, { type: 'REJECT', reason: 'no justifica una cuenta' });
    expect(t.state).toMatchObject({ status: 'rejected', version: 2, reason: 'no justifica una cuenta' });
    expect(strip(t.effects)).toEqual([
      {
        type: 'NOTIFY',
        to: 'direct-boss',
        template: 'request-not-viable',
        clause: '8.1-4.A.1',
        data: { folio: FORM.folio, reason: 'no justifica una cuenta' },
      },
    ]);
    expect(t.log).toMatchObject({ from: 'submitted', to: 'rejected', clauses: ['8.1-4.A', '8.1-4.A.1'] });
  });

  it('approves into internet review when internet was requested and asks for the exit count (8.1-4.B, 8.1-5)', () => {
    const t = step(start().state, approve);
    expect(t.state).toMatchObject({ status: 'internetReview', version: 2, internet: 'pending' });
    expect(strip(t.effects)).toEqual([
      {
        type: 'NOTIFY',
        to: 'mail-officer',
        template: 'report-internet-exits',
        clause: '8.1-5',
        data: { folio: FORM.folio, department: 'Informática' },
      },
    ]);
  });

  it('approves straight to provisioning when no internet was requested (8.1-4.B, 8.1-8)', () => {
    const t = step(start(form({ internet: { requested: false } })).state, approve);
    expect(t.state.status).toBe('readyToProvision');
    expect(strip(t.effects)).toEqual([
      {
        type: 'NOTIFY',
        to: 'mail-officer',
        template: 'provision-request',
        clause: '8.1-8',
        data: { folio: FORM.folio, internet: 'notRequested' },
      },
    ]);
  });

  it('refuses to approve when the department already has its two mailboxes (MAILBOX_SEAT_LIMIT_REACHED, 4.9)', () => {
    const s = start().state;
    const v = refuse(s, { type: 'APPROVE', seatsInUse: 2 });
    expect(v).toEqual({
      code: 'MAILBOX_SEAT_LIMIT_REACHED',
      clause: '4.9',
      details: { department: 'Informática', inUse: 2, cap: 2, exceptionPossible: true },
    });
  });

  it('approves beyond the seat cap only with an operational exception, recorded in the state and the effects (4.9, 8.1-4.B)', () => {
    const t = step(start().state, {
      type: 'APPROVE',
      seatsInUse: 2,
      exception: { reason: 'guardia de urgencias' },
    });
    expect(t.state.seatException).toEqual({ reason: 'guardia de urgencias' });
    expect(strip(t.effects)[0]).toEqual({
      type: 'RECORD_SEAT_EXCEPTION',
      folio: FORM.folio,
      department: 'Informática',
      seatsInUse: 2,
      cap: 2,
      reason: 'guardia de urgencias',
      clause: '4.9',
    });
    expect(t.log.event).toMatchObject({ exception: { reason: 'guardia de urgencias' } });
    // Not needed, not used: an exception with room left is not recorded.
    const room = step(start().state, { type: 'APPROVE', seatsInUse: 1, exception: { reason: 'x' } });
    expect(room.state.seatException).toBeUndefined();
    expect(room.effects.map((e) => e.type)).toEqual(['NOTIFY']);
  });

  it("uses the department's seat exception from the policy as its cap (4.9)", () => {
    const policy = definePolicy({ seatExceptions: { Informática: 3 } })._unsafeUnwrap();
    const s = start().state;
    expect(transitionRequest(s, ev({ type: 'APPROVE', seatsInUse: 2 }), policy).isOk()).toBe(true);
    expect(
      transitionRequest(s, ev({ type: 'APPROVE', seatsInUse: 3 }), policy)._unsafeUnwrapErr().details,
    ).toMatchObject({
      cap: 3,
    });
  });

  it('authorizes internet while the department has fewer than two exits (8.1-7.A, 4.13)', () => {
    const t = step(step(start().state, approve).state, authorize);
    expect(t.state).toMatchObject({ status: 'readyToProvision', internet: 'authorized', version: 3 });
    expect(strip(t.effects)).toEqual([
      {
        type: 'NOTIFY',
        to: 'mail-officer',
        template: 'provision-request',
        clause: '8.1-8',
        data: { folio: FORM.folio, internet: 'authorized' },
      },
    ]);
  });

  it('refuses internet when the department already has two exits (8.1-6, 8.1-7.A, 4.13)', () => {
    const s = step(start().state, approve).state;
    const v = refuse(s, { type: 'AUTHORIZE_INTERNET', exitsInUse: 2 });
    expect(v).toEqual({
      code: 'INTERNET_EXIT_LIMIT_REACHED',
      clause: '4.13',
      details: { department: 'Informática', inUse: 2, cap: 2, acts: ['8.1-5', '8.1-6', '8.1-7.A'] },
    });
    expect(say(v)).toContain('2 de 2 salidas');
  });

  it('denies internet and lets the mailbox go on (8.1-7.B, 4.11)', () => {
    const t = step(step(start().state, approve).state, {
      type: 'DENY_INTERNET',
      observation: 'no se justifica',
    });
    expect(t.state).toMatchObject({
      status: 'readyToProvision',
      internet: 'denied',
      observation: 'no se justifica',
    });
    const p = step(t.state, provision, OFFICER);
    expect(p.effects.map((e) => e.type)).not.toContain('GRANT_INTERNET_EXIT');
  });

  it('provisions a new mailbox: seat, mailbox, internet, capacity and resguardo via the helpdesk at the central office (8.1-9, 8.1-10, 8.1-11.A, 4.14, 5.4.7)', () => {
    const ready = step(step(start().state, approve).state, authorize).state;
    const t = step(ready, provision, OFFICER);
    expect(t.state).toMatchObject({
      status: 'awaitingResguardo',
      username: 'PERLAHL',
      capacityMb: 2048,
      version: 4,
    });
    expect(t.effects).toEqual([
      {
        type: 'GRANT_SEAT',
        department: 'Informática',
        username: 'PERLAHL',
        exception: null,
        clause: '4.9',
        machine: 'request',
        subject: FORM.folio,
        version: 4,
        index: 0,
      },
      {
        type: 'CREATE_MAILBOX',
        username: 'PERLAHL',
        email: 'perlahl@seseqro.gob.mx',
        department: 'Informática',
        holder: 'staff',
        createdOn: '2026-11-30',
        expiresOn: null,
        internet: true,
        clause: '8.1-9',
        machine: 'request',
        subject: FORM.folio,
        version: 4,
        index: 1,
      },
      {
        type: 'GRANT_INTERNET_EXIT',
        department: 'Informática',
        username: 'PERLAHL',
        clause: '8.1-10',
        machine: 'request',
        subject: FORM.folio,
        version: 4,
        index: 2,
      },
      {
        type: 'SET_CAPACITY',
        username: 'PERLAHL',
        capacityMb: 2048,
        clause: '4.14',
        machine: 'request',
        subject: FORM.folio,
        version: 4,
        index: 3,
      },
      {
        type: 'ISSUE_RESGUARDO',
        via: 'helpdesk',
        username: 'PERLAHL',
        clause: '8.1-11.A',
        machine: 'request',
        subject: FORM.folio,
        version: 4,
        index: 4,
      },
    ]);
  });

  it('sends the resguardo F02 by e-mail to the unit IT outside the central office (8.1-11.B)', () => {
    const ready = step(
      start(form({ centralOffice: false, internet: { requested: false } })).state,
      approve,
    ).state;
    const t = step(ready, { ...provision, username: 'perlahl' }, OFFICER);
    expect(t.state.username).toBe('PERLAHL');
    expect(strip(t.effects).at(-1)).toEqual({
      type: 'ISSUE_RESGUARDO',
      via: 'unit-it',
      username: 'PERLAHL',
      clause: '8.1-11.B',
    });
  });

  it('carries an approved seat exception into the seat grant (4.9)', () => {
    const f = form({ internet: { requested: false } });
    const ready = step(start(f).state, {
      type: 'APPROVE',
      seatsInUse: 2,
      exception: { reason: 'urgencias' },
    }).state;
    const t = step(ready, provision, OFFICER);
    expect(strip(t.effects)[0]).toMatchObject({ type: 'GRANT_SEAT', exception: { reason: 'urgencias' } });
  });

  it('moves a transferred mailbox instead: backup for the previous boss, move, password reset without a password (8.2-8, 8.2-9, 4.25)', () => {
    const f = form({
      kind: 'transfer',
      previousArea: 'Dirección Administrativa',
      internet: { requested: false },
    });
    const ready = step(start(f).state, approve).state;
    const t = step(ready, provision, OFFICER);
    expect(strip(t.effects)).toEqual([
      { type: 'BACKUP_MAILBOX', username: 'PERLAHL', deliverTo: 'direct-boss', clause: '8.2-8' },
      {
        type: 'MOVE_MAILBOX',
        username: 'PERLAHL',
        fromArea: 'Dirección Administrativa',
        toDepartment: 'Informática',
        exception: null,
        clause: '8.2-9',
      },
      { type: 'RESET_PASSWORD', username: 'PERLAHL', reason: 'transfer', clause: '8.2-9' },
      { type: 'SET_CAPACITY', username: 'PERLAHL', capacityMb: 2048, clause: '4.14' },
      { type: 'ISSUE_RESGUARDO', via: 'helpdesk', username: 'PERLAHL', clause: '8.1-11.A' },
    ]);
    expect(JSON.stringify([t.effects, t.log, t.state]).toLowerCase()).not.toMatch(
      /password"\s*:|contrase|"secret/,
    );
  });

  it('refuses a reserved role mailbox as a username (RESERVED_USERNAME, 4.16)', () => {
    const ready = step(start(form({ internet: { requested: false } })).state, approve).state;
    expect(refuse(ready, { ...provision, username: 'postmaster' }, OFFICER).code).toBe('RESERVED_USERNAME');
  });

  it('completes when the signed resguardo comes back: archive it, ask the user to read the procedure (8.1-12, 8.1-13, F02)', () => {
    const ready = step(start(form({ internet: { requested: false } })).state, approve).state;
    const awaiting = step(ready, provision, OFFICER).state;
    const t = step(awaiting, { type: 'RESGUARDO_SIGNED' }, HELPDESK);
    expect(t.state).toMatchObject({ status: 'completed', version: 4 });
    expect(strip(t.effects)).toEqual([
      { type: 'ARCHIVE_RESGUARDO', folio: FORM.folio, username: 'PERLAHL', clause: '8.1-13' },
      {
        type: 'NOTIFY',
        to: 'user',
        template: 'read-the-procedure',
        clause: '8.1-13',
        data: { username: 'PERLAHL', procedure: 'U430-DP-P09' },
      },
    ]);
    expect(step(awaiting, { type: 'RESGUARDO_SIGNED' }, OFFICER).state.status).toBe('completed');
  });

  it('schedules a temporary account for its expiry when completed (8.1-14, 4.10)', () => {
    const f = form({ condition: 'temporary', expiresOn: '2027-05-31', internet: { requested: false } });
    const awaiting = step(step(start(f).state, approve).state, provision, OFFICER).state;
    const t = step(awaiting, { type: 'RESGUARDO_SIGNED' }, HELPDESK);
    expect(strip(t.effects).at(-1)).toEqual({
      type: 'SCHEDULE_EXPIRY',
      username: 'PERLAHL',
      on: '2027-05-31',
      clause: '8.1-14',
    });
  });

  it('takes the resguardo F02 back through the helpdesk at the central office and the unit IT elsewhere (8.1-11.A.1, 8.1-12, F02)', () => {
    const central = step(
      step(start(form({ internet: { requested: false } })).state, approve).state,
      provision,
      OFFICER,
    ).state;
    expect(refuse(central, { type: 'RESGUARDO_SIGNED' }, UNIT_IT)).toMatchObject({
      code: 'FORBIDDEN_ROLE',
      clause: '8.1-11.A.1',
    });
    const unit = step(
      step(start(form({ centralOffice: false, internet: { requested: false } })).state, approve).state,
      provision,
      OFFICER,
    ).state;
    expect(refuse(unit, { type: 'RESGUARDO_SIGNED' }, HELPDESK)).toMatchObject({
      code: 'FORBIDDEN_ROLE',
      clause: '8.1-12',
    });
    expect(step(unit, { type: 'RESGUARDO_SIGNED' }, UNIT_IT).state.status).toBe('completed');
  });

  it('lets the direct boss withdraw a request before it is decided (submitted, internetReview)', () => {
    const submitted = start().state;
    expect(step(submitted, { type: 'WITHDRAW' }, BOSS).state).toMatchObject({ status: 'withdrawn' });
    const reviewing = step(submitted, approve).state;
    const t = step(reviewing, { type: 'WITHDRAW', reason: 'ya no se requiere' }, BOSS);
    expect(t.state).toMatchObject({ status: 'withdrawn', reason: 'ya no se requiere' });
    expect(t.effects).toEqual([]);
    const ready = step(reviewing, authorize).state;
    expect(refuse(ready, { type: 'WITHDRAW' }, BOSS).code).toBe('INVALID_TRANSITION');
  });

  it('refuses every role the table does not allow, changing nothing (FORBIDDEN_ROLE)', () => {
    const s = start().state;
    const v = refuse(s, approve, BOSS);
    expect(v).toMatchObject({
      code: 'FORBIDDEN_ROLE',
      details: { role: 'direct-boss', allowed: ['it-head'] },
    });
    expect(refuse(s, { type: 'WITHDRAW' }, IT_HEAD).code).toBe('FORBIDDEN_ROLE');
    expect(refuse(s, { type: 'REJECT', reason: 'x' }, actor('mail-officer')).code).toBe('FORBIDDEN_ROLE');
    const ready = step(s, { ...approve }).state;
    expect(refuse(ready, authorize, actor('planning')).code).toBe('FORBIDDEN_ROLE');
  });

  it('accepts nothing in a terminal state (completed, rejected, withdrawn)', () => {
    const rejected = step(start().state, { type: 'REJECT', reason: 'x' }).state;
    const withdrawn = step(start().state, { type: 'WITHDRAW' }, BOSS).state;
    const f = form({ internet: { requested: false } });
    const completed = step(
      step(step(start(f).state, approve).state, provision, OFFICER).state,
      { type: 'RESGUARDO_SIGNED' },
      HELPDESK,
    ).state;
    const bodies: [Body, typeof IT_HEAD][] = [
      [{ type: 'REJECT', reason: 'x' }, IT_HEAD],
      [approve, IT_HEAD],
      [authorize, IT_HEAD],
      [{ type: 'DENY_INTERNET', observation: 'x' }, IT_HEAD],
      [provision, OFFICER],
      [{ type: 'RESGUARDO_SIGNED' }, HELPDESK],
      [{ type: 'WITHDRAW' }, BOSS],
    ];
    for (const s of [rejected, withdrawn, completed]) {
      for (const [b, who] of bodies) {
        const v = refuse(s, b, who);
        expect(v.code).toBe('INVALID_TRANSITION');
        expect(v.details?.terminal).toBe(true);
      }
    }
    expect(REQUEST_MACHINE.terminal).toEqual(['completed', 'rejected', 'withdrawn']);
  });

  it('refuses an event earlier than the last change (EVENT_OUT_OF_ORDER)', () => {
    const s = start().state;
    expect(
      transitionRequest(s, {
        type: 'APPROVE',
        seatsInUse: 0,
        at: '2026-11-30T08:00:00-06:00',
        actor: IT_HEAD,
      })._unsafeUnwrapErr().code,
    ).toBe('EVENT_OUT_OF_ORDER');
  });
});
