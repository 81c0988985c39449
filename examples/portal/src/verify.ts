// The library's promises, checked against what the portal stored and what the mail server
// did: every state is the replay of its log, no log entry lost or doubled, every effect carried
// out exactly once in its observable result, a backup before every deletion, no department
// above its caps, no retired username issued again, nothing left pending.
import { isDeepStrictEqual } from 'node:util';
import {
  type AllowanceLedger,
  applyLedgerEffects,
  departmentUsage,
  EMPTY_LEDGER,
  type LedgerInputEffect,
  type LogEntry,
  openAccount,
  parseAccountState,
  parseRequestState,
  replayAccount,
  replayRequest,
} from 'seseq-correo';
import type { Db } from './db.js';
import type { FakeMailServer, ServerRecord } from './mailServer.js';
import { loadLedger } from './store.js';

export type Verification = {
  problems: string[];
  figures: {
    requests: number;
    accounts: number;
    logEntries: number;
    effects: number;
    effectsByWorker: number;
    retries: number;
    faults: number;
    messages: number;
  };
};

type Rows<T> = Promise<{ rows: T[] }>;

export async function verify(db: Db, server: FakeMailServer): Promise<Verification> {
  const problems: string[] = [];
  const q = <T>(sql: string, p: unknown[] = []): Rows<T> => db.query(sql, p) as Rows<T>;
  const logs = new Map<string, LogEntry[]>();
  const entries = await q<{ machine: string; subject: string; version: number; entry: LogEntry }>(
    'SELECT machine, subject, version, entry FROM bitacora ORDER BY machine, subject, version',
  );
  for (const r of entries.rows) {
    const k = `${r.machine}/${r.subject}`;
    if (!logs.has(k)) logs.set(k, []);
    logs.get(k)!.push(r.entry);
    if (r.entry.version !== r.version || r.entry.subject !== r.subject)
      problems.push(`log ${k}@${r.version}: mislabelled`);
  }
  const contiguous = (k: string, version: number) => {
    const l = logs.get(k) ?? [];
    if (l.length !== version || l.some((e, i) => e.version !== i + 1))
      problems.push(`log ${k}: ${l.length} entries for version ${version} (lost or doubled)`);
    return l;
  };

  const requests = await q<{ id: string; version: number; state: unknown }>(
    'SELECT id, version, state FROM requests',
  );
  for (const r of requests.rows) {
    const parsed = parseRequestState(r.state);
    if (parsed.isErr()) {
      problems.push(`request ${r.id}: stored state refused by parseRequestState`);
      continue;
    }
    const log = contiguous(`request/${r.id}`, r.version);
    const replay = replayRequest(log);
    if (replay.isErr() || !isDeepStrictEqual(replay.value, parsed.value))
      problems.push(`request ${r.id}: state differs from the replay of its log`);
  }

  const accounts = await q<{ id: string; version: number; status: string; username: string; state: unknown }>(
    'SELECT id, version, status, username, state FROM accounts',
  );
  for (const a of accounts.rows) {
    const parsed = parseAccountState(a.state);
    if (parsed.isErr()) {
      problems.push(`account ${a.id}: stored state refused by parseAccountState`);
      continue;
    }
    const log = contiguous(`account/${a.id}`, a.version);
    const open = log[0]?.event as { type?: string; input?: unknown } | undefined;
    const initial = open?.type === 'OPEN' ? openAccount(open.input) : null;
    const replay = initial?.isOk() ? replayAccount(initial.value, log.slice(1)) : null;
    if (replay === null || replay.isErr() || !isDeepStrictEqual(replay.value, parsed.value))
      problems.push(`account ${a.id}: state differs from the replay of its log`);
  }
  const subjects = new Set([
    ...requests.rows.map((r) => `request/${r.id}`),
    ...accounts.rows.map((a) => `account/${a.id}`),
  ]);
  for (const k of logs.keys()) if (!subjects.has(k)) problems.push(`log ${k}: no stored state`);

  // The outbox: everything carried out, nothing stale in this scenario.
  const outbox = await q<{
    key: string;
    type: string;
    status: string;
    carried_out_by: string | null;
    attempts: number;
    effect: Record<string, unknown> & { username?: string };
  }>('SELECT key, type, status, carried_out_by, attempts, effect FROM outbox ORDER BY seq');
  for (const o of outbox.rows)
    if (o.status !== 'done') problems.push(`effect ${o.key} (${o.type}): ${o.status}`);
  const messages = await q<{ effect_key: string }>('SELECT effect_key FROM messages');
  const messageKeys = new Set(messages.rows.map((m) => m.effect_key));

  // What the server did, by operation key, in the order it did it.
  const journal = server.journal;
  const count = (op: ServerRecord['op'], key: string) =>
    journal.filter((r) => r.op === op && r.key === key).length;
  const position = (op: ServerRecord['op'], key: string) =>
    journal.findIndex((r) => r.op === op && r.key === key);
  for (const o of outbox.rows) {
    switch (o.type) {
      case 'NOTIFY':
      case 'ISSUE_RESGUARDO':
      case 'ARCHIVE_RESGUARDO':
        if (!messageKeys.has(o.key)) problems.push(`effect ${o.key}: no message`);
        break;
      case 'CREATE_MAILBOX':
        if (count('create', o.key) !== 1)
          problems.push(`effect ${o.key}: mailbox created ${count('create', o.key)} times`);
        break;
      case 'RESET_PASSWORD':
        if (count('reset-password', o.key) !== 1)
          problems.push(`effect ${o.key}: password reset ${count('reset-password', o.key)} times`);
        break;
      case 'BACKUP_MAILBOX':
        if (count('backup-started', o.key) !== 1 || count('backup-completed', o.key) !== 1)
          problems.push(`effect ${o.key}: backup made ${count('backup-started', o.key)} times`);
        break;
      case 'DELETE_MAILBOX': {
        const at = position('delete', o.key);
        if (count('delete', o.key) !== 1)
          problems.push(`effect ${o.key}: deleted ${count('delete', o.key)} times`);
        // The backup of the same transition, complete before the deletion (4.22, 8.3-8).
        const prefix = o.key.slice(0, o.key.lastIndexOf('/'));
        const backup = outbox.rows.find((b) => b.type === 'BACKUP_MAILBOX' && b.key.startsWith(`${prefix}/`));
        const done = backup === undefined ? -1 : position('backup-completed', backup.key);
        if (done < 0 || done > at)
          problems.push(`effect ${o.key}: deletion without a completed backup before it`);
        break;
      }
    }
  }
  // A deletion only ever follows a completed backup of the same mailbox's life.
  const lastCreate = new Map<string, number>();
  journal.forEach((r, i) => {
    if (r.op === 'create') lastCreate.set(r.username, i);
    if (r.op === 'delete') {
      const since = lastCreate.get(r.username) ?? -1;
      const backed = journal.some(
        (b, j) => j > since && j < i && b.op === 'backup-completed' && b.username === r.username,
      );
      if (!backed) problems.push(`server: ${r.username} deleted with no backup of its mailbox before`);
    }
  });

  // The server ends as the database says: live accounts have their mailbox, cancelled ones none.
  for (const a of accounts.rows) {
    const m = server.mailboxes.get(a.username);
    const state = a.state as { department: string };
    if (
      a.status === 'cancelled' &&
      m !== undefined &&
      !accounts.rows.some((b) => b.username === a.username && b.status !== 'cancelled')
    )
      problems.push(`server: ${a.username} still has a mailbox after its cancellation`);
    if (a.status !== 'cancelled' && (m === undefined || m.department !== state.department))
      problems.push(`server: ${a.username} missing or in the wrong department`);
  }

  // The ledger: replaying every ledger effect in commit order never goes above a cap and ends
  // where the stored ledger is (4.9, 4.13).
  let ledger: AllowanceLedger = EMPTY_LEDGER;
  for (const o of outbox.rows) {
    const next = applyLedgerEffects(ledger, [o.effect as LedgerInputEffect]);
    if (next.isErr()) {
      problems.push(`ledger: effect ${o.key} refused on replay (${next.error.code})`);
      break;
    }
    ledger = next.value;
    for (const d of ledger.departments) {
      const u = departmentUsage(ledger, d.department)._unsafeUnwrap();
      const plainSeats = d.seats.filter((s) => s.exception === null).length;
      if (plainSeats > u.seatCap || u.exitsInUse > u.exitCap)
        problems.push(`ledger: ${d.department} above its caps`);
    }
  }
  const stored = await loadLedger(db);
  if (!isDeepStrictEqual(stored.ledger, ledger))
    problems.push('ledger: stored ledger differs from the replay of its effects');

  // 4.19: a retired username is never created again.
  const retired = await q<{ username: string }>('SELECT username FROM retired_usernames');
  for (const { username } of retired.rows) {
    const del = journal.findIndex((r) => r.op === 'delete' && r.username === username);
    if (journal.some((r, i) => i > del && r.op === 'create' && r.username === username))
      problems.push(`server: retired username ${username} created again`);
    if (accounts.rows.filter((a) => a.username === username).length > 1)
      problems.push(`accounts: ${username} issued again`);
  }

  return {
    problems,
    figures: {
      requests: requests.rows.length,
      accounts: accounts.rows.length,
      logEntries: entries.rows.length,
      effects: outbox.rows.length,
      effectsByWorker: outbox.rows.filter((o) => o.carried_out_by === 'worker').length,
      retries: outbox.rows.reduce((n, o) => n + Number(o.attempts), 0),
      faults: journal.filter((r) => r.op === 'fault').length,
      messages: messages.rows.length,
    },
  };
}
