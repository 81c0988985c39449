import { describe, expect, it, vi } from 'vitest';
import { describe as describeViolation } from '../../src/errors/describe.js';
import {
  NAME_PARTICLES,
  normalizeName,
  parsePersonName,
  personNameInputSchema,
} from '../../src/names/index.js';

const parse = (givenNames: string, paternalSurname?: string | null, maternalSurname?: string | null) =>
  parsePersonName({ givenNames, paternalSurname, maternalSurname });
const code = (r: ReturnType<typeof parse>) => (r.isErr() ? r.error.code : 'ok');

describe('parsePersonName: normalisation (SPEC §3.1)', () => {
  it('strips accents and upper-cases: Á→A, Ñ→N, Ü→U (5.4.3)', () => {
    expect(parse('Ángela Begoña', 'Núñez', 'Güemes')._unsafeUnwrap()).toEqual({
      givenNames: ['ANGELA', 'BEGONA'],
      paternalSurname: 'NUNEZ',
      maternalSurname: 'GUEMES',
    });
  });

  it('reads decomposed accents (NFD input) like composed ones (5.4.3)', () => {
    expect(parse('Jose\u0301', 'Pe\u0301rez', 'Mun\u0303oz')._unsafeUnwrap()).toEqual(
      parse('José', 'Pérez', 'Muñoz')._unsafeUnwrap(),
    );
  });

  it('reads full-width letters through NFKC (5.4.3)', () => {
    expect(parse('ＡＮＡ', 'ｌóｐｅｚ')._unsafeUnwrap()).toMatchObject({
      givenNames: ['ANA'],
      paternalSurname: 'LOPEZ',
    });
  });

  it('upper-cases without the locale: a Turkish dotless or dotted i is still I (5.4.3)', () => {
    expect(parse('İnés', 'Iñıguez')._unsafeUnwrap()).toMatchObject({
      givenNames: ['INES'],
      paternalSurname: 'INIGUEZ',
    });
  });

  it("joins hyphens and apostrophes, typographic ones included: D'Angelo, O’Connor, Pérez-Gómez (5.4.3)", () => {
    expect(parse('Jean-Pierre', "D'Angelo", 'Pérez-Gómez')._unsafeUnwrap()).toEqual({
      givenNames: ['JEANPIERRE'],
      paternalSurname: 'DANGELO',
      maternalSurname: 'PEREZGOMEZ',
    });
    for (const s of [
      'O’Connor',
      'O‘Connor',
      'Oʼ Connor'.replace(' ', ''),
      'O´Connor',
      'O`Connor',
      'O＇Connor',
    ]) {
      expect(parse('Ana', s)._unsafeUnwrap().paternalSurname, s).toBe('OCONNOR');
    }
    for (const s of [
      'Pérez‐Gómez',
      'Pérez‑Gómez',
      'Pérez–Gómez',
      'Pérez—Gómez',
      'Pérez−Gómez',
      'Pérez－Gómez',
    ]) {
      expect(parse('Ana', s)._unsafeUnwrap().paternalSurname, s).toBe('PEREZGOMEZ');
    }
  });

  it('drops zero-width and other invisible format characters (5.4.3)', () => {
    expect(
      parse('Ma\u200Bría\u200D Sole\u00ADdad', '\uFEFFRamírez\u200E', 'Tre\u2060jo')._unsafeUnwrap(),
    ).toEqual({
      givenNames: ['MARIA', 'SOLEDAD'],
      paternalSurname: 'RAMIREZ',
      maternalSurname: 'TREJO',
    });
  });

  it('collapses any whitespace: tabs, new lines, no-break and ideographic spaces (5.4.3)', () => {
    expect(parse('  María\t\u00A0 Soledad\n\u3000', ' Ramírez ', 'Trejo')._unsafeUnwrap().givenNames).toEqual(
      ['MARIA', 'SOLEDAD'],
    );
  });

  it('transliterates the Latin letters that have no accent to strip: Æ, Ø, Ł, ß (5.4.3)', () => {
    expect(parse('Ærø', 'Łukasz', 'Weiß')._unsafeUnwrap()).toEqual({
      givenNames: ['AERO'],
      paternalSurname: 'LUKASZ',
      maternalSurname: 'WEISS',
    });
  });
});

