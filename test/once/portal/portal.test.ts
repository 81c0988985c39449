// The reference adapter's rules, one by one, on an in-memory PGlite (issue 10): a command
// applies once per id, the ledger refuses a plan before anything commits, a stale state is
// never overwritten, the worker deletes nothing for a stale plan nor before its backup is
// complete. The crash test (crash.test.ts) checks them all together under SIGKILL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accountStep, requestStep, submitRequest } from '../../../examples/portal/src/commands.js';
import { type Db, openDb } from '../../../examples/portal/src/db.js';
import { accountIdFor } from '../../../examples/portal/src/keys.js';
import { FakeMailServer } from '../../../examples/portal/src/mailServer.js';
import { at, BOSS, f01, IT_HEAD, requestFlow, runSteps } from '../../../examples/portal/src/scenario.js';
import { Conflict, loadRequest, writeChanges } from '../../../examples/portal/src/store.js';
import { verify } from '../../../examples/portal/src/verify.js';
import { runWorker } from '../../../examples/portal/src/worker.js';

let db: Db;
beforeAll(async () => {
  db = await openDb({ memory: true });
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const count = async (sql: string, params: unknown[] = []) =>
  Number((await db.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0);

describe('commands', () => {
  test('a command applies once per command id: a retried F01 is not filed twice (8.1-2)', async () => {
    const form = f01('T-ONCE', 'Perla Adriana Hernández Leal', 'Once', '2026-01-05');
    const first = await submitRequest(db, 'cmd:once', form, at('2026-01-05'), BOSS);
    const again = await submitRequest(db, 'cmd:once', form, at('2026-01-05'), BOSS);
    expect(first).toEqual({ ok: true, applied: true });
    expect(again).toEqual({ ok: true, applied: false });
    expect(await count("SELECT count(*)::int AS n FROM bitacora WHERE subject = 'T-ONCE'")).toBe(1);
  });

  test('a state changed since it was loaded is never overwritten (optimistic concurrency on version)', async () => {
    const form = f01('T-CONC', 'María Soledad Ramírez Trejo', 'Conc', '2026-01-05');
    await submitRequest(db, 'cmd:conc', form, at('2026-01-05'), BOSS);
    const v1 = (await db.transaction((tx) => loadRequest(tx, 'T-CONC')))!;
    // Someone else approves it first…
    await requestStep(db, 'cmd:conc:approve', 'T-CONC', (c) => ({
      type: 'APPROVE',
      seatsInUse: c.seatsInUse,
      at: at('2026-01-06'),
      actor: IT_HEAD,
    }));
    // …so a write decided on version 1 is refused and rolls back.
    const stale = db.transaction((tx) =>
      writeChanges(tx, [
        {
          machine: 'request',
          state: { ...v1, version: 2, status: 'rejected', reason: 'x' },
          expected: 1,
          log: [],
          effects: [],
        },
      ]),
    );
    await expect(stale).rejects.toBeInstanceOf(Conflict);
    expect((await db.transaction((tx) => loadRequest(tx, 'T-CONC')))?.status).toBe('readyToProvision');
  });

  test('the ledger refuses a plan above the seat cap before commit, and nothing of it is stored (4.9)', async () => {
    const server = new FakeMailServer(null);
    const names = ['Roberto Sánchez Olvera', 'Guadalupe Reséndiz Ugalde', 'Claudia Rangel Pacheco'];
    // Three approved while nobody held a seat; only two may be provisioned.
    const flows = names.map((n, i) => requestFlow(f01(`T-CAP-${i}`, n, 'Cupo', '2026-02-02'), '2026-02-02'));
    const upToApprove = flows.flatMap((f) => f.slice(0, 2));
    await runSteps(db, server, upToApprove, { stepId: (i) => `cap:a:${i}` });
    await runSteps(db, server, [...flows[0]!.slice(2), ...flows[1]!.slice(2)], {
      stepId: (i) => `cap:b:${i}`,
    });
    const third = await runSteps(db, server, flows[2]!.slice(2, 3), {
      stepId: (i) => `cap:c:${i}`,
      tolerateRefusals: true,
    });
    expect(third.refused).toBe(1);
    expect((await db.transaction((tx) => loadRequest(tx, 'T-CAP-2')))?.status).toBe('readyToProvision');
    expect(await count("SELECT count(*)::int AS n FROM accounts WHERE department = 'Cupo'")).toBe(2);
    expect(
      await count("SELECT count(*)::int AS n FROM outbox WHERE subject = 'T-CAP-2' AND version > 2"),
    ).toBe(0);
    server.close();
  });
});

describe('worker', () => {
  /** A provisioned account, its mailbox created, then cancelled by a permanent sanction. */
  async function cancelled(folio: string, name: string, server: FakeMailServer) {
    const steps = requestFlow(f01(folio, name, `Dep ${folio}`, '2026-03-02'), '2026-03-02');
    await runSteps(db, server, steps, { stepId: (i) => `${folio}:${i}` });
    await runWorker(db, server);
    const r = await accountStep(db, `${folio}:sanction`, accountIdFor(folio), {
      type: 'SANCTION',
      permanent: true,
      at: at('2026-03-20'),
      actor: IT_HEAD,
    });
    expect(r.ok).toBe(true);
  }

  test('re-checks a stale plan before deleting: a deletion planned at another version deletes nothing (SPEC §10)', async () => {
    const server = new FakeMailServer(null);
    await cancelled('T-STALE', 'Arturo Guerrero Luna', server);
    // The stored account is not the version that planned the deletion any more (as if a
    // later transition had been committed meanwhile).
    await db.query(
      "UPDATE accounts SET version = version + 1, state = jsonb_set(state, '{version}', to_jsonb(version + 1)) WHERE id = $1",
      [accountIdFor('T-STALE')],
    );
    await runWorker(db, server);
    expect(server.journal.filter((r) => r.op === 'delete')).toEqual([]);
    expect(server.mailboxes.has('ARTUROGL')).toBe(true);
    expect(
      await count("SELECT count(*)::int AS n FROM outbox WHERE type = 'DELETE_MAILBOX' AND status = 'stale'"),
    ).toBe(1);
    server.close();
  });

  test('deletes a mailbox only after the server says its backup is complete (4.22, 8.3-8)', async () => {
    const server = new FakeMailServer(null, { backupMs: 300 });
    await cancelled('T-BACKUP', 'Silvia Mendoza Herrera', server);
    // The backup's effect is marked done by hand, as a careless adapter would after starting it.
    await server.startBackup('SILVIAMH', 'direct-boss', `account/${accountIdFor('T-BACKUP')}/2/0`);
    await db.query("UPDATE outbox SET status = 'done' WHERE subject = $1 AND type = 'BACKUP_MAILBOX'", [
      accountIdFor('T-BACKUP'),
    ]);
    await runWorker(db, server, { backupWaitMs: 10 });
    const ops = server.journal.filter((r) => 'username' in r && r.username === 'SILVIAMH').map((r) => r.op);
    expect(ops.indexOf('backup-completed')).toBeGreaterThan(-1);
    expect(ops.indexOf('delete')).toBeGreaterThan(ops.indexOf('backup-completed'));
    server.close();
  });

  test('carries out every effect once although the server fails, loses replies and hangs (at least once, idempotent by key)', async () => {
    const server = new FakeMailServer(null, { fail: 0.3, hang: 0.1, seed: 5 });
    const steps = requestFlow(
      f01('T-FAULT', 'Mónica Ibarra Salinas', 'Fallas', '2026-04-06', { internet: true }),
      '2026-04-06',
    );
    await runSteps(db, server, steps, { stepId: (i) => `fault:${i}` });
    const report = await runWorker(db, server, { timeoutMs: 20, seed: 5 });
    expect(report.failures).toBeGreaterThan(0);
    expect(server.journal.filter((r) => r.op === 'create' && r.username === 'MONICAIS')).toHaveLength(1);
    expect(await count("SELECT count(*)::int AS n FROM outbox WHERE status = 'pending'")).toBe(0);

    // The crash test's checks can fail: a lost log entry, a mailbox created twice and a
    // deletion without a backup are each reported.
    const before = new Set((await verify(db, server)).problems);
    const create = server.journal.find((r) => r.op === 'create' && r.username === 'MONICAIS')!;
    server.journal.push(create, { op: 'delete', key: 'by-hand', username: 'MONICAIS' });
    await db.query("DELETE FROM bitacora WHERE subject = 'T-FAULT' AND version = 3");
    const found = (await verify(db, server)).problems.filter((p) => !before.has(p));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^log request\/T-FAULT: 4 entries for version 5/),
        expect.stringMatching(/mailbox created 2 times/),
        'server: MONICAIS deleted with no backup of its mailbox before',
      ]),
    );
    server.close();
  });
});
