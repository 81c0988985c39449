import type { Locale } from '../errors/describe.js';
import type { Violation } from '../errors/violation.js';
import type { Parsed } from './args.js';
import type { RowError } from './csv.js';
import type { Command } from './help.js';

/**
 * What the CLI may touch, handed in by the shell (`bin.ts`), so that every command is a pure
 * function of its arguments, the files it reads and today's date.
 */
export type CliIo = {
  /** The text of a file (UTF-8, or Windows-1252 when it is not UTF-8), or `null` when it cannot be read. */
  readonly readFile: (path: string) => string | null;
  /** Today in the institution's time zone, `YYYY-MM-DD`. */
  readonly today: () => string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Overwrites a progress line on a terminal; absent when standard error is not a terminal. */
  readonly progress?: (text: string) => void;
  /** The package's version, for `--version`. */
  readonly version?: string;
};

/**
 * How a command ended. `code`: 0 done, 1 the procedure refuses or some row failed, 2 the
 * command is wrong. `text` goes to standard output; `violations`, `usage`, `error` and `rows`
 * to standard error; with `--json` all of it is one document (see {@link CliJson}).
 */
export type Outcome = {
  readonly code: 0 | 1 | 2;
  readonly result?: unknown;
  readonly text?: string;
  readonly violations?: readonly Violation[];
  readonly usage?: string;
  readonly error?: string;
  readonly rows?: readonly RowError[];
};

/**
 * The one shape of every `--json` answer, failures and usage errors included:
 * `{ ok, exitCode, command, result?, violations?, error?, rowErrors? }`.
 * - `ok`: `exitCode === 0`;
 * - `result`: what the command computed (also when `exitCode` is 1 because some rows failed);
 * - `violations`: `{ code, clause, details?, message }` when the procedure refuses;
 * - `error`: `{ kind: 'usage' | 'file', message, hint }` when the command is wrong;
 * - `rowErrors`: `{ line, message }` for each row of an input file that failed.
 */
export type CliJson = {
  readonly ok: boolean;
  readonly exitCode: 0 | 1 | 2;
  readonly command: string | null;
  readonly result?: unknown;
  readonly violations?: readonly (Violation & { readonly message: string })[];
  readonly error?: { readonly kind: 'usage' | 'file'; readonly message: string; readonly hint: string };
  readonly rowErrors?: readonly RowError[];
};

/** What a command runs with. */
export type Ctx = {
  readonly io: CliIo;
  readonly args: Parsed;
  readonly command: Command;
  readonly en: boolean;
  readonly locale: Locale;
};

/** A file that cannot be read, or whose content is not what the command needs: exit 2. */
export function fileError(message: string): Outcome {
  return { code: 2, error: message };
}

/** The text of a file, or the outcome that says it cannot be read. */
export function readText(ctx: Ctx, path: string): string | Outcome {
  const text = ctx.io.readFile(path);
  if (text === null) return fileError(ctx.en ? `cannot read ${path}` : `no se puede leer ${path}`);
  return text;
}

/** A JSON file, or the outcome that says it cannot be read or parsed. */
export function readJson(ctx: Ctx, path: string): { value: unknown } | Outcome {
  const text = readText(ctx, path);
  if (typeof text !== 'string') return text;
  try {
    return { value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown };
  } catch {
    return fileError(ctx.en ? `${path} is not valid JSON` : `${path} no es JSON válido`);
  }
}

const PROGRESS_FROM = 5000;

/** Reports progress every 1000 rows, on a terminal only and for large inputs only. */
export function progress(ctx: Ctx, total: number): (done: number) => void {
  const write = ctx.io.progress;
  if (write === undefined || total < PROGRESS_FROM) return () => {};
  return (done) => {
    if (done % 1000 === 0 || done === total) write(`${ctx.command}: ${done}/${total}`);
  };
}

/** Whether a value is an outcome rather than what was read. */
export function isOutcome(x: unknown): x is Outcome {
  return x !== null && typeof x === 'object' && 'code' in x;
}
