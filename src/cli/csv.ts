import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** A spreadsheet as the CLI reads it: the header, the rows with their line numbers, and the problems. */
export type Table = {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
  readonly errors: RowError[];
  /** How the file was written, so that the answer is written the same way (Excel in Mexico: `;`, BOM, CRLF). */
  readonly format: CsvFormat;
};

/** How a CSV file is written. */
export type CsvFormat = {
  readonly delimiter: ',' | ';' | '\t';
  readonly bom: boolean;
  readonly crlf: boolean;
};

/** A row that could not be read or was refused, by its line in the file (1 = the header). */
export type RowError = { readonly line: number; readonly message: string };

/** The header line: the first line that is not blank (the reader skips blank lines too). */
function headerLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = end < 0 ? text.slice(start) : text.slice(start, end);
    if (line.trim() !== '') return line;
    if (end < 0) break;
    start = end + 1;
  }
  return '';
}

/** The separator of a CSV file: the one the header line uses most (`,` or `;`, or a tab). */
function detectDelimiter(text: string): ',' | ';' | '\t' {
  const first = headerLine(text);
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',') comma++;
    else if (ch === ';') semicolon++;
    else if (ch === '\t') tab++;
  }
  if (tab > comma && tab > semicolon) return '\t';
  return semicolon > comma ? ';' : ',';
}

/**
 * Reads a CSV text as Excel writes it (UTF-8 with or without BOM, `,` or `;`, CRLF or LF)
 * with csv-parse. A row with a broken quote or a different number of cells than the header
 * is reported with its line number and left out; the rest go on.
 */
export function readCsv(text: string, en: boolean): Table {
  const bom = text.startsWith('\uFEFF');
  // Stryker disable next-line MethodExpression: csv-parse, trimming, drops a leading BOM too; kept so as not to depend on it
  const body = bom ? text.slice(1) : text;
  const format: CsvFormat = { delimiter: detectDelimiter(body), bom, crlf: body.includes('\r\n') };
  const errors: RowError[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter: format.delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      trim: true,
      on_skip: (e) => {
        errors.push({
          line: Number(e?.lines ?? 0),
          message: en ? `unreadable row: ${e?.message}` : `fila ilegible: ${e?.message}`,
        });
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    errors.push({ line: 0, message: String((e as Error).message) });
    records = [];
  }
  const [head, ...rest] = records;
  const header = head?.record ?? [];
  const rows: { line: number; cells: string[] }[] = [];
  for (const r of rest) {
    const blank = r.record.every((c) => c === '');
    if (blank) continue;
    if (r.record.length !== header.length) {
      errors.push({
        line: r.info.lines,
        message: en
          ? `${r.record.length} cells where the header has ${header.length}`
          : `${r.record.length} celdas donde el encabezado tiene ${header.length}`,
      });
      continue;
    }
    rows.push({ line: r.info.lines, cells: r.record });
  }
  return { header, rows, errors, format };
}

/** Writes rows as CSV in the given format (csv-stringify). */
export function writeCsv(rows: readonly (readonly string[])[], format: CsvFormat): string {
  const text = stringify(rows as string[][], {
    delimiter: format.delimiter,
    record_delimiter: format.crlf ? 'windows' : 'unix',
  });
  return (format.bom ? '\uFEFF' : '') + text.replace(/\r?\n$/, '');
}

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^a-z0-9]+/g;

/** A column name folded for matching: accents, case, spaces and punctuation do not count. */
export function foldHeader(name: string): string {
  return name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, '');
}

/**
 * The position of the first column whose folded name is one of `names` (already folded), or
 * `-1`. Spreadsheets name a column in many ways; the CLI's help lists the names it knows.
 */
export function column(header: readonly string[], names: readonly string[]): number {
  const folded = header.map(foldHeader);
  for (const n of names) {
    const i = folded.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}
