// The outbox worker: carries out the effects the commands committed, at least once, each
// idempotent by its key, with retries and backoff. Effects of one mailbox run in commit order
// (a lane); lanes do not wait for each other. Before a deletion it re-checks the plan against
// the stored account and asks the server whether the backup planned with it is complete.
import type { Effect } from 'seseq-correo';
import type { Db } from './db.js';
import type { MachineName } from './keys.js';
import { type FakeMailServer, seeded } from './mailServer.js';
import { loadAccount } from './store.js';

export type WorkerOptions = {
  /** A call to the mail server that takes longer has hung: it is abandoned and retried. */
  readonly timeoutMs?: number;
  readonly baseBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** How long to wait for a backup to complete before trying again later. */
  readonly backupWaitMs?: number;
  readonly seed?: number;
  /** Stop after this many effects (the CLI's step-by-step mode); default: until the outbox is empty. */
  readonly limit?: number;
};

export type WorkerReport = { done: number; stale: number; failures: number };

type OutboxRow = {
  key: string;
  machine: MachineName;
  subject: string;
  version: number;
  idx: number;
  lane: string;
  type: string;
  effect: Effect;
  attempts: number;
  next_attempt_at: string | number;
};

/** Why the worker did not mark an effect done this time; it stays pending and is retried. */
class NotYet extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new NotYet(`${what}: no answer in ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/** Runs the outbox until it is empty (or `limit` effects are done). */
export async function runWorker(
  db: Db,
  server: FakeMailServer,
  options: WorkerOptions = {},
): Promise<WorkerReport> {
  const timeoutMs = options.timeoutMs ?? 200;
  const base = options.baseBackoffMs ?? 10;
  const max = options.maxBackoffMs ?? 500;
  const backupWaitMs = options.backupWaitMs ?? 2000;
  const random = seeded(options.seed ?? 7);
  const report: WorkerReport = { done: 0, stale: 0, failures: 0 };
  const call = <T>(p: Promise<T>, what: string) => withTimeout(p, timeoutMs, what);

  for (;;) {
    const { rows } = await db.query<OutboxRow>(
      `SELECT DISTINCT ON (lane) key, machine, subject, version, idx, lane, type, effect, attempts, next_attempt_at
       FROM outbox WHERE status = 'pending' ORDER BY lane, seq`,
    );
    if (rows.length === 0) return report;
    const now = Date.now();
    const ready = rows.filter((r) => Number(r.next_attempt_at) <= now);
    if (ready.length === 0) {
      await sleep(Math.max(1, Math.min(...rows.map((r) => Number(r.next_attempt_at))) - now));
      continue;
    }
    for (const row of ready) {
      try {
        const outcome = await carryOut(db, server, row, call, backupWaitMs);
        if (outcome === 'stale') report.stale++;
        else report.done++;
        if (options.limit !== undefined && report.done + report.stale >= options.limit) return report;
      } catch (e) {
        report.failures++;
        const backoff = Math.min(max, base * 2 ** Math.min(row.attempts, 16)) * (0.5 + random() / 2);
        await db.query(
          `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3
           WHERE key = $1 AND status = 'pending'`,
          [row.key, Math.round(Date.now() + backoff), e instanceof Error ? e.message : String(e)],
        );
      }
    }
  }
}

async function markDone(db: Db, key: string, status: 'done' | 'stale' = 'done'): Promise<'done' | 'stale'> {
  await db.query(
    "UPDATE outbox SET status = $2, carried_out_by = 'worker' WHERE key = $1 AND status = 'pending'",
    [key, status],
  );
  return status;
}

/** The notifier: a message row and the effect marked done, in one transaction (exactly once). */
async function notify(
  db: Db,
  row: OutboxRow,
  toRole: string,
  template: string,
  data: unknown,
): Promise<'done'> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO messages (effect_key, subject, to_role, template, data) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (effect_key) DO NOTHING`,
      [row.key, row.subject, toRole, template, JSON.stringify(data ?? {})],
    );
    await tx.query("UPDATE outbox SET status = 'done', carried_out_by = 'worker' WHERE key = $1", [row.key]);
  });
  return 'done';
}

