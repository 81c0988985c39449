import { describe, expect, it } from 'vitest';
import { normalizeName, parsePersonName } from '../../src/names/index.js';
import { quickWords } from '../../src/names/normalize.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

// Written from the survivors of `MUTATE=names npx stryker run` in src/names/normalize.ts:
// whole violations (code, clause, details) at each bound of SPEC §3.1 and F01.

const err = (r: { _unsafeUnwrapErr(): unknown }) => r._unsafeUnwrapErr();
const unsupported = (value: string) => ({
  code: 'UNSUPPORTED_CHARACTERS',
  clause: '5.4.3',
  details: { value, part: 'fullName' },
});
const abbreviated = (word: string, part = 'fullName') => ({
  code: 'ABBREVIATED_NAME',
  clause: 'F01',
  details: { word, part },
});

describe('normalizeName at its edges (SPEC §3.1, 5.4.3, F01)', () => {
  it('writes the Latin letters with no decomposition as the letters they stand for (SPEC §3.1)', () => {
    expect(normalizeName('Đorđe Þórsson Œlberg ẞtraße Ħajjar Æsa Øster Łukasz Ðavid')._unsafeUnwrap()).toBe(
      'DORDE THORSSON OELBERG SSTRASSE HAJJAR AESA OSTER LUKASZ DAVID',
    );
  });

  it('shows control characters and lone surrogates by code point, in upper-case hex (5.4.3)', () => {
    expect(err(normalizeName('Ana \u0001'))).toEqual(unsupported('U+0001'));
    expect(err(normalizeName('Ana \u001f'))).toEqual(unsupported('U+001F'));
    expect(err(normalizeName('Ana \u007f'))).toEqual(unsupported('U+007F'));
    expect(err(normalizeName('Ana \u0080'))).toEqual(unsupported('U+0080'));
    expect(err(normalizeName('Ana \u009f'))).toEqual(unsupported('U+009F'));
    expect(err(normalizeName('Ana \ud800'))).toEqual(unsupported('U+D800'));
    expect(err(normalizeName('Ana \udfff'))).toEqual(unsupported('U+DFFF'));
  });

  it('shows any other character outside the Latin letters as itself (5.4.3)', () => {
    expect(err(normalizeName('Ana 2'))).toEqual(unsupported('2'));
    expect(err(normalizeName('Жанна'))).toEqual(unsupported('Ж'));
    expect(err(normalizeName('Ana \ue000'))).toEqual(unsupported('\ue000'));
    expect(err(normalizeName('Ana 😀'))).toEqual(unsupported('😀'));
  });

  it('names an abbreviation with a period as it was written, at most 40 characters (F01)', () => {
    expect(err(normalizeName(' Ma. Soledad'))).toEqual(abbreviated('Ma.'));
    expect(err(normalizeName(`${'A'.repeat(45)}. Soledad`))).toEqual(abbreviated('A'.repeat(40)));
    // A word that vanishes in folding (a zero-width space) leaves the raw words out of step:
    // the normalised word is named instead.
    expect(err(normalizeName('Ma. \u200b Soledad'))).toEqual(abbreviated('MA.'));
  });

  it('names the word with an ordinal indicator, wherever it is, at most 40 characters (F01)', () => {
    expect(err(normalizeName('José Mª Pérez'))).toEqual(abbreviated('Mª'));
    expect(err(normalizeName('José Mº Pérez'))).toEqual(abbreviated('Mº'));
    expect(err(normalizeName(`José ${'A'.repeat(45)}ª`))).toEqual(abbreviated('A'.repeat(40)));
  });

  it('refuses what is not a string, and a cyclic object before reading it (SPEC §0)', () => {
    expect(err(normalizeName(42))).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): expected a string'] },
    });
    expect(err(normalizeName(cyclic()))).toEqual(CYCLIC_REFUSAL);
  });

  it('refuses a text too long as the full name it is (NAME_TOO_LONG)', () => {
    expect(err(normalizeName('x'.repeat(400)))).toEqual({
      code: 'NAME_TOO_LONG',
      clause: null,
      details: { part: 'fullName', max: 100 },
    });
  });

  it('reads a part of exactly four times 100 raw characters and refuses one more (SPEC §3.1)', () => {
    expect(
      parsePersonName({ givenNames: `Ana${' '.repeat(397)}`, paternalSurname: 'Ruiz' })._unsafeUnwrap(),
    ).toEqual({
      givenNames: ['ANA'],
      paternalSurname: 'RUIZ',
      maternalSurname: null,
    });
    expect(err(parsePersonName({ givenNames: `Ana${' '.repeat(398)}`, paternalSurname: 'Ruiz' }))).toEqual({
      code: 'NAME_TOO_LONG',
      clause: null,
      details: { part: 'givenNames', max: 100 },
    });
  });
});

describe('the initials of a part (F01 "sin abreviaturas")', () => {
  it('names the initial and the part it is in', () => {
    expect(err(parsePersonName({ givenNames: 'J', paternalSurname: 'Pérez' }))).toEqual(
      abbreviated('J', 'givenNames'),
    );
    expect(err(parsePersonName({ givenNames: 'Juan J', paternalSurname: 'Pérez' }))).toEqual(
      abbreviated('J', 'givenNames'),
    );
    expect(err(parsePersonName({ givenNames: 'Ana', paternalSurname: 'P' }))).toEqual(
      abbreviated('P', 'paternalSurname'),
    );
    // The particles before `Cruz` do not carry over to the `J` after it.
    expect(
      err(parsePersonName({ givenNames: 'Ana', paternalSurname: 'Ruiz', maternalSurname: 'de la Cruz J' })),
    ).toEqual(abbreviated('J', 'maternalSurname'));
  });
});

describe('the quick path of normalisation (SPEC §3.1)', () => {
  it('takes every Latin-1 capital from À to Ý, and leaves Þ to the full path', () => {
    expect(quickWords('Àlvaro Ýñiguez')).toEqual(['ALVARO', 'YNIGUEZ']);
    expect(quickWords('Þór')).toBeNull();
  });
});
