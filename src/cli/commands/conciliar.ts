import { reconcileRoster } from '../../oversight/reconcileRoster.js';
import type { RosterAccount, RosterFinding, RosterRow } from '../../oversight/types.js';
import { dateCell, holderCell, statusCell, usernameCell } from '../cells.js';
import { type Ctx, fileError, isOutcome, type Outcome, readText } from '../context.js';
import { column, type RowError, readCsv, type Table, writeCsv } from '../csv.js';

const USERNAME = ['usuario', 'cuenta', 'correo', 'email', 'correoelectronico', 'username'];
const DEPARTMENT = ['departamento', 'area', 'adscripcion', 'department', 'unidad'];
const EMPLOYEE = [
  'numerodeempleado',
  'numempleado',
  'noempleado',
  'numeroempleado',
  'empleado',
  'idempleado',
  'employeeid',
  'nomina',
];
const NAME = ['nombrecompleto', 'nombre', 'titular', 'fullname', 'name'];
const STATUS = ['estado', 'status'];
const HOLDER = ['tipo', 'holder'];
const ENDS = [
  'findecontrato',
  'fechafin',
  'fechadefin',
  'finvigencia',
  'vence',
  'vencimiento',
  'contractendson',
];

type Read<T> = { items: T[]; lines: number[]; errors: RowError[] };

function need(ctx: Ctx, path: string, what: string, index: number): Outcome | null {
  if (index >= 0) return null;
  return fileError(
    ctx.en
      ? `${path}: no column for ${what}; see seseq-correo conciliar --help`
      : `${path}: no hay columna de ${what}; vea seseq-correo conciliar --ayuda`,
  );
}

function readAccounts(ctx: Ctx, t: Table): Read<RosterAccount> {
  const [u, d, e, n, s, h] = [USERNAME, DEPARTMENT, EMPLOYEE, NAME, STATUS, HOLDER].map((c) =>
    column(t.header, c),
  ) as [number, number, number, number, number, number];
  const out: Read<RosterAccount> = { items: [], lines: [], errors: [...t.errors] };
  for (const { line, cells } of t.rows) {
    const username = usernameCell(cells[u]);
    // Every row has a cell per header (readCsv); `trim` for a quoted blank, which csv-parse keeps.
    const department = cells[d]!.trim();
    // Stryker disable next-line ConditionalExpression: equivalent, cells[-1] is undefined, which statusCell reads as no status
    const status = s >= 0 ? statusCell(cells[s]) : null;
    // Stryker disable next-line ConditionalExpression: equivalent, cells[-1] is undefined, which holderCell reads as no type
    const holder = h >= 0 ? holderCell(cells[h]) : null;
    const problem =
      username === '' || username.length > 200
        ? ctx.en
          ? 'no username'
          : 'sin usuario'
        : department === '' || department.length > 200
          ? ctx.en
            ? 'no department'
            : 'sin departamento'
          : status === undefined
            ? ctx.en
              ? `unknown status '${cells[s]}'`
              : `estado desconocido '${cells[s]}'`
            : holder === undefined
              ? ctx.en
                ? `unknown holder type '${cells[h]}'`
                : `tipo de titular desconocido '${cells[h]}'`
              : null;
    if (problem !== null) {
      out.errors.push({ line, message: problem });
      continue;
    }
    out.items.push({
      username,
      department,
      employeeId: e >= 0 ? cells[e]!.slice(0, 100) || null : null,
      name: n >= 0 ? cells[n]!.slice(0, 500) || null : null,
      ...(status ? { status: status as NonNullable<RosterAccount['status']> } : {}),
      ...(holder ? { holder } : {}),
    });
    out.lines.push(line);
  }
  return out;
}

function readRoster(ctx: Ctx, t: Table): Read<RosterRow> {
  const [e, n, d, x] = [EMPLOYEE, NAME, DEPARTMENT, ENDS].map((c) => column(t.header, c)) as [
    number,
    number,
    number,
    number,
  ];
  const out: Read<RosterRow> = { items: [], lines: [], errors: [...t.errors] };
  for (const { line, cells } of t.rows) {
    const employeeId = e >= 0 ? cells[e]!.slice(0, 100) : '';
    const name = n >= 0 ? cells[n]!.slice(0, 500) : '';
    const department = cells[d]!.trim();
    // Stryker disable next-line ConditionalExpression: equivalent, cells[-1] is undefined, which dateCell reads as no date
    const ends = x >= 0 ? dateCell(cells[x]) : null;
    const problem =
      // Trimmed as the roster check does: a quoted blank is no number or name (not a refusal of the file).
      employeeId.trim() === '' && name.trim() === ''
        ? ctx.en
          ? 'no employee number and no name'
          : 'sin número de empleado ni nombre'
        : department === '' || department.length > 200
          ? ctx.en
            ? 'no department'
            : 'sin departamento'
          : ends === undefined
            ? ctx.en
              ? `'${cells[x]}' is not a date`
              : `'${cells[x]}' no es una fecha`
            : null;
    if (problem !== null) {
      out.errors.push({ line, message: problem });
      continue;
    }
    out.items.push({
      employeeId: employeeId || null,
      name: name || null,
      department,
      contractEndsOn: ends ?? null,
    });
    out.lines.push(line);
  }
  return out;
}

