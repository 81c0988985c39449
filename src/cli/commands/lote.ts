import { describe } from '../../errors/describe.js';
import type { Violation } from '../../errors/violation.js';
import { assignUsernames } from '../../names/assignUsernames.js';
import type { PersonNameInput, UsernameAssignment } from '../../names/types.js';
import { type Ctx, fileError, isOutcome, type Outcome, progress, readText } from '../context.js';
import { column, type RowError, readCsv, writeCsv } from '../csv.js';
import { readTaken } from '../taken.js';

const FULL = ['nombrecompleto', 'fullname', 'nombre', 'name'];
const GIVEN = ['nombres', 'nombre', 'givennames'];
const PATERNAL = ['apellidopaterno', 'primerapellido', 'paterno', 'paternalsurname'];
const MATERNAL = ['apellidomaterno', 'segundoapellido', 'materno', 'maternalsurname'];
const CHUNK = 1000;

/** One row of `lote`'s answer. */
export type LoteRow = {
  readonly line: number;
  readonly username: string | null;
  readonly email: string | null;
  readonly rule: string | null;
  readonly clause: string | null;
  readonly needsReview: boolean;
  readonly error: (Violation & { readonly message: string }) | null;
};

/**
 * `lote <people.csv>`: usernames for many people at once (5.4.3), unique within the batch and
 * against `--ocupados`; the same rows come back with the username, address, rule, clause,
 * whether it needs review, or the violation in words.
 */
export function lote(ctx: Ctx): Outcome {
  const path = ctx.args.positionals[0]!;
  const text = readText(ctx, path);
  if (isOutcome(text)) return text;
  const taken = readTaken(ctx);
  if (isOutcome(taken)) return taken;
  const table = readCsv(text, ctx.en);
  const paternal = column(table.header, PATERNAL);
  const maternal = column(table.header, MATERNAL);
  const given = paternal >= 0 ? column(table.header, GIVEN) : -1;
  const full = paternal >= 0 ? -1 : column(table.header, FULL);
  if (given < 0 && full < 0) {
    return fileError(
      ctx.en
        ? `${path}: no column with the name (nombre completo, or nombres + apellido paterno); see seseq-correo lote --help`
        : `${path}: no hay columna con el nombre (nombre completo, o nombres + apellido paterno); vea seseq-correo lote --ayuda`,
    );
  }
  const people: (string | PersonNameInput)[] = table.rows.map((r) =>
    full >= 0
      ? r.cells[full]!
      : {
          givenNames: r.cells[given]!,
          paternalSurname: r.cells[paternal] || null,
          // Stryker disable next-line ConditionalExpression: equivalent, cells[-1] is undefined, which `|| null` makes null too
          maternalSurname: maternal >= 0 ? r.cells[maternal] || null : null,
        },
  );
  const assigned = new Set<string>();
  const isTaken = (u: string): boolean => {
    const up = u.toUpperCase();
    return taken.has(up) || assigned.has(up);
  };
  const tick = progress(ctx, people.length);
  const rows: LoteRow[] = [];
  for (let from = 0; from < people.length; from += CHUNK) {
    const results = assignUsernames(people.slice(from, from + CHUNK), isTaken);
    results.forEach((r, k) => {
      const line = table.rows[from + k]!.line;
      if (r.isOk()) {
        const a: UsernameAssignment = r.value;
        assigned.add(a.username.toUpperCase());
        rows.push({
          line,
          username: a.username,
          email: a.email,
          rule: a.rule,
          clause: a.clause,
          needsReview: a.needsReview,
          error: null,
        });
      } else {
        const message = describe(r.error, ctx.locale);
        rows.push({
          line,
          username: null,
          email: null,
          rule: null,
          clause: null,
          needsReview: false,
          error: { ...r.error, message },
        });
      }
    });
    tick(Math.min(from + CHUNK, people.length));
  }
  const failed = rows.filter((r) => r.error !== null).length;
  const rowErrors: RowError[] = [...table.errors];
  const summary = {
    rows: rows.length,
    assigned: rows.length - failed,
    needsReview: rows.filter((r) => r.needsReview).length,
    refused: failed,
    malformed: table.errors.length,
  };
  const code = failed > 0 || table.errors.length > 0 ? 1 : 0;
  const format = ctx.args.values.formato ?? 'csv';
  const yes = ctx.en ? 'yes' : 'sí';
  let out: string;
  if (format === 'csv') {
    const head = ctx.en
      ? ['username', 'email', 'rule', 'clause', 'review', 'error']
      : ['usuario', 'correo', 'regla', 'cláusula', 'revisar', 'error'];
    out = writeCsv(
      [
        [...table.header, ...head],
        ...rows.map((r, i) => [
          ...table.rows[i]!.cells,
          r.username ?? '',
          r.email ?? '',
          r.rule ?? '',
          r.clause ?? r.error?.clause ?? '',
          r.needsReview ? yes : '',
          r.error?.message ?? '',
        ]),
      ],
      table.format,
    );
  } else {
    out = rows
      .map((r) =>
        r.error === null
          ? `${r.line}\t${r.username}\t${r.email}\t${r.rule}${r.clause ? ` (${r.clause})` : ''}${r.needsReview ? (ctx.en ? '\tneeds review' : '\trequiere revisión') : ''}`
          : `${r.line}\t✗ ${r.error.message}`,
      )
      .join('\n');
  }
  return {
    code,
    result: { rows, summary },
    text: out,
    rows: [
      ...rowErrors,
      ...rows.filter((r) => r.error !== null).map((r) => ({ line: r.line, message: r.error!.message })),
    ].sort((a, b) => a.line - b.line),
  };
}
