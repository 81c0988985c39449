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
      alternatives: [{ givenNames: ['JUANA', 'INES'], paternalSurname: 'PEREZ', maternalSurname: null }],
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

  it('reads a known compound surname as one surname: Ximena Ponce de León Díaz is XIMENA, PONCELEON, DIAZ (5.4.3, §12)', () => {
    expect(read('Ximena Ponce de León Díaz')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['XIMENA'], paternalSurname: 'PONCELEON', maternalSurname: 'DIAZ' },
      ambiguous: false,
    });
    expect(read('Fernando Montes de Oca Ruiz')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['FERNANDO'], paternalSurname: 'MONTESOCA', maternalSurname: 'RUIZ' },
      ambiguous: false,
    });
    expect(read('Juan Ponce de León')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUAN'], paternalSurname: 'PONCELEON', maternalSurname: null },
      ambiguous: false,
    });
    expect(read('ana lucía garcía martínez de la torre')._unsafeUnwrap().name).toEqual({
      givenNames: ['ANA', 'LUCIA'],
      paternalSurname: 'GARCIA',
      maternalSurname: 'MARTINEZTORRE',
    });
    expect(read('Luis Espinosa de los Monteros Suárez del Real')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['LUIS'], paternalSurname: 'ESPINOSAMONTEROS', maternalSurname: 'SUAREZREAL' },
      ambiguous: false,
    });
  });

  it("reads the policy's compound surnames, an institution's own included (§12)", async () => {
    const { definePolicy } = await import('../../src/policy/definePolicy.js');
    const { SESEQ_POLICY } = await import('../../src/policy/policy.js');
    const policy = definePolicy({
      compoundSurnames: [...SESEQ_POLICY.compoundSurnames, 'GARCIA DE ALBA'],
    })._unsafeUnwrap();
    expect(parseFullName('Rosa García de Alba Ruiz', policy)._unsafeUnwrap()).toEqual({
      name: { givenNames: ['ROSA'], paternalSurname: 'GARCIAALBA', maternalSurname: 'RUIZ' },
      ambiguous: false,
    });
    expect(parseFullName('Rosa García de Alba Ruiz')._unsafeUnwrap().ambiguous).toBe(true);
    // Without the list, Ponce de León is two units again, and ambiguous.
    const bare = definePolicy({ compoundSurnames: [] })._unsafeUnwrap();
    expect(parseFullName('Ximena Ponce de León Díaz', bare)._unsafeUnwrap()).toMatchObject({
      name: { givenNames: ['XIMENA', 'PONCE'], paternalSurname: 'LEON', maternalSurname: 'DIAZ' },
      ambiguous: true,
    });
  });

  it('says a particle that could join two surnames into an unknown compound is ambiguous, with that reading (§12)', () => {
    expect(read('Juan Pérez de Soto Ruiz')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUAN', 'PEREZ'], paternalSurname: 'SOTO', maternalSurname: 'RUIZ' },
      ambiguous: true,
      alternative: { givenNames: ['JUAN'], paternalSurname: 'PEREZSOTO', maternalSurname: 'RUIZ' },
      alternatives: [{ givenNames: ['JUAN'], paternalSurname: 'PEREZSOTO', maternalSurname: 'RUIZ' }],
    });
    expect(read('Ana Lucía Ruiz Pérez de Soto')._unsafeUnwrap()).toMatchObject({
      ambiguous: true,
      alternatives: [{ givenNames: ['ANA', 'LUCIA'], paternalSurname: 'RUIZ', maternalSurname: 'PEREZSOTO' }],
    });
    // Three units and a particle: both other readings.
    expect(read('Juan Pérez de la Cruz')._unsafeUnwrap().alternatives).toEqual([
      { givenNames: ['JUAN', 'PEREZ'], paternalSurname: 'CRUZ', maternalSurname: null },
      { givenNames: ['JUAN'], paternalSurname: 'PEREZCRUZ', maternalSurname: null },
    ]);
  });

  it('starts no unknown compound with the first word, a common first name or a unit led by particles (§12, Decision)', () => {
    for (const text of [
      'María de los Ángeles López Ruiz',
      'José María de la Cruz Pérez',
      'María de los Ángeles de la Cruz del Río',
      'Perla Adriana Hernández Leal',
    ]) {
      expect(read(text)._unsafeUnwrap().ambiguous, text).toBe(false);
    }
  });

  it('says a known compound surname among the given names is ambiguous, with no other reading (§12)', () => {
    expect(read('Juan Ponce de León Díaz Ruiz')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUAN', 'PONCELEON'], paternalSurname: 'DIAZ', maternalSurname: 'RUIZ' },
      ambiguous: true,
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
