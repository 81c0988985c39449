// Loading what the portal stored (validated with the library's own parsers) and writing one
// command's changes: the new states with optimistic concurrency on `version`, their bitácora
// entries, the ledger checked against the plan, and the effects into the outbox, all inside the
// caller's transaction.
import {
  type AccountState,
  type AllowanceLedger,
  applyLedgerEffects,
  type LedgerInputEffect,
  type LogEntry,
  nextDeadline,
  parseAccountState,
  parseLedger,
  parseRequestState,
  type RequestState,
} from 'seseq-correo';
import type { Tx } from './db.js';
import { effectKey, type MachineName, type StampedEffect } from './keys.js';

/** A refusal: the domain said no, or the portal did. Nothing of the command was stored. */
export type PortalViolation = {
  readonly code: string;
  readonly clause: string | null;
  readonly details?: Readonly<Record<string, unknown>>;
};

/** Thrown inside a transaction to roll it back with the reasons. */
export class Refused extends Error {
  constructor(readonly violations: readonly PortalViolation[]) {
    super(violations.map((v) => v.code).join(', '));
  }
}

/** Thrown when a state changed between its load and its write: the command is decided again. */
export class Conflict extends Error {}

/** A stored row the library's parser refuses: never acted on, always reported. */
export class CorruptRow extends Error {}

/**
 * Effects the transaction itself carries out, so they are done exactly when the command is:
 * the ledger's (checked by `applyLedgerEffects` before commit), a username's retirement
 * (4.19: from this commit on it is never proposed again), and records that are the outbox row
 * itself (the seat exception, the "listado de cuentas", the expiry the scheduler already
 * watches through `next_deadline`).
 */
const DONE_AT_COMMIT: ReadonlySet<string> = new Set([
  'GRANT_SEAT',
  'RELEASE_SEAT',
  'RELEASE_INTERNET_EXIT',
  'RETIRE_USERNAME',
  'RECORD_SEAT_EXCEPTION',
  'UPDATE_ACCOUNT_LISTING',
  'SCHEDULE_EXPIRY',
]);

const LEDGER_TYPES: ReadonlySet<string> = new Set([
  'GRANT_SEAT',
  'GRANT_INTERNET_EXIT',
  'MOVE_MAILBOX',
  'RELEASE_SEAT',
  'RELEASE_INTERNET_EXIT',
]);

