// The portal's commands. Each loads what it needs (validated), asks the library for one
// transition, and stores state, bitácora and effects in ONE transaction, under a command id so
// that a retried command (a double click, a client retry, a restart after a crash) applies once.
import {
  type AccountEvent,
  type Actor,
  advanceAccount,
  createRequest,
  departmentUsage,
  generateUsername,
  openAccountFromRequest,
  type RequestEvent,
  type RequestState,
  transitionAccount,
  transitionRequest,
} from 'seseq-correo';
import type { Db, Tx } from './db.js';
import {
  type Change,
  Conflict,
  loadAccount,
  loadLedger,
  loadRequest,
  type PortalViolation,
  Refused,
  usernamesInUse,
  writeChanges,
} from './store.js';

/** What a command did: applied now, applied before (same command id), or refused (nothing stored). */
export type Outcome =
  | { readonly ok: true; readonly applied: boolean }
  | { readonly ok: false; readonly violations: readonly PortalViolation[] };

const MAX_CONFLICT_RETRIES = 5;

/**
 * Runs a command: `decide` reads inside the transaction and returns the changes; they are
 * written with the command id (`null`: a command that is idempotent by itself, like the
 * scheduler's). A version conflict decides again; a refusal stores nothing.
 */
export async function execute(
  db: Db,
  commandId: string | null,
  decide: (tx: Tx) => Promise<readonly Change[]>,
): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        if (commandId !== null) {
          const fresh = await tx.query(
            "INSERT INTO commands (id, outcome) VALUES ($1, 'applied') ON CONFLICT (id) DO NOTHING",
            [commandId],
          );
          if (fresh.count === 0) return { ok: true, applied: false } as const;
        }
        const changes = await decide(tx);
        await writeChanges(tx, changes);
        return { ok: true, applied: changes.length > 0 } as const;
      });
    } catch (e) {
      if (e instanceof Refused) return { ok: false, violations: e.violations };
      if (e instanceof Conflict && attempt < MAX_CONFLICT_RETRIES) continue;
      throw e;
    }
  }
}

const refuse = (v: PortalViolation | readonly PortalViolation[]): never => {
  throw new Refused(Array.isArray(v) ? v : [v as PortalViolation]);
};

const notFound = (machine: string, id: string): PortalViolation => ({
  code: 'NOT_FOUND',
  clause: null,
  details: { machine, id },
});

/** Act 1–3 of 8.1: the boss (or the unit's IT) files form F01. */
export function submitRequest(db: Db, commandId: string, form: unknown, at: string, actor: Actor) {
  return execute(db, commandId, async () => {
    const r = createRequest(form, at, actor);
    if (r.isErr()) return refuse(r.error);
    const t = r.value;
    return [{ machine: 'request', state: t.state, expected: null, log: [t.log], effects: t.effects }];
  });
}

/** What a request step may look up when it builds its event: the counts and usernames of today. */
export type RequestContext = {
  readonly seatsInUse: number;
  readonly exitsInUse: number;
  /** A username for the form's person by 5.4.3, skipping live and retired ones (4.19). */
  readonly proposeUsername: () => string;
  /** What the officer checks about a username before provisioning it (5.4.3, 4.19), read from the database. */
  readonly usernameFacts: (username: string) => { usernameInUse: boolean; usernameRetired: boolean };
};

/**
 * One step of a request (8.1). `build` makes the event from the stored state and the context
 * (`APPROVE` carries the seats in use, `AUTHORIZE_INTERNET` the exits, `PROVISION` a username).
 * A `PROVISION` of a creation also opens the account, in the same transaction.
 */
export function requestStep(
  db: Db,
  commandId: string,
  folio: string,
  build: (context: RequestContext) => RequestEvent,
) {
  return execute(db, commandId, async (tx) => {
    const state = await loadRequest(tx, folio);
    if (state === null) return refuse(notFound('request', folio));
    const { ledger } = await loadLedger(tx);
    const usage = departmentUsage(ledger, state.form.user.department);
    if (usage.isErr()) return refuse(usage.error);
    const names = await usernamesInUse(tx);
    const context: RequestContext = {
      seatsInUse: usage.value.seatsInUse,
      exitsInUse: usage.value.exitsInUse,
      proposeUsername: () => {
        const g = generateUsername(state.form.user.fullName, names.taken, undefined, {
          retired: names.retired,
        });
        return g.isOk() ? g.value.username : refuse(g.error);
      },
      usernameFacts: (username) => ({
        usernameInUse: names.taken.has(username),
        usernameRetired: names.retired.has(username),
      }),
    };
    const t = transitionRequest(state, build(context));
    if (t.isErr()) return refuse(t.error);
    const changes: Change[] = [
      {
        machine: 'request',
        state: t.value.state,
        expected: state.version,
        log: [t.value.log],
        effects: t.value.effects,
      },
    ];
    for (const e of t.value.effects) {
      if (e.type !== 'CREATE_MAILBOX') continue;
      changes.push(openFromRequest(t.value.state, e));
    }
    return changes;
  });
}

/**
 * The account a `CREATE_MAILBOX` starts (8.1-9), opened in the provisioning transaction so
 * that it exists exactly when the plan to create its mailbox does. The library's
 * `openAccountFromRequest` gives it its id (`accountIdFor(request)`, the folio) and its first
 * bitácora entry (`OPEN`, by the system carrying the effect out), so the account replays from
 * its log alone (`replayAccount(log)`).
 */
function openFromRequest(request: RequestState, effect: unknown): Change {
  const opened = openAccountFromRequest(request, effect);
  if (opened.isErr()) return refuse(opened.error);
  return {
    machine: 'account',
    state: opened.value.state,
    expected: null,
    log: [opened.value.log],
    effects: [],
    requestId: request.id,
  };
}

/** One event of an account's life (4.19–4.29, 8.2, 8.3). */
export function accountStep(db: Db, commandId: string, accountId: string, event: AccountEvent) {
  return execute(db, commandId, async (tx) => {
    const state = await loadAccount(tx, accountId);
    if (state === null) return refuse(notFound('account', accountId));
    const t = transitionAccount(state, event);
    if (t.isErr()) return refuse(t.error);
    return [
      {
        machine: 'account',
        state: t.value.state,
        expected: state.version,
        log: [t.value.log],
        effects: t.value.effects,
      },
    ];
  });
}

/**
 * Brings one account to `asOf` with `advanceAccount`, committed like any command. It needs no
 * command id: advancing is idempotent (a second run for the day finds nothing due), and the
 * version check stops a run that raced another change.
 */
export function advanceStep(db: Db, accountId: string, asOf: string) {
  return execute(db, null, async (tx) => {
    const state = await loadAccount(tx, accountId);
    if (state === null) return refuse(notFound('account', accountId));
    const a = advanceAccount(state, asOf);
    if (a.isErr()) return refuse(a.error);
    if (a.value.log.length === 0) return [];
    return [
      {
        machine: 'account',
        state: a.value.state,
        expected: state.version,
        log: a.value.log,
        effects: a.value.effects,
      },
    ];
  });
}
