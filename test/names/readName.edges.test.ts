import { describe, expect, it } from 'vitest';
import { generateUsername } from '../../src/names/index.js';

// Written from the survivors of `MUTATE=names npx stryker run` in src/names/readName.ts: a
// structured name refused while it is read is the refusal itself (F01).

describe('generateUsername gives the refusal of a structured name as it is (F01)', () => {
  it('refuses an initial with the whole ABBREVIATED_NAME violation', () => {
    expect(
      generateUsername({ givenNames: 'J', paternalSurname: 'Pérez' }, new Set())._unsafeUnwrapErr(),
    ).toEqual({
      code: 'ABBREVIATED_NAME',
      clause: 'F01',
      details: { word: 'J', part: 'givenNames' },
    });
  });
});
