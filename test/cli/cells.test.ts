import { describe, expect, it } from 'vitest';
import { lenientFlags, parseCommand } from '../../src/cli/args.js';
import { dateCell, holderCell, numberCell, statusCell, usernameCell, yesCell } from '../../src/cli/cells.js';
import { column, foldHeader, readCsv, writeCsv } from '../../src/cli/csv.js';

// How the CLI reads a spreadsheet's cells and headers, and its own arguments: what officers'
// exports really hold (Excel in Mexico), cell by cell. Written from the survivors of
// `MUTATE=cli npx stryker run` (docs/performance.md).

describe('date cells as Mexican spreadsheets write them', () => {
  it.each([
    ['2026-01-15', '2026-01-15'],
    ['  2026-01-15  ', '2026-01-15'],
    ['2026-01-15T09:30', '2026-01-15'],
    ['2026-01-15 9:30:15', '2026-01-15'],
    ['2026-01-15T09:30:15.123', '2026-01-15'],
    ['15/01/2026', '2026-01-15'],
    ['5/1/2026', '2026-01-05'],
    ['05/01/2026 18:00', '2026-01-05'],
    ['05/01/2026 18:00:59', '2026-01-05'],
  ])('reads %s as %s', (cell, day) => {
    expect(dateCell(cell)).toBe(day);
  });

  it.each(['', '   ', 'nunca', 'NUNCA', 'Never'])('reads %j as no day', (cell) => {
    expect(dateCell(cell)).toBeNull();
  });

  it('reads a missing cell as no day', () => {
    expect(dateCell(undefined)).toBeNull();
  });

  it.each([
    '2026-02-30',
    '32/01/2026',
    '15/13/2026',
    '2026-1-15',
    '15-01-2026',
    'x2026-01-15',
    '2026-01-15x',
    '15/01/2026x',
    'ayer',
    '2026-01-15T25',
  ])('refuses %j', (cell) => {
    expect(dateCell(cell)).toBeUndefined();
  });
});

describe('number, yes/no and username cells', () => {
  it.each([
    ['1024', 1024],
    [' 1 024 ', 1024],
    ['1,024.5', 1024.5],
    ['1,024,000', 1024000],
    ['1024,5', 1024.5],
    ['0,5', 0.5],
    ['0', 0],
    ['-3', -3],
  ])('reads %j as %d', (cell, n) => {
    expect(numberCell(cell)).toBe(n);
  });

  it.each([undefined, '', '  ', 'mucho', 'Infinity', '1e999'])('reads %j as no number', (cell) => {
    expect(numberCell(cell)).toBeUndefined();
  });

  it.each(['sí', 'SI', ' s ', 'x', '1', 'yes', 'Y', 'true', 'Verdadero'])('reads %j as yes', (cell) => {
    expect(yesCell(cell)).toBe(true);
  });

  it.each([undefined, '', 'no', '0', 'falso', 'sip'])('reads %j as no', (cell) => {
    expect(yesCell(cell)).toBe(false);
  });

  it('reads a username from an address, upper-cased, or as written', () => {
    expect(usernameCell(' perlahl@seseqro.gob.mx ')).toBe('PERLAHL');
    expect(usernameCell('perlahl')).toBe('PERLAHL');
    expect(usernameCell('@seseqro.gob.mx')).toBe('');
    expect(usernameCell(undefined)).toBe('');
  });
});

describe('status and holder cells, in Spanish or English, accents and case aside', () => {
  it('reads a status', () => {
    expect(statusCell('Suspendida')).toBe('suspended');
    expect(statusCell('Investigación')).toBe('inactivityInquiry');
    expect(statusCell('on leave')).toBe('onLeave');
    expect(statusCell('')).toBeNull();
    expect(statusCell(undefined)).toBeNull();
    expect(statusCell('dormida')).toBeUndefined();
    expect(statusCell('constructor')).toBeUndefined();
    expect(statusCell('__proto__')).toBeUndefined();
  });

  it('reads a holder type', () => {
    expect(holderCell('Externo')).toBe('external');
    expect(holderCell('Prestador de servicios'.slice(0, 9))).toBe('contractor');
    expect(holderCell(' PERSONAL ')).toBe('staff');
    expect(holderCell('')).toBeNull();
    expect(holderCell(undefined)).toBeNull();
    expect(holderCell('toString')).toBeUndefined();
  });
});

