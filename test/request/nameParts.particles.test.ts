import { describe, expect, it } from 'vitest';
import { type AccountRequestForm, createRequest } from '../../src/request/index.js';
import { at, BOSS, FORM, form } from '../arbitraries/request.js';

// The full name against its parts when a part is particles only (SPEC §12, SPEC §3.1): particles
// are set aside on both sides, so a full name written exactly as its parts agrees with them.
// (Until this was fixed such a part kept its particles while the full name dropped them, and
// `Perla Hernández de la` was refused against its own parts `Perla / Hernández / de la`.)

const named = (user: Partial<AccountRequestForm['user']>) =>
  form({ internet: { requested: false }, user: { ...FORM.user, ...user } });
const result = (user: Partial<AccountRequestForm['user']>) => createRequest(named(user), at(0), BOSS);

describe('a part of particles only (F01, SPEC §12)', () => {
  it('sets particles aside on both sides, a part of particles only included (F01)', () => {
    // The full name written exactly as its parts agrees with them.
    const parts = { givenNames: 'Perla', paternalSurname: 'Hernández', maternalSurname: 'de la' };
    expect(result({ fullName: 'Perla Hernández de la', ...parts }).isOk()).toBe(true);
    expect(result({ fullName: 'Perla Hernández', ...parts }).isOk()).toBe(true);
    // Particles never make up for a word that is missing.
    expect(
      result({ fullName: 'Perla de la Leal', ...parts, maternalSurname: 'Leal' })._unsafeUnwrapErr(),
    ).toEqual([
      {
        code: 'NAME_PARTS_DISAGREE',
        clause: 'F01',
        details: { fullName: 'Perla de la Leal', parts: 'Perla / Hernández / Leal', path: 'user.fullName' },
      },
    ]);
  });
});
