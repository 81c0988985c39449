import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { instantToPlainDate } from '../_internal/instant.js';
import { daysBetween, fromEpochDay, type PlainDate, toEpochDay } from '../_internal/plainDate.js';
import { issuesToViolation } from '../_internal/zod.js';
import { exitCap, seatCap } from '../allowances/caps.js';
import type { Violation } from '../errors/violation.js';
import { checkUsernameConformance } from '../names/checkUsernameConformance.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { REQUEST_MACHINE } from '../request/machine.js';
import { anomalyOptionsSchema, requestLogRecordSchema } from './schema.js';
import type {
  AnomalyKind,
  AnomalyOptions,
  AnomalyReport,
  ApprovalAnomaly,
  RequestLogRecord,
} from './types.js';

const logsSchema = z.array(requestLogRecordSchema);

/**
 * The defaults of {@link AnomalyOptions}: stalled after 15 days, a burst is 5 requests in 7 days.
 *
 * @example
 * ANOMALY_DEFAULTS.stalledAfterDays
 * //=> 15
 */
export const ANOMALY_DEFAULTS = { stalledAfterDays: 15, burst: { windowDays: 7, threshold: 5 } } as const;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const text = (x: unknown): string | null => (typeof x === 'string' && x.trim() !== '' ? x : null);

/** The fields of form F01 the anomalies look at, read defensively from a `CREATE` entry. */
type FormFacts = {
  area: string | null;
  department: string | null;
  fullName: string | null;
  transfer: boolean;
  mailbox: boolean;
};

function formFacts(event: RequestLogRecord['event']): FormFacts {
  const form = isObj(event.form) ? event.form : {};
  const user = isObj(form.user) ? form.user : {};
  return {
    area: text(form.area),
    department: text(user.department),
    fullName: text(user.fullName),
    transfer: form.kind === 'transfer',
    mailbox: form.mailbox !== false,
  };
}

/**
 * Watches the approval process for anomalies (5.4.13: "monitorear toda anomalía detectada en el
 * trámite de aprobación para la creación o modificación de usuarios"), over request log entries
 * as they are stored (SPEC §11 `LogEntry`, any number of requests, in any order). Each anomaly
 * has its clause and the positions of the entries behind it:
 * - `segregationOfDuties` (5.3.5, 8.1-3): the actor who filed the request (`CREATE`) also
 *   approved it or authorized its internet;
 * - `provisionedWithoutApproval` (8.1-4.B, 8.1-9): a `PROVISION` with no `APPROVE` before it;
 * - `outOfOrder` (8.1): an entry that does not follow the one before it (a `from` that is not
 *   the previous `to`, a version gap or repeat, a step the request machine has no row for, a
 *   log that does not start with `CREATE`);
 * - `exitOverCap` (4.13, 8.1-6): internet authorized with `exitsInUse` at the cap;
 * - `seatExceptionWithoutReason` (4.9, 8.1-4.B): `APPROVE` at the department's seat cap without
 *   an exception or with a blank reason;
 * - `usernameNotConforming` (5.4.3, 5.4.6): a provisioned username no rule gives the form's
 *   person (transfers keep their account's username and are not checked);
 * - `stalled` (8.1): a request not finished whose last entry is more than `stalledAfterDays`
 *   days before `asOf` (days in `policy.timeZone`);
 * - `burst` (5.4.13): at least `burst.threshold` requests (`CREATE`) from one area within
 *   `burst.windowDays` days; overlapping windows are reported once.
 *
 * The log is validated (zod): a bad entry is `INVALID_INPUT` with its `index`. The checks are
 * linear in the entries, after sorting each request's entries by version and each area's
 * requests by day.
 *
 * @param logs - an array of stored request log entries
 * @param options - `{ asOf, stalledAfterDays?, burst? }`, see {@link AnomalyOptions}
 * @param policy - defaults to {@link SESEQ_POLICY} (caps, time zone, the username rules)
 *
 * @example
 * // F-1 filed and approved by the same person
 * findApprovalAnomalies(log, { asOf: '2027-01-10' })._unsafeUnwrap().anomalies[0]
 * //=> { kind: 'segregationOfDuties', clause: '5.3.5', subject: 'F-1', entries: [0, 1],
 * //     details: { actor: 'jefe-7', step: 'APPROVE' } }
 */
