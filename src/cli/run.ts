import { anomalias } from './commands/anomalias.js';
import { conciliar } from './commands/conciliar.js';
import { diagrama } from './commands/diagrama.js';
import { lote } from './commands/lote.js';
import { conformidad, usuario } from './commands/names.js';
import { plazos } from './commands/plazos.js';
import { revision } from './commands/revision.js';
import { solicitud } from './commands/solicitud.js';
import type { CliIo } from './context.js';
import { type CommandRun, commandOf, dispatch } from './dispatch.js';
import type { Command } from './help.js';

export type { CliIo, CliJson, Outcome } from './context.js';

const RUN: Readonly<Record<Command, CommandRun>> = {
  usuario,
  conformidad,
  plazos,
  solicitud,
  lote,
  revision,
  conciliar,
  anomalias,
  diagrama,
};

/**
 * Runs one CLI command and returns its exit code: 0 done, 1 the procedure refuses (a violation,
 * a blocking finding, a late notice) or some row of an input file failed, 2 the command itself
 * is wrong (unknown option, missing value, a bad date or count, an unreadable file, bad JSON).
 * With `--json` every outcome is one {@link CliJson} document on standard output. Every command
 * is loaded; the shell (`bin.ts`) loads only the one it runs.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const command = commandOf(argv);
  // Stryker disable next-line ConditionalExpression: without a command dispatch answers before it reads the function
  return dispatch(argv, io, command === null ? null : RUN[command]);
}
