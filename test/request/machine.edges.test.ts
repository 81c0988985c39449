import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import {
  createRequest,
  parseRequestLogEntry,
  parseRequestState,
  type RequestState,
  transitionRequest,
} from '../../src/request/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { at, BOSS, FORM, FREE, form, HELPDESK, OFFICER, UNIT_IT } from '../arbitraries/request.js';
import { type Body, stepper, strip } from './_steps.js';

// The request table (src/request/machine.ts) at its edges, written from the survivors of
// `MUTATE=request npx stryker run`: each refusal whole (code, clause, details), each effect list
// whole, each condition on both sides.

const { ev, step, refuse } = stepper();
const start = (f: AccountRequestForm = FORM) => createRequest(f, at(0), BOSS)._unsafeUnwrap().state;

const NO_INTERNET = form({ internet: { requested: false } });
const approve = { type: 'APPROVE', seatsInUse: 0 } as const;
const provision = { type: 'PROVISION', username: 'PERLAHL', capacityMb: 2048, ...FREE } as const;
/** A request approved without internet: ready to provision. */
const ready = (f: AccountRequestForm = NO_INTERNET) => step(start(f), approve).state;
/** A request for internet alone (4.11), its exit authorized: ready to provision. */
const readyInternetOnly = () =>
  step(step(start(form({ mailbox: false })), approve).state, { type: 'AUTHORIZE_INTERNET', exitsInUse: 0 })
    .state;

describe('createRequest on the expiry date (F01)', () => {
  it('refuses an expiry date on a fixed account as such, even one before the request: no expiry to compare (INVALID_INPUT, F01)', () => {
    const v = createRequest(form({ expiresOn: '2026-01-31' }), at(0), BOSS)._unsafeUnwrapErr();
    expect(v).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: 'F01',
        details: {
          path: 'expiresOn',
          issue: 'custom',
          message: 'a fixed account has no expiry date',
          issues: 'expiresOn: custom',
        },
      },
    ]);
  });
});

describe('PROVISION refusals, whole (4.16, 4.19, 4.11, 4.14)', () => {
  it('names the reserved username it refuses (RESERVED_USERNAME, 4.16)', () => {
    expect(refuse(ready(), { ...provision, username: 'POSTMASTER' }, OFFICER)).toEqual({
      code: 'RESERVED_USERNAME',
      clause: '4.16',
      details: { username: 'POSTMASTER' },
    });
  });

  it('names each missing fact, whichever one is missing (PROVISION_FACTS_MISSING, 4.19)', () => {
    const { usernameInUse: _u, ...noInUse } = provision;
    expect(refuse(ready(), noInUse as Body, OFFICER)).toEqual({
      code: 'PROVISION_FACTS_MISSING',
      clause: '4.19',
      details: { username: 'PERLAHL', missing: ['usernameInUse'] },
    });
    const { usernameRetired: _r, ...noRetired } = provision;
    expect(refuse(ready(), noRetired as Body, OFFICER)).toEqual({
      code: 'PROVISION_FACTS_MISSING',
      clause: '4.19',
      details: { username: 'PERLAHL', missing: ['usernameRetired'] },
    });
  });

  it('refuses a capacity for internet alone, saying why (INVALID_INPUT, 4.11)', () => {
    expect(refuse(readyInternetOnly(), { ...provision }, OFFICER)).toEqual({
      code: 'INVALID_INPUT',
      clause: '4.11',
      details: {
        path: 'capacityMb',
        issues: ['capacityMb: a request for internet alone assigns no capacity'],
      },
    });
  });

  it('refuses a mailbox without its capacity, saying why (INVALID_INPUT, 4.14)', () => {
    const { capacityMb: _c, ...noCapacity } = provision;
    expect(refuse(ready(), noCapacity as Body, OFFICER)).toEqual({
      code: 'INVALID_INPUT',
      clause: '4.14',
      details: {
        path: 'capacityMb',
        issues: ['capacityMb: a new or moved mailbox is given its capacity'],
      },
    });
  });

  it("answers with the name's own refusal, on F01 as createRequest does, when the policy given at PROVISION cannot read the person's name (NAME_TOO_LONG, F01)", () => {
    // Read under SESEQ's policy the last two words are two surnames; a policy that knows them as
    // one compound surname makes `de la` + that surname a paternal surname of 105 characters.
    const first = 'Hernandez'.repeat(5).concat('Leal');
    const second = 'Leal'.repeat(12).concat('x');
    const f = form({
      internet: { requested: false },
      user: { ...FORM.user, fullName: `Perla de la ${first} ${second}` },
    });
    const compound = definePolicy({
      compoundSurnames: [`${first} ${second}`.toUpperCase()],
    })._unsafeUnwrap();
    const v = transitionRequest(ready(f), ev({ ...provision }, OFFICER), compound)._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'NAME_TOO_LONG',
      clause: 'F01',
      details: { part: 'paternalSurname', max: 100 },
    });
  });
});

