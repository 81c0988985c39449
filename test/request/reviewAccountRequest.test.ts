import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER, grant } from '../../src/allowances/index.js';
import { describe as say } from '../../src/errors/describe.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { reviewAccountRequest } from '../../src/request/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import { FORM, form } from '../arbitraries/request.js';

const ROOM = { seatsInUse: 0, exitsInUse: 0 };
const review = (f: unknown, context: Parameters<typeof reviewAccountRequest>[1] = ROOM) =>
  reviewAccountRequest(f, context)._unsafeUnwrap();
const found = (f: unknown, context?: Parameters<typeof reviewAccountRequest>[1]) =>
  review(f, context).findings.map((x) => `${x.severity} ${x.code} ${x.clause}`);
const user = (over: Partial<AccountRequestForm['user']>) => form({ user: { ...FORM.user, ...over } });

describe('reviewAccountRequest (8.1-4: ¿procede?)', () => {
  it('finds nothing in a complete request with room, and proposes the username (5.4.3)', () => {
    const r = review(FORM);
    expect(r.findings).toEqual([]);
    expect(r.blocking).toBe(false);
    expect(r.proposedUsername).toMatchObject({
      username: 'PERLAHL',
      email: 'perlahl@seseqro.gob.mx',
      needsReview: false,
    });
  });

  it('lists each missing signature as blocking, naming the signer (MISSING_SIGNATURE, 8.1-3)', () => {
    const r = review(form({ signatures: { user: '2026-11-30' } }));
    expect(r.blocking).toBe(true);
    expect(r.findings).toEqual([
      {
        code: 'MISSING_SIGNATURE',
        clause: '8.1-3',
        severity: 'blocking',
        path: 'signatures.director',
        details: { signer: 'director' },
      },
      {
        code: 'MISSING_SIGNATURE',
        clause: '8.1-3',
        severity: 'blocking',
        path: 'signatures.requestingBoss',
        details: { signer: 'requestingBoss' },
      },
    ]);
    expect(say(r.findings[0]!)).toContain('Director de Área');
    expect(say(r.findings[1]!, 'en')).toContain('requesting boss');
  });

  it('blocks an account for an outsider (advisor, auditor) that is not temporary (EXTERNAL_MUST_BE_TEMPORARY, 4.10)', () => {
    expect(found(user({ holder: 'external' }))).toEqual(['blocking EXTERNAL_MUST_BE_TEMPORARY 4.10']);
    const temporary = form({
      condition: 'temporary',
      expiresOn: '2027-01-31',
      user: { ...FORM.user, holder: 'external' },
    });
    expect(found(temporary)).toEqual([]);
  });

  it("blocks a contractor's account that is not temporary or lacks the IT head's authorization (4.29)", () => {
    expect(found(user({ holder: 'contractor' }))).toEqual([
      'blocking EXTERNAL_MUST_BE_TEMPORARY 4.29',
      'blocking CONTRACTOR_NEEDS_AUTHORIZATION 4.29',
    ]);
    const authorized = form({
      condition: 'temporary',
      expiresOn: '2027-01-31',
      user: { ...FORM.user, holder: 'contractor' },
      contractorAuthorization: { by: 'Responsable del Área de Informática', on: '2026-11-28' },
    });
    expect(found(authorized)).toEqual([]);
  });

  it('reports the F01 rules as blocking findings rather than refusing the review (4.11, F01)', () => {
    expect(found(form({ internet: { requested: true } }))).toEqual([
      'blocking MISSING_INTERNET_JUSTIFICATION 4.11',
    ]);
    expect(found(form({ kind: 'transfer', condition: 'temporary' }))).toEqual([
      'blocking MISSING_PREVIOUS_AREA F01',
      'blocking MISSING_EXPIRY F01',
    ]);
    expect(found(form({ condition: 'temporary', expiresOn: '2026-11-01' }))).toEqual([
      'blocking EXPIRY_NOT_AFTER_REQUEST F01',
    ]);
  });

  it('blocks a department already at its two mailbox seats (MAILBOX_SEAT_LIMIT_REACHED, 4.9)', () => {
    const r = review(FORM, { seatsInUse: 2, exitsInUse: 0 });
    expect(r.findings).toEqual([
      {
        code: 'MAILBOX_SEAT_LIMIT_REACHED',
        clause: '4.9',
        severity: 'blocking',
        path: 'user.department',
        details: { department: 'Informática', inUse: 2, cap: 2, exceptionPossible: true },
      },
    ]);
    const policy = definePolicy({ seatExceptions: { Informática: 3 } })._unsafeUnwrap();
    expect(
      reviewAccountRequest(FORM, { seatsInUse: 2, exitsInUse: 0 }, policy)._unsafeUnwrap().blocking,
    ).toBe(false);
  });

  it('advises that internet will be denied when the department already has two exits (INTERNET_EXIT_LIMIT_REACHED, 4.13)', () => {
    const r = review(FORM, { seatsInUse: 1, exitsInUse: 2 });
    expect(r.blocking).toBe(false);
    expect(r.findings).toEqual([
      {
        code: 'INTERNET_EXIT_LIMIT_REACHED',
        clause: '4.13',
        severity: 'advisory',
        path: 'internet.requested',
        details: { department: 'Informática', inUse: 2, cap: 2, consequence: 'internet denied (8.1-7.B)' },
      },
    ]);
    expect(found(form({ internet: { requested: false } }), { seatsInUse: 0, exitsInUse: 2 })).toEqual([]);
  });

  it('reads the counts from the allowance ledger, whose holders count as taken usernames (4.9, 4.13, 5.4.3)', () => {
    let ledger = EMPTY_LEDGER;
    for (const [kind, username] of [
      ['seat', 'PERLAHL'],
      ['seat', 'OTRO'],
      ['exit', 'OTRO'],
    ] as const) {
      ledger = grant(ledger, { kind, department: 'Informática', username })._unsafeUnwrap();
    }
    const r = review(FORM, { ledger });
    expect(r.findings.map((f) => f.code)).toEqual(['MAILBOX_SEAT_LIMIT_REACHED']);
    expect(r.proposedUsername?.username).not.toBe('PERLAHL');
  });

  it('advises when the functions or the justification only cite sharing invoices, memos, spreadsheets or photos (WEAK_JUSTIFICATION, 4.9)', () => {
    const weak = form({
      user: { ...FORM.user, functions: 'Enviar facturas y memorándums' },
      internet: { requested: true, justification: 'Compartir fotos y hojas de cálculo con el área' },
    });
    const r = review(weak);
    expect(r.blocking).toBe(false);
    expect(r.findings).toEqual([
      {
        code: 'WEAK_JUSTIFICATION',
        clause: '4.9',
        severity: 'advisory',
        path: 'user.functions',
        details: { cites: ['facturas', 'memorandos'] },
      },
      {
        code: 'WEAK_JUSTIFICATION',
        clause: '4.9',
        severity: 'advisory',
        path: 'internet.justification',
        details: { cites: ['excel', 'fotos'] },
      },
    ]);
    expect(say(r.findings[0]!)).toMatch(/NO es una necesidad/);
  });

  it('blocks an abbreviated name (ABBREVIATED_NAME, F01)', () => {
    const r = review(user({ fullName: 'Ma. Soledad Ramírez Trejo' }));
    expect(r.blocking).toBe(true);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['ABBREVIATED_NAME', 'blocking', 'user.fullName'],
    ]);
    expect(r.proposedUsername).toBeNull();
  });

  it('advises a person to review a numbered username (USERNAME_NEEDS_REVIEW, 5.4.3)', () => {
    const r = review(FORM, { seatsInUse: 0, exitsInUse: 0, taken: new Set(['PERLAHL', 'PHERNANDEZL']) });
    expect(r.blocking).toBe(false);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'USERNAME_NEEDS_REVIEW', severity: 'advisory', path: 'user.fullName' }),
    ]);
    expect(r.proposedUsername).toMatchObject({ username: 'PERLAHL2', needsReview: true });
  });

  it('blocks when no username is left (NO_USERNAME_AVAILABLE, 5.4.3)', () => {
    const r = review(FORM, { seatsInUse: 0, exitsInUse: 0, taken: () => true });
    expect(r.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['blocking NO_USERNAME_AVAILABLE']);
    expect(r.proposedUsername).toBeNull();
  });

  it('proposes no username for a transfer: the account keeps its own (8.2-6, 4.25)', () => {
    const r = review(form({ kind: 'transfer', previousArea: 'Almacén' }), {
      seatsInUse: 0,
      exitsInUse: 0,
      taken: () => true,
    });
    expect(r.findings).toEqual([]);
    expect(r.proposedUsername).toBeNull();
  });

  it('puts blocking findings first, then advisory ones', () => {
    const r = review(form({ user: { ...FORM.user, functions: 'fotos' }, signatures: {} }), {
      seatsInUse: 2,
      exitsInUse: 2,
    });
    expect(r.findings.map((f) => f.severity)).toEqual([
      'blocking',
      'blocking',
      'blocking',
      'blocking',
      'advisory',
      'advisory',
    ]);
  });

  it('skips the counts when no context is given', () => {
    expect(reviewAccountRequest(FORM)._unsafeUnwrap().findings).toEqual([]);
  });

  it('refuses a malformed request or context with every problem at once', () => {
    const v = reviewAccountRequest({ ...FORM, folio: 3, area: '' }, ROOM)._unsafeUnwrapErr();
    expect(v.map((x) => x.details?.path)).toEqual(['folio', 'area']);
    expect(reviewAccountRequest(FORM, { seatsInUse: -1, exitsInUse: 0 })._unsafeUnwrapErr()[0]?.code).toBe(
      'INVALID_INPUT',
    );
    expect(reviewAccountRequest(FORM, { ledger: { departments: 1 } } as never).isErr()).toBe(true);
  });
});
