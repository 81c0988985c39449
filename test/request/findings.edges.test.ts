import { describe, expect, it } from 'vitest';
import { createRequest, reviewAccountRequest } from '../../src/request/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import { at, BOSS, FORM, form } from '../arbitraries/request.js';

// The findings of the form alone (the F01 rules, the signatures, outsiders and contractors, 4.9),
// at their edges, through reviewAccountRequest and createRequest; written from the survivors of
// `MUTATE=request npx stryker run`. Each finding and each refusal is compared whole.

const ROOM = { seatsInUse: 0, exitsInUse: 0 };
const findings = (f: unknown) => reviewAccountRequest(f, ROOM)._unsafeUnwrap().findings;
const create = (f: unknown) => createRequest(f, at(0), BOSS);
const signed = { director: '2026-11-30', requestingBoss: '2026-11-30', user: '2026-11-30' };

describe('findings: each whole, with the field it is about (F01, 4.10, 4.11, 4.29)', () => {
  it('puts the F01 rule on the nested field it names: internet.justification (MISSING_INTERNET_JUSTIFICATION, 4.11)', () => {
    expect(findings(form({ internet: { requested: true } }))).toEqual([
      {
        code: 'MISSING_INTERNET_JUSTIFICATION',
        clause: '4.11',
        severity: 'blocking',
        path: 'internet.justification',
      },
    ]);
  });

  it("puts an outsider's fixed account on the condition, naming the holder (EXTERNAL_MUST_BE_TEMPORARY, 4.10)", () => {
    expect(findings(form({ user: { ...FORM.user, holder: 'external' } }))).toEqual([
      {
        code: 'EXTERNAL_MUST_BE_TEMPORARY',
        clause: '4.10',
        severity: 'blocking',
        path: 'condition',
        details: { holder: 'external' },
      },
    ]);
  });

  it("puts a contractor's missing authorization on contractorAuthorization, with no details (CONTRACTOR_NEEDS_AUTHORIZATION, 4.29)", () => {
    expect(findings(form({ user: { ...FORM.user, holder: 'contractor' } }))).toStrictEqual([
      {
        code: 'EXTERNAL_MUST_BE_TEMPORARY',
        clause: '4.29',
        severity: 'blocking',
        path: 'condition',
        details: { holder: 'contractor' },
      },
      {
        code: 'CONTRACTOR_NEEDS_AUTHORIZATION',
        clause: '4.29',
        severity: 'blocking',
        path: 'contractorAuthorization',
      },
    ]);
  });

  it('gives a finding whose violation has no details no details key at all (MISSING_SURNAME, 5.4.3)', () => {
    expect(findings(form({ user: { ...FORM.user, fullName: 'Soledad' } }))).toStrictEqual([
      { code: 'MISSING_SURNAME', clause: '5.4.3', severity: 'blocking', path: 'user.fullName' },
    ]);
  });
});

describe("findings: a contractor's authorization comes first (4.29)", () => {
  const dated = (holder: AccountRequestForm['user']['holder']): AccountRequestForm =>
    form({
      user: { ...FORM.user, holder },
      condition: 'temporary',
      expiresOn: '2027-05-31',
      contractorAuthorization: { by: 'Responsable de Informática', on: '2026-12-05' },
    });

  it("blocks a contractor's authorization dated after the request (AUTHORIZATION_AFTER_REQUEST, 4.29)", () => {
    expect(findings(dated('contractor'))).toEqual([
      {
        code: 'AUTHORIZATION_AFTER_REQUEST',
        clause: '4.29',
        severity: 'blocking',
        path: 'contractorAuthorization.on',
        details: { authorizedOn: '2026-12-05', requestedOn: '2026-11-30' },
      },
    ]);
  });

  it('does not date-check an authorization on the form of staff or an outsider: 4.29 is about contractors (4.29)', () => {
    expect(findings(dated('staff'))).toEqual([]);
    expect(findings(dated('external'))).toEqual([]);
  });
});

describe('createRequest: missing signatures beside a malformed form (8.1-3, SPEC §0)', () => {
  const rootRefusal = {
    code: 'INVALID_INPUT',
    clause: null,
    details: { path: '', issue: 'invalid_type', expected: 'object', issues: '(root): invalid_type' },
  };

  it('refuses a form that is not an object for its shape alone, with no signature read from it (8.1-3)', () => {
    expect(create(null)._unsafeUnwrapErr()).toEqual([rootRefusal]);
    expect(create(undefined)._unsafeUnwrapErr()).toEqual([rootRefusal]);
    expect(create('F01')._unsafeUnwrapErr()).toEqual([rootRefusal]);
  });

  it('refuses signatures: null for its shape alone (8.1-3)', () => {
    expect(create({ ...FORM, signatures: null })._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: {
          path: 'signatures',
          issue: 'invalid_type',
          expected: 'object',
          issues: 'signatures: invalid_type',
        },
      },
    ]);
  });

  it('counts a signature given as undefined as missing too, beside its shape issue (MISSING_SIGNATURE, 8.1-3)', () => {
    expect(create({ ...FORM, signatures: { ...signed, director: undefined } })._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: {
          path: 'signatures.director',
          issue: 'invalid_type',
          expected: 'string',
          issues: 'signatures.director: invalid_type',
        },
      },
      {
        code: 'MISSING_SIGNATURE',
        clause: '8.1-3',
        details: { signer: 'director', path: 'signatures.director' },
      },
    ]);
  });
});
