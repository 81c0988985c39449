import { describe, expect, it } from 'vitest';
import { type AccountRequestForm, createRequest, reviewAccountRequest } from '../../src/request/index.js';
import { at, BOSS, FORM, form } from '../arbitraries/request.js';

// The name's parts on F01 at their edges (SPEC §12): which reading rules, which texts are
// compared, and the NAME_PARTS_DISAGREE violation in full.

const named = (user: Partial<AccountRequestForm['user']>) =>
  form({ internet: { requested: false }, user: { ...FORM.user, ...user } });
const refusal = (user: Partial<AccountRequestForm['user']>) =>
  createRequest(named(user), at(0), BOSS)._unsafeUnwrapErr();
const accepted = (user: Partial<AccountRequestForm['user']>) =>
  createRequest(named(user), at(0), BOSS).isOk();

describe("the name's parts on F01 at their edges (5.4.3, F01, SPEC §12)", () => {
  it('the parts rule the username, not a reading of the full name (5.4.3)', () => {
    const parts = named({
      fullName: 'Ana María José Luna',
      givenNames: 'Ana María José',
      paternalSurname: 'Luna',
    });
    expect(reviewAccountRequest(parts)._unsafeUnwrap().proposedUsername).toEqual({
      username: 'ANAML',
      rule: 'two-given-one-surname',
      clause: '5.4.3',
      email: 'anaml@seseqro.gob.mx',
      needsReview: false,
    });
    // The same full name alone is read as one given name and two surnames.
    const free = named({ fullName: 'Ana María José Luna' });
    expect(reviewAccountRequest(free)._unsafeUnwrap().proposedUsername).toMatchObject({
      username: 'ANAJL',
      rule: 'primary',
    });
  });

  it('asks for the given names when only the maternal surname is given (NAME_PARTS_DISAGREE, F01)', () => {
    expect(refusal({ maternalSurname: 'Leal' })).toEqual([
      {
        code: 'NAME_PARTS_DISAGREE',
        clause: 'F01',
        details: { missing: 'givenNames', path: 'user.givenNames' },
      },
    ]);
  });

  it('a surname left out is no material: the full name agrees without it (F01)', () => {
    expect(accepted({ fullName: 'Perla Hernández', givenNames: 'Perla', paternalSurname: 'Hernández' })).toBe(
      true,
    );
    expect(accepted({ fullName: 'Perla Leal', givenNames: 'Perla', maternalSurname: 'Leal' })).toBe(true);
  });

  it('names only the parts given, in order (NAME_PARTS_DISAGREE, F01)', () => {
    expect(
      refusal({ fullName: 'Perla Adriana Hernández', givenNames: 'Perla', paternalSurname: 'Hernández' }),
    ).toEqual([
      {
        code: 'NAME_PARTS_DISAGREE',
        clause: 'F01',
        details: { fullName: 'Perla Adriana Hernández', parts: 'Perla / Hernández', path: 'user.fullName' },
      },
    ]);
    expect(refusal({ fullName: 'Perla Adriana Leal', givenNames: 'Perla', maternalSurname: 'Leal' })).toEqual(
      [
        {
          code: 'NAME_PARTS_DISAGREE',
          clause: 'F01',
          details: { fullName: 'Perla Adriana Leal', parts: 'Perla / Leal', path: 'user.fullName' },
        },
      ],
    );
  });

  it('shows a full name of up to 80 characters whole, a longer one cut to 79 and an ellipsis (F01)', () => {
    // 'Perla Hernández ' and one long word: the parts leave the word out, so they disagree.
    const of = (n: number) => `Perla Hernández ${'Leal'.padEnd(n - 16, 'a')}`;
    const shown = (n: number) =>
      refusal({ fullName: of(n), givenNames: 'Perla', paternalSurname: 'Hernández' })[0]?.details?.fullName;
    expect(of(80)).toHaveLength(80);
    expect(shown(80)).toBe(of(80));
    expect(shown(81)).toBe(`${of(81).slice(0, 79)}…`);
    expect(shown(81)).toHaveLength(80);
    expect(shown(200)).toBe(`${of(200).slice(0, 79)}…`);
  });

  it('an unreadable full name is reported once, as the name’s own defect, not as a disagreement (F01)', () => {
    expect(
      refusal({
        fullName: 'Ma. Soledad Ramírez Trejo',
        givenNames: 'María Soledad',
        paternalSurname: 'Ramírez',
        maternalSurname: 'Trejo',
      }),
    ).toEqual([
      {
        code: 'ABBREVIATED_NAME',
        clause: 'F01',
        details: { word: 'Ma.', part: 'fullName', path: 'user.fullName' },
      },
    ]);
  });

  it('an unreadable part is reported once, as the name’s own defect, not as a disagreement (F01)', () => {
    expect(
      refusal({
        fullName: 'María Soledad Ramírez Trejo',
        givenNames: 'Ma. Soledad',
        paternalSurname: 'Ramírez',
        maternalSurname: 'Trejo',
      }),
    ).toEqual([
      {
        code: 'ABBREVIATED_NAME',
        clause: 'F01',
        details: { word: 'Ma.', part: 'givenNames', path: 'user.givenNames' },
      },
    ]);
  });
});
