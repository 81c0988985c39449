import { describe, expect, it } from 'vitest';
import { weakJustification } from '../../src/request/index.js';

describe('weakJustification (4.9: sharing files is no reason for an account)', () => {
  it('flags a text that only cites sharing invoices, memos, spreadsheets or photos (4.9)', () => {
    expect(weakJustification('Compartir facturas y fotos con el área')).toEqual(['facturas', 'fotos']);
    expect(weakJustification('Envío de FACTURAS y memorándums a proveedores')).toEqual([
      'facturas',
      'memorandos',
    ]);
    expect(weakJustification('Mandar archivos de Excel')).toEqual(['excel']);
    expect(weakJustification('Enviar hojas de cálculo')).toEqual(['excel']);
    expect(weakJustification('Recibir fotografías e imágenes')).toEqual(['fotos']);
    expect(weakJustification('Recibir ima\u0301genes')).toEqual(['fotos']);
  });

  it('does not flag a text that states another need besides them (4.9)', () => {
    expect(weakJustification('Seguimiento de licitaciones, contratos y envío de facturas')).toEqual([]);
    expect(weakJustification('Coordinación de campañas de vacunación con la Secretaría de Salud')).toEqual(
      [],
    );
    expect(weakJustification('')).toEqual([]);
    expect(weakJustification('fotocopiadora')).toEqual([]);
  });

  it('reads text of any length in linear time', () => {
    const long = 'factura '.repeat(200_000);
    const t0 = performance.now();
    expect(weakJustification(long)).toEqual(['facturas']);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
