import { describe, expect, it } from 'vitest';
import { parseFullName } from '../../src/names/index.js';

// Written from the survivors of `MUTATE=names npx stryker run`: every refusal with its whole
// violation, each 100-character bound on both sides, and the readings an over-long part drops.

const read = (text: unknown) => parseFullName(text);
const L = (n: number, letter = 'P') => letter.repeat(n);
const tooLong = (part: string) => ({ code: 'NAME_TOO_LONG', clause: null, details: { part, max: 100 } });

describe('parseFullName at its edges (SPEC §3.4, 5.4.3, F01)', () => {
  it('refuses anything but a string with the whole violation, and a cyclic value as cyclic (SPEC §0)', () => {
    expect(read(5)._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): expected a string'] },
    });
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(read(cyclic)._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): cyclic'] },
    });
  });

  it('refuses a policy readPolicy refuses (INVALID_POLICY), even with a good name', () => {
    expect(parseFullName('Ana López', null as never)._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_POLICY',
      clause: null,
      details: { issues: ['(root): expected a policy object'] },
    });
  });

  it('says where an initial or an abbreviation is: the given names, or the whole line (F01)', () => {
    expect(read('J Pérez López')._unsafeUnwrapErr()).toEqual({
      code: 'ABBREVIATED_NAME',
      clause: 'F01',
      details: { word: 'J', part: 'givenNames' },
    });
    expect(read('Juan Pérez L')._unsafeUnwrapErr()).toEqual({
      code: 'ABBREVIATED_NAME',
      clause: 'F01',
      details: { word: 'L', part: 'fullName' },
    });
    expect(read('Ma. Soledad Ramírez Trejo')._unsafeUnwrapErr()).toEqual({
      code: 'ABBREVIATED_NAME',
      clause: 'F01',
      details: { word: 'Ma.', part: 'fullName' },
    });
    expect(read(L(303))._unsafeUnwrapErr()).toMatchObject({
      code: 'NAME_TOO_LONG',
      clause: null,
      details: { part: 'fullName' },
    });
  });

  it('reads a one-letter word after particles as a name, even at the start: De la O (F01)', () => {
    expect(read('De la O Pérez López')._unsafeUnwrap().name).toEqual({
      givenNames: ['O'],
      paternalSurname: 'PEREZ',
      maternalSurname: 'LOPEZ',
    });
  });

  it('never starts with a known compound surname: a name starts with a given name (5.4.3, §12)', () => {
    expect(read('Ponce de León Díaz Ruiz')._unsafeUnwrap()).toEqual({
      name: { givenNames: ['PONCE', 'LEON'], paternalSurname: 'DIAZ', maternalSurname: 'RUIZ' },
      ambiguous: false,
    });
  });

  it('keeps every trailing particle in the material of its unit: Juan Pérez de la (Decision)', () => {
    expect(read('Juan Pérez de la')._unsafeUnwrap().name).toEqual({
      givenNames: ['JUAN'],
      paternalSurname: 'PEREZ',
      maternalSurname: 'DELA',
    });
    // Particles alone are one unit: a name with no surname, not one with no given name.
    expect(read('de la')._unsafeUnwrapErr()).toEqual({ code: 'MISSING_SURNAME', clause: '5.4.3' });
  });

  it('takes parts of exactly 100 characters and refuses 101, with two units (5.4.3)', () => {
    expect(read(`${L(100)} Luna`)._unsafeUnwrap().name).toEqual({
      givenNames: [L(100)],
      paternalSurname: 'LUNA',
      maternalSurname: null,
    });
    expect(read(`${L(101)} Luna`)._unsafeUnwrapErr()).toEqual(tooLong('givenNames'));
    expect(read(`Ana ${L(100)}`)._unsafeUnwrap().name.paternalSurname).toBe(L(100));
    expect(read(`Ana ${L(101)}`)._unsafeUnwrapErr()).toEqual(tooLong('paternalSurname'));
    // The particles count: `de ` and 97 letters are 100, with 98 they are 101.
    expect(read(`Ana de ${L(97)}`)._unsafeUnwrap().name.paternalSurname).toBe(L(97));
    expect(read(`Ana de ${L(98)}`)._unsafeUnwrapErr()).toEqual(tooLong('paternalSurname'));
  });

  it('takes parts of exactly 100 characters and refuses 101, with three units or more (5.4.3)', () => {
    const given = `${L(49)} ${L(50, 'Q')}`; // 100 characters, spaces included
    expect(read(`${given} Luna López`)._unsafeUnwrap().name).toEqual({
      givenNames: [L(49), L(50, 'Q')],
      paternalSurname: 'LUNA',
      maternalSurname: 'LOPEZ',
    });
    expect(read(`${given}Q Luna López`)._unsafeUnwrapErr()).toEqual(tooLong('givenNames'));
    expect(read(`Ana Eva ${L(100)} López`)._unsafeUnwrap().name.paternalSurname).toBe(L(100));
    expect(read(`Ana Eva de ${L(97)} López`)._unsafeUnwrap().name.paternalSurname).toBe(L(97));
    expect(read(`Ana Eva de ${L(98)} López`)._unsafeUnwrapErr()).toEqual(tooLong('paternalSurname'));
    expect(read(`Ana Eva Luna ${L(100)}`)._unsafeUnwrap().name.maternalSurname).toBe(L(100));
    expect(read(`Ana Eva Luna de ${L(97)}`)._unsafeUnwrap().name.maternalSurname).toBe(L(97));
    expect(read(`Ana Eva Luna de ${L(98)}`)._unsafeUnwrapErr()).toEqual(tooLong('maternalSurname'));
  });

  it('gives the two-given-names reading of three units only when those given names fit in 100 (§3.4)', () => {
    expect(read(`${L(50)} ${L(49, 'Q')} López`)._unsafeUnwrap()).toEqual({
      name: { givenNames: [L(50)], paternalSurname: L(49, 'Q'), maternalSurname: 'LOPEZ' },
      ambiguous: true,
      alternative: { givenNames: [L(50), L(49, 'Q')], paternalSurname: 'LOPEZ', maternalSurname: null },
      alternatives: [{ givenNames: [L(50), L(49, 'Q')], paternalSurname: 'LOPEZ', maternalSurname: null }],
    });
    expect(read(`${L(50)} ${L(50, 'Q')} López`)._unsafeUnwrap()).toEqual({
      name: { givenNames: [L(50)], paternalSurname: L(50, 'Q'), maternalSurname: 'LOPEZ' },
      ambiguous: true,
    });
  });

  it('gives an unknown compound surname as a reading only when it fits in 100 (§12)', () => {
    const P = L(48);
    const S = L(48, 'S');
    // Three units, the last two joined into the one surname: `P de S` is 100, then 101.
    expect(read(`Juan ${P} de ${S}`)._unsafeUnwrap().alternatives).toEqual([
      { givenNames: ['JUAN', P], paternalSurname: S, maternalSurname: null },
      { givenNames: ['JUAN'], paternalSurname: P + S, maternalSurname: null },
    ]);
    expect(read(`Juan ${P} de ${S}S`)._unsafeUnwrap().alternatives).toEqual([
      { givenNames: ['JUAN', P], paternalSurname: `${S}S`, maternalSurname: null },
    ]);
    // Four units, joined into the paternal surname.
    expect(read(`Juan ${P} de ${S} Ruiz`)._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUAN', P], paternalSurname: S, maternalSurname: 'RUIZ' },
      ambiguous: true,
      alternative: { givenNames: ['JUAN'], paternalSurname: P + S, maternalSurname: 'RUIZ' },
      alternatives: [{ givenNames: ['JUAN'], paternalSurname: P + S, maternalSurname: 'RUIZ' }],
    });
    expect(read(`Juan ${P} de ${S}S Ruiz`)._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUAN', P], paternalSurname: `${S}S`, maternalSurname: 'RUIZ' },
      ambiguous: true,
    });
    // Four units, joined into the maternal surname.
    expect(read(`Juan Eva ${P} de ${S}`)._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUAN', 'EVA'], paternalSurname: P, maternalSurname: S },
      ambiguous: true,
      alternative: { givenNames: ['JUAN'], paternalSurname: 'EVA', maternalSurname: P + S },
      alternatives: [{ givenNames: ['JUAN'], paternalSurname: 'EVA', maternalSurname: P + S }],
    });
    expect(read(`Juan Eva ${P} de ${S}S`)._unsafeUnwrap()).toEqual({
      name: { givenNames: ['JUAN', 'EVA'], paternalSurname: P, maternalSurname: `${S}S` },
      ambiguous: true,
    });
  });
});