describe('headers: folded names and the column they name', () => {
  it('folds accents, case, spaces and punctuation', () => {
    expect(foldHeader(' Número de Empleado ')).toBe('numerodeempleado');
    expect(foldHeader('Correo-Electrónico (institucional)')).toBe('correoelectronicoinstitucional');
    expect(foldHeader('Uso MB 2')).toBe('usomb2');
  });

  it('finds the first column named by the first name that matches', () => {
    const header = ['Puesto', 'Nombre', 'Nombre completo'];
    expect(column(header, ['nombrecompleto', 'nombre'])).toBe(2);
    expect(column(header, ['nombre', 'nombrecompleto'])).toBe(1);
    expect(column(header, ['puesto'])).toBe(0);
    expect(column(header, ['correo'])).toBe(-1);
    expect(column([], ['nombre'])).toBe(-1);
  });
});

describe('CSV as Excel writes it', () => {
  it('detects the separator the header uses most, outside quotes', () => {
    expect(readCsv('a;b;c\n1;2;3', false).format.delimiter).toBe(';');
    expect(readCsv('a,b;c\n1,2;3', false).format.delimiter).toBe(',');
    expect(readCsv('a,b;c;d\n1,2;3;4', false).format.delimiter).toBe(';');
    expect(readCsv('"a;b;c",d\n1,2', false).format.delimiter).toBe(',');
    expect(readCsv('a\tb\tc,d\n1\t2\t3,4', false).format.delimiter).toBe('\t');
    expect(readCsv('a\tb;c;d\n1\t2;3;4', false).format.delimiter).toBe(';');
    expect(readCsv('a\tb,c,d\n1\t2,3,4', false).format.delimiter).toBe(',');
    expect(readCsv('a\tb,c\n1\t2,3', false).format.delimiter).toBe(',');
    expect(readCsv('a\tb;c\n1\t2;3', false).format.delimiter).toBe(';');
    expect(readCsv('a', false).format.delimiter).toBe(',');
    // The whole header line counts, its last character too, when it is the only line.
    expect(readCsv('a;b,c;', false).format.delimiter).toBe(';');
    // Only the header line counts.
    expect(readCsv('a,b\n1;2;3;4;5', false).format.delimiter).toBe(',');
    // The header is the first line that is not blank, as the reader sees it.
    for (const text of ['\n  \n\nnombre;puesto\nPerla;Jefa', '\r\n \r\nnombre;puesto\r\nPerla;Jefa']) {
      const late = readCsv(text, false);
      expect(late.format.delimiter, text).toBe(';');
      expect(late.header, text).toEqual(['nombre', 'puesto']);
      expect(
        late.rows.map((r) => r.cells),
        text,
      ).toEqual([['Perla', 'Jefa']]);
    }
    expect(readCsv('\n\n', false).format.delimiter).toBe(',');
    expect(readCsv('\n\na;b', false).format.delimiter).toBe(';');
  });

  it('keeps the BOM and the line ends, and reads the rows with their line numbers', () => {
    const t = readCsv('\uFEFFa;b\r\n1;2\r\n\r\n;\r\n3;4\r\n', false);
    expect(t.format).toEqual({ delimiter: ';', bom: true, crlf: true });
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 5, cells: ['3', '4'] },
    ]);
    expect(t.errors).toEqual([]);
    expect(readCsv('a,b\n1,2\n', true).format).toEqual({ delimiter: ',', bom: false, crlf: false });
  });

  it('reports a row of another width by its line, in Spanish or English', () => {
    expect(readCsv('a,b\n1\n1,2,3\n', false).errors).toEqual([
      { line: 2, message: '1 celdas donde el encabezado tiene 2' },
      { line: 3, message: '3 celdas donde el encabezado tiene 2' },
    ]);
    expect(readCsv('a,b\n1\n', true).errors).toEqual([
      { line: 2, message: '1 cells where the header has 2' },
    ]);
  });

  it('reports a row with a broken quote by its line, in Spanish or English, and goes on', () => {
    const es = readCsv('a,b\n"1,2\n', false);
    expect(es.errors.map((e) => [e.line, e.message.startsWith('fila ilegible: Quote Not Closed')])).toEqual([
      [2, true],
    ]);
    const en = readCsv('a,b\n"1,2\n', true);
    expect(en.errors.map((e) => [e.line, e.message.startsWith('unreadable row: Quote Not Closed')])).toEqual([
      [2, true],
    ]);
  });

  it('reads an empty file as no header and no rows', () => {
    expect(readCsv('', false)).toMatchObject({ header: [], rows: [], errors: [] });
  });

  it('writes rows back the way the file came', () => {
    expect(
      writeCsv(
        [
          ['a', 'b;c'],
          ['1', '2'],
        ],
        { delimiter: ';', bom: true, crlf: true },
      ),
    ).toBe('\uFEFFa;"b;c"\r\n1;2');
    expect(
      writeCsv(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        { delimiter: ',', bom: false, crlf: false },
      ),
    ).toBe('a,b\n1,2');
  });
});

