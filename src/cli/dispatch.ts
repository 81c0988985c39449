import { describe, type Locale } from '../errors/describe.js';
import { type CommandSpec, lenientFlags, parseCommand } from './args.js';
import type { CliIo, CliJson, Ctx, Outcome } from './context.js';
import { COMMANDS, type Command, helpText, hint } from './help.js';

const FORMAT = { oneOf: ['tabla', 'csv', 'json'] } as const;
const LOTE_FORMAT = { oneOf: ['csv', 'tabla', 'json'] } as const;

/** The arguments of each subcommand. */
const SPECS: Readonly<Record<Command, CommandSpec>> = {
  usuario: { options: { ocupados: 'file' }, positionals: [1, Number.POSITIVE_INFINITY] },
  conformidad: { options: {}, positionals: [2, Number.POSITIVE_INFINITY] },
  plazos: { options: { al: 'date' }, positionals: [1, 3] },
  solicitud: {
    options: { asientos: 'count', salidas: 'count', ocupados: 'file' },
    positionals: [1, 1],
  },
  lote: { options: { ocupados: 'file', formato: LOTE_FORMAT }, positionals: [1, 1] },
  revision: { options: { al: 'date', formato: FORMAT }, positionals: [1, 1] },
  conciliar: { options: { al: 'date', formato: FORMAT }, positionals: [2, 2] },
  anomalias: {
    options: {
      al: 'date',
      'dias-detenida': 'count',
      'rafaga-dias': 'count',
      'rafaga-umbral': 'count',
      formato: FORMAT,
    },
    positionals: [1, 1],
  },
  diagrama: { options: {}, positionals: [1, 1] },
};

const isCommand = (x: string | undefined): x is Command =>
  (COMMANDS as readonly (string | undefined)[]).includes(x);

// Stryker disable next-line StringLiteral: equivalent, only 'en' is told apart; any other locale reads Spanish (describe)
const localeOf = (en: boolean): Locale => (en ? 'en' : 'es-MX');

/** The function of a subcommand. */
export type CommandRun = (ctx: Ctx) => Outcome;

/** The first argument if it names a subcommand, else `null`: what the shell loads lazily. */
export function commandOf(argv: readonly string[]): Command | null {
  return isCommand(argv[0]) ? argv[0] : null;
}

/**
 * Runs one CLI command with the given function for it, and returns its exit code: 0 done, 1 the procedure refuses (a violation,
 * a blocking finding, a late notice) or some row of an input file failed, 2 the command itself
 * is wrong (unknown option, missing value, a bad date or count, an unreadable file, bad JSON).
 * With `--json` every outcome is one {@link CliJson} document on standard output.
 */
export function dispatch(argv: readonly string[], io: CliIo, run: CommandRun | null): number {
  const loose = lenientFlags(argv);
  const first = argv[0];
  if (first === '--version' || first === '-v') {
    const version = io.version ?? '0.0.0';
    if (loose.json)
      io.out(JSON.stringify({ ok: true, exitCode: 0, command: null, result: { version } } satisfies CliJson));
    else io.out(version);
    return 0;
  }
  if (!isCommand(first)) {
    const asksHelp =
      first === undefined
        ? false
        : // '--help', '--ayuda' and '-h' first are options before any command: the next line.
          ['ayuda', 'help'].includes(first) ||
          (first.startsWith('-') && argv.some((a) => a === '--help' || a === '--ayuda' || a === '-h'));
    if (asksHelp) {
      emitHelp(io, null, loose);
      return 0;
    }
    const message =
      first === undefined
        ? 'falta la orden' // no argument at all, so no --en either
        : first.startsWith('-')
          ? loose.en
            ? `unknown option ${first} (the command goes first)`
            : `opción desconocida ${first} (la orden va primero)`
          : loose.en
            ? `unknown command '${first}'`
            : `orden desconocida '${first}'`;
    return emit(io, null, { code: 2, usage: message }, loose.json, localeOf(loose.en));
  }
  const spec = SPECS[first];
  if (run === null)
    return emit(
      io,
      first,
      { code: 2, error: 'internal: command not loaded' },
      loose.json,
      localeOf(loose.en),
    );
  const parsed = parseCommand(argv.slice(1), spec, loose.en);
  if ('usage' in parsed)
    return emit(io, first, { code: 2, usage: parsed.usage }, loose.json, localeOf(loose.en));
  if (parsed.help) {
    emitHelp(io, first, parsed);
    return 0;
  }
  const locale = localeOf(parsed.en);
  const ctx: Ctx = { io, args: parsed, command: first, en: parsed.en, locale };
  let outcome: Outcome;
  try {
    outcome = run(ctx);
  } catch (e) {
    // The library never throws; this is the CLI's own last resort, reported as a wrong input.
    outcome = { code: 2, error: String((e as Error)?.message ?? e).split('\n')[0]! };
  }
  return emit(io, first, outcome, parsed.json || parsed.values.formato === 'json', locale);
}

function emitHelp(io: CliIo, command: Command | null, flags: { json: boolean; en: boolean }): void {
  const text = helpText(command, flags.en);
  if (flags.json)
    io.out(JSON.stringify({ ok: true, exitCode: 0, command, result: { help: text } } satisfies CliJson));
  else io.out(text);
}

function emit(io: CliIo, command: Command | null, o: Outcome, json: boolean, locale: Locale): number {
  const en = locale === 'en';
  if (json) {
    const doc: CliJson = {
      ok: o.code === 0,
      exitCode: o.code,
      command,
      // JSON.stringify leaves out a result that is undefined.
      result: o.result,
      ...(o.violations !== undefined
        ? { violations: o.violations.map((v) => ({ ...v, message: describe(v, locale) })) }
        : {}),
      ...(o.usage !== undefined || o.error !== undefined
        ? {
            error: {
              kind: o.usage !== undefined ? ('usage' as const) : ('file' as const),
              message: (o.usage ?? o.error)!,
              hint: hint(command, en),
            },
          }
        : {}),
      ...(o.rows !== undefined && o.rows.length > 0 ? { rowErrors: o.rows } : {}),
    };
    io.out(JSON.stringify(doc, null, 2));
    return o.code;
  }
  if (o.text !== undefined) io.out(o.text);
  for (const v of o.violations ?? []) io.err(`✗ ${describe(v, locale)}`);
  for (const r of o.rows ?? []) io.err(`${en ? 'line' : 'línea'} ${r.line}: ${r.message}`);
  const problem = o.usage ?? o.error;
  if (problem !== undefined) {
    io.err(`seseq-correo${command === null ? '' : ` ${command}`}: ${problem}`);
    io.err(hint(command, en));
  }
  return o.code;
}
