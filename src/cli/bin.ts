// The one shell of the library (SPEC §0): it reads files, the clock and the process, and
// hands them to the pure `dispatch`. Only the module of the command asked for is loaded, so
// `seseq-correo usuario` does not pay for the CSV reader or the machines (docs/performance.md).
import { readFileSync } from 'node:fs';
import { instantToPlainDate } from '../_internal/instant.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import type { CliIo } from './context.js';
import { type CommandRun, commandOf, dispatch } from './dispatch.js';
import type { Command } from './help.js';

declare const __VERSION__: string | undefined;

const LOAD: Readonly<Record<Command, () => Promise<CommandRun>>> = {
  usuario: async () => (await import('./commands/names.js')).usuario,
  conformidad: async () => (await import('./commands/names.js')).conformidad,
  plazos: async () => (await import('./commands/plazos.js')).plazos,
  solicitud: async () => (await import('./commands/solicitud.js')).solicitud,
  lote: async () => (await import('./commands/lote.js')).lote,
  revision: async () => (await import('./commands/revision.js')).revision,
  conciliar: async () => (await import('./commands/conciliar.js')).conciliar,
  anomalias: async () => (await import('./commands/anomalias.js')).anomalias,
  diagrama: async () => (await import('./commands/diagrama.js')).diagrama,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

// Whether a progress line is on the terminal, to clear it before the answer's own lines.
let progressShown = false;
const clearProgress = (): void => {
  if (progressShown) process.stderr.write('\r\u001b[K');
  progressShown = false;
};

const io: CliIo = {
  readFile: (path) => {
    try {
      const bytes = readFileSync(path === '-' ? 0 : path);
      // Excel's plain "CSV" in Mexico is Windows-1252; its "CSV UTF-8" has a BOM.
      try {
        return utf8.decode(bytes);
      } catch {
        return windows1252.decode(bytes);
      }
    } catch {
      return null;
    }
  },
  // The institution's day, never the process's TZ.
  today: () => instantToPlainDate(new Date().toISOString(), SESEQ_POLICY.timeZone),
  out: (text) => {
    clearProgress();
    process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    clearProgress();
    process.stderr.write(`${text}\n`);
  },
  ...(process.stderr.isTTY
    ? {
        progress: (text: string) => {
          progressShown = true;
          process.stderr.write(`\r${text}\u001b[K`);
        },
      }
    : {}),
  version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
};

const command = commandOf(process.argv.slice(2));
const run = command === null ? null : await LOAD[command]();
process.exitCode = dispatch(process.argv.slice(2), io, run);
clearProgress();
