import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { invalidDate } from '../_internal/invalidDate.js';
import { isPlainDate, type PlainDate } from '../_internal/plainDate.js';
import { issuesToViolation } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { departmentKey, idKey, nameKey } from './_keys.js';
import { isRosterAccount, isRosterRow, rosterAccountSchema, rosterRowSchema } from './schema.js';
import type {
  RosterAccount,
  RosterFinding,
  RosterFindingKind,
  RosterReconciliation,
  RosterRef,
  RosterRow,
  RosterStep,
} from './types.js';

const rosterSchema = z.array(rosterRowSchema);
const accountsSchema = z.array(rosterAccountSchema);

/** A roster row with its keys computed once. */
type Worker = { ref: RosterRef; id: string | null; department: string; ended: boolean };

function invalid(which: 'accounts' | 'roster', issues: Parameters<typeof issuesToViolation>[0]): Violation {
  const v = issuesToViolation(issues);
  const first = issues[0]?.path[0];
  return {
    ...v,
    details: { ...v.details, input: which, ...(typeof first === 'number' ? { index: first } : {}) },
  };
}

function push<K>(index: Map<K, number[]>, key: K, i: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [i]);
  else list.push(i);
}

/**
 * Reconciles the mail accounts with the institution's roster of active workers (5.4.10: verify
 * that users are active workers; 5.4.14: disable the accounts of those whose contract ended;
 * 8.3-2: only current accounts; 4.20: a change of department must be reported).
 *
 * Each account (a {@link RosterAccount}) is looked up on the roster (a list of
 * {@link RosterRow}) by employee id, else by its holder's name folded as usernames fold names
 * (SPEC §3.1: accents, case, spacing). The report lists, each with its clause and its step:
 * - `notActiveWorker` (5.4.10): no worker has the id or the name: file an `OFFBOARD`
 *   (`cause: 'separation'`, the baja date to be confirmed with the unit);
 * - `contractEnded` (5.4.14): every roster row of the holder ended before `asOf`: an `OFFBOARD`
 *   with `bajaOn` the contract's last day and `cause: 'contractEnd'`;
 * - `departmentMismatch` (4.20): the roster puts the holder in another department: report
 *   the transfer (`REPORT_TRANSFER`), unless one is already pending;
 * - `probableMatch` (5.4.10): the id is not on the roster but the folded name is, or the name
 *   alone fits several people: a person confirms (`CONFIRM_IDENTITY`);
 * - `unidentified` (5.4.10): the account has no id and no readable name.
 *
 * Cancelled accounts are skipped; accounts already closing (`cancellationNotice`,
 * `gracePeriod`) only have their holder looked up. External and contractor holders (4.10, 4.29)
 * are not on payroll, so their absence is no finding. A username may be given as an address of
 * `policy.domain`. Linear in accounts + roster: two indexes (`Map`) are built once, each account
 * is one or two look-ups. Input is validated (zod); a bad row is `INVALID_INPUT` with its
 * `index` and which input (`accounts` or `roster`).
 *
 * @param accounts - an array of {@link RosterAccount}
 * @param roster - an array of {@link RosterRow}, as payroll exports it
 * @param asOf - the day of the check (a contract ending on `asOf` has not ended)
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the findings, in the accounts' order, and how many accounts were matched
 *
 * @example
 * reconcileRoster(
 *   [{ username: 'SOLEDADRT', department: 'Compras', name: 'María Soledad Ramírez Trejo' }],
 *   [{ name: 'MARIA SOLEDAD RAMIREZ TREJO', department: 'Recursos Humanos' }],
 *   '2027-03-01',
 * )._unsafeUnwrap().findings[0]
 * //=> { kind: 'departmentMismatch', clause: '4.20', accountIndex: 0, username: 'SOLEDADRT',
 * //     department: 'Compras', step: { type: 'REPORT_TRANSFER', toDepartment: 'Recursos Humanos' },
 * //     roster: [{ index: 0, employeeId: null, name: 'MARIA SOLEDAD RAMIREZ TREJO',
 * //                department: 'Recursos Humanos', contractEndsOn: null }] }
 */
export function reconcileRoster(
  accounts: unknown,
  roster: unknown,
  asOf: unknown,
  policy?: Policy,
): Result<RosterReconciliation, Violation> {
  return guard(
    [accounts, roster, asOf, policy],
    () => reconcileRosterUnguarded(accounts, roster, asOf, policy),
    refuse,
  );
}