export function findApprovalAnomalies(
  logs: unknown,
  options: unknown,
  policy?: Policy,
): Result<AnomalyReport, Violation> {
  return guard([logs, options, policy], () => findApprovalAnomaliesUnguarded(logs, options, policy), refuse);
}

function findApprovalAnomaliesUnguarded(
  logs: unknown,
  options: unknown,
  policy?: Policy,
): Result<AnomalyReport, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  const o = anomalyOptionsSchema.safeParse(options);
  if (!o.success) return err(issuesToViolation(o.error.issues));
  const l = logsSchema.safeParse(logs);
  if (!l.success) {
    const v = issuesToViolation(l.error.issues);
    const first = l.error.issues[0]?.path[0];
    return err({ ...v, details: { ...v.details, ...(typeof first === 'number' ? { index: first } : {}) } });
  }
  return ok(scan(l.data as RequestLogRecord[], o.data as AnomalyOptions, p.value));
}

function scan(logs: readonly RequestLogRecord[], options: AnomalyOptions, policy: Policy): AnomalyReport {
  const stalledAfter = options.stalledAfterDays ?? ANOMALY_DEFAULTS.stalledAfterDays;
  const burst = options.burst ?? ANOMALY_DEFAULTS.burst;
  const allowed = new Set<string>();
  for (const row of REQUEST_MACHINE.rows) {
    for (const from of row.from) for (const to of row.to) allowed.add(`${from}|${row.event}|${to}`);
  }
  const terminal = new Set<string>(REQUEST_MACHINE.terminal);
  const bySubject = new Map<string, number[]>();
  for (let i = 0; i < logs.length; i++) {
    const s = logs[i]!.subject;
    const list = bySubject.get(s);
    if (list === undefined) bySubject.set(s, [i]);
    else list.push(i);
  }
  const anomalies: ApprovalAnomaly[] = [];
  const add = (
    kind: AnomalyKind,
    clause: string,
    subject: string,
    entries: number[],
    details: ApprovalAnomaly['details'],
  ) => anomalies.push({ kind, clause, subject, entries, details });
  const dayOf = (at: string): PlainDate => instantToPlainDate(at, policy.timeZone);
  const requestsByArea = new Map<string, { day: number; index: number; subject: string }[]>();

  for (const [subject, list] of bySubject) {
    list.sort((a, b) => logs[a]!.version - logs[b]!.version || a - b);
    let facts: FormFacts | null = null;
    let filedAt = -1;
    let approved = false;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const e = logs[i]!;
      const type = e.event.type;
      const prev = k === 0 ? null : logs[list[k - 1]!]!;
      const behind = k === 0 ? [i] : [list[k - 1]!, i];
      if (prev === null) {
        if (type !== 'CREATE' || e.from !== null)
          add('outOfOrder', '8.1', subject, behind, { step: type, reason: 'does not start with CREATE' });
      } else if (e.version !== prev.version + 1) {
        add('outOfOrder', '8.1', subject, behind, {
          step: type,
          reason: e.version === prev.version ? 'repeated version' : 'version gap',
        });
      } else if (e.from !== prev.to || !allowed.has(`${e.from}|${type}|${e.to}`)) {
        add('outOfOrder', '8.1', subject, behind, {
          step: type,
          reason: `${e.from ?? 'null'} → ${e.to} after ${prev.to}`,
        });
      }
      switch (type) {
        case 'CREATE': {
          if (facts !== null) break;
          facts = formFacts(e.event);
          filedAt = i;
          if (facts.area !== null) {
            const day = toEpochDay(dayOf(e.at));
            const list2 = requestsByArea.get(facts.area);
            const r = { day, index: i, subject };
            if (list2 === undefined) requestsByArea.set(facts.area, [r]);
            else list2.push(r);
          }
          break;
        }
        case 'APPROVE':
        case 'AUTHORIZE_INTERNET': {
          if (filedAt >= 0 && logs[filedAt]!.actor.id === e.actor.id) {
            add('segregationOfDuties', '5.3.5', subject, [filedAt, i], { actor: e.actor.id, step: type });
          }
          if (type === 'APPROVE') {
            approved = true;
            const seats = e.event.seatsInUse;
            // Seats are counted for a request with a mailbox, whose form names the department (4.9).
            const department = facts === null || !facts.mailbox ? null : facts.department;
            if (typeof seats === 'number' && department !== null) {
              const cap = seatCap(department, policy);
              const ex = e.event.exception;
              const reason = isObj(ex) ? text(ex.reason) : null;
              if (seats >= cap && reason === null) {
                add('seatExceptionWithoutReason', '4.9', subject, [i], {
                  department,
                  seatsInUse: seats,
                  cap,
                });
              }
            }
          } else {
            const exits = e.event.exitsInUse;
            const cap = exitCap(policy);
            if (typeof exits === 'number' && exits >= cap) {
              add('exitOverCap', '4.13', subject, [i], { exitsInUse: exits, cap });
            }
          }
          break;
        }
        case 'PROVISION': {
          if (!approved) add('provisionedWithoutApproval', '8.1-4.B', subject, [i], { step: type });
          const username = text(e.event.username);
          if (username !== null && facts !== null && !facts.transfer && facts.fullName !== null) {
            const c = checkUsernameConformance(facts.fullName, username, policy);
            if (c.isOk() && !c.value.conforms) {
              // facts are the form of the entry at filedAt.
              add('usernameNotConforming', '5.4.6', subject, [filedAt, i], {
                username: username.toUpperCase(),
                expected: c.value.expected.map((x) => x.username).join(', '),
              });
            }
          }
          break;
        }
      }
    }
    const last = logs[list[list.length - 1]!]!;
    if (!terminal.has(last.to)) {
      const since = dayOf(last.at);
      const days = daysBetween(since, options.asOf);
      if (days > stalledAfter) {
        add('stalled', '8.1', subject, [list[list.length - 1]!], { status: last.to, since, days });
      }
    }
  }

  for (const [area, requests] of requestsByArea) {
    // Stryker disable next-line ConditionalExpression: equivalent, with fewer requests than the threshold no window holds enough (a fast path)
    if (requests.length < burst.threshold) continue;
    requests.sort((a, b) => a.day - b.day || a.index - b.index);
    // Two pointers: every window of `windowDays` days holding `threshold` requests; windows
    // that overlap are one burst.
    let start = 0;
    let cluster: { from: number; to: number } | null = null;
    const flush = () => {
      if (cluster === null) return;
      const rs = requests.slice(cluster.from, cluster.to + 1);
      add(
        'burst',
        '5.4.13',
        area,
        rs.map((r) => r.index),
        {
          requests: rs.length,
          from: fromEpochDay(rs[0]!.day),
          to: fromEpochDay(rs[rs.length - 1]!.day),
          windowDays: burst.windowDays,
          threshold: burst.threshold,
        },
      );
      cluster = null;
    };
    for (let end = 0; end < requests.length; end++) {
      while (requests[end]!.day - requests[start]!.day >= burst.windowDays) start++;
      if (end - start + 1 >= burst.threshold) {
        if (cluster !== null && start <= cluster.to) cluster.to = end;
        else {
          flush();
          cluster = { from: start, to: end };
        }
      }
    }
    flush();
  }
  return { asOf: options.asOf, entries: logs.length, requests: bySubject.size, anomalies };
}
