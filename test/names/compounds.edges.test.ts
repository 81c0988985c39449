import { describe, expect, it } from 'vitest';
import { compoundIndex } from '../../src/names/compounds.js';
import { generateUsername, parseFullName } from '../../src/names/index.js';
import { definePolicy } from '../../src/policy/index.js';

// Written from the survivors of `MUTATE=names npx stryker run` in src/names/compounds.ts: the
// index of a policy's own compoundSurnames (SPEC §12), which SESEQ's default list, indexed
// once when the module loads, never exercised.

const withCompounds = (compoundSurnames: string[]) => definePolicy({ compoundSurnames })._unsafeUnwrap();
const nameOf = (text: string, compoundSurnames: string[]) =>
  parseFullName(text, withCompounds(compoundSurnames))._unsafeUnwrap();

describe("a policy's own compound surnames (SPEC §12, 5.4.3)", () => {
  it('knows a two-word compound surname of the policy and names the username from it', () => {
    expect(nameOf('Ana García López Ruiz', ['GARCIA LOPEZ'])).toEqual({
      name: { givenNames: ['ANA'], paternalSurname: 'GARCIALOPEZ', maternalSurname: 'RUIZ' },
      ambiguous: false,
    });
    expect(
      generateUsername('Ana García López Ruiz', new Set(), withCompounds(['GARCIA LOPEZ']))._unsafeUnwrap(),
    ).toEqual({
      username: 'ANAGR',
      rule: 'primary',
      clause: '5.4.3',
      email: 'anagr@seseqro.gob.mx',
      needsReview: false,
    });
    // SESEQ's list does not know it: García is a given name.
    expect(generateUsername('Ana García López Ruiz', new Set())._unsafeUnwrap().username).toBe('ANALR');
  });

  it("reads with the policy's list only, not SESEQ's", () => {
    expect(nameOf('Ximena Ponce de León Díaz', ['GARCIA LOPEZ'])).toEqual({
      name: { givenNames: ['XIMENA', 'PONCE'], paternalSurname: 'LEON', maternalSurname: 'DIAZ' },
      ambiguous: true,
      alternative: { givenNames: ['XIMENA'], paternalSurname: 'PONCELEON', maternalSurname: 'DIAZ' },
      alternatives: [{ givenNames: ['XIMENA'], paternalSurname: 'PONCELEON', maternalSurname: 'DIAZ' }],
    });
  });

  it('knows every entry that starts with the same word', () => {
    const list = ['GARCIA LOPEZ', 'GARCIA MENA'];
    expect(nameOf('Ana García López Ruiz', list).name.paternalSurname).toBe('GARCIALOPEZ');
    expect(nameOf('Ana García Mena Ruiz', list).name.paternalSurname).toBe('GARCIAMENA');
  });

  it('tells apart two entries whose letters are the same but whose words are not', () => {
    const list = ['DIAZ DE LEON', 'DIAZ DELEON'];
    expect(nameOf('Ana Díaz de León Ruiz', list).name.paternalSurname).toBe('DIAZLEON');
    expect(nameOf('Ana Díaz Deleon Ruiz', list)).toEqual({
      name: { givenNames: ['ANA'], paternalSurname: 'DIAZDELEON', maternalSurname: 'RUIZ' },
      ambiguous: false,
    });
  });

  it('takes the longest entry that fits, whatever the order of the list', () => {
    const longest = {
      name: { givenNames: ['ANA'], paternalSurname: 'GARCIALOPEZMENA', maternalSurname: 'RUIZ' },
      ambiguous: false,
    };
    expect(nameOf('Ana García López Mena Ruiz', ['GARCIA LOPEZ', 'GARCIA LOPEZ MENA'])).toEqual(longest);
    expect(nameOf('Ana García López Mena Ruiz', ['GARCIA LOPEZ MENA', 'GARCIA LOPEZ'])).toEqual(longest);
  });

  it('does not match an entry longer than what is left of the name', () => {
    expect(nameOf('Ana Pérez García López', ['GARCIA LOPEZ MENA'])).toEqual({
      name: { givenNames: ['ANA', 'PEREZ'], paternalSurname: 'GARCIA', maternalSurname: 'LOPEZ' },
      ambiguous: false,
    });
  });
});

describe('compoundIndex: the entries it leaves out (SPEC §12)', () => {
  it('folds each entry as a name and leaves out one word alone or one that does not fold', () => {
    expect(compoundIndex(['Ponce de León', 'PEREZ', 'Mª José', 'Cruz 2 Soto'])).toEqual(
      new Map([['PONCE', [['PONCE', 'DE', 'LEON']]]]),
    );
  });
});
