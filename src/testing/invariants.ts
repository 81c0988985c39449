import { compareInstants, isInstant } from '../_internal/instant.js';
import { issuesToViolations } from '../_internal/zod.js';
import { baseSeatCap, exitCap, seatCap } from '../allowances/caps.js';
import { ledgerShapeSchema } from '../allowances/schema.js';
import type { Clause } from '../errors/violation.js';
import { replayAccount } from '../lifecycle/replayAccount.js';
import type { AccountState } from '../lifecycle/types.js';
import type { LogEntry } from '../machine/types.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { replayRequest } from '../request/replayRequest.js';
import type { RequestState } from '../request/types.js';

/**
 * The always/never claims the checks of `seseq-correo/testing` make.
 *
 * @example
 * const name: InvariantName = 'backupBeforeDelete'; // 4.22, 8.3-8: nothing is deleted before it is backed up
 */
export type InvariantName =
  | 'ledgerWithinCaps'
  | 'backupBeforeDelete'
  | 'retiredNeverProvisioned'
  | 'logNeverGoesBack'
  | 'replayEqualsState'
  | 'effectPerformedOnce'
  | 'effectPerformed';

/**
 * One broken invariant, as a value (the checks never throw): which invariant, the clause behind
 * it, one line in English for the test report, and the facts that show it.
 *
 * @example
 * checkRetiredNeverProvisioned([{ type: 'CREATE_MAILBOX', username: 'perlahl' }], ['PERLAHL']).map((v) => [v.invariant, v.clause])
 * //=> [['retiredNeverProvisioned', '4.19']]
 */
export type InvariantViolation = {
  readonly invariant: InvariantName;
  readonly clause: Clause | null;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
};

const broken = (
  invariant: InvariantName,
  clause: Clause | null,
  message: string,
  details: Record<string, unknown> = {},
): InvariantViolation => ({ invariant, clause, message, details });

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const field = (v: unknown, key: string): unknown =>
  isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined;
const upper = (v: unknown): string | null => (typeof v === 'string' ? v.toUpperCase() : null);

/**
 * A department never holds more than its caps: internet exits at most `exitCap` (4.13, 8.1-6),
 * seats at most `seatCap` unless the ones beyond carry the IT head's operational exception (4.9,
 * 8.1-4.B), seats with no exception at all at most the base cap (the ones a department's own
 * exception allows are marked); and a username holds at most one seat (4.9) and one exit (4.13)
 * in the whole ledger, each second one named with its path and the department of the first.
 * The same rules as `allowanceLedgerSchemaFor(policy)`, reported with their numbers.
 *
 * @param ledger - an allowance ledger (as the adapter stores it: unknown input is fine)
 * @param policy - the caps; defaults to {@link SESEQ_POLICY}
 * @returns every breach, or `[]`
 *
 * @example
 * checkLedgerWithinCaps({ departments: [{ department: 'Compras', seats: [], exits: [{ username: 'A' }, { username: 'B' }, { username: 'C' }] }] })[0].invariant
 * //=> 'ledgerWithinCaps'
 */