function reconcileRosterUnguarded(
  accounts: unknown,
  roster: unknown,
  asOf: unknown,
  policy?: Policy,
): Result<RosterReconciliation, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  if (!isPlainDate(asOf)) return err(invalidDate(asOf, 'asOf'));
  try {
    // A hand-written check per row (no copies), zod only to explain a refusal.
    if (!Array.isArray(accounts) || !accounts.every(isRosterAccount)) {
      const a = accountsSchema.safeParse(accounts);
      return err(
        a.success
          ? // Stryker disable next-line StringLiteral,ObjectLiteral: unreachable, the fast check refuses only what the schema refuses (roster.edges.test.ts)
            violation('INVALID_INPUT', null, { input: 'accounts' })
          : invalid('accounts', a.error.issues),
      );
    }
    if (!Array.isArray(roster) || !roster.every(isRosterRow)) {
      const r = rosterSchema.safeParse(roster);
      return err(
        r.success
          ? // Stryker disable next-line StringLiteral,ObjectLiteral: unreachable, the fast check refuses only what the schema refuses (roster.edges.test.ts)
            violation('INVALID_INPUT', null, { input: 'roster' })
          : invalid('roster', r.error.issues),
      );
    }
    return ok(
      // definePolicy keeps domains in lower case.
      reconcile(accounts as RosterAccount[], roster as RosterRow[], asOf, `@${p.value.domain}`),
    );
  } catch {
    // Only input with throwing accessors (a proxy, a getter) gets here.
    return err(violation('INVALID_INPUT', null, { issues: ['(root): unreadable input'] }));
  }
}

function reconcile(
  accounts: readonly RosterAccount[],
  roster: readonly RosterRow[],
  asOf: PlainDate,
  atDomain: string,
): RosterReconciliation {
  const workers: Worker[] = [];
  const byId = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  for (let i = 0; i < roster.length; i++) {
    const row = roster[i]!;
    const ends = row.contractEndsOn ?? null;
    const id = idKey(row.employeeId);
    const key = nameKey(row.name);
    workers.push({
      ref: {
        index: i,
        employeeId: row.employeeId?.trim() || null,
        name: row.name?.trim() || null,
        department: row.department,
        contractEndsOn: ends,
      },
      id,
      department: departmentKey(row.department),
      ended: ends !== null && ends < asOf,
    });
    if (id !== null) push(byId, id, i);
    if (key !== null) push(byName, key, i);
  }

  const findings: RosterFinding[] = [];
  let matched = 0;
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i]!;
    const status = account.status ?? 'active';
    if (status === 'cancelled') continue;
    const lower = account.username.toLowerCase();
    const username = (
      lower.endsWith(atDomain) ? account.username.slice(0, -atDomain.length) : account.username
    )
      .trim()
      .toUpperCase();
    const find = (kind: RosterFindingKind, clause: string, step: RosterStep, rows: readonly number[]) =>
      findings.push({
        kind,
        clause,
        accountIndex: i,
        username,
        department: account.department,
        step,
        roster: rows.map((w) => workers[w]!.ref),
      });
    const onPayroll = (account.holder ?? 'staff') === 'staff';
    const id = idKey(account.employeeId);
    const key = nameKey(account.name);
    let rows: readonly number[] | undefined;
    if (id !== null) {
      rows = byId.get(id);
      if (rows === undefined) {
        // Stryker disable next-line ConditionalExpression: equivalent, no name key is null, so byName.get(null) would be undefined too
        const byNameRows = key === null ? undefined : byName.get(key);
        if (byNameRows !== undefined)
          find('probableMatch', '5.4.10', { type: 'CONFIRM_IDENTITY' }, byNameRows);
        else if (onPayroll) find('notActiveWorker', '5.4.10', offboard(null, 'separation'), []);
        continue;
      }
    } else if (key !== null) {
      rows = byName.get(key);
      if (rows === undefined) {
        if (onPayroll) find('notActiveWorker', '5.4.10', offboard(null, 'separation'), []);
        continue;
      }
      if (!onePerson(rows, workers)) {
        find('probableMatch', '5.4.10', { type: 'CONFIRM_IDENTITY' }, rows);
        continue;
      }
    } else {
      if (onPayroll) find('unidentified', '5.4.10', { type: 'CONFIRM_IDENTITY' }, []);
      continue;
    }
    matched++;
    if (status === 'cancellationNotice' || status === 'gracePeriod') continue;
    const current = rows.filter((w) => !workers[w]!.ended);
    if (current.length === 0) {
      let last: PlainDate = '';
      for (const w of rows) {
        const ends = workers[w]!.ref.contractEndsOn!;
        if (ends > last) last = ends;
      }
      find('contractEnded', '5.4.14', offboard(last, 'contractEnd'), rows);
      continue;
    }
    if (status === 'transferPending') continue;
    const department = departmentKey(account.department);
    if (!current.some((w) => workers[w]!.department === department)) {
      find(
        'departmentMismatch',
        '4.20',
        { type: 'REPORT_TRANSFER', toDepartment: workers[current[0]!]!.ref.department },
        current,
      );
    }
  }
  return { asOf, accounts: accounts.length, roster: roster.length, matched, findings };
}

function offboard(bajaOn: PlainDate | null, cause: 'separation' | 'contractEnd'): RosterStep {
  return { type: 'OFFBOARD', bajaOn, cause };
}

/** Rows that share a name are one person when there is one row or they all carry the same id. */
function onePerson(rows: readonly number[], workers: readonly Worker[]): boolean {
  if (rows.length === 1) return true;
  const first = workers[rows[0]!]!.id;
  return first !== null && rows.every((w) => workers[w]!.id === first);
}
