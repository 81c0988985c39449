import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { issuesToViolation } from '../../src/_internal/zod.js';
import { personNameInputSchema } from '../../src/names/index.js';
import { checkNameInput } from '../../src/names/nameInput.js';
import { quickWords, unicodeWords } from '../../src/names/normalize.js';
import { anyText, latinText, personNameInput } from '../arbitraries/names.js';

describe('the quick path of normalisation agrees with the full one (SPEC §3.1)', () => {
  test.prop([latinText])('reads every Latin-1 name the full path reads, word for word', (text) => {
    const quick = quickWords(text);
    if (quick !== null) expect(quick).toEqual(unicodeWords(text, 'fullName'));
  });

  test.prop([anyText])('gives way to the full path for anything it does not know', (text) => {
    const quick = quickWords(text);
    if (quick !== null) expect(quick).toEqual(unicodeWords(text, 'fullName'));
  });

  test.prop([fc.constantFrom('María', 'PÉREZ-GÓMEZ', "d'angelo", 'Núñez  Ibáñez ', ' o’connor')])(
    'takes the quick path for ordinary names',
    (text) => {
      expect(quickWords(text)).not.toBeNull();
    },
  );
});

describe('the shape check of generateUsername agrees with personNameInputSchema (SPEC §0)', () => {
  const shaped = fc.oneof(
    personNameInput,
    fc.record(
      {
        givenNames: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        paternalSurname: fc.oneof(
          fc.string(),
          fc.constant(null),
          fc.constant(undefined),
          fc.integer(),
          fc.array(fc.string()),
        ),
        maternalSurname: fc.oneof(fc.string(), fc.constant(null), fc.boolean()),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  test.prop([shaped])('accepts and refuses the same values, with the same INVALID_INPUT', (input) => {
    const parsed = personNameInputSchema.safeParse(input);
    const checked = checkNameInput(input);
    expect(checked.isOk()).toBe(parsed.success);
    if (!parsed.success) expect(checked._unsafeUnwrapErr()).toEqual(issuesToViolation(parsed.error.issues));
  });
});
