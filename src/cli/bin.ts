// The one shell of the library (SPEC §0): it reads files, the clock and the process, and
// hands them to the pure `runCli`.
import { readFileSync } from 'node:fs';
import { SESEQ_POLICY } from '../policy/policy.js';
import { toPlainDate } from '../schedule/toPlainDate.js';
import { runCli } from './run.js';

declare const __VERSION__: string | undefined;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

const code = runCli(process.argv.slice(2), {
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
  today: () =>
    toPlainDate(new Date().toISOString(), SESEQ_POLICY).unwrapOr(new Date().toISOString().slice(0, 10)),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`\r${text}\u001b[K`) } : {}),
  version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
});
process.exitCode = code;
