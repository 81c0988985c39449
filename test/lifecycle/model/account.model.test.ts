import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, type PlainDate } from '../../../src/_internal/plainDate.js';
import {
  type AccountState,
  type AccountStatus,
  type AnyAccountEvent,
  advanceAccount,
  openAccount,
  replayAccount,
  type StampedAccountEffect,
  transitionAccount,
} from '../../../src/lifecycle/index.js';
import type { LogEntry, Role } from '../../../src/machine/types.js';

// Model-based test of the account lifecycle (fast-check's fc.commands + fc.modelRun) with
// random events and random jumps of time. The model is SPEC §6 in a few lines, written apart
// from ACCOUNT_MACHINE: a status, a handful of dates and the cause; every command checks the
// real outcome (accepted or refused, status, version, dates, the effects of a cancellation)
// against the model's prediction.

type Cause = 'inactivity' | 'baja' | 'request' | 'expiry' | 'sanction';
type Resumable = 'active' | 'onLeave' | 'inactivityInquiry' | 'transferPending';
type Model = {
  status: AccountStatus;
  version: number;
  day: PlainDate;
  /** The day of the last change: a deadline that passed before it falls on it. */
  changed: PlainDate;
  createdOn: PlainDate;
  lastAccessOn: PlainDate | null;
  resumedOn: PlainDate | null;
  expiresOn: PlainDate | null;
  cancelOn: PlainDate | null;
  leaveUntil: PlainDate | null | undefined;
  suspensionUntil: PlainDate | null;
  /** An investigation recorded in the notice or the grace period (SPEC §12): the status stays. */
  overlay: boolean;
  /** In the notice: where an unconfirmed request returns the account (8.3-7). */
  previous: Resumable | null;
  /** The department a pending transfer was reported to (8.2-1.B). */
  reportedTo: string | null;
  resume: Resumable;
  department: string;
  internet: boolean;
  cause: Cause | null;
  /** A baja announced ahead (SPEC §12): time starts its grace on this day. */
  scheduledBaja: PlainDate | null;
};
type Real = { initial: AccountState; state: AccountState; log: LogEntry[]; minute: number };

const GRACE = 15;
const NOTICE = 2;
const DEPARTMENTS = ['Compras', 'Almacén', 'Jurídico'];
const ACTOR: Record<string, Role> = {
  RECORD_ACCESS: 'system',
  START_LEAVE: 'direct-boss',
  END_LEAVE: 'mail-officer',
  SUSPEND: 'it-head',
  REINSTATE: 'mail-officer',
  OPEN_INACTIVITY_INQUIRY: 'mail-officer',
  BOSS_REPORTS_LEAVE: 'direct-boss',
  REQUEST_CANCELLATION: 'direct-boss',
  OFFBOARD: 'direct-boss',
  REPORT_TRANSFER: 'direct-boss',
  COMPLETE_TRANSFER: 'mail-officer',
  NEW_AREA_DECLINES: 'mail-officer',
  SANCTION: 'it-head',
  CANCELLATION_NOT_CONFIRMED: 'mail-officer',
};
/** Roles a row takes besides the one in ACTOR (SPEC §12: the user and the unit report too). */
const ALSO: Record<string, Role[]> = {
  OFFBOARD: ['mail-officer', 'user', 'unit-it'],
  REPORT_TRANSFER: ['mail-officer', 'user', 'unit-it'],
  CANCELLATION_NOT_CONFIRMED: ['it-head'],
};
const ALIVE: AccountStatus[] = [
  'active',
  'onLeave',
  'suspended',
  'inactivityInquiry',
  'transferPending',
  'cancellationNotice',
  'gracePeriod',
];

const max = (a: PlainDate, b: PlainDate) => (a > b ? a : b);
const inactive = (m: Model) => {
  let since = m.lastAccessOn !== null && m.lastAccessOn > m.createdOn ? m.lastAccessOn : m.createdOn;
  if (m.resumedOn !== null) since = max(since, m.resumedOn);
  return m.day >= addMonths(since, 3);
};

