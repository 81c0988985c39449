import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER, grant } from '../../src/allowances/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { SESEQ_POLICY } from '../../src/policy/policy.js';
import { createRequest, reviewAccountRequest } from '../../src/request/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { at, BOSS, FORM, form } from '../arbitraries/request.js';

// reviewAccountRequest at its edges, written from the survivors of
// `MUTATE=request npx stryker run`: each finding whole (code, clause, severity, path, details),
// each refusal whole, each condition on both sides.

const ROOM = { seatsInUse: 0, exitsInUse: 0 };
const review = (f: unknown, context: Parameters<typeof reviewAccountRequest>[1] = ROOM) =>
  reviewAccountRequest(f, context)._unsafeUnwrap();
const internet = (justification: string, requested = true): AccountRequestForm =>
  form({ internet: { requested, justification } });

describe('reviewAccountRequest: refusals (SPEC §0, §10)', () => {
  it('refuses a cyclic request before reading it (SPEC §0)', () => {
    const cyclicForm = cyclic(FORM);
    expect(reviewAccountRequest(cyclicForm, ROOM)._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });

  it('refuses a cyclic context as such too, before reading it (SPEC §0)', () => {
    const ledger = cyclic({ departments: [] });
    expect(reviewAccountRequest(FORM, { ...ROOM, ledger } as never)._unsafeUnwrapErr()).toEqual([
      CYCLIC_REFUSAL,
    ]);
  });

  it('refuses a policy that definePolicy did not build, alone (INVALID_POLICY, SPEC §2)', () => {
    expect(reviewAccountRequest(FORM, ROOM, { ...SESEQ_POLICY } as never)._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_POLICY',
        clause: null,
        details: {
          issues: [
            '(root): not a policy from definePolicy (pass the object through definePolicy to validate it)',
          ],
        },
      },
    ]);
  });

  it("refuses a context whose taken is none of a Set, a Map, an iterable of names or a predicate, as the context's taken, in either form (5.4.3)", () => {
    const refusal = [
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: {
          path: 'taken',
          issue: 'custom',
          message: 'expected a Set, a Map, an iterable of username strings or a predicate',
          issues: 'taken: custom',
          input: 'context',
        },
      },
    ];
    expect(reviewAccountRequest(FORM, { ...ROOM, taken: 'PERLAHL' } as never)._unsafeUnwrapErr()).toEqual(
      refusal,
    );
    expect(
      reviewAccountRequest(FORM, { ledger: EMPTY_LEDGER, taken: 3 } as never)._unsafeUnwrapErr(),
    ).toEqual(refusal);
  });

  it("names the context's field at fault in either form: a count, the ledger, an unknown key (4.9, 4.13)", () => {
    const paths = (context: unknown) =>
      reviewAccountRequest(FORM, context as never)
        ._unsafeUnwrapErr()
        .map((v) => [v.details?.path, v.details?.issue, v.details?.input]);
    expect(paths({ seatsInUse: -1, exitsInUse: 0 })).toEqual([['seatsInUse', 'too_small', 'context']]);
    expect(paths({ seatsInUse: 0 })).toEqual([['exitsInUse', 'invalid_type', 'context']]);
    expect(paths({ ledger: 'x' })).toEqual([['ledger', 'invalid_type', 'context']]);
    expect(paths({ ledger: EMPTY_LEDGER, seatsInUse: 0 })).toEqual([['', 'unrecognized_keys', 'context']]);
    expect(paths('x')).toEqual([['', 'invalid_type', 'context']]);
  });

  it('reports a name defect on the field it is in: the parts when F01 gives them, else the full name (F01, 5.4.3)', () => {
    const user = (over: Partial<AccountRequestForm['user']>) => form({ user: { ...FORM.user, ...over } });
    const at = (r: ReturnType<typeof review>) => r.findings.map((f) => [f.code, f.path]);
    expect(at(review(user({ fullName: 'Ma. Soledad Ramírez Trejo' })))).toEqual([
      ['ABBREVIATED_NAME', 'user.fullName'],
    ]);
    const parts = { givenNames: 'Ma. Soledad', paternalSurname: 'Ramírez', maternalSurname: 'Trejo' };
    expect(at(review(user({ fullName: 'María Soledad Ramírez Trejo', ...parts })))).toEqual([
      ['ABBREVIATED_NAME', 'user.givenNames'],
    ]);
  });

  it('blocks an abbreviated full name beside readable parts, as createRequest refuses it (F01)', () => {
    const f = form({
      user: {
        ...FORM.user,
        fullName: 'Ma. Soledad Ramírez Trejo',
        givenNames: 'María Soledad',
        paternalSurname: 'Ramírez',
        maternalSurname: 'Trejo',
      },
    });
    const r = review(f);
    expect(r.blocking).toBe(true);
    expect(r.findings).toEqual([
      {
        code: 'ABBREVIATED_NAME',
        clause: 'F01',
        severity: 'blocking',
        path: 'user.fullName',
        details: { word: 'Ma.', part: 'fullName' },
      },
    ]);
    expect(createRequest(f, at(0), BOSS)._unsafeUnwrapErr()).toEqual([
      {
        code: 'ABBREVIATED_NAME',
        clause: 'F01',
        details: { word: 'Ma.', part: 'fullName', path: 'user.fullName' },
      },
    ]);
  });

  it('reports a fixed account with an expiry date as a blocking F01 finding, not a refusal (F01)', () => {
    const r = review(form({ expiresOn: '2027-01-31' }));
    expect(r.findings).toEqual([
      { code: 'INVALID_INPUT', clause: 'F01', severity: 'blocking', path: 'expiresOn' },
    ]);
    expect(r.blocking).toBe(true);
  });

  it('refuses a request that asks for neither a mailbox nor internet: malformed, not a finding (4.11)', () => {
    const v = reviewAccountRequest(form({ mailbox: false, internet: { requested: false } }), ROOM);
    expect(v._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: '4.11',
        details: {
          path: 'mailbox',
          issue: 'custom',
          message: 'a request asks for a mailbox, internet or both',
          issues: 'mailbox: custom',
        },
      },
    ]);
  });
});

