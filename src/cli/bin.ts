// The one shell of the library (SPEC §0): it reads files, the clock and the process, and
// hands them to the pure `runCli`.
import { readFileSync } from 'node:fs';
import { SESEQ_POLICY } from '../policy/policy.js';
import { toPlainDate } from '../schedule/toPlainDate.js';
import { runCli } from './run.js';

const code = runCli(process.argv.slice(2), {
  readFile: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  today: () =>
    toPlainDate(new Date().toISOString(), SESEQ_POLICY).unwrapOr(new Date().toISOString().slice(0, 10)),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