describe('parsePersonName: particles (SPEC §3.1, Decision)', () => {
  it('drops particles from surnames and joins what is left: de la Cruz → CRUZ, Ponce de León → PONCELEON', () => {
    expect(parse('Juan', 'de la Cruz', 'Ponce de León')._unsafeUnwrap()).toEqual({
      givenNames: ['JUAN'],
      paternalSurname: 'CRUZ',
      maternalSurname: 'PONCELEON',
    });
  });

  it('drops particles from given names: María de los Ángeles is MARIA, ANGELES', () => {
    expect(parse('María de los Ángeles', 'Pérez')._unsafeUnwrap().givenNames).toEqual(['MARIA', 'ANGELES']);
  });

  it('keeps the particles of a part made of nothing but particles: Del → DEL, De la → DELA', () => {
    expect(parse('Ana', 'Del', 'De la')._unsafeUnwrap()).toMatchObject({
      paternalSurname: 'DEL',
      maternalSurname: 'DELA',
    });
  });

  it('takes a one-letter word after a particle as a name, not an initial: de la O', () => {
    expect(parse('María de la O', 'de la O')._unsafeUnwrap()).toEqual({
      givenNames: ['MARIA', 'O'],
      paternalSurname: 'O',
      maternalSurname: null,
    });
  });

  it('lists the particles of SPEC §3.1 and more, upper-case', () => {
    for (const p of [
      'DE',
      'DEL',
      'LA',
      'LAS',
      'LOS',
      'Y',
      'E',
      'DA',
      'DAS',
      'DO',
      'DOS',
      'DI',
      'VAN',
      'VON',
      'DER',
      'MC',
      'MAC',
    ]) {
      expect(NAME_PARTICLES).toContain(p);
    }
    for (const p of NAME_PARTICLES) expect(p).toMatch(/^[A-Z]+$/);
  });
});

