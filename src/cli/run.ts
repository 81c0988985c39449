import { describe, type Locale } from '../errors/describe.js';
import type { Violation } from '../errors/violation.js';
import { ACCOUNT_MACHINE } from '../lifecycle/machine.js';
import { toMermaid } from '../machine/toMermaid.js';
import { checkUsernameConformance } from '../names/checkUsernameConformance.js';
import { generateUsername } from '../names/generateUsername.js';
import { REQUEST_MACHINE } from '../request/machine.js';
import { reviewAccountRequest } from '../request/reviewAccountRequest.js';
import { reviewAccounts } from '../review/reviewAccounts.js';
import { cancellationSchedule } from '../schedule/cancellationSchedule.js';
import { inactivityStatus } from '../schedule/inactivityStatus.js';
import { isBossNoticeLate } from '../schedule/isBossNoticeLate.js';
import { offboardingSchedule } from '../schedule/offboardingSchedule.js';

/**
 * What the CLI may touch, handed in by the shell (`bin.ts`), so that every command is a pure
 * function of its arguments, the files it reads and today's date.
 */
export type CliIo = {
  /** The text of a file, or `null` when it cannot be read. */
  readonly readFile: (path: string) => string | null;
  /** Today in the institution's time zone, `YYYY-MM-DD`. */
  readonly today: () => string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};

type Flags = { json: boolean; locale: Locale; values: Map<string, string>; args: string[] };

const HELP_ES = `seseq-correo: el procedimiento U430-DP-P09 de correo electrónico de SESEQ

Uso:
  seseq-correo usuario "<nombre completo>" [--ocupados <archivo>]
  seseq-correo conformidad <usuario> "<nombre completo>"
  seseq-correo plazos baja <AAAA-MM-DD>
  seseq-correo plazos cancelacion <AAAA-MM-DD>
  seseq-correo plazos inactividad <último acceso|nunca> <creada> [--al <AAAA-MM-DD>]
  seseq-correo plazos aviso-jefe <baja> <aviso>
  seseq-correo solicitud <f01.json> [--asientos <n>] [--salidas <n>] [--ocupados <archivo>]
  seseq-correo revision <cuentas.json> [--al <AAAA-MM-DD>]
  seseq-correo diagrama solicitud|cuenta

Opciones: --json (salida en JSON), --en (mensajes en inglés), --ayuda.
El archivo de --ocupados tiene un nombre de usuario por línea (también los retirados, 4.19).`;

const HELP_EN = `seseq-correo: SESEQ's email procedure U430-DP-P09

Usage:
  seseq-correo usuario "<full name>" [--ocupados <file>]          a username (5.4.3)
  seseq-correo conformidad <username> "<full name>"                does it follow 5.4.3? (5.4.6)
  seseq-correo plazos baja <YYYY-MM-DD>                            grace period (4.22)
  seseq-correo plazos cancelacion <YYYY-MM-DD>                     requested cancellation (4.24)
  seseq-correo plazos inactividad <last access|nunca> <created> [--al <date>]   (4.19)
  seseq-correo plazos aviso-jefe <baja> <notice>                   late boss notice (4.23)
  seseq-correo solicitud <f01.json> [--asientos n] [--salidas n] [--ocupados file]   review F01
  seseq-correo revision <accounts.json> [--al <date>]              four-monthly review (8.3)
  seseq-correo diagrama solicitud|cuenta                           Mermaid diagram

Options: --json, --en (English), --ayuda / --help.
The --ocupados file lists one username per line (retired ones too, 4.19).`;

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { json: false, locale: 'es-MX', values: new Map(), args: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') flags.json = true;
    else if (a === '--en') flags.locale = 'en';
    else if (a === '--ayuda' || a === '--help' || a === '-h') flags.values.set('help', '1');
    else if (a.startsWith('--')) {
      flags.values.set(a.slice(2), argv[i + 1] ?? '');
      i++;
    } else flags.args.push(a);
  }
  return flags;
}