export async function loadRequest(tx: Tx, id: string): Promise<RequestState | null> {
  const { rows } = await tx.query<{ state: unknown }>('SELECT state FROM requests WHERE id = $1', [id]);
  if (rows[0] === undefined) return null;
  const parsed = parseRequestState(rows[0].state);
  if (parsed.isErr()) throw new CorruptRow(`request ${id}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

export async function loadAccount(tx: Tx, id: string): Promise<AccountState | null> {
  const { rows } = await tx.query<{ state: unknown }>('SELECT state FROM accounts WHERE id = $1', [id]);
  if (rows[0] === undefined) return null;
  const parsed = parseAccountState(rows[0].state);
  if (parsed.isErr()) throw new CorruptRow(`account ${id}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

/** The ledger and the version it was read at; `FOR UPDATE` serialises ledger changes on PostgreSQL. */
export async function loadLedger(
  tx: Tx,
  lock = false,
): Promise<{ ledger: AllowanceLedger; version: number }> {
  const { rows } = await tx.query<{ doc: unknown; version: number }>(
    `SELECT doc, version FROM ledger WHERE id = 1${lock ? ' FOR UPDATE' : ''}`,
  );
  const row = rows[0];
  if (row === undefined) throw new CorruptRow('ledger: missing');
  const parsed = parseLedger(row.doc);
  if (parsed.isErr()) throw new CorruptRow(`ledger: ${JSON.stringify(parsed.error)}`);
  return { ledger: parsed.value, version: Number(row.version) };
}

/** Usernames a new account may not take: those of live accounts, and the retired (4.19). */
export async function usernamesInUse(tx: Tx): Promise<{ taken: Set<string>; retired: Set<string> }> {
  const live = await tx.query<{ username: string }>(
    "SELECT username FROM accounts WHERE status <> 'cancelled'",
  );
  const retired = await tx.query<{ username: string }>('SELECT username FROM retired_usernames');
  return {
    taken: new Set(live.rows.map((r) => r.username)),
    retired: new Set(retired.rows.map((r) => r.username)),
  };
}

/** One subject's change: its new state, the version it was loaded at (`null`: new), what it logged and asked. */
export type Change =
  | {
      readonly machine: 'request';
      readonly state: RequestState;
      readonly expected: number | null;
      readonly log: readonly LogEntry[];
      readonly effects: readonly StampedEffect[];
    }
  | {
      readonly machine: 'account';
      readonly state: AccountState;
      readonly expected: number | null;
      readonly log: readonly LogEntry[];
      readonly effects: readonly StampedEffect[];
      /** For a new account: the request that opened it. */
      readonly requestId?: string;
    };

/** The outbox lane of an effect: one mailbox's effects run in commit order, lanes run independently. */
export function laneOf(machine: MachineName, effect: StampedEffect): string {
  const username = (effect as { username?: unknown }).username;
  const data = (effect as { data?: { username?: unknown } }).data;
  const u =
    typeof username === 'string' ? username : typeof data?.username === 'string' ? data.username : null;
  return u !== null ? `mailbox:${u}` : `${machine}:${effect.subject}`;
}

/** Writes the changes of one command. Throws {@link Conflict} or {@link Refused} to roll back. */
export async function writeChanges(tx: Tx, changes: readonly Change[]): Promise<void> {
  for (const c of changes) {
    await writeState(tx, c);
    for (const entry of c.log) {
      await tx.query('INSERT INTO bitacora (machine, subject, version, entry) VALUES ($1, $2, $3, $4)', [
        c.machine,
        entry.subject,
        entry.version,
        JSON.stringify(entry),
      ]);
    }
  }
  const all = changes.flatMap((c) => c.effects.map((e) => ({ machine: c.machine, effect: e })));
  // The ledger checks the whole plan before anything commits (4.9, 4.13): a refusal rolls back
  // the states and the log with it, and the mail server is never asked.
  if (all.some(({ effect }) => LEDGER_TYPES.has(effect.type))) {
    const { ledger, version } = await loadLedger(tx, true);
    const next = applyLedgerEffects(
      ledger,
      // The outbox holds the library's own effects, stamped by its machines.
      all.map(({ effect }) => effect as LedgerInputEffect),
    );
    if (next.isErr()) throw new Refused([next.error]);
    const w = await tx.query('UPDATE ledger SET doc = $1, version = $2 WHERE id = 1 AND version = $3', [
      JSON.stringify(next.value),
      version + 1,
      version,
    ]);
    if (w.count !== 1) throw new Conflict('ledger');
  }
  for (const { machine, effect } of all) {
    const key = effectKey(effect);
    if (effect.type === 'RETIRE_USERNAME') {
      await tx.query(
        'INSERT INTO retired_usernames (username, effect_key) VALUES ($1, $2) ON CONFLICT (username) DO NOTHING',
        [(effect as StampedEffect & { username: string }).username, key],
      );
    }
    const atCommit = DONE_AT_COMMIT.has(effect.type);
    await tx.query(
      `INSERT INTO outbox (key, machine, subject, version, idx, lane, type, effect, status, carried_out_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        key,
        machine,
        effect.subject,
        effect.version,
        effect.index,
        laneOf(machine, effect),
        effect.type,
        JSON.stringify(effect),
        atCommit ? 'done' : 'pending',
        atCommit ? 'commit' : null,
      ],
    );
  }
}

async function writeState(tx: Tx, c: Change): Promise<void> {
  const json = JSON.stringify(c.state);
  if (c.machine === 'request') {
    const s = c.state;
    const w =
      c.expected === null
        ? await tx.query(
            'INSERT INTO requests (id, version, status, state) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
            [s.id, s.version, s.status, json],
          )
        : await tx.query(
            'UPDATE requests SET version = $2, status = $3, state = $4 WHERE id = $1 AND version = $5',
            [s.id, s.version, s.status, json, c.expected],
          );
    if (w.count !== 1)
      throw c.expected === null ? new Refused([duplicate('request', s.id)]) : new Conflict(s.id);
    return;
  }
  const s = c.state;
  const due = nextDeadline(s);
  const w =
    c.expected === null
      ? await tx.query(
          `INSERT INTO accounts (id, version, status, username, department, request_id, next_deadline, state)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
          [s.id, s.version, s.status, s.username, s.department, c.requestId ?? null, due, json],
        )
      : await tx.query(
          `UPDATE accounts SET version = $2, status = $3, username = $4, department = $5, next_deadline = $6, state = $7
           WHERE id = $1 AND version = $8`,
          [s.id, s.version, s.status, s.username, s.department, due, json, c.expected],
        );
  if (w.count !== 1)
    throw c.expected === null ? new Refused([duplicate('account', s.id)]) : new Conflict(s.id);
}

function duplicate(machine: MachineName, id: string): PortalViolation {
  return { code: 'DUPLICATE_SUBJECT', clause: null, details: { machine, id } };
}