/** What time makes due in the model, by SPEC §6 (an expiry wins a tie). */
function modelDue(m: Model): { type: string; on: PlainDate } | null {
  const baja = m.scheduledBaja === null ? null : { type: 'BAJA_REACHED', on: m.scheduledBaja };
  const first = <T extends { on: PlainDate }>(a: T | null, b: T | null) =>
    a === null ? b : b === null ? a : b.on < a.on ? b : a;
  const expiry = first(baja, m.expiresOn === null ? null : { type: 'EXPIRED', on: m.expiresOn });
  const pick = (type: string, on: PlainDate | null) => {
    const other = on === null ? null : { type, on };
    if (expiry === null) return other;
    if (other === null) return expiry;
    return other.on < expiry.on ? other : expiry;
  };
  const until = (d: PlainDate | null | undefined) => (d == null ? null : addDays(d, 1));
  switch (m.status) {
    case 'cancellationNotice':
      return first(first(baja, { type: 'NOTICE_ELAPSED', on: m.cancelOn as PlainDate }), overlayEnd(m));
    case 'gracePeriod':
      return first({ type: 'GRACE_ENDED', on: m.cancelOn as PlainDate }, overlayEnd(m));
    case 'onLeave':
      return pick('LEAVE_ENDED', until(m.leaveUntil));
    case 'suspended':
      return pick('SUSPENSION_ENDED', until(m.suspensionUntil));
    case 'cancelled':
      return null;
    default:
      return expiry;
  }
}

/** The end of an investigation recorded in the notice or the grace period. */
function overlayEnd(m: Model): { type: string; on: PlainDate } | null {
  return m.overlay && m.suspensionUntil !== null
    ? { type: 'SUSPENSION_ENDED', on: addDays(m.suspensionUntil, 1) }
    : null;
}

function grace(m: Model, bajaOn: PlainDate, cause: Cause) {
  // A suspension goes on, recorded, in the grace period (SPEC §12).
  m.overlay = m.status === 'suspended' || m.overlay;
  Object.assign(m, {
    status: 'gracePeriod',
    cancelOn: addDays(bajaOn, GRACE + 1),
    cause,
    leaveUntil: undefined,
    scheduledBaja: null,
    previous: null,
  });
}

/** Lets time run in the model up to its day, as advanceAccount must. */
function runTime(m: Model): string[] {
  const applied: string[] = [];
  for (;;) {
    const due = modelDue(m);
    if (due === null) return applied;
    const on = max(due.on, m.changed);
    if (on > m.day) return applied;
    applied.push(due.type);
    m.version++;
    m.changed = on;
    switch (due.type) {
      case 'NOTICE_ELAPSED':
        grace(m, due.on, m.cause as Cause);
        break;
      case 'GRACE_ENDED':
        m.status = 'cancelled';
        break;
      case 'EXPIRED':
        grace(m, due.on, 'expiry');
        break;
      case 'BAJA_REACHED':
        grace(m, due.on, 'baja');
        break;
      case 'LEAVE_ENDED':
        Object.assign(m, { status: 'active', leaveUntil: undefined, resumedOn: on });
        break;
      case 'SUSPENSION_ENDED':
        if (m.overlay) Object.assign(m, { overlay: false, resumedOn: on });
        else resume(m, on);
        break;
    }
  }
}

function resume(m: Model, on: PlainDate) {
  m.resumedOn = on;
  if (m.resume === 'onLeave' && m.leaveUntil != null && m.leaveUntil < on) {
    Object.assign(m, { status: 'active', leaveUntil: undefined });
  } else m.status = m.resume;
}

function at(m: Model, real: Real): string {
  real.minute++;
  const hh = String(8 + (Math.floor(real.minute / 60) % 12)).padStart(2, '0');
  const mm = String(real.minute % 60).padStart(2, '0');
  return `${m.day}T${hh}:${mm}:00-06:00`;
}

function check(m: Model, real: Real) {
  const s = real.state;
  expect(s.status).toBe(m.status);
  expect(s.version).toBe(m.version);
  expect(s.department).toBe(m.department);
  expect(s.internet).toBe(m.internet);
  if (m.status === 'gracePeriod' || m.status === 'cancellationNotice') expect(s.cancelOn).toBe(m.cancelOn);
  if (m.status === 'cancelled') expect(s.cancellation?.cause).toBe(m.cause);
  if (m.status !== 'cancelled')
    expect(s.suspension !== undefined).toBe(m.status === 'suspended' || m.overlay);
  expect(s.scheduledBaja?.on ?? null).toBe(m.status === 'cancelled' ? null : m.scheduledBaja);
}

function checkCancellation(effects: readonly StampedAccountEffect[], m: Model, internet: boolean) {
  const types = effects.map((e) => e.type);
  expect(types.indexOf('BACKUP_MAILBOX')).toBeGreaterThan(-1);
  expect(types.indexOf('BACKUP_MAILBOX')).toBeLessThan(types.indexOf('DELETE_MAILBOX'));
  expect(types.includes('RETIRE_USERNAME')).toBe(m.cause === 'inactivity');
  expect(types.includes('RELEASE_INTERNET_EXIT')).toBe(internet);
  expect(types).toContain('RELEASE_SEAT');
  expect(types).toContain('UPDATE_ACCOUNT_LISTING');
}

