import { parseArgs } from 'node:util';
import { isPlainDate } from '../_internal/plainDate.js';

/** What a value flag holds: a day, a count, a file, or one of a few words. */
export type ValueKind = 'date' | 'count' | 'file' | { readonly oneOf: readonly string[] };

/** The arguments one subcommand takes. */
export type CommandSpec = {
  /** The value flags, by name (without `--`). */
  readonly options: Readonly<Record<string, ValueKind>>;
  /** How many positional arguments: at least, at most (`Infinity` for a free text). */
  readonly positionals: readonly [number, number];
};

/** The parsed arguments of a subcommand. */
export type Parsed = {
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly en: boolean;
  readonly help: boolean;
};

/** A wrong command: one line saying what is wrong. */
export type UsageError = { readonly usage: string };

const COMMON = {
  json: { type: 'boolean' },
  en: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ayuda: { type: 'boolean' },
} as const;

const COUNT = /^\d{1,9}$/;

/** Whether the flags ask for JSON and English, read leniently (for a usage error's own output). */
export function lenientFlags(argv: readonly string[]): { json: boolean; en: boolean } {
  return { json: argv.includes('--json'), en: argv.includes('--en') };
}

/**
 * Parses a subcommand's arguments with `node:util`'s `parseArgs` (strict): an unknown flag, a
 * flag without its value, a date that is not a real `YYYY-MM-DD` day or a count that is not a
 * whole number is a usage error, in Spanish or English.
 */
export function parseCommand(argv: readonly string[], spec: CommandSpec, en: boolean): Parsed | UsageError {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { ...COMMON };
  for (const name of Object.keys(spec.options)) options[name] = { type: 'string' };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    return { usage: explain(e, en) };
  }
  const { values, positionals } = parsed;
  const help = values.help === true || values.ayuda === true;
  const strings: Record<string, string | undefined> = {};
  for (const [name, kind] of Object.entries(spec.options)) {
    const v = values[name];
    if (v === undefined) continue;
    const s = String(v);
    if (s === '') return { usage: en ? `--${name} needs a value` : `--${name} necesita un valor` };
    if (kind === 'date' && !isPlainDate(s)) {
      return {
        usage: en
          ? `--${name}: '${s}' is not a date YYYY-MM-DD`
          : `--${name}: '${s}' no es una fecha AAAA-MM-DD`,
      };
    }
    if (kind === 'count' && !COUNT.test(s)) {
      return {
        usage: en ? `--${name}: '${s}' is not a whole number` : `--${name}: '${s}' no es un número entero`,
      };
    }
    if (typeof kind === 'object' && !kind.oneOf.includes(s)) {
      return {
        usage: en
          ? `--${name}: '${s}' is not one of ${kind.oneOf.join(', ')}`
          : `--${name}: '${s}' no es uno de ${kind.oneOf.join(', ')}`,
      };
    }
    strings[name] = s;
  }
  const result: Parsed = {
    values: strings,
    positionals,
    json: values.json === true,
    en: values.en === true,
    help,
  };
  if (help) return result;
  const [min, max] = spec.positionals;
  if (positionals.length < min) {
    return { usage: en ? 'missing arguments' : 'faltan argumentos' };
  }
  if (positionals.length > max) {
    const extra = positionals[max]!;
    return { usage: en ? `unexpected argument '${extra}'` : `argumento de más: '${extra}'` };
  }
  return result;
}

function explain(e: unknown, en: boolean): string {
  const message = String((e as Error).message);
  // `'-h, --help'` names a flag with a short form: the long one is the one to show.
  // Stryker disable next-line OptionalChaining,StringLiteral: every error parseArgs throws here quotes its flag
  const flag = /'(?:-\w, )?(-[^' <]+)/.exec(message)?.[1] ?? '';
  // Strict, with positionals allowed, over strings, parseArgs throws only for an unknown option
  // (ERR_PARSE_ARGS_UNKNOWN_OPTION) or a wrong value (ERR_PARSE_ARGS_INVALID_OPTION_VALUE).
  if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return en ? `unknown option ${flag}` : `opción desconocida ${flag}`;
  }
  if (message.includes('does not take')) return en ? `${flag} takes no value` : `${flag} no lleva valor`;
  return message.includes('ambiguous')
    ? en
      ? `${flag} needs a value (a value starting with '-' goes as ${flag}=-…)`
      : `${flag} necesita un valor (uno que empieza con '-' va como ${flag}=-…)`
    : en
      ? `${flag} needs a value`
      : `${flag} necesita un valor`;
}