async function carryOut(
  db: Db,
  server: FakeMailServer,
  row: OutboxRow,
  call: <T>(p: Promise<T>, what: string) => Promise<T>,
  backupWaitMs: number,
): Promise<'done' | 'stale'> {
  const e = row.effect;
  const key = row.key;
  switch (e.type) {
    case 'NOTIFY':
      return notify(db, row, e.to, e.template, e.data ?? {});
    case 'ISSUE_RESGUARDO':
      return notify(db, row, e.via, 'resguardo-f02', { username: e.username });
    case 'ARCHIVE_RESGUARDO':
      return notify(db, row, 'mail-officer', 'resguardo-archived', { folio: e.folio, username: e.username });
    case 'CREATE_MAILBOX': {
      const m = await call(server.getMailbox(e.username), 'getMailbox');
      if (m !== null) {
        if (m.createdBy === key) return markDone(db, key);
        throw new NotYet(`mailbox ${e.username} exists, created by ${m.createdBy}`);
      }
      await call(server.createMailbox(e.username, e.department, key), 'createMailbox');
      return markDone(db, key);
    }
    case 'SET_CAPACITY':
      await call(server.setCapacity(e.username, e.capacityMb, key), 'setCapacity');
      return markDone(db, key);
    case 'GRANT_INTERNET_EXIT':
      await call(server.setFlag('internet', e.username, true, key), 'grantInternet');
      return markDone(db, key);
    case 'MOVE_MAILBOX':
      // The old department's internet exit stays behind (4.13, F01): the new area asks for its own.
      await call(server.moveMailbox(e.username, e.toDepartment, key), 'moveMailbox');
      await call(server.setFlag('internet', e.username, false, `${key}/internet`), 'revokeInternet');
      return markDone(db, key);
    case 'RESET_PASSWORD': {
      // Resetting twice would change the password the user was just given: ask the audit log.
      if ((await call(server.findOperation(key), 'findOperation')) === null)
        await call(server.resetPassword(e.username, key), 'resetPassword');
      return markDone(db, key);
    }
    case 'SUSPEND_NETWORK_ACCESS':
    case 'RESTORE_NETWORK_ACCESS':
      await call(server.setFlag('network', e.username, e.type === 'RESTORE_NETWORK_ACCESS', key), e.type);
      return markDone(db, key);
    case 'DISABLE_MAILBOX':
    case 'ENABLE_MAILBOX':
      await call(server.setFlag('enabled', e.username, e.type === 'ENABLE_MAILBOX', key), e.type);
      return markDone(db, key);
    case 'BACKUP_MAILBOX': {
      if ((await call(server.getBackup(key), 'getBackup')) === null)
        await call(server.startBackup(e.username, e.deliverTo, key), 'startBackup');
      // Done only when the server says the backup is complete: a deletion may rely on it.
      const until = Date.now() + backupWaitMs;
      for (;;) {
        const b = await call(server.getBackup(key), 'getBackup');
        if (b?.status === 'complete') return markDone(db, key);
        if (Date.now() > until) throw new NotYet(`backup ${key} still running`);
        await sleep(5);
      }
    }
    case 'DELETE_MAILBOX':
      return deleteMailbox(db, server, row, e.username, call);
    case 'GRANT_SEAT':
    case 'RELEASE_SEAT':
    case 'RELEASE_INTERNET_EXIT':
    case 'RETIRE_USERNAME':
    case 'RECORD_SEAT_EXCEPTION':
    case 'UPDATE_ACCOUNT_LISTING':
    case 'SCHEDULE_EXPIRY':
      // Carried out by the command's own transaction (store.ts); never pending.
      return markDone(db, key);
    default:
      return unknownEffect(e);
  }
}

function unknownEffect(e: never): never {
  throw new Error(`no handler for effect ${(e as { type: string }).type}`);
}

/**
 * Deletes a mailbox only if the plan still holds and its backup is complete: the stored
 * account is still the version (and status) that planned the deletion, else the effect is
 * stale and nothing is deleted; and the `BACKUP_MAILBOX` of the same transition is complete on
 * the server (4.22, 8.3-8: nothing is lost).
 */
async function deleteMailbox(
  db: Db,
  server: FakeMailServer,
  row: OutboxRow,
  username: string,
  call: <T>(p: Promise<T>, what: string) => Promise<T>,
): Promise<'done' | 'stale'> {
  const account = row.machine === 'account' ? await loadAccount(db, row.subject) : null;
  if (account === null || account.version !== row.version || account.status !== 'cancelled')
    return markDone(db, row.key, 'stale');
  const { rows } = await db.query<{ key: string }>(
    `SELECT key FROM outbox WHERE machine = $1 AND subject = $2 AND version = $3 AND idx < $4
       AND type = 'BACKUP_MAILBOX' ORDER BY idx DESC LIMIT 1`,
    [row.machine, row.subject, row.version, row.idx],
  );
  const backupKey = rows[0]?.key;
  if (backupKey === undefined) throw new NotYet(`no backup planned before deleting ${username}`);
  const backup = await call(server.getBackup(backupKey), 'getBackup');
  if (backup?.status !== 'complete') throw new NotYet(`backup ${backupKey} not complete`);
  const m = await call(server.getMailbox(username), 'getMailbox');
  if (m !== null) await call(server.deleteMailbox(username, row.key), 'deleteMailbox');
  return markDone(db, row.key);
}
