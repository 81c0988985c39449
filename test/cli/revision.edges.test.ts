import { describe, expect, it } from 'vitest';
import { cli } from './_session.js';

// Edge cases of `seseq-correo revision` (8.3-1…3): how each spreadsheet cell reaches the
// review, and what the officer reads when a row, the file or the date is refused.

const HEAD_ES = 'Revisión al 2027-03-01 (8.3-1)';
const HEAD_EN = 'Review of 2027-03-01 (8.3-1)';

describe('revision: the cells of a spreadsheet row (8.3-1)', () => {
  it('reports a row with a wrong number of cells by its line and reviews the rest (8.3-1)', () => {
    const csv =
      'usuario,departamento,creada,ultimo acceso\nPERLAHL,Compras,2026-01-15,2026-10-20\nJGARCIA,Compras\n';
    const r = cli(['revision', 'c.csv'], { 'c.csv': csv });
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      `${HEAD_ES}: 1 cuentas; la siguiente el 2027-07-01\nPERLAHL\tinactive\tOPEN_INACTIVITY_INQUIRY\t2027-03-01\t(4.19)`,
    );
    expect(r.err).toBe('línea 3: 2 celdas donde el encabezado tiene 4');
    const en = cli(['revision', 'c.csv', '--en'], { 'c.csv': csv });
    expect(en.err).toBe('line 3: 2 cells where the header has 4');
  });

  it('trims spaces kept inside quotes from the id and the department (4.19)', () => {
    const csv =
      'id,usuario,departamento,creada,ultimo acceso\n"  a-1  ",PERLAHL,"  Compras  ",2026-01-15,2026-10-20\n';
    const r = cli(['revision', 'c.csv', '--formato', 'csv'], { 'c.csv': csv });
    expect(r.out).toBe(
      'usuario,departamento,hallazgo,acción,fecha,cláusula\nPERLAHL,Compras,inactive,OPEN_INACTIVITY_INQUIRY,2027-03-01,4.19',
    );
    const doc = JSON.parse(cli(['revision', 'c.csv', '--json'], { 'c.csv': csv }).out);
    expect(doc.result.items).toHaveLength(1);
    expect(doc.result.items[0]).toMatchObject({
      accountId: 'a-1',
      username: 'PERLAHL',
      department: 'Compras',
    });
  });

  it('takes the account id from the username when there is no id column (4.19)', () => {
    const csv =
      'usuario,departamento,creada,ultimo acceso\nperlahl@seseqro.gob.mx,Compras,2026-01-15,2026-10-20\n';
    const doc = JSON.parse(cli(['revision', 'c.csv', '--json'], { 'c.csv': csv }).out);
    expect(doc.result.items[0]).toMatchObject({ accountId: 'PERLAHL', username: 'PERLAHL' });
  });

  it('reads the holder type: an external account expires under 4.10, one with no expiry is refused (4.10, 4.22)', () => {
    const csv =
      'usuario,departamento,creada,ultimo acceso,tipo,vence\n' +
      'PERLAHL,Compras,2026-01-15,2027-02-20,externo,2027-02-01\n' +
      'JGARCIA,Compras,2026-01-15,2025-02-20,externo,\n';
    const r = cli(['revision', 'c.csv'], { 'c.csv': csv });
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      `${HEAD_ES}: 1 cuentas; la siguiente el 2027-07-01\n` +
        'PERLAHL\tdue\tEXPIRED\t2027-02-01\t(4.10)\n' +
        'PERLAHL\tdue\tGRACE_ENDED\t2027-02-17\t(4.22)',
    );
    // Every reason the account is refused, in one line: each is a sentence of its own.
    expect(r.err).toBe(
      'línea 3: Las cuentas de personas ajenas a SESEQ (asesores, auditores) solo pueden ser temporales (4.10, 4.29). ' +
        'Fecha fuera de orden «2025-02-20» en «lastAccessOn»: es anterior a la creación de la cuenta (2026-01-15).',
    );
  });

  it('gives a mailbox only with a used figure of 0 or more and a capacity above 0 (4.18, 5.4.8)', () => {
    const csv =
      'usuario,departamento,creada,ultimo acceso,usado mb,capacidad mb\n' +
      'PERLAHL,Compras,2026-01-15,2027-02-20,,1\n' +
      'JGARCIA,Compras,2026-01-15,2027-02-20,5,\n' +
      'LUISCG,Compras,2026-01-15,2027-02-20,5,0\n' +
      'ROSAMT,Compras,2026-01-15,2027-02-20,-5,1\n' +
      'ANA,Compras,2026-01-15,2027-02-20,0,1\n' +
      'BETO,Compras,2026-01-15,2027-02-20,1,1\n';
    const r = cli(['revision', 'c.csv'], { 'c.csv': csv });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      `${HEAD_ES}: 6 cuentas; la siguiente el 2027-07-01\nBETO\tmailboxFull\tNOTIFY_USER\t2027-03-01\t(4.18)`,
    );
  });

  it('reports a row the review refuses (a capacity beyond 10¹² MB) by its own line and reviews the rest (4.18)', () => {
    const csv =
      'usuario,departamento,creada,ultimo acceso,usado mb,capacidad mb\n' +
      'PERLAHL,Compras,2026-01-15,2027-02-20,1,1\n' +
      'JGARCIA,Compras,2026-01-15,2027-02-20,5,2e12\n' +
      'LUISCG,Compras,2026-01-15,2027-02-20,5,1\n';
    const r = cli(['revision', 'c.csv'], { 'c.csv': csv });
    expect(r).toEqual({
      code: 1,
      out:
        `${HEAD_ES}: 2 cuentas; la siguiente el 2027-07-01\n` +
        'PERLAHL\tmailboxFull\tNOTIFY_USER\t2027-03-01\t(4.18)\n' +
        'LUISCG\tmailboxFull\tNOTIFY_USER\t2027-03-01\t(4.18)',
      err: 'línea 3: Datos inválidos: mailbox.capacityMb: too_big.',
    });
    expect(cli(['revision', 'c.csv', '--en'], { 'c.csv': csv }).err).toBe(
      'line 3: Invalid input: mailbox.capacityMb: too_big.',
    );
  });

  it('checks the username against a name only when the name cell has text, trimmed and cut to 500 characters (5.4.6)', () => {
    const long = `${'Perla '.repeat(110)}`;
    const csv =
      'usuario,departamento,creada,ultimo acceso,nombre\n' +
      'PERLAHL,Compras,2026-01-15,2027-02-20,"   "\n' +
      'PERLAHL,Compras,2026-01-15,2027-02-20,"  Perla Adriana Hernández Leal  "\n' +
      `JGARCIA,Compras,2026-01-15,2027-02-20,${long}\n`;
    const r = cli(['revision', 'c.csv'], { 'c.csv': csv });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${HEAD_ES}: 3 cuentas; la siguiente el 2027-07-01\nJGARCIA\tusernameNotConforming\tREVIEW_USERNAME\t2027-03-01\t(5.4.6)`,
    );
  });

  it('with no name column checks no username (5.4.6)', () => {
    const csv = 'usuario,departamento,creada,ultimo acceso\nPERLAHL,Compras,2026-01-15,2027-02-20\n';
    const r = cli(['revision', 'c.csv', '--en'], { 'c.csv': csv });
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${HEAD_EN}: 1 accounts; next on 2027-07-01`);
  });

  it('drops only a leading BOM: a U+FEFF inside a cell is the cell’s (8.3-1)', () => {
    const csv = 'usuario,departamento,creada,ultimo acceso\nPERLAHL,Com\uFEFFpras,2026-01-15,2026-10-20\n';
    const r = cli(['revision', 'c.csv', '--formato', 'csv'], { 'c.csv': csv });
    expect(r.out).toBe(
      'usuario,departamento,hallazgo,acción,fecha,cláusula\nPERLAHL,Com\uFEFFpras,inactive,OPEN_INACTIVITY_INQUIRY,2027-03-01,4.19',
    );
    const bom = cli(['revision', 'c.csv', '--formato', 'csv'], { 'c.csv': `\uFEFF${csv}` });
    expect(bom.out).toBe(r.out);
  });
});

