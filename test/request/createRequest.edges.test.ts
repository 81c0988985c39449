import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/machine/types.js';
import type { Policy } from '../../src/policy/policy.js';
import { type AccountRequestForm, createRequest, parseAccountRequest } from '../../src/request/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { at, BOSS, FORM, form, OFFICER } from '../arbitraries/request.js';

// createRequest and parseAccountRequest at their edges: hostile arguments, every refusal in full.

const named = (user: Partial<AccountRequestForm['user']>) =>
  form({ internet: { requested: false }, user: { ...FORM.user, ...user } });

describe('createRequest refuses, each problem in full (4.8, 8.1-3, F01)', () => {
  it('refuses a cyclic argument in any position before reading it (SPEC §0)', () => {
    expect(createRequest(cyclic(FORM), at(0), BOSS)._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
    expect(createRequest(FORM, at(0), cyclic(BOSS))._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });

  it('refuses a policy not built by definePolicy (INVALID_POLICY)', () => {
    expect(createRequest(FORM, at(0), BOSS, { seatCap: -1 } as unknown as Policy)._unsafeUnwrapErr()).toEqual(
      [
        {
          code: 'INVALID_POLICY',
          clause: null,
          details: {
            issues: [
              '(root): not a policy from definePolicy (pass the object through definePolicy to validate it)',
            ],
          },
        },
      ],
    );
  });

  it('names the argument a malformed instant or actor came in (INVALID_INPUT)', () => {
    expect(createRequest(FORM, 'nope', { role: 'x' } as unknown as Actor)._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: {
          path: '',
          issue: 'custom',
          message: 'expected an ISO 8601 instant with offset',
          issues: '(root): custom',
          input: 'at',
        },
      },
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: { path: 'role', issue: 'invalid_value', issues: 'role: invalid_value', input: 'actor' },
      },
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: {
          path: 'id',
          issue: 'invalid_type',
          expected: 'string',
          issues: 'id: invalid_type',
          input: 'actor',
        },
      },
    ]);
  });

  it('refuses a role that may not file F01 (FORBIDDEN_ROLE, 8.1-3)', () => {
    expect(createRequest(FORM, at(0), OFFICER)._unsafeUnwrapErr()).toEqual([
      {
        code: 'FORBIDDEN_ROLE',
        clause: '8.1-3',
        details: {
          machine: 'request',
          status: null,
          event: 'CREATE',
          role: 'mail-officer',
          allowed: ['direct-boss', 'unit-it'],
        },
      },
    ]);
  });

  it("keeps the names module's clause of a name defect (MISSING_SURNAME, 5.4.3)", () => {
    expect(createRequest(named({ fullName: 'Perla' }), at(0), BOSS)._unsafeUnwrapErr()).toEqual([
      { code: 'MISSING_SURNAME', clause: '5.4.3', details: { path: 'user.fullName' } },
    ]);
  });

  it('gives a name defect without a clause the clause of the form (NAME_TOO_LONG, F01)', () => {
    const long = 'P'.padEnd(101, 'a');
    expect(
      createRequest(
        named({ fullName: `${long} Hernández`, givenNames: long, paternalSurname: 'Hernández' }),
        at(0),
        BOSS,
      )._unsafeUnwrapErr(),
    ).toEqual([
      {
        code: 'NAME_TOO_LONG',
        clause: 'F01',
        details: { part: 'givenNames', max: 100, path: 'user.givenNames' },
      },
    ]);
  });
});

describe('parseAccountRequest at its edges (F01)', () => {
  it('refuses a cyclic form before reading it (SPEC §0)', () => {
    expect(parseAccountRequest(cyclic(FORM))._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });

  it('names the two dates only in an EXPIRY_NOT_AFTER_REQUEST (F01)', () => {
    expect(parseAccountRequest({ ...FORM, folio: 3 })._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: { path: 'folio', issue: 'invalid_type', expected: 'string', issues: 'folio: invalid_type' },
      },
    ]);
    expect(
      parseAccountRequest(form({ condition: 'temporary', expiresOn: '2026-01-01' }))._unsafeUnwrapErr(),
    ).toEqual([
      {
        code: 'EXPIRY_NOT_AFTER_REQUEST',
        clause: 'F01',
        details: {
          path: 'expiresOn',
          issue: 'custom',
          message: 'the expiry date comes after the request date',
          issues: 'expiresOn: custom',
          expiresOn: '2026-01-01',
          requestedOn: '2026-11-30',
        },
      },
    ]);
  });
});
