import { describe, expect, it } from 'vitest';
import { parsePersonName } from '../../src/names/index.js';
import { CYCLIC_REFUSAL, cyclic, nameReadableOnce } from '../_hostile.js';

// Written from the survivors of `MUTATE=names npx stryker run` in src/names/parsePersonName.ts:
// the refusals that come before the name is read (SPEC §0).

const err = (r: { _unsafeUnwrapErr(): unknown }) => r._unsafeUnwrapErr();

describe('parsePersonName refuses before reading the name (SPEC §0)', () => {
  it('refuses a policy that is not from definePolicy (INVALID_POLICY)', () => {
    expect(err(parsePersonName({ givenNames: 'Ana', paternalSurname: 'Ruiz' }, {} as never))).toEqual({
      code: 'INVALID_POLICY',
      clause: null,
      details: {
        issues: [
          '(root): not a policy from definePolicy (pass the object through definePolicy to validate it)',
        ],
      },
    });
  });

  it('refuses a cyclic input before the schema reads it', () => {
    expect(err(parsePersonName(cyclic({ givenNames: 'Ana', paternalSurname: 'Ruiz' })))).toEqual(
      CYCLIC_REFUSAL,
    );
  });

  it('says the input could not be read when a getter throws once the input has been checked', () => {
    const input = nameReadableOnce();
    expect(err(parsePersonName(input))).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): the input could not be read'] },
    });
  });
});