class Wait implements fc.Command<Model, Real> {
  constructor(readonly days: number) {}
  check = () => true;
  run(m: Model, real: Real) {
    const internet = m.internet;
    m.day = addDays(m.day, this.days);
    const expected = runTime(m);
    const r = advanceAccount(real.state, m.day)._unsafeUnwrap();
    expect(r.log.map((l) => (l.event as { type: string }).type)).toEqual(expected);
    for (const l of r.log) expect(l.actor).toEqual({ role: 'system', id: 'scheduler' });
    if (r.state.status === 'cancelled' && real.state.status !== 'cancelled') {
      checkCancellation(
        r.effects.filter((e) => e.version === r.state.version),
        m,
        internet,
      );
    }
    real.state = r.state;
    real.log.push(...r.log);
    check(m, real);
  }
  toString = () => `Wait(${this.days})`;
}

type Spec = { type: string; body: Record<string, unknown>; role?: Role };

/** The model's prediction for a human event: refused (with the code), or what it becomes. */
function predict(m: Model, spec: Spec): string | ((m: Model) => void) {
  const s = m.status;
  const b = spec.body;
  const from = (...ss: AccountStatus[]) => ss.includes(s);
  const role = spec.role ?? ACTOR[spec.type];
  const rowThen = (ok: boolean, then: string | ((m: Model) => void)) => {
    if (!ok) return 'INVALID_TRANSITION';
    if (role !== ACTOR[spec.type] && !(ALSO[spec.type] ?? []).includes(role as Role)) return 'FORBIDDEN_ROLE';
    return then;
  };
  switch (spec.type) {
    case 'RECORD_ACCESS': {
      const on = b.on as PlainDate;
      return rowThen(
        from(...ALIVE),
        on < m.createdOn
          ? 'INVALID_DATE'
          : (n) => {
              n.lastAccessOn = n.lastAccessOn === null || on > n.lastAccessOn ? on : n.lastAccessOn;
              if (n.status === 'inactivityInquiry' && !inactive(n)) n.status = 'active';
            },
      );
    }
    case 'START_LEAVE':
      return rowThen(from('active'), (n) => Object.assign(n, { status: 'onLeave', leaveUntil: b.until }));
    case 'END_LEAVE':
      return rowThen(from('onLeave'), (n) =>
        Object.assign(n, { status: 'active', leaveUntil: undefined, resumedOn: n.day }),
      );
    case 'SUSPEND':
      if (from('suspended', 'cancellationNotice', 'gracePeriod')) {
        if (s !== 'suspended' && b.reason !== 'investigation') return rowThen(true, 'INVALID_TRANSITION');
        return rowThen(true, (n) => {
          const had = n.status === 'suspended' || n.overlay;
          const u = b.until as PlainDate | null;
          n.suspensionUntil = !had
            ? u
            : n.suspensionUntil === null || u === null
              ? null
              : max(n.suspensionUntil, u);
          if (n.status !== 'suspended') n.overlay = true;
        });
      }
      return rowThen(from('active', 'onLeave', 'inactivityInquiry', 'transferPending'), (n) =>
        Object.assign(n, { resume: n.status, status: 'suspended', suspensionUntil: b.until }),
      );
    case 'REINSTATE':
      if (from('cancellationNotice', 'gracePeriod'))
        return rowThen(
          true,
          m.overlay ? (n) => Object.assign(n, { overlay: false, resumedOn: n.day }) : 'INVALID_TRANSITION',
        );
      return rowThen(from('suspended'), (n) => resume(n, n.day));
    case 'OPEN_INACTIVITY_INQUIRY':
      return rowThen(
        from('active'),
        inactive(m) ? (n) => Object.assign(n, { status: 'inactivityInquiry' }) : 'ACCOUNT_NOT_INACTIVE',
      );
    case 'BOSS_REPORTS_LEAVE':
      return rowThen(from('inactivityInquiry'), (n) =>
        Object.assign(n, { status: 'onLeave', leaveUntil: b.until }),
      );
    case 'REQUEST_CANCELLATION':
      return rowThen(from('active', 'onLeave', 'transferPending', 'inactivityInquiry'), (n) =>
        Object.assign(n, {
          cause: n.status === 'inactivityInquiry' ? 'inactivity' : 'request',
          previous: n.status,
          status: 'cancellationNotice',
          cancelOn: addDays(n.day, NOTICE),
        }),
      );
    case 'OFFBOARD': {
      const bajaOn = b.bajaOn as PlainDate;
      return rowThen(
        from('active', 'onLeave', 'suspended', 'inactivityInquiry', 'transferPending', 'cancellationNotice'),
        bajaOn < m.createdOn
          ? 'INVALID_DATE'
          : bajaOn > m.day
            ? (n) => Object.assign(n, { scheduledBaja: bajaOn })
            : (n) => grace(n, bajaOn, 'baja'),
      );
    }
    case 'REPORT_TRANSFER': {
      const effectiveOn = b.effectiveOn as PlainDate | undefined;
      return rowThen(
        from('active', 'onLeave'),
        b.toDepartment === m.department
          ? 'SAME_DEPARTMENT'
          : effectiveOn !== undefined && effectiveOn < m.createdOn
            ? 'INVALID_DATE'
            : (n) =>
                Object.assign(n, {
                  status: 'transferPending',
                  leaveUntil: undefined,
                  reportedTo: b.toDepartment,
                }),
      );
    }
    case 'COMPLETE_TRANSFER':
      return rowThen(
        from('transferPending'),
        b.toDepartment === m.department
          ? 'SAME_DEPARTMENT'
          : b.toDepartment !== m.reportedTo
            ? 'TRANSFER_DEPARTMENT_MISMATCH'
            : (n) =>
                Object.assign(n, {
                  status: 'active',
                  department: b.toDepartment,
                  internet: false,
                  resumedOn: n.day,
                }),
      );
    case 'NEW_AREA_DECLINES':
      return rowThen(from('transferPending'), (n) => grace(n, n.day, 'baja'));
    case 'SANCTION':
      if (b.permanent)
        return rowThen(from(...ALIVE), (n) => Object.assign(n, { status: 'cancelled', cause: 'sanction' }));
      if (from('cancellationNotice', 'gracePeriod')) return rowThen(true, 'INVALID_TRANSITION');
      return rowThen(from('active', 'onLeave', 'inactivityInquiry', 'transferPending', 'suspended'), (n) => {
        if (n.status !== 'suspended')
          Object.assign(n, { resume: n.status, status: 'suspended', suspensionUntil: null });
      });
    case 'CANCELLATION_NOT_CONFIRMED':
      return rowThen(from('cancellationNotice'), (n) => {
        let back: Resumable = n.previous ?? 'active';
        if (back === 'onLeave' && n.leaveUntil != null && n.leaveUntil < n.day) {
          back = 'active';
          Object.assign(n, { leaveUntil: undefined, resumedOn: n.day });
        }
        if (n.overlay) Object.assign(n, { overlay: false, resume: back, status: 'suspended' });
        else n.status = back;
        Object.assign(n, { cancelOn: null, cause: null, previous: null });
      });
    default:
      throw new Error(spec.type);
  }
}

