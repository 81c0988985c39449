import { describe, expect, it } from 'vitest';
import { weakJustification } from '../../src/request/index.js';
import { cyclic } from '../_hostile.js';

// weakJustification at its edges, written from the survivors of `MUTATE=request npx stryker run`:
// how the text is cut into words, the count of words of substance, "hoja(s) de cálculo", what is
// read of a long text, and what is not a text at all.

describe('weakJustification: at most two words of substance besides the items (4.9)', () => {
  it('flags two other words, not three (4.9)', () => {
    expect(weakJustification('Enviar facturas a proveedores externos')).toEqual(['facturas']);
    expect(weakJustification('Enviar facturas a proveedores externos nacionales')).toEqual([]);
  });

  it('flags a text that names only items and words of sending, even several of them (4.9)', () => {
    expect(weakJustification('memos')).toEqual(['memorandos']);
    expect(weakJustification('Oficios, XLSX y fotografías')).toEqual(['excel', 'fotos', 'memorandos']);
  });
});

describe('weakJustification: how the text is cut into words (4.9)', () => {
  it('counts no empty word between separators, at the start or at the end of the text (4.9)', () => {
    expect(weakJustification('  Facturas, memos, fotos, excel...  ')).toEqual([
      'excel',
      'facturas',
      'fotos',
      'memorandos',
    ]);
    expect(weakJustification('Enviar facturas a proveedores externos.')).toEqual(['facturas']);
  });

  it('reads a, z, 0 and 9 as parts of a word, not as separators (4.9)', () => {
    // Cut at z, 0 or 9, each text would have three words of substance.
    expect(weakJustification('Enviar facturas de mazorca y trigo')).toEqual(['facturas']);
    expect(weakJustification('Enviar facturas del lote 2024')).toEqual(['facturas']);
    expect(weakJustification('Enviar facturas del lote 191')).toEqual(['facturas']);
    // Dropped, the digits would leave one word of substance where there are three.
    expect(weakJustification('Enviar facturas del lote 2024 y 2025')).toEqual([]);
  });

  it('reads a combining mark, U+0300 to U+036F, as part of the letter before it (4.9)', () => {
    expect(weakJustification('Enviar facturas al señor Pe\u0300rez')).toEqual(['facturas']);
    expect(weakJustification('Enviar facturas al señor Pe\u036frez')).toEqual(['facturas']);
  });

  it('reads any other character as a separator, past the combining marks too (4.9)', () => {
    expect(weakJustification('Enviar facturas\u2014memorandos')).toEqual(['facturas', 'memorandos']);
    expect(weakJustification('Enviar facturas\u0370memorandos')).toEqual(['facturas', 'memorandos']);
  });

  it('finds the items in any spelling that folds to them: full-width, accented, decomposed (4.9)', () => {
    expect(weakJustification('Compartir ｆａｃｔｕｒａｓ')).toEqual(['facturas']);
    expect(weakJustification('Mandar archivos de ＥＸＣＥＬ')).toEqual(['excel']);
    expect(weakJustification('Enviar FÓTOS')).toEqual(['fotos']);
    expect(weakJustification('Recibir ima\u0300genes')).toEqual(['fotos']);
    expect(weakJustification('Enviar ofício')).toEqual(['memorandos']);
  });
});

describe('weakJustification: "hoja(s) de cálculo" is a spreadsheet (4.9)', () => {
  it('cites excel for "hoja de cálculo" and "hojas de cálculo" (4.9)', () => {
    expect(weakJustification('Enviar la hoja de cálculo')).toEqual(['excel']);
    expect(weakJustification('Enviar HOJAS DE CALCULO')).toEqual(['excel']);
  });

  it('cites no spreadsheet for a sheet of something else or another thing "de cálculo" (4.9)', () => {
    expect(weakJustification('Compartir hojas de ruta')).toEqual([]);
    expect(weakJustification('Enviar facturas en hojas de papel')).toEqual(['facturas']);
    expect(weakJustification('Compartir facturas y hojas con calculo')).toEqual(['facturas']);
    expect(weakJustification('Compartir facturas y tabla de calculo')).toEqual(['facturas']);
    expect(weakJustification('Compartir facturas para el calculo')).toEqual(['facturas']);
  });
});

describe('weakJustification: what is read (4.9, SPEC §0)', () => {
  it('reads only the first 20 000 characters of a text', () => {
    const pad = ' '.repeat(20_000);
    expect(weakJustification(`Compartir facturas${pad}para seguimiento de licitaciones y contratos`)).toEqual(
      ['facturas'],
    );
    expect(weakJustification(`${pad}Compartir facturas`)).toEqual([]);
  });

  it('cites nothing for anything but a string: a String object, a number, a cyclic value (SPEC §0)', () => {
    expect(weakJustification(new String('Compartir facturas') as never)).toEqual([]);
    expect(weakJustification(7 as never)).toEqual([]);
    expect(weakJustification(cyclic() as never)).toEqual([]);
  });
});
