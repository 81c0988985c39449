// The CLI's commands (cli.ts reads the arguments and checks the build first).
import { join } from 'node:path';
import { type AccountState, describe, type LogEntry } from 'seseq-correo';
import { submitRequest } from './commands.js';
import { type Db, openDb } from './db.js';
import { FakeMailServer } from './mailServer.js';
import { formOf, sampleForms } from './samples.js';
import {
  BOSS,
  crashScenario,
  describeStep,
  requestFlow,
  resumePoint,
  runSteps,
  type Step,
} from './scenario.js';
import { runScheduler } from './scheduler.js';
import type { PortalViolation } from './store.js';
import { verify } from './verify.js';
import { runWorker } from './worker.js';

export type Options = {
  dir: string | null;
  url: string | null;
  to: string | null;
  fail: number;
  hang: number;
  seed: number;
  run: number;
  /** `show` prints the accounts' bitácora only (the demo's short form). */
  brief: boolean;
};

const say = (line = '') => process.stdout.write(`${line}\n`);

const explain = (vs: readonly PortalViolation[]) =>
  vs.map((v) => (v.code.toUpperCase() === v.code ? `${v.code}: ${describeSafe(v)}` : v.code)).join('; ');

function describeSafe(v: PortalViolation): string {
  try {
    return describe(v as Parameters<typeof describe>[0]);
  } catch {
    return v.code;
  }
}

async function open(o: Options, faults = false): Promise<{ db: Db; server: FakeMailServer }> {
  if (o.dir === null) throw new Error('--db DIR is required');
  const db = await openDb(o.url !== null ? { url: o.url } : { dir: join(o.dir, 'pgdata') });
  const server = new FakeMailServer(
    join(o.dir, 'mailserver.jsonl'),
    faults ? { fail: o.fail, hang: o.hang, seed: o.seed * 1000 + o.run } : {},
  );
  return { db, server };
}

export async function main(command: string, o: Options): Promise<number> {
  if (command === 'help' || command === '--help') {
    say('npm run portal -- demo | load | drive | work | schedule --to DATE | show | verify   [--db DIR]');
    return 0;
  }
  const { db, server } = await open(o, command === 'work' || command === 'crash-run' || command === 'demo');
  try {
    switch (command) {
      case 'crash-run':
        return await crashRun(db, server, o);
      case 'demo':
        say(`Base de datos: ${o.url ?? join(o.dir!, 'pgdata')}`);
        await load(db);
        await drive(db, server);
        await work(db, server, o);
        await scheduleTo(db, o.to ?? '2026-03-15');
        await work(db, server, o);
        await show(db, o.brief);
        return (await check(db, server)) ? 0 : 1;
      case 'load':
        await load(db);
        return 0;
      case 'drive':
        await drive(db, server);
        return 0;
      case 'work':
        await work(db, server, o);
        return 0;
      case 'schedule':
        if (o.to === null) throw new Error('--to DATE is required');
        await scheduleTo(db, o.to);
        return 0;
      case 'show':
        await show(db, o.brief);
        return 0;
      case 'verify':
        return (await check(db, server)) ? 0 : 1;
      default:
        say(`unknown command ${command}`);
        return 2;
    }
  } finally {
    server.close();
    await db.close();
  }
}

async function load(db: Db): Promise<void> {
  for (const raw of sampleForms()) {
    const form = formOf(raw);
    const r = await submitRequest(
      db,
      `sample:${form.folio}:submit`,
      raw,
      `${form.requestedOn}T09:00:00-06:00`,
      BOSS,
    );
    say(
      `F01 ${form.folio} ${form.user.fullName}: ${r.ok ? (r.applied ? 'registrada' : 'ya registrada') : explain(r.violations)}`,
    );
  }
}