class Act implements fc.Command<Model, Real> {
  constructor(readonly spec: Spec) {}
  check = () => true;
  run(m: Model, real: Real) {
    const expected = predict(m, this.spec);
    const event = {
      type: this.spec.type,
      at: at(m, real),
      actor: { role: this.spec.role ?? ACTOR[this.spec.type], id: 'p-1' },
      ...this.spec.body,
    } as AnyAccountEvent;
    const internet = m.internet;
    const r = transitionAccount(real.state, event);
    if (typeof expected === 'string') {
      expect(r.isErr() && r.error.code).toBe(expected);
      check(m, real);
      return;
    }
    const t = r._unsafeUnwrap();
    expected(m);
    m.version++;
    m.changed = m.day;
    if (t.state.status === 'cancelled') checkCancellation(t.effects, m, internet);
    real.state = t.state;
    real.log.push(t.log);
    check(m, real);
  }
  toString = () =>
    `${this.spec.type}(${JSON.stringify(this.spec.body)}${this.spec.role ? ` by ${this.spec.role}` : ''})`;
}

const untilArb = fc.option(fc.integer({ min: 0, max: 60 }), { nil: null });
const dept = fc.constantFrom(...DEPARTMENTS);

/** Commands whose dates are offsets from the model's day, resolved when they run. */
class Dated implements fc.Command<Model, Real> {
  constructor(
    readonly make: (day: PlainDate) => Spec,
    readonly label: string,
  ) {}
  check = () => true;
  run(m: Model, real: Real) {
    new Act(this.make(m.day)).run(m, real);
  }
  toString = () => this.label;
}

const off = (day: PlainDate, n: number | null) => (n === null ? null : addDays(day, n));