describe('reviewAccountRequest: the counts only when a context is given (8.1-4…6)', () => {
  const none = definePolicy({ mailboxSeatsPerDepartment: 0, internetExitsPerDepartment: 0 })._unsafeUnwrap();

  it('skips the counts when the context is left out or null, even under caps of zero (4.9, 4.13)', () => {
    expect(reviewAccountRequest(FORM, undefined, none)._unsafeUnwrap().findings).toEqual([]);
    expect(reviewAccountRequest(FORM, null as never, none)._unsafeUnwrap().findings).toEqual([]);
  });

  it('checks them when given: no room under caps of zero (4.9, 4.13)', () => {
    expect(
      reviewAccountRequest(FORM, ROOM, none)
        ._unsafeUnwrap()
        .findings.map((f) => `${f.severity} ${f.code} ${f.clause}`),
    ).toEqual(['blocking MAILBOX_SEAT_LIMIT_REACHED 4.9', 'advisory INTERNET_EXIT_LIMIT_REACHED 4.13']);
  });
});

describe('reviewAccountRequest: the name (F01, 5.4.3)', () => {
  it('reports a name the names module refuses without a clause under F01, on the full name (NAME_TOO_LONG, F01)', () => {
    const r = review(form({ user: { ...FORM.user, fullName: `${'A'.repeat(101)} Hernández Leal` } }));
    expect(r.findings).toEqual([
      {
        code: 'NAME_TOO_LONG',
        clause: 'F01',
        severity: 'blocking',
        path: 'user.fullName',
        details: { part: 'givenNames', max: 100 },
      },
    ]);
    expect(r.proposedUsername).toBeNull();
  });

  it('blocks a full name that disagrees with the parts F01 gives beside it, on the field at fault (NAME_PARTS_DISAGREE, SPEC §12)', () => {
    const parts = { givenNames: 'Perla Adriana', paternalSurname: 'Hernández', maternalSurname: 'Lara' };
    expect(review(form({ user: { ...FORM.user, ...parts } })).findings).toEqual([
      {
        code: 'NAME_PARTS_DISAGREE',
        clause: 'F01',
        severity: 'blocking',
        path: 'user.fullName',
        details: {
          fullName: 'Perla Adriana Hernández Leal',
          parts: 'Perla Adriana / Hernández / Lara',
          path: 'user.fullName',
        },
      },
    ]);
    expect(review(form({ user: { ...FORM.user, paternalSurname: 'Hernández' } })).findings).toEqual([
      {
        code: 'NAME_PARTS_DISAGREE',
        clause: 'F01',
        severity: 'blocking',
        path: 'user.givenNames',
        details: { missing: 'givenNames', path: 'user.givenNames' },
      },
    ]);
  });

  it('names the numbered username and its rule for the review; the numbered fallback has no clause (USERNAME_NEEDS_REVIEW, SPEC §3.2)', () => {
    const r = review(FORM, { ...ROOM, taken: new Set(['PERLAHL', 'PHERNANDEZL']) });
    expect(r.findings).toEqual([
      {
        code: 'USERNAME_NEEDS_REVIEW',
        clause: null,
        severity: 'advisory',
        path: 'user.fullName',
        details: { username: 'PERLAHL2', rule: 'numbered' },
      },
    ]);
  });

  it('reports no username left on the full name, with what was skipped (NO_USERNAME_AVAILABLE, 5.4.3)', () => {
    expect(review(FORM, { ...ROOM, taken: () => true }).findings).toEqual([
      {
        code: 'NO_USERNAME_AVAILABLE',
        clause: '5.4.3',
        severity: 'blocking',
        path: 'user.fullName',
        details: {
          name: 'PERLA ADRIANA HERNANDEZ LEAL',
          skipped: [
            { username: 'PERLAHL', rule: 'primary', reason: 'taken' },
            { username: 'PHERNANDEZL', rule: 'collision', reason: 'taken' },
          ],
        },
      },
    ]);
  });

  it("counts the ledger's holders as taken beside the context's own taken, in any department (5.4.3)", () => {
    const ledger = grant(EMPTY_LEDGER, {
      kind: 'seat',
      department: 'Compras',
      username: 'PERLAHL',
    })._unsafeUnwrap();
    for (const taken of [new Set(['OTRO']), () => false]) {
      expect(review(FORM, { ledger, taken }).proposedUsername).toMatchObject({
        username: 'PHERNANDEZL',
        rule: 'collision',
      });
    }
    expect(review(FORM, { ledger, taken: new Set(['phernandezl']) }).proposedUsername).toMatchObject({
      username: 'PERLAHL2',
      rule: 'numbered',
    });
  });
});

describe('reviewAccountRequest: always-allowed sites (4.13)', () => {
  it('advises when the justification names only always-allowed sites: they need no exit (ALWAYS_ALLOWED_SITES_ONLY, 4.13)', () => {
    const r = review(internet('Consultar https://www.salud.gob.mx/normatividad y seseq.gob.mx'));
    expect(r.blocking).toBe(false);
    expect(r.findings).toEqual([
      {
        code: 'ALWAYS_ALLOWED_SITES_ONLY',
        clause: '4.13',
        severity: 'advisory',
        path: 'internet.justification',
        details: { sites: ['salud.gob.mx', 'seseq.gob.mx'] },
      },
    ]);
  });

  it('says nothing when one site needs an exit, when no site is named, or when internet is not requested (4.13)', () => {
    expect(review(internet('Consultar salud.gob.mx y www.sat.gob.mx')).findings).toEqual([]);
    expect(review(internet('Consultar www.sat.gob.mx y salud.gob.mx')).findings).toEqual([]);
    expect(review(FORM).findings).toEqual([]);
    expect(review(internet('Consultar salud.gob.mx', false)).findings).toEqual([]);
  });
});
