import { describe } from '../../errors/describe.js';
import { openAccount } from '../../lifecycle/openAccount.js';
import { reviewAccounts } from '../../review/reviewAccounts.js';
import type { ReviewSnapshot } from '../../review/types.js';
import { dateCell, holderCell, numberCell, usernameCell, yesCell } from '../cells.js';
import { type Ctx, fileError, isOutcome, type Outcome, readText } from '../context.js';
import { column, type RowError, readCsv, writeCsv } from '../csv.js';

const COLUMNS = {
  id: ['id', 'idcuenta'],
  username: ['usuario', 'cuenta', 'correo', 'email', 'correoelectronico', 'username'],
  department: ['departamento', 'area', 'adscripcion', 'department'],
  createdOn: ['creada', 'fechadecreacion', 'fechacreacion', 'alta', 'fechaalta', 'createdon', 'created'],
  lastAccessOn: [
    'ultimoacceso',
    'fechaultimoacceso',
    'ultimoingreso',
    'lastaccesson',
    'lastlogin',
    'lastaccess',
  ],
  expiresOn: ['vence', 'expira', 'fechadeexpiracion', 'expiracion', 'expireson'],
  holder: ['tipo', 'holder'],
  internet: ['internet'],
  usedMb: ['usadomb', 'usomb', 'ocupadomb', 'usedmb'],
  capacityMb: ['capacidadmb', 'cuotamb', 'capacitymb', 'quotamb'],
  name: ['nombrecompleto', 'nombre', 'titular', 'fullname', 'name'],
} as const;

type Snapshots = { snapshots: ReviewSnapshot[]; lines: number[]; errors: RowError[] };

function fromCsv(ctx: Ctx, path: string, text: string): Snapshots | Outcome {
  const t = readCsv(text, ctx.en);
  const c = Object.fromEntries(
    Object.entries(COLUMNS).map(([k, names]) => [k, column(t.header, names)]),
  ) as Record<keyof typeof COLUMNS, number>;
  for (const key of ['username', 'department', 'createdOn'] as const) {
    if (c[key] < 0) {
      return fileError(
        ctx.en
          ? `${path}: no column for ${key} (${COLUMNS[key].join(', ')}); see seseq-correo revision --help`
          : `${path}: no hay columna para ${key} (${COLUMNS[key].join(', ')}); vea seseq-correo revision --ayuda`,
      );
    }
  }
  const out: Snapshots = { snapshots: [], lines: [], errors: [...t.errors] };
  // A missing column is -1, and `cells[-1]` is undefined.
  const cell = (cells: readonly string[], k: keyof typeof COLUMNS) => cells[c[k]];
  for (const { line, cells } of t.rows) {
    const username = usernameCell(cell(cells, 'username'));
    const dates = {
      createdOn: dateCell(cell(cells, 'createdOn')),
      lastAccessOn: dateCell(cell(cells, 'lastAccessOn')),
      expiresOn: dateCell(cell(cells, 'expiresOn')),
    };
    const badDate = Object.entries(dates).find(([, v]) => v === undefined);
    if (badDate !== undefined) {
      const raw = cell(cells, badDate[0] as keyof typeof COLUMNS);
      out.errors.push({ line, message: ctx.en ? `'${raw}' is not a date` : `'${raw}' no es una fecha` });
      continue;
    }
    const holder = holderCell(cell(cells, 'holder'));
    if (holder === undefined) {
      out.errors.push({ line, message: ctx.en ? `unknown holder type` : `tipo de titular desconocido` });
      continue;
    }
    const account = openAccount({
      id: (cell(cells, 'id') || username).trim(),
      username,
      // The column is required and every row has the header's number of cells.
      department: cell(cells, 'department')!.trim(),
      ...(holder ? { holder } : {}),
      createdOn: dates.createdOn,
      lastAccessOn: dates.lastAccessOn,
      expiresOn: dates.expiresOn,
      // Stryker disable next-line StringLiteral: the review reports nothing of internet access; the column is read into the account as documented
      internet: yesCell(cell(cells, 'internet')),
    });
    if (account.isErr()) {
      out.errors.push({ line, message: account.error.map((v) => describe(v, ctx.locale)).join(' ') });
      continue;
    }
    // No figure is no mailbox: -1 MB used and a capacity of 0 are left out below.
    const usedMb = numberCell(cell(cells, 'usedMb')) ?? -1;
    const capacityMb = numberCell(cell(cells, 'capacityMb')) ?? 0;
    const name = (cell(cells, 'name') ?? '').trim();
    out.snapshots.push({
      account: account.value,
      // Stryker disable next-line EqualityOperator: an empty mailbox (0 MB used of a capacity) is `ok` and reported by nothing, so leaving it out is the same
      ...(capacityMb > 0 && usedMb >= 0 ? { mailbox: { usedMb, capacityMb } } : {}),
      ...(name !== '' ? { name: name.slice(0, 500) } : {}),
    });
    out.lines.push(line);
  }
  return out;
}