export function checkLedgerWithinCaps(ledger: unknown, policy: Policy = SESEQ_POLICY): InvariantViolation[] {
  // The shape alone: the caps are this check's to report, each with its numbers.
  const parsed = ledgerShapeSchema.safeParse(ledger);
  if (!parsed.success) {
    const vs = issuesToViolations(parsed.error.issues);
    // A username holding a second seat or exit is a broken invariant, named with its place; any
    // other refusal says the ledger cannot be read.
    const twice = vs.filter((v) => v.code === 'ALLOWANCE_HELD_ELSEWHERE');
    const other = vs.filter((v) => v.code !== 'ALLOWANCE_HELD_ELSEWHERE');
    return [
      ...twice.map((v) =>
        broken('ledgerWithinCaps', v.clause, String(v.details?.message), { path: v.details?.path }),
      ),
      ...(other.length > 0
        ? [
            broken('ledgerWithinCaps', '4.9', 'not a valid allowance ledger', {
              codes: other.map((v) => v.code),
            }),
          ]
        : []),
    ];
  }
  const out: InvariantViolation[] = [];
  for (const d of parsed.data.departments) {
    const exits = exitCap(policy);
    if (d.exits.length > exits)
      out.push(
        broken(
          'ledgerWithinCaps',
          '4.13',
          `${d.department} holds ${d.exits.length} internet exits (cap ${exits})`,
          {
            department: d.department,
            exits: d.exits.length,
            cap: exits,
          },
        ),
      );
    const cap = seatCap(d.department, policy);
    const ordinary = d.seats.filter((s) => s.exception?.kind !== 'operational').length;
    const bare = d.seats.filter((s) => s.exception === null).length;
    const base = baseSeatCap(policy);
    if (ordinary <= cap && bare > base)
      // A department the policy lets hold more still marks the seats beyond the base cap.
      out.push(
        broken(
          'ledgerWithinCaps',
          '4.9',
          `${d.department} holds ${bare} seats with no exception (cap ${base})`,
          {
            department: d.department,
            seats: bare,
            cap: base,
          },
        ),
      );
    if (ordinary > cap)
      out.push(
        broken(
          'ledgerWithinCaps',
          '4.9',
          `${d.department} holds ${ordinary} seats without an exception (cap ${cap})`,
          {
            department: d.department,
            seats: ordinary,
            cap,
          },
        ),
      );
  }
  return out;
}

/**
 * A mailbox is never deleted without a backup made before (4.22, 8.2-1.A.1, 8.3-8: "nothing is
 * lost"): in the order given, every `DELETE_MAILBOX` of a username follows a `BACKUP_MAILBOX` of
 * the same username (compared case-insensitively).
 *
 * @param effects - the effects in the order they were carried out (anything else is ignored)
 * @returns one violation per deletion without a backup before it
 *
 * @example
 * checkBackupBeforeDelete([
 *   { type: 'DELETE_MAILBOX', username: 'PERLAHL' },
 *   { type: 'BACKUP_MAILBOX', username: 'PERLAHL' },
 * ]).map((v) => v.details.position)
 * //=> [0]
 */
export function checkBackupBeforeDelete(effects: readonly unknown[]): InvariantViolation[] {
  const backedUp = new Set<string>();
  const out: InvariantViolation[] = [];
  effects.forEach((e, position) => {
    const username = upper(field(e, 'username'));
    if (username === null) return;
    const type = field(e, 'type');
    if (type === 'BACKUP_MAILBOX') backedUp.add(username);
    else if (type === 'DELETE_MAILBOX' && !backedUp.has(username))
      out.push(
        broken('backupBeforeDelete', '4.22', `${username} deleted without a backup before it`, {
          username,
          position,
        }),
      );
  });
  return out;
}

/**
 * A username retired for inactivity is never provisioned again ("una vez eliminada NO se
 * volverá a crear", 4.19): in the order given, no `CREATE_MAILBOX` or `GRANT_SEAT` of a username
 * after its `RETIRE_USERNAME` (or that `retired` already holds).
 *
 * @param effects - the effects in the order they were carried out
 * @param retired - usernames retired before the first effect
 * @returns one violation per provisioning of a retired username
 *
 * @example
 * checkRetiredNeverProvisioned([{ type: 'CREATE_MAILBOX', username: 'perlahl' }], ['PERLAHL'])[0].clause
 * //=> '4.19'
 */
export function checkRetiredNeverProvisioned(
  effects: readonly unknown[],
  retired: Iterable<string> = [],
): InvariantViolation[] {
  const gone = new Set<string>();
  for (const u of retired) gone.add(u.toUpperCase());
  const out: InvariantViolation[] = [];
  effects.forEach((e, position) => {
    const username = upper(field(e, 'username'));
    if (username === null) return;
    const type = field(e, 'type');
    if (type === 'RETIRE_USERNAME') gone.add(username);
    else if ((type === 'CREATE_MAILBOX' || type === 'GRANT_SEAT') && gone.has(username))
      out.push(
        broken('retiredNeverProvisioned', '4.19', `${username} provisioned again after it was retired`, {
          username,
          position,
          type,
        }),
      );
  });
  return out;
}