/** The finding in words, with its step. */
function sentence(f: RosterFinding, rosterLines: readonly number[], en: boolean): string {
  const lines = rosterLines.join(', ');
  switch (f.kind) {
    case 'notActiveWorker':
      return en
        ? 'not on the roster of active workers (5.4.10) → file its baja (OFFBOARD)'
        : 'no está en la plantilla de trabajadores activos (5.4.10) → tramitar su baja (OFFBOARD)';
    case 'contractEnded': {
      // Stryker disable next-line ConditionalExpression: equivalent, a contractEnded finding's step is always OFFBOARD (reconcileRoster)
      const on = f.step.type === 'OFFBOARD' ? f.step.bajaOn : null;
      return en
        ? `contract ended on ${on} (5.4.14; roster line ${lines}) → OFFBOARD with baja ${on}, cause contractEnd`
        : `su contrato terminó el ${on} (5.4.14; plantilla línea ${lines}) → OFFBOARD con baja el ${on}, causa fin de contrato`;
    }
    case 'departmentMismatch': {
      // Stryker disable next-line ConditionalExpression: equivalent, a departmentMismatch finding's step is always REPORT_TRANSFER (reconcileRoster)
      const to = f.step.type === 'REPORT_TRANSFER' ? f.step.toDepartment : null;
      return en
        ? `the roster has the holder in ${to} (4.20; roster line ${lines}) → report the transfer (REPORT_TRANSFER)`
        : `la plantilla lo tiene en ${to} (4.20; plantilla línea ${lines}) → avisar el cambio de adscripción (REPORT_TRANSFER)`;
    }
    case 'probableMatch':
      return en
        ? `matches by name only roster line ${lines} (5.4.10) → a person confirms who it is`
        : `coincide solo por nombre con la plantilla, línea ${lines} (5.4.10) → confirmar de quién se trata`;
    case 'unidentified':
      return en
        ? 'no employee number and no readable name (5.4.10) → a person confirms who holds it'
        : 'sin número de empleado ni nombre legible (5.4.10) → confirmar quién es el titular';
  }
}

/**
 * `conciliar <accounts.csv> <roster.csv>`: are the holders active workers (5.4.10, 5.4.14,
 * 8.3-2), in the department the roster says (4.20)?
 */
export function conciliar(ctx: Ctx): Outcome {
  const [accountsPath, rosterPath] = ctx.args.positionals as [string, string];
  const at = readText(ctx, accountsPath);
  if (isOutcome(at)) return at;
  const rt = readText(ctx, rosterPath);
  if (isOutcome(rt)) return rt;
  const accountsTable = readCsv(at, ctx.en);
  const rosterTable = readCsv(rt, ctx.en);
  const missing =
    need(ctx, accountsPath, ctx.en ? 'the username' : 'usuario', column(accountsTable.header, USERNAME)) ??
    need(
      ctx,
      accountsPath,
      ctx.en ? 'the department' : 'departamento',
      column(accountsTable.header, DEPARTMENT),
    ) ??
    need(
      ctx,
      rosterPath,
      ctx.en ? 'the department' : 'departamento',
      column(rosterTable.header, DEPARTMENT),
    ) ??
    (column(rosterTable.header, EMPLOYEE) < 0 && column(rosterTable.header, NAME) < 0
      ? need(ctx, rosterPath, ctx.en ? 'the employee number or the name' : 'número de empleado o nombre', -1)
      : null);
  if (missing !== null) return missing;
  const accounts = readAccounts(ctx, accountsTable);
  const roster = readRoster(ctx, rosterTable);
  const asOf = ctx.args.values.al ?? ctx.io.today();
  const r = reconcileRoster(accounts.items, roster.items, asOf);
  if (r.isErr()) return { code: 1, violations: [r.error] };
  const findings = r.value.findings.map((f) => {
    const rosterLines = f.roster.map((x) => roster.lines[x.index]!);
    return {
      ...f,
      accountLine: accounts.lines[f.accountIndex]!,
      rosterLines,
      message: sentence(f, rosterLines, ctx.en),
    };
  });
  const errors = [
    ...accounts.errors.map((e) => ({ ...e, message: `${accountsPath}: ${e.message}` })),
    ...roster.errors.map((e) => ({ ...e, message: `${rosterPath}: ${e.message}` })),
  ];
  let text: string;
  if (ctx.args.values.formato === 'csv') {
    const head = ctx.en
      ? ['line', 'username', 'department', 'finding', 'clause', 'step', 'detail', 'roster_lines']
      : ['línea', 'usuario', 'departamento', 'hallazgo', 'cláusula', 'paso', 'detalle', 'líneas_plantilla'];
    text = writeCsv(
      [
        head,
        ...findings.map((f) => [
          String(f.accountLine),
          f.username,
          f.department,
          f.kind,
          f.clause,
          f.step.type,
          f.message,
          f.rosterLines.join(' '),
        ]),
      ],
      accountsTable.format,
    );
  } else {
    const title = ctx.en
      ? `Reconciliation on ${asOf} (5.4.10): ${r.value.accounts} accounts, ${r.value.roster} workers, ${r.value.matched} matched, ${findings.length} findings`
      : `Conciliación al ${asOf} (5.4.10): ${r.value.accounts} cuentas, ${r.value.roster} trabajadores, ${r.value.matched} identificadas, ${findings.length} hallazgos`;
    text = [
      title,
      ...findings.map(
        (f) => `${ctx.en ? 'line' : 'línea'} ${f.accountLine}\t${f.username}\t${f.department}\t${f.message}`,
      ),
    ].join('\n');
  }
  return { code: errors.length > 0 ? 1 : 0, result: { ...r.value, findings }, text, rows: errors };
}