/**
 * Runs one CLI command and returns its exit code: 0 done, 1 the procedure refuses (a violation,
 * a blocking finding), 2 the command itself is wrong (usage, unreadable file, bad JSON).
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const f = parseFlags(argv);
  const [command, ...args] = f.args;
  const en = f.locale === 'en';
  const print = (value: unknown, text: string) => io.out(f.json ? JSON.stringify(value, null, 2) : text);
  const refuse = (violations: readonly Violation[]): number => {
    if (f.json) io.out(JSON.stringify({ ok: false, violations }, null, 2));
    else for (const v of violations) io.err(`✗ ${describe(v, f.locale)}`);
    return 1;
  };
  const usage = (): number => {
    io.err(en ? HELP_EN : HELP_ES);
    return 2;
  };
  const readJson = (path: string | undefined): { value: unknown } | null => {
    if (path === undefined) return null;
    const text = io.readFile(path);
    if (text === null) {
      io.err(en ? `Cannot read ${path}` : `No se puede leer ${path}`);
      return null;
    }
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      io.err(en ? `${path} is not valid JSON` : `${path} no es JSON válido`);
      return null;
    }
  };
  const takenFrom = (): Set<string> | null => {
    const path = f.values.get('ocupados');
    if (path === undefined) return new Set();
    const text = io.readFile(path);
    if (text === null) {
      io.err(en ? `Cannot read ${path}` : `No se puede leer ${path}`);
      return null;
    }
    return new Set(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0),
    );
  };

  if (f.values.has('help') || command === undefined || command === 'ayuda' || command === 'help') {
    io.out(en ? HELP_EN : HELP_ES);
    return command === undefined && !f.values.has('help') ? 2 : 0;
  }

  switch (command) {
    case 'usuario': {
      const taken = takenFrom();
      if (taken === null) return 2;
      if (args.length === 0) return usage();
      const r = generateUsername(args.join(' '), taken);
      if (r.isErr()) return refuse([r.error]);
      const a = r.value;
      print(
        a,
        `${a.username}\t${a.email}\t${a.rule}${a.clause ? ` (${a.clause})` : ''}${a.needsReview ? (en ? '\tneeds review' : '\trequiere revisión') : ''}`,
      );
      return 0;
    }
    case 'conformidad': {
      const [username, ...name] = args;
      if (username === undefined || name.length === 0) return usage();
      const r = checkUsernameConformance(name.join(' '), username);
      if (r.isErr()) return refuse([r.error]);
      const c = r.value;
      const expected = c.expected.map((e) => e.username).join(', ');
      print(
        c,
        c.conforms
          ? `${username.toUpperCase()}: ${en ? 'follows' : 'cumple'} ${c.rule} (5.4.3)`
          : `${username.toUpperCase()}: ${en ? 'follows no rule of 5.4.3; expected' : 'no cumple ninguna regla de 5.4.3; se esperaba'} ${expected} (5.4.6)`,
      );
      return c.conforms ? 0 : 1;
    }
    case 'plazos':
      return schedules(args, f, io, print, refuse, usage);
    case 'solicitud': {
      const form = readJson(args[0]);
      if (form === null) return args[0] === undefined ? usage() : 2;
      const taken = takenFrom();
      if (taken === null) return 2;
      const seats = Number(f.values.get('asientos') ?? 0);
      const exits = Number(f.values.get('salidas') ?? 0);
      const r = reviewAccountRequest(form.value, { seatsInUse: seats, exitsInUse: exits, taken });
      if (r.isErr()) return refuse(r.error);
      const lines = r.value.findings.map(
        (x) => `${x.severity === 'blocking' ? '✗' : '·'} ${describe(x, f.locale)}`,
      );
      const u = r.value.proposedUsername;
      if (u !== null) lines.push(`${en ? 'Username' : 'Usuario'}: ${u.username} (${u.rule})`);
      lines.push(
        r.value.blocking
          ? en
            ? 'Does not proceed as it stands (8.1-4).'
            : 'No procede tal como está (8.1-4).'
          : en
            ? 'Proceeds (8.1-4.B).'
            : 'Procede (8.1-4.B).',
      );
      print(r.value, lines.join('\n'));
      return r.value.blocking ? 1 : 0;
    }
    case 'revision': {
      const snapshots = readJson(args[0]);
      if (snapshots === null) return args[0] === undefined ? usage() : 2;
      const asOf = f.values.get('al') ?? io.today();
      const r = reviewAccounts(snapshots.value, asOf);
      if (r.isErr()) return refuse([r.error]);
      const lines = [
        `${en ? 'Review of' : 'Revisión al'} ${r.value.asOf} (8.3-1): ${r.value.accounts} ${en ? 'accounts; next on' : 'cuentas; la siguiente el'} ${r.value.nextReviewOn}`,
        ...r.value.items.map((i) => `${i.username}\t${i.finding}\t${i.action}\t${i.on}\t(${i.clause})`),
      ];
      print(r.value, lines.join('\n'));
      return 0;
    }
    case 'diagrama': {
      const which = args[0];
      const diagram =
        which === 'solicitud'
          ? toMermaid(REQUEST_MACHINE)
          : which === 'cuenta'
            ? toMermaid(ACCOUNT_MACHINE)
            : null;
      if (diagram === null) return usage();
      io.out(diagram);
      return 0;
    }
    default:
      return usage();
  }
}

function schedules(
  args: readonly string[],
  f: Flags,
  io: CliIo,
  print: (value: unknown, text: string) => void,
  refuse: (v: readonly Violation[]) => number,
  usage: () => number,
): number {
  const en = f.locale === 'en';
  const [kind, a, b] = args;
  switch (kind) {
    case 'baja': {
      if (a === undefined) return usage();
      const r = offboardingSchedule(a);
      if (r.isErr()) return refuse([r.error]);
      print(
        r.value,
        en
          ? `Usable through ${r.value.usableThrough}; cancelled on ${r.value.cancelOn} (4.22)`
          : `Activa hasta el ${r.value.usableThrough}; se cancela el ${r.value.cancelOn} (4.22)`,
      );
      return 0;
    }
    case 'cancelacion': {
      if (a === undefined) return usage();
      const r = cancellationSchedule(a);
      if (r.isErr()) return refuse([r.error]);
      print(
        r.value,
        en
          ? `Cancellation takes effect on ${r.value.cancelOn} (4.24)`
          : `La cancelación se efectúa el ${r.value.cancelOn} (4.24)`,
      );
      return 0;
    }
    case 'inactividad': {
      if (a === undefined || b === undefined) return usage();
      const r = inactivityStatus(
        a === 'nunca' || a === 'never' ? null : a,
        b,
        f.values.get('al') ?? io.today(),
      );
      if (r.isErr()) return refuse([r.error]);
      const s = r.value;
      print(
        s,
        `${s.inactive ? (en ? 'Inactive' : 'Inactiva') : en ? 'Active' : 'Activa'}; ${en ? 'inactive from' : 'inactiva desde el'} ${s.inactiveFrom} (4.19)`,
      );
      return 0;
    }
    case 'aviso-jefe': {
      if (a === undefined || b === undefined) return usage();
      const r = isBossNoticeLate(a, b);
      if (r.isErr()) return refuse([r.error]);
      const s = r.value;
      print(
        s,
        `${s.late ? (en ? 'Late' : 'Tardío') : en ? 'On time' : 'A tiempo'}: ${s.days} ${en ? 'days after the baja' : 'días después de la baja'} (4.23)`,
      );
      return s.late ? 1 : 0;
    }
    default:
      return usage();
  }
}