/**
 * A log never goes back: per subject, each entry's `version` is above the one before and its
 * instant `at` not earlier (SPEC §1; the machine kit refuses an earlier event).
 *
 * @param log - log entries of one or more subjects, in the order they were written
 * @returns one violation per entry that goes back
 *
 * @example
 * checkLogNeverGoesBack([
 *   { subject: 'F-1', version: 2, at: '2026-11-30T10:00:00-06:00' },
 *   { subject: 'F-1', version: 3, at: '2026-11-30T09:00:00-06:00' },
 * ]).map((v) => v.details.reason)
 * //=> ['at']
 */
export function checkLogNeverGoesBack(log: readonly unknown[]): InvariantViolation[] {
  const last = new Map<string, { version: number; at: string }>();
  const out: InvariantViolation[] = [];
  log.forEach((entry, position) => {
    const subject = field(entry, 'subject');
    const version = field(entry, 'version');
    const at = field(entry, 'at');
    if (typeof subject !== 'string' || typeof version !== 'number' || !isInstant(at)) {
      out.push(broken('logNeverGoesBack', null, `entry ${position} is not a log entry`, { position }));
      return;
    }
    const before = last.get(subject);
    if (before !== undefined && !(version > before.version))
      out.push(
        broken('logNeverGoesBack', null, `${subject}: version ${version} after ${before.version}`, {
          subject,
          position,
          reason: 'version',
        }),
      );
    if (before !== undefined && compareInstants(at, before.at) < 0)
      out.push(
        broken('logNeverGoesBack', null, `${subject}: ${at} after ${before.at}`, {
          subject,
          position,
          reason: 'at',
        }),
      );
    last.set(subject, { version, at });
  });
  return out;
}

/**
 * A subject as an adapter stores it: its state and its log, and for an account the state it opened with.
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const t = createRequest(form, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' })._unsafeUnwrap();
 * const subject: StoredSubject = { machine: 'request', state: t.state, log: [t.log] };
 */
export type StoredSubject =
  | { readonly machine: 'request'; readonly state: RequestState; readonly log: readonly LogEntry[] }
  | {
      readonly machine: 'account';
      readonly initial: AccountState;
      readonly state: AccountState;
      readonly log: readonly LogEntry[];
    };

/** The same JSON whatever the order of keys. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    isObject(x) && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );

/**
 * Replaying a stored log reproduces the stored state exactly (SPEC §1): `replayRequest(log)`, or
 * `replayAccount(initial, log)`, equals `state` as JSON, whatever the order of keys.
 *
 * @param subject - what the adapter stored
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns a violation when the replay fails or differs, else `[]`
 *
 * @example
 * const c = createRequest(fc.sample(validFormArb(), { seed: 1, numRuns: 1 })[0], '2028-01-01T09:00:00-06:00', { role: 'direct-boss', id: 'j' })._unsafeUnwrap();
 * checkReplayEqualsState({ machine: 'request', state: c.state, log: [c.log] })
 * //=> []
 */
export function checkReplayEqualsState(
  subject: StoredSubject,
  policy: Policy = SESEQ_POLICY,
): InvariantViolation[] {
  const replayed =
    subject.machine === 'request'
      ? replayRequest(subject.log, policy)
      : replayAccount(subject.initial, subject.log, policy);
  if (replayed.isErr())
    return [
      broken(
        'replayEqualsState',
        null,
        `${subject.state.id}: the log does not replay (${replayed.error.code})`,
        {
          subject: subject.state.id,
          violation: replayed.error,
        },
      ),
    ];
  if (canonical(replayed.value) !== canonical(subject.state))
    return [
      broken('replayEqualsState', null, `${subject.state.id}: replay gives another state`, {
        subject: subject.state.id,
        replayed: replayed.value,
        stored: subject.state,
      }),
    ];
  return [];
}
