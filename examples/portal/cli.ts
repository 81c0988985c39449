// The portal example's command line: `npm run portal -- <command> [options]` from the root.
//
//   demo      [--db DIR] [--brief]   all of it on a fresh temporary database (or DIR)
//   load      --db DIR            files the sample F01 forms (samples/f01.json)
//   drive     --db DIR            takes every open request to completion (8.1)
//   work      --db DIR [--fail P] [--hang P] [--seed N]   runs the outbox worker until it is empty
//   schedule  --db DIR --to DATE  advances the accounts due by DATE (advanceAccount)
//   show      --db DIR            every account's state and the bitácora
//   verify    --db DIR            checks the library's promises against the database and the server
//   crash-run --db DIR --seed N --run K   one life of the crash test's scenario (it is killed at random)
//
// DIR holds the PGlite data (DIR/pgdata) and the fake mail server's journal (DIR/mailserver.jsonl).
// With DATABASE_URL set, the data goes to that PostgreSQL instead and DIR keeps the journal only.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

if (!existsSync(new URL('../../dist/index.js', import.meta.url))) {
  console.error('The portal imports seseq-correo as a consumer does, from dist/: run `npm run build` first.');
  process.exit(1);
}
const { main } = await import('./src/main.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string' },
    to: { type: 'string' },
    fail: { type: 'string' },
    hang: { type: 'string' },
    seed: { type: 'string' },
    run: { type: 'string' },
    brief: { type: 'boolean' },
  },
});
const command = positionals[0] ?? 'help';
const dir = values.db ?? (command === 'demo' ? mkdtempSync(join(tmpdir(), 'portal-')) : null);
process.exitCode = await main(command, {
  dir,
  url: process.env.DATABASE_URL ?? null,
  to: values.to ?? null,
  // The demo shows the retries: its mail server fails a fifth of the calls and hangs on some.
  fail: Number(values.fail ?? (command === 'demo' ? 0.2 : 0)),
  hang: Number(values.hang ?? (command === 'demo' ? 0.05 : 0)),
  seed: Number(values.seed ?? 1),
  run: Number(values.run ?? 0),
  brief: values.brief === true,
});