async function drive(db: Db, server: FakeMailServer): Promise<void> {
  for (const raw of sampleForms()) {
    const form = formOf(raw);
    const steps: Step[] = requestFlow(form, form.requestedOn).slice(1);
    await runSteps(db, server, steps, {
      stepId: (i) => `sample:${form.folio}:${i}`,
      onStep: (_i, s, outcome) => {
        if (outcome !== null && !outcome.ok) say(`  ${describeStep(s)}: ${explain(outcome.violations)}`);
      },
      tolerateRefusals: true,
    });
    const { rows } = await db.query<{ status: string; username: string | null }>(
      "SELECT status, state->>'username' AS username FROM requests WHERE id = $1",
      [form.folio],
    );
    say(`${form.folio}: ${rows[0]?.status ?? '—'} ${rows[0]?.username ?? ''}`);
  }
}

async function work(db: Db, server: FakeMailServer, o: Options): Promise<void> {
  const r = await runWorker(db, server, { seed: o.seed });
  say(`Worker: ${r.done} efectos realizados, ${r.stale} obsoletos, ${r.failures} fallas reintentadas`);
}

async function scheduleTo(db: Db, to: string): Promise<void> {
  const r = await runScheduler(db, to);
  say(
    `Scheduler al ${to}: ${r.advanced} cuentas avanzadas${r.refused.length > 0 ? `, ${r.refused.length} rechazadas` : ''}`,
  );
}

async function show(db: Db, brief = false): Promise<void> {
  const accounts = await db.query<{ state: AccountState; next_deadline: string | null }>(
    'SELECT state, next_deadline FROM accounts ORDER BY id',
  );
  say('\nCuentas:');
  for (const { state: a, next_deadline } of accounts.rows) {
    say(
      `  ${a.username.padEnd(14)} ${a.department.padEnd(20)} ${a.status.padEnd(18)} v${a.version}` +
        `${a.cancellation ? ` cancelada ${a.cancellation.on} (${a.cancellation.cause})` : ''}` +
        `${next_deadline ? ` próximo vencimiento ${next_deadline}` : ''}`,
    );
  }
  const log = await db.query<{ machine: string; entry: LogEntry }>(
    `SELECT machine, entry FROM bitacora${brief ? " WHERE machine = 'account'" : ''} ORDER BY seq`,
  );
  say(brief ? '\nBitácora de las cuentas:' : '\nBitácora:');
  for (const { entry: e } of log.rows) {
    const type = (e.event as { type?: string }).type ?? '?';
    say(
      `  ${e.at} ${e.subject.padEnd(18)} v${String(e.version).padEnd(2)} ${type.padEnd(22)} ${(e.from ?? '—').padEnd(18)} → ${e.to.padEnd(18)} ${e.actor.role} [${e.clauses.join(', ')}]`,
    );
  }
  const messages = await db.query<{ to_role: string; template: string }>(
    'SELECT to_role, template FROM messages ORDER BY seq',
  );
  say(`\nMensajes enviados: ${messages.rows.length}`);
}

async function check(db: Db, server: FakeMailServer): Promise<boolean> {
  const v = await verify(db, server);
  say(`\nVerificación: ${JSON.stringify(v.figures)}`);
  for (const p of v.problems) say(`  ✗ ${p}`);
  if (v.problems.length === 0)
    say(
      '  ✓ estados = reproducción de la bitácora; cada efecto realizado una vez; respaldo antes de cada borrado',
    );
  return v.problems.length === 0;
}

/** One life of the crash test: resume the scenario from disk, say when it is ready to be killed. */
async function crashRun(db: Db, server: FakeMailServer, o: Options): Promise<number> {
  const steps = crashScenario();
  const from = await resumePoint(db);
  say(`ready ${from}/${steps.length}`);
  const r = await runSteps(db, server, steps, {
    from,
    worker: { timeoutMs: 40, seed: o.seed * 1000 + o.run },
    // The crash test counts these lines to kill the process at a point of its progress.
    onStep: (i) => say(`step ${i}`),
  });
  say(`done ${JSON.stringify(r)}`);
  return 0;
}
