import { describe, expect, it } from 'vitest';
import { parseFullName } from '../../src/names/index.js';

const read = (text: unknown) => parseFullName(text);

describe('parseFullName: the one line of F01 (SPEC §3.4)', () => {
  it('takes the last unit as the maternal surname and the one before as the paternal (5.4.3)', () => {
    expect(read('Perla Adriana Hernández Leal')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['PERLA', 'ADRIANA'], paternalSurname: 'HERNANDEZ', maternalSurname: 'LEAL' },
      ambiguous: false,
    });
  });

  it('makes a unit of a word and the particles just before it: de la Cruz, del Río', () => {
    expect(read('María de los Ángeles de la Cruz del Río')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['MARIA', 'ANGELES'], paternalSurname: 'CRUZ', maternalSurname: 'RIO' },
      ambiguous: false,
    });
  });

  it('reads two units as one given name and one surname (5.4.3)', () => {
    expect(read('Patricia Alvarado')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['PATRICIA'], paternalSurname: 'ALVARADO', maternalSurname: null },
      ambiguous: false,
    });
    expect(read('Juan de la O')._unsafeUnwrap().name).toMatchObject({ paternalSurname: 'O' });
  });

  it('says exactly three units are ambiguous and gives both readings (§3.4)', () => {
    expect(read('Juana Inés Pérez')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUANA'], paternalSurname: 'INES', maternalSurname: 'PEREZ' },
      ambiguous: true,
      alternative: { givenNames: ['JUANA', 'INES'], paternalSurname: 'PEREZ', maternalSurname: null },
    });
    expect(read('Juan de la Cruz Pérez')._unsafeUnwrap()).toMatchObject({
      ambiguous: true,
      alternative: { givenNames: ['JUAN', 'CRUZ'], paternalSurname: 'PEREZ' },
    });
  });

  it('reads five or more units as given names and two surnames, not ambiguous', () => {
    expect(read('José María Guadalupe Pérez López')._unsafeUnwrap()).toEqual({
      name: {
        givenNames: ['JOSE', 'MARIA', 'GUADALUPE'],
        paternalSurname: 'PEREZ',
        maternalSurname: 'LOPEZ',
      },
      ambiguous: false,
    });
  });

  it('reads "Ponce de León" as two units, as the one line cannot tell (§3.4)', () => {
    expect(read('Juan Ponce de León')._unsafeUnwrap().name).toEqual({
      givenNames: ['JUAN'],
      paternalSurname: 'PONCE',
      maternalSurname: 'LEON',
    });
  });

  it('makes trailing particles a unit of their own, kept as its material (Decision)', () => {
    expect(read('Juan Pérez Del')._unsafeUnwrap().name).toEqual({
      givenNames: ['JUAN'],
      paternalSurname: 'PEREZ',
      maternalSurname: 'DEL',
    });
  });

  it('refuses a single unit (MISSING_SURNAME) and nothing at all (MISSING_GIVEN_NAME) (5.4.3)', () => {
    expect(read('Perla')._unsafeUnwrapErr()).toEqual({ code: 'MISSING_SURNAME', clause: '5.4.3' });
    expect(read('de la Cruz')._unsafeUnwrapErr().code).toBe('MISSING_SURNAME');
    expect(read(' \u200B\t')._unsafeUnwrapErr()).toEqual({ code: 'MISSING_GIVEN_NAME', clause: 'F01' });
  });

  it('refuses abbreviations anywhere: Ma. Soledad, J Pérez López, Juan Pérez L. (ABBREVIATED_NAME, F01)', () => {
    expect(read('Ma. Soledad Ramírez Trejo')._unsafeUnwrapErr()).toMatchObject({
      code: 'ABBREVIATED_NAME',
      details: { word: 'Ma.' },
    });
    expect(read('J Pérez López')._unsafeUnwrapErr()).toMatchObject({
      code: 'ABBREVIATED_NAME',
      details: { word: 'J', part: 'givenNames' },
    });
    expect(read('Juan Pérez L.')._unsafeUnwrapErr().code).toBe('ABBREVIATED_NAME');
    expect(read('Juan Pérez L')._unsafeUnwrapErr().code).toBe('ABBREVIATED_NAME');
  });

  it('checks each part against the 100-character limit after reading the units (NAME_TOO_LONG)', () => {
    const long = 'A'.repeat(101);
    expect(read(`Ana ${long} López`)._unsafeUnwrapErr().details).toEqual({
      part: 'paternalSurname',
      max: 100,
    });
    expect(read(`Ana Luna ${long}`)._unsafeUnwrapErr().details).toEqual({
      part: 'maternalSurname',
      max: 100,
    });
    expect(read(`${long} Luna López`)._unsafeUnwrapErr().details).toEqual({ part: 'givenNames', max: 100 });
    expect(read('x'.repeat(2_000_000))._unsafeUnwrapErr().code).toBe('NAME_TOO_LONG');
  });

  it('refuses anything but a string (INVALID_INPUT)', () => {
    for (const bad of [null, undefined, 1, {}, ['Ana López']])
      expect(read(bad)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});
