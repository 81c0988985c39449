import { describe, expect, it } from 'vitest';
import { checkUsernameAvailability } from '../../src/names/index.js';
import { isIn, lookupOf } from '../../src/names/taken.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

// Written from the survivors of `MUTATE=names npx stryker run --mutate src/names/checkUsernameAvailability.ts`
// (issue 12): every refusal with its whole violation, each bound on both sides.

const err = (r: { _unsafeUnwrapErr(): unknown }) => r._unsafeUnwrapErr();
const BAD_USERNAME = {
  code: 'INVALID_INPUT',
  clause: null,
  details: { issues: ['username: expected letters A–Z and an optional number, at most 64 characters'] },
};

describe('checkUsernameAvailability at its edges (5.4.3, 4.16, 4.19)', () => {
  it('takes a username of 64 characters and refuses one of 65, with the whole violation', () => {
    expect(checkUsernameAvailability('A'.repeat(64), new Set())._unsafeUnwrap()).toBe('A'.repeat(64));
    expect(err(checkUsernameAvailability('A'.repeat(65), new Set()))).toEqual(BAD_USERNAME);
    expect(checkUsernameAvailability(`${'A'.repeat(60)}1234`, new Set())._unsafeUnwrap()).toHaveLength(64);
    expect(err(checkUsernameAvailability(`${'A'.repeat(61)}1234`, new Set()))).toEqual(BAD_USERNAME);
    expect(err(checkUsernameAvailability('AB-C', new Set()))).toEqual(BAD_USERNAME);
    expect(err(checkUsernameAvailability(42, new Set()))).toEqual(BAD_USERNAME);
    // Not a string, though the regular expression would read it as one ('perla').
    expect(err(checkUsernameAvailability(['perla'], new Set()))).toEqual(BAD_USERNAME);
  });

  it('refuses a taken that is none of the accepted kinds, whatever the username', () => {
    const v = err(checkUsernameAvailability('PERLAHL', 7 as never)) as {
      code: string;
      details: { issues: string[] };
    };
    expect(v.code).toBe('INVALID_INPUT');
    expect(v.details.issues[0]).toMatch(/^taken: expected a Set/);
  });

  it('names the username in upper case in a reserved and a retired refusal (4.16, 4.19)', () => {
    expect(err(checkUsernameAvailability('todos', new Set()))).toEqual({
      code: 'RESERVED_USERNAME',
      clause: '4.16',
      details: { username: 'TODOS' },
    });
    expect(
      err(checkUsernameAvailability('soledadrt', new Set(), undefined, { retired: ['SOLEDADRT'] })),
    ).toEqual({ code: 'USERNAME_RETIRED', clause: '4.19', details: { username: 'SOLEDADRT' } });
  });

  it('a predicate that throws is an INVALID_INPUT that says so', () => {
    const throwing = () => {
      throw new Error('db down');
    };
    expect(err(checkUsernameAvailability('PERLAHL', throwing))).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['taken: the predicate threw an exception'] },
    });
  });

  it('walks the policy first: a cyclic one is refused as such, before it is read (SPEC §0)', () => {
    const policy = cyclic({ domain: 'seseqro.gob.mx' });
    expect(err(checkUsernameAvailability('PERLAHL', new Set(), policy as never))).toEqual(CYCLIC_REFUSAL);
  });

  it('refuses a taken it cannot read as usernames, with the same violation: a string (not read as its letters), an object with no has, a list holding a number, a has that is no function', () => {
    const BAD_TAKEN = {
      code: 'INVALID_INPUT',
      clause: null,
      details: {
        issues: [
          'taken: expected a Set, a Map, an array or iterable of username strings (at most 1 000 000), or a predicate',
        ],
      },
    };
    for (const taken of ['PERLAHL', {}, ['A', 7], ['A', { toUpperCase: () => 'P' }], { has: 1 }]) {
      expect(err(checkUsernameAvailability('P', taken as never))).toEqual(BAD_TAKEN);
    }
  });

  it("a lookup of kind 'none' holds nothing; a set-like one is asked in both cases", () => {
    expect(isIn({ kind: 'none' }, 'PERLAHL')).toBe(false);
    expect(isIn({ kind: 'set', set: new Set(['PERLAHL']) }, 'PERLAHL')).toBe(true);
    expect(isIn({ kind: 'set-like', set: new Set(['perlahl']) }, 'PERLAHL')).toBe(true);
    expect(isIn({ kind: 'set-like', set: new Set(['Perlahl']) }, 'PERLAHL')).toBe(false);
  });

  it('reads at most its limit of entries from a list (MAX_TAKEN_ENTRIES by default)', () => {
    expect(lookupOf(['A', 'b'], 2)).toEqual({ kind: 'set', set: new Set(['A', 'B']) });
    expect(lookupOf(['A', 'B', 'C'], 2)).toBeNull();
  });
});