const commands = [
  fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 80, max: 200 })).map((d) => new Wait(d)),
  fc
    .integer({ min: 0, max: 5 })
    .map(
      (back) =>
        new Dated(
          (d) => ({ type: 'RECORD_ACCESS', body: { on: addDays(d, -back) } }),
          `RECORD_ACCESS(-${back})`,
        ),
    ),
  untilArb.map(
    (u) =>
      new Dated(
        (d) => ({ type: 'START_LEAVE', body: { kind: 'vacation', until: off(d, u) } }),
        `START_LEAVE(${u})`,
      ),
  ),
  fc.constant(new Act({ type: 'END_LEAVE', body: {} })),
  fc
    .tuple(fc.constantFrom('investigation', 'sanction'), untilArb)
    .map(
      ([reason, u]) =>
        new Dated(
          (d) => ({ type: 'SUSPEND', body: { reason, until: off(d, u) } }),
          `SUSPEND(${reason}, ${u})`,
        ),
    ),
  fc.constant(new Act({ type: 'REINSTATE', body: {} })),
  fc.constant(new Act({ type: 'OPEN_INACTIVITY_INQUIRY', body: {} })),
  fc.constant(new Act({ type: 'OPEN_INACTIVITY_INQUIRY', body: {} })),
  untilArb.map(
    (u) =>
      new Dated(
        (d) => ({ type: 'BOSS_REPORTS_LEAVE', body: { until: off(d, u) } }),
        `BOSS_REPORTS_LEAVE(${u})`,
      ),
  ),
  fc
    .constantFrom<Role>('direct-boss', 'direct-boss', 'user')
    .map((role) => new Act({ type: 'REQUEST_CANCELLATION', body: {}, role })),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -200, max: -1 })),
      fc.constantFrom<Role>('direct-boss', 'mail-officer', 'helpdesk', 'user', 'unit-it'),
    )
    .map(
      ([back, role]) =>
        new Dated(
          (d) => ({ type: 'OFFBOARD', body: { bajaOn: addDays(d, -back), cause: 'separation' }, role }),
          `OFFBOARD(-${back} by ${role})`,
        ),
    ),
  fc
    .tuple(
      dept,
      fc.constantFrom<Role>('direct-boss', 'user', 'unit-it', 'helpdesk'),
      fc.option(fc.integer({ min: -5, max: 400 }), { nil: null }),
    )
    .map(
      ([to, role, back]) =>
        new Dated(
          (d) => ({
            type: 'REPORT_TRANSFER',
            body: back === null ? { toDepartment: to } : { toDepartment: to, effectiveOn: addDays(d, -back) },
            role,
          }),
          `REPORT_TRANSFER(${to}, ${back} by ${role})`,
        ),
    ),
  dept.map((to) => new Act({ type: 'COMPLETE_TRANSFER', body: { toDepartment: to } })),
  fc.constant(new Act({ type: 'NEW_AREA_DECLINES', body: {} })),
  fc
    .constantFrom<Role>('mail-officer', 'it-head', 'direct-boss')
    .map((role) => new Act({ type: 'CANCELLATION_NOT_CONFIRMED', body: { reason: 'sin confirmar' }, role })),
  fc.integer({ min: 0, max: 4 }).map((n) => new Act({ type: 'SANCTION', body: { permanent: n === 0 } })),
];

// The ways around the machine more often than the ways out of it.
const weighted = [...commands, ...commands.slice(0, 10), commands[0] as (typeof commands)[number]];

describe('the account lifecycle against its model (fc.commands)', () => {
  it('agrees with SPEC §6 on every random run of events and time, and its log replays', () => {
    fc.assert(
      fc.property(
        fc.record({
          created: fc.constantFrom('2026-01-15', '2027-12-31', '2028-02-29'),
          expires: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
          internet: fc.boolean(),
        }),
        fc.commands(weighted, { size: '+1' }),
        ({ created, expires, internet }, cmds) => {
          const initial = openAccount({
            id: 'cta-9',
            username: 'JUANAIP',
            department: 'Compras',
            createdOn: created,
            expiresOn: expires === null ? null : addDays(created, expires),
            internet,
          })._unsafeUnwrap();
          const model: Model = {
            status: 'active',
            version: 1,
            day: created,
            changed: created,
            createdOn: created,
            lastAccessOn: null,
            resumedOn: null,
            expiresOn: initial.expiresOn,
            cancelOn: null,
            leaveUntil: undefined,
            suspensionUntil: null,
            overlay: false,
            previous: null,
            reportedTo: null,
            resume: 'active',
            department: 'Compras',
            internet,
            cause: null,
            scheduledBaja: null,
          };
          const real: Real = { initial, state: initial, log: [], minute: 0 };
          fc.modelRun(() => ({ model, real }), cmds);
          expect(replayAccount(initial, real.log)._unsafeUnwrap()).toEqual(real.state);
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 100) },
    );
  });
});