/**
 * `revision <accounts.csv|accounts.json>`: the four-monthly review (8.3-1…3) as a table, CSV
 * or JSON. A row the review refuses is reported with its line and left out.
 */
export function revision(ctx: Ctx): Outcome {
  const path = ctx.args.positionals[0]!;
  const text = readText(ctx, path);
  if (isOutcome(text)) return text;
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  let read: Snapshots | Outcome;
  // Read as JSON by its name in any case, or by its first character: its items are numbered.
  const asJson = path.toLowerCase().endsWith('.json') || first === '[' || first === '{';
  if (asJson) {
    try {
      const value = JSON.parse(body) as unknown;
      if (!Array.isArray(value)) {
        return fileError(
          ctx.en
            ? `${path}: expected a JSON array of snapshots`
            : `${path}: se esperaba un arreglo JSON de instantáneas`,
        );
      }
      read = { snapshots: value as ReviewSnapshot[], lines: value.map((_, i) => i + 1), errors: [] };
    } catch {
      return fileError(ctx.en ? `${path} is not valid JSON` : `${path} no es JSON válido`);
    }
  } else read = fromCsv(ctx, path, body);
  if (isOutcome(read)) return read;
  const asOf = ctx.args.values.al ?? ctx.io.today();
  const where = ctx.en ? 'item' : 'elemento';
  // A snapshot the review refuses is reported by its line and the rest reviewed again.
  for (;;) {
    const r = reviewAccounts(read.snapshots, asOf);
    if (r.isOk()) {
      const review = r.value;
      let out: string;
      if (ctx.args.values.formato === 'csv') {
        const head = ctx.en
          ? ['username', 'department', 'finding', 'action', 'on', 'clause']
          : ['usuario', 'departamento', 'hallazgo', 'acción', 'fecha', 'cláusula'];
        out = writeCsv(
          [head, ...review.items.map((i) => [i.username, i.department, i.finding, i.action, i.on, i.clause])],
          // Stryker disable next-line ObjectLiteral: csv-stringify's defaults are the same (`,`, LF) and writeCsv adds a BOM only when asked
          { delimiter: ',', bom: false, crlf: false },
        );
      } else {
        out = [
          `${ctx.en ? 'Review of' : 'Revisión al'} ${review.asOf} (8.3-1): ${review.accounts} ${ctx.en ? 'accounts; next on' : 'cuentas; la siguiente el'} ${review.nextReviewOn}`,
          ...review.items.map((i) => `${i.username}\t${i.finding}\t${i.action}\t${i.on}\t(${i.clause})`),
        ].join('\n');
      }
      return { code: read.errors.length > 0 ? 1 : 0, result: review, text: out, rows: read.errors };
    }
    // Stryker disable next-line OptionalChaining: every violation reviewAccounts returns has details
    const index = r.error.details?.index;
    // The index is the position of the refused snapshot in the array given; without one the
    // review itself is refused (its date).
    if (typeof index !== 'number') return { code: 1, violations: [r.error] };
    const line = read.lines[index]!;
    read.errors.push({
      line,
      message: `${asJson ? `${where} ${line}: ` : ''}${describe(r.error, ctx.locale)}`,
    });
    read.snapshots.splice(index, 1);
    read.lines.splice(index, 1);
  }
}
