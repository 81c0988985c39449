import { describe, expect, it } from 'vitest';
import { generateUsername } from '../../src/names/index.js';
import { nameReadableOnce } from '../_hostile.js';

// Written from the survivors of `MUTATE=names npx stryker run` in src/names/nameInput.ts: the
// shape check of a structured name given to generateUsername (SPEC §0, §3.1).

const err = (r: { _unsafeUnwrapErr(): unknown }) => r._unsafeUnwrapErr();

describe('generateUsername checks the shape of a structured name (SPEC §0)', () => {
  it('refuses null as a value of the wrong type, as personNameInputSchema does', () => {
    expect(err(generateUsername(null as never, new Set()))).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: {
        issues: ['(root): invalid_type'],
        problems: [{ path: '', issue: 'invalid_type', expected: 'object' }],
      },
    });
  });

  it('says the input could not be read when a getter throws once the input has been checked', () => {
    const input = nameReadableOnce();
    expect(err(generateUsername(input, new Set()))).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): the input could not be read'] },
    });
  });
});