describe('arguments, read strictly (exit 2) or leniently for the error itself', () => {
  const spec = {
    options: { al: 'date', n: 'count', f: { oneOf: ['a', 'b'] } },
    positionals: [1, 2],
  } as const;

  it('reads --json and --en anywhere, leniently', () => {
    expect(lenientFlags(['x', '--json'])).toEqual({ json: true, en: false });
    expect(lenientFlags(['--en', 'x'])).toEqual({ json: false, en: true });
    expect(lenientFlags(['--jsonx', '-en'])).toEqual({ json: false, en: false });
  });

  it('parses values, flags and positionals', () => {
    expect(
      parseCommand(['p', '--al', '2027-01-31', '--n', '12', '--f', 'b', '--json', 'q'], spec, false),
    ).toEqual({
      values: { al: '2027-01-31', n: '12', f: 'b' },
      positionals: ['p', 'q'],
      json: true,
      en: false,
      help: false,
    });
    expect(parseCommand(['p', '--en'], spec, false)).toEqual({
      values: {},
      positionals: ['p'],
      json: false,
      en: true,
      help: false,
    });
  });

  it('answers help before counting positionals', () => {
    expect(parseCommand(['--ayuda'], spec, false)).toMatchObject({ help: true, positionals: [] });
    expect(parseCommand(['-h', 'a', 'b', 'c'], spec, false)).toMatchObject({ help: true });
  });

  it('takes exactly the bounds of positionals', () => {
    expect(parseCommand(['a', 'b'], spec, false)).toMatchObject({ positionals: ['a', 'b'] });
    expect(parseCommand(['a', 'b', 'c'], spec, false)).toEqual({ usage: "argumento de más: 'c'" });
    expect(parseCommand([], spec, true)).toEqual({ usage: 'missing arguments' });
  });

  it('refuses counts that are not whole numbers of up to nine digits', () => {
    expect(parseCommand(['a', '--n', '123456789'], spec, false)).toMatchObject({
      values: { n: '123456789' },
    });
    for (const n of ['1234567890', '1.0', '+1', ' 1', '1 ', 'x1', '1x'])
      expect(parseCommand(['a', `--n=${n}`], spec, true)).toEqual({
        usage: `--n: '${n}' is not a whole number`,
      });
  });

  it('explains an unknown short flag and a flag given a value it does not take', () => {
    expect(parseCommand(['a', '-z'], spec, true)).toEqual({ usage: 'unknown option -z' });
    expect(parseCommand(['a', '--help=1'], spec, true)).toEqual({ usage: '--help takes no value' });
  });
});
