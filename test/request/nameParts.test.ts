import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/errors/describe.js';
import {
  type AccountRequestForm,
  createRequest,
  type RequestEvent,
  reviewAccountRequest,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, FORM, FREE, form, IT_HEAD, OFFICER } from '../arbitraries/request.js';

// F01 may carry the name's parts beside the full name (SPEC §12): when given they rule, and the
// full name must agree with them.

const named = (user: Partial<AccountRequestForm['user']>) =>
  form({ internet: { requested: false }, user: { ...FORM.user, ...user } });
const ximena = named({
  fullName: 'Ximena Ponce de León Díaz',
  givenNames: 'Ximena',
  paternalSurname: 'Ponce de León',
  maternalSurname: 'Díaz',
});

describe("the name's parts on F01 (5.4.3, F01, SPEC §12)", () => {
  it('proposes the username from the parts when they are given (5.4.3)', () => {
    expect(reviewAccountRequest(ximena)._unsafeUnwrap().proposedUsername).toMatchObject({
      username: 'XIMENAPD',
      rule: 'primary',
      needsReview: false,
    });
    const juana = named({ fullName: 'Juana Inés Pérez', givenNames: 'Juana Inés', paternalSurname: 'Pérez' });
    expect(reviewAccountRequest(juana)._unsafeUnwrap().proposedUsername?.username).toBe('JUANAIP');
  });

  it('checks PROVISION against the parts, not a reading of the full name (5.4.3)', () => {
    const created = createRequest(ximena, at(0), BOSS)._unsafeUnwrap().state;
    const ready = transitionRequest(created, {
      type: 'APPROVE',
      seatsInUse: 0,
      at: at(1),
      actor: IT_HEAD,
    })._unsafeUnwrap().state;
    const provision = (username: string): RequestEvent => ({
      type: 'PROVISION',
      username,
      capacityMb: 1024,
      ...FREE,
      at: at(2),
      actor: OFFICER,
    });
    expect(transitionRequest(ready, provision('XIMENALD'))._unsafeUnwrapErr().code).toBe(
      'USERNAME_NOT_CONFORMING',
    );
    expect(transitionRequest(ready, provision('XIMENAPD'))._unsafeUnwrap().state.username).toBe('XIMENAPD');
    expect(transitionRequest(ready, provision('XPONCELEOND')).isOk()).toBe(true);
  });

  it('refuses a full name that does not agree with its parts (NAME_PARTS_DISAGREE, F01)', () => {
    const wrong = named({ givenNames: 'Perla', paternalSurname: 'Hernández', maternalSurname: 'Leal' });
    const v = createRequest(wrong, at(0), BOSS)._unsafeUnwrapErr();
    expect(v).toEqual([
      {
        code: 'NAME_PARTS_DISAGREE',
        clause: 'F01',
        details: {
          fullName: 'Perla Adriana Hernández Leal',
          parts: 'Perla / Hernández / Leal',
          path: 'user.fullName',
        },
      },
    ]);
    expect(say(v[0]!)).toContain('no coincide');
    expect(reviewAccountRequest(wrong)._unsafeUnwrap()).toMatchObject({
      blocking: true,
      findings: [{ code: 'NAME_PARTS_DISAGREE', severity: 'blocking', path: 'user.fullName' }],
    });
    // The same words in another order are another name.
    expect(
      createRequest(
        named({ givenNames: 'Adriana Perla', paternalSurname: 'Hernández', maternalSurname: 'Leal' }),
        at(0),
        BOSS,
      ).isErr(),
    ).toBe(true);
  });

  it('reads agreement as the same folded material: accents, case, hyphens, particles and spacing aside (F01)', () => {
    for (const fullName of [
      'PERLA  adriana hernandez leal',
      'Perla Adriana Hernández-Leal',
      'Perla Adriana de Hernández Leal',
    ]) {
      const ok = named({
        fullName,
        givenNames: 'Perla Adriana',
        paternalSurname: 'Hernández',
        maternalSurname: 'Leal',
      });
      expect(createRequest(ok, at(0), BOSS).isOk(), fullName).toBe(true);
    }
  });

  it('asks for the given names with the surnames (NAME_PARTS_DISAGREE, F01)', () => {
    const v = createRequest(named({ paternalSurname: 'Hernández' }), at(0), BOSS)._unsafeUnwrapErr();
    expect(v.map((x) => [x.code, x.details?.path])).toEqual([['NAME_PARTS_DISAGREE', 'user.givenNames']]);
  });

  it('refuses an abbreviated part as it refuses an abbreviated full name (ABBREVIATED_NAME, F01)', () => {
    const v = createRequest(
      named({
        fullName: 'Ma. Soledad Ramírez Trejo',
        givenNames: 'Ma. Soledad',
        paternalSurname: 'Ramírez',
        maternalSurname: 'Trejo',
      }),
      at(0),
      BOSS,
    )._unsafeUnwrapErr();
    expect(v.map((x) => [x.code, x.details?.path])).toEqual([['ABBREVIATED_NAME', 'user.givenNames']]);
  });
});