describe('parsePersonName: refusals (SPEC §3.1)', () => {
  it('refuses a word with a period as an abbreviation: Ma. (ABBREVIATED_NAME, F01)', () => {
    const r = parse('Ma. Soledad', 'Ramírez', 'Trejo');
    expect(r._unsafeUnwrapErr()).toEqual({
      code: 'ABBREVIATED_NAME',
      clause: 'F01',
      details: { word: 'Ma.', part: 'givenNames' },
    });
    expect(describeViolation(r._unsafeUnwrapErr())).toContain('«Ma.»');
    expect(code(parse('Juan', 'Pérez', 'Sta. María'))).toBe('ABBREVIATED_NAME');
    expect(code(parse('José Ma', 'Pérez', 'L．'))).toBe('ABBREVIATED_NAME');
  });

  it('refuses a one-letter given name, with or without a period: J., J (ABBREVIATED_NAME, F01)', () => {
    expect(parse('J.', 'Pérez')._unsafeUnwrapErr().details).toEqual({ word: 'J.', part: 'givenNames' });
    expect(parse('J', 'Pérez')._unsafeUnwrapErr()).toMatchObject({
      code: 'ABBREVIATED_NAME',
      details: { word: 'J' },
    });
    expect(code(parse('Juan C', 'Pérez'))).toBe('ABBREVIATED_NAME');
  });

  it('refuses a one-letter surname that is no particle-led name as an initial (ABBREVIATED_NAME, Decision)', () => {
    expect(parse('Juan', 'Pérez', 'G')._unsafeUnwrapErr()).toMatchObject({
      code: 'ABBREVIATED_NAME',
      details: { word: 'G', part: 'maternalSurname' },
    });
  });

  it('refuses the ordinal indicators of Mª and Mº as abbreviations (ABBREVIATED_NAME, F01)', () => {
    expect(parse('Mª Soledad', 'Ramírez')._unsafeUnwrapErr()).toMatchObject({
      code: 'ABBREVIATED_NAME',
      details: { word: 'Mª' },
    });
    expect(code(parse('Juan', 'Mº López'))).toBe('ABBREVIATED_NAME');
  });

  it('refuses digits, control characters and letters outside the Latin script (UNSUPPORTED_CHARACTERS)', () => {
    expect(parse('Juan 2', 'Pérez')._unsafeUnwrapErr()).toEqual({
      code: 'UNSUPPORTED_CHARACTERS',
      clause: '5.4.3',
      details: { value: '2', part: 'givenNames' },
    });
    expect(parse('Juan', 'Pé\u0007rez')._unsafeUnwrapErr().details).toEqual({
      value: 'U+0007',
      part: 'paternalSurname',
    });
    expect(parse('Juan', 'López', 'Петров')._unsafeUnwrapErr().details).toEqual({
      value: 'П',
      part: 'maternalSurname',
    });
    for (const bad of [
      '李',
      'Ζωή',
      'أحمد',
      'Ana😀',
      'Ana\uD800',
      'Ana\u0000',
      'Ana, Luisa',
      'Ana/Luisa',
      'Ⅳ5',
    ]) {
      expect(code(parse(bad, 'Pérez')), bad).toBe('UNSUPPORTED_CHARACTERS');
    }
  });

  it('refuses a part over 100 characters, counted after normalisation (NAME_TOO_LONG)', () => {
    const part = `${'A'.repeat(50)} ${'B'.repeat(49)}`;
    expect(code(parse(part, 'Pérez'))).toBe('ok');
    expect(parse(`${part}C`, 'Pérez')._unsafeUnwrapErr()).toEqual({
      code: 'NAME_TOO_LONG',
      clause: null,
      details: { part: 'givenNames', max: 100 },
    });
    // Accents decomposed, repeated spaces and zero-width characters do not count.
    expect(code(parse(`  ${'Á'.normalize('NFD').repeat(100)}\u200B  `, 'Pérez'))).toBe('ok');
    expect(parse('Ana', 'x'.repeat(101))._unsafeUnwrapErr().details).toEqual({
      part: 'paternalSurname',
      max: 100,
    });
  });

  it('refuses a 1 MB part at once, before any Unicode work (NAME_TOO_LONG)', () => {
    expect(code(parse('Ana', 'Pérez', 'á'.repeat(1_000_000)))).toBe('NAME_TOO_LONG');
    // Counted, not timed: a decomposed accent needs Unicode normalisation, which a part too
    // long is refused before.
    const huge = 'a\u0301'.repeat(500_000);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      expect(code(parse('Ana', 'Pérez', huge))).toBe('NAME_TOO_LONG');
      expect(normalize).not.toHaveBeenCalled();
    } finally {
      normalize.mockRestore();
    }
  });

  it('refuses a name with no given name (MISSING_GIVEN_NAME) and one with no surname at all (MISSING_SURNAME)', () => {
    expect(parse('  \u200B ', 'Pérez')._unsafeUnwrapErr()).toEqual({
      code: 'MISSING_GIVEN_NAME',
      clause: 'F01',
    });
    expect(parse('Ana')._unsafeUnwrapErr()).toEqual({ code: 'MISSING_SURNAME', clause: '5.4.3' });
    expect(code(parse('Ana', '', '  '))).toBe('MISSING_SURNAME');
    expect(code(parse('Ana', null, null))).toBe('MISSING_SURNAME');
  });

  it('takes an empty surname as absent and the other one as the only surname', () => {
    expect(parse('Ana', '', 'López')._unsafeUnwrap()).toEqual({
      givenNames: ['ANA'],
      paternalSurname: null,
      maternalSurname: 'LOPEZ',
    });
  });

  it('refuses input of the wrong shape with every problem and its path (INVALID_INPUT)', () => {
    for (const bad of [null, undefined, 42, 'Ana López', [], true, () => 1]) {
      expect(parsePersonName(bad)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    }
    expect(parsePersonName({ givenNames: 1, paternalSurname: 2 })._unsafeUnwrapErr().details).toMatchObject({
      issues: ['givenNames: invalid_type', 'paternalSurname: invalid_type'],
    });
  });

  it('treats a "__proto__" key as data and ignores unknown keys', () => {
    const input = JSON.parse(
      '{"__proto__": {"givenNames": "X"}, "givenNames": "Ana", "paternalSurname": "Luna", "email": "x"}',
    );
    expect(parsePersonName(input)._unsafeUnwrap()).toEqual({
      givenNames: ['ANA'],
      paternalSurname: 'LUNA',
      maternalSurname: null,
    });
    expect(({} as Record<string, unknown>).givenNames).toBeUndefined();
  });

  it('refuses an object whose getters throw, without throwing (INVALID_INPUT)', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(parsePersonName(hostile)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });

  it('exports the zod schema of the structured input', () => {
    expect(personNameInputSchema.safeParse({ givenNames: 'Ana', maternalSurname: null }).success).toBe(true);
    expect(personNameInputSchema.safeParse({ givenNames: null }).success).toBe(false);
  });
});

describe('normalizeName', () => {
  it('gives the normalised words, particles kept (SPEC §3.1)', () => {
    expect(normalizeName("María  de los Ángeles D'Angelo")._unsafeUnwrap()).toBe(
      'MARIA DE LOS ANGELES DANGELO',
    );
    expect(normalizeName('Ma. Soledad')._unsafeUnwrapErr().code).toBe('ABBREVIATED_NAME');
    expect(normalizeName(7)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});