describe('PROVISION effects, whole (8.1-9, 8.1-10, 8.2-9)', () => {
  it("creates a fixed account's mailbox with no expiry and no internet when none was requested (8.1-9, 8.1-10)", () => {
    const t = step(ready(), provision, OFFICER);
    expect(strip(t.effects).find((e) => e.type === 'CREATE_MAILBOX')).toEqual({
      type: 'CREATE_MAILBOX',
      username: 'PERLAHL',
      email: 'perlahl@seseqro.gob.mx',
      department: 'Informática',
      holder: 'staff',
      createdOn: '2026-11-30',
      expiresOn: null,
      internet: false,
      clause: '8.1-9',
    });
  });

  it('creates a temporary account’s mailbox with its expiry date (8.1-9, 4.10)', () => {
    const f = form({ condition: 'temporary', expiresOn: '2027-05-31', internet: { requested: false } });
    const t = step(ready(f), provision, OFFICER);
    expect(strip(t.effects).find((e) => e.type === 'CREATE_MAILBOX')).toMatchObject({
      expiresOn: '2027-05-31',
      internet: false,
    });
  });

  it('creates the mailbox without internet when internet was denied, and the mailbox goes on (8.1-7.B, 8.1-9)', () => {
    const review = step(start(), approve).state;
    const denied = step(review, { type: 'DENY_INTERNET', observation: 'no se justifica' });
    // The mailbox goes on: only the request for provisioning, no notice of a request not viable.
    expect(strip(denied.effects)).toEqual([
      {
        type: 'NOTIFY',
        to: 'mail-officer',
        template: 'provision-request',
        clause: '8.1-8',
        data: { folio: FORM.folio, internet: 'denied' },
      },
    ]);
    const t = step(denied.state, provision, OFFICER);
    expect(strip(t.effects).find((e) => e.type === 'CREATE_MAILBOX')).toMatchObject({ internet: false });
  });

  it('moves a transferred mailbox from the previous area F01 names (8.2-9)', () => {
    const f = form({
      kind: 'transfer',
      previousArea: 'Dirección Administrativa',
      internet: { requested: false },
    });
    const t = step(ready(f), { ...provision, username: 'PADRIANA' }, OFFICER);
    expect(strip(t.effects).find((e) => e.type === 'MOVE_MAILBOX')).toEqual({
      type: 'MOVE_MAILBOX',
      username: 'PADRIANA',
      fromArea: 'Dirección Administrativa',
      toDepartment: 'Informática',
      exception: null,
      clause: '8.2-9',
    });
  });
});

describe('RESGUARDO_SIGNED from the wrong hands, whole (8.1-11.A.1, 8.1-12)', () => {
  const awaiting = (centralOffice: boolean) =>
    step(ready(form({ centralOffice, internet: { requested: false } })), provision, OFFICER).state;

  it('names the hands F02 comes back through at the central office: the helpdesk or the mail officer (FORBIDDEN_ROLE, 8.1-11.A.1)', () => {
    expect(refuse(awaiting(true), { type: 'RESGUARDO_SIGNED' }, UNIT_IT)).toEqual({
      code: 'FORBIDDEN_ROLE',
      clause: '8.1-11.A.1',
      details: {
        machine: 'request',
        status: 'awaitingResguardo',
        event: 'RESGUARDO_SIGNED',
        role: 'unit-it',
        allowed: ['helpdesk', 'mail-officer'],
      },
    });
  });

  it("names the hands F02 comes back through elsewhere: the unit's IT or the mail officer (FORBIDDEN_ROLE, 8.1-12)", () => {
    expect(refuse(awaiting(false), { type: 'RESGUARDO_SIGNED' }, HELPDESK)).toEqual({
      code: 'FORBIDDEN_ROLE',
      clause: '8.1-12',
      details: {
        machine: 'request',
        status: 'awaitingResguardo',
        event: 'RESGUARDO_SIGNED',
        role: 'helpdesk',
        allowed: ['unit-it', 'mail-officer'],
      },
    });
  });
});

describe('transitionRequest keeps what the event did not change (SPEC §11)', () => {
  it('shares the form with the state it was given, not a copy', () => {
    const s = start();
    const t = step(s, approve);
    expect(t.state.form).toBe(s.form);
    // Through JSON too: the state read back is a state.
    const read = JSON.parse(JSON.stringify(s)) as RequestState;
    expect(transitionRequest(read, ev(approve))._unsafeUnwrap().state.form).toBe(read.form);
  });
});

describe('hostile input is refused at once, never read (SPEC §0)', () => {
  it('transitionRequest refuses a cyclic state, event or policy as such', () => {
    const s = start();
    const e = ev(approve);
    expect(transitionRequest(cyclic(s), e)._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    expect(transitionRequest(s, cyclic(e))._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    const policy = cyclic(definePolicy({})._unsafeUnwrap());
    expect(transitionRequest(s, e, policy)._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
  });

  it('parseRequestState refuses a cyclic state as such', () => {
    expect(parseRequestState(cyclic(start()))._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });

  it('parseRequestLogEntry refuses a cyclic entry as such', () => {
    const entry = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().log;
    expect(parseRequestLogEntry(cyclic(entry))._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });
});