describe('revision: which reader, and what is refused (8.3-1)', () => {
  it('says a file cannot be read (exit 2)', () => {
    const r = cli(['revision', 'nada.json']);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'seseq-correo revision: no se puede leer nada.json\nVea: seseq-correo revision --ayuda',
    });
    expect(cli(['revision', 'nada.json', '--en']).err).toBe(
      'seseq-correo revision: cannot read nada.json\nSee: seseq-correo revision --help',
    );
  });

  it('reads a .json file as JSON whatever it starts with, in any case of the extension (exit 2)', () => {
    for (const path of ['c.json', 'c.JSON', 'c.Json']) {
      const r = cli(['revision', path], { [path]: 'usuario,departamento,creada\n' });
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `seseq-correo revision: ${path} no es JSON válido\nVea: seseq-correo revision --ayuda`,
      );
    }
    const en = cli(['revision', 'c.json', '--en'], { 'c.json': 'null' });
    expect(en.err).toBe(
      'seseq-correo revision: c.json: expected a JSON array of snapshots\nSee: seseq-correo revision --help',
    );
  });

  it('reads any other file as JSON when it starts with [ or {, else as CSV (exit 2)', () => {
    const obj = cli(['revision', 'c.txt'], { 'c.txt': '  {"account": 1}' });
    expect(obj.err).toBe(
      'seseq-correo revision: c.txt: se esperaba un arreglo JSON de instantáneas\nVea: seseq-correo revision --ayuda',
    );
    const csv = cli(['revision', 'json.csv'], { 'json.csv': 'usuario,departamento\nPERLAHL,Compras\n' });
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('json.csv: no hay columna para createdOn');
  });

  it('reports each refused snapshot, the first one included, and reviews the rest (8.3-1)', () => {
    const r = cli(['revision', 'c.json'], { 'c.json': JSON.stringify([{ account: 1 }, { account: 2 }]) });
    expect(r).toEqual({
      code: 1,
      out: `${HEAD_ES}: 0 cuentas; la siguiente el 2027-07-01`,
      err:
        'línea 1: elemento 1: Datos inválidos: account: invalid_type.\n' +
        'línea 2: elemento 2: Datos inválidos: account: invalid_type.',
    });
  });

  it('refuses a review whose next date cannot be written, as a violation (exit 1) (8.3-1)', () => {
    const r = cli(['revision', 'c.json', '--al', '9999-12-01'], { 'c.json': '[]' });
    expect(r).toEqual({
      code: 1,
      out: '',
      err: '✗ Fecha fuera de los años 1000–9999 en «nextReviewOn»: no se puede escribir como AAAA-MM-DD.',
    });
    const doc = JSON.parse(
      cli(['revision', 'c.json', '--al', '9999-12-01', '--json'], { 'c.json': '[]' }).out,
    );
    expect(doc).toMatchObject({ ok: false, exitCode: 1, command: 'revision' });
    expect(doc.violations).toHaveLength(1);
    expect(doc.violations[0]).toMatchObject({ code: 'INVALID_DATE', details: { field: 'nextReviewOn' } });
  });
});
