import { describe, expect, it } from 'vitest';
import { generateUsername } from '../../src/names/index.js';

// Written from the survivors of `MUTATE=names npx stryker run`: chooseUsername through
// generateUsername, with the whole assignment.

const perla = 'Perla Adriana Hernández Leal';

describe('chooseUsername at its edges (5.4.3, 4.19, SPEC §3.2, §3.4)', () => {
  it('never numbers into a retired username, and says nothing of the numbers it passed (4.19)', () => {
    const a = generateUsername(perla, new Set(['PERLAHL', 'PHERNANDEZL']), undefined, {
      retired: new Set(['PERLAHL2']),
    });
    expect(a._unsafeUnwrap()).toEqual({
      username: 'PERLAHL3',
      rule: 'numbered',
      clause: null,
      email: 'perlahl3@seseqro.gob.mx',
      needsReview: true,
    });
  });

  it('lists the skipped candidates when only the collision was retired (SPEC §3.2)', () => {
    const a = generateUsername(perla, new Set(['PERLAHL']), undefined, { retired: new Set(['PHERNANDEZL']) });
    expect(a._unsafeUnwrap()).toEqual({
      username: 'PERLAHL2',
      rule: 'numbered',
      clause: null,
      email: 'perlahl2@seseqro.gob.mx',
      needsReview: true,
      skipped: [
        { username: 'PERLAHL', rule: 'primary', reason: 'taken' },
        { username: 'PHERNANDEZL', rule: 'collision', reason: 'retired' },
      ],
    });
  });

  it('needs no review for the collision of an ambiguous name when every reading gives it (§3.4)', () => {
    // Ana Li Lil: ANA, LI, LIL gives ANALL then ALIL; ANA LI, LIL gives ANALL then ALIL too.
    expect(generateUsername('Ana Li Lil', new Set(['ANALL']))._unsafeUnwrap()).toEqual({
      username: 'ALIL',
      rule: 'collision',
      clause: '5.4.3',
      email: 'alil@seseqro.gob.mx',
      needsReview: false,
    });
    // Ana Eva Luna: both readings give ANAEL, but AEVAL and ALUNA differ.
    expect(generateUsername('Ana Eva Luna', new Set())._unsafeUnwrap().needsReview).toBe(false);
    expect(generateUsername('Ana Eva Luna', new Set(['ANAEL']))._unsafeUnwrap()).toMatchObject({
      username: 'AEVAL',
      needsReview: true,
    });
  });
});
