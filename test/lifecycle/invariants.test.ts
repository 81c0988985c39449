import { describe, expect, it } from 'vitest';
import { isAccountState } from '../../src/lifecycle/_isAccountState.js';
import { type AccountState, advanceAccount, parseAccountState } from '../../src/lifecycle/index.js';
import { apply, BOSS, ev, IT_HEAD, OFFICER, open } from './_helpers.js';

// Each invariant that ties a status to its fields (SPEC §11, issue 12), broken alone on a
// state the machine reached: the schema names its path and message, and the fast check
// refuses it too; the reachable neighbours of each broken state are accepted.

type Obj = Record<string, unknown>;

// Built on first use, inside a test: what runs while the file is collected counts, for
// Stryker's per-test coverage, as covered by every test.
const lazy = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => {
    v ??= f();
    return v;
  };
};

const active = lazy(() => open());
const onLeave = lazy(() =>
  apply(active(), ev('START_LEAVE', '2026-03-01', { until: '2026-03-20', kind: 'vacation' }, BOSS)),
);
const suspended = lazy(() =>
  apply(active(), ev('SUSPEND', '2026-03-01', { reason: 'investigation', until: null }, IT_HEAD)),
);
const suspendedOnLeave = lazy(() =>
  apply(onLeave(), ev('SUSPEND', '2026-03-02', { reason: 'investigation', until: null }, IT_HEAD)),
);
const inquiry = lazy(() => apply(active(), ev('OPEN_INACTIVITY_INQUIRY', '2026-06-01', {}, OFFICER)));
const transfer = lazy(() =>
  apply(active(), ev('REPORT_TRANSFER', '2026-03-01', { toDepartment: 'Almacén' }, BOSS)),
);
const notice = lazy(() => apply(active(), ev('REQUEST_CANCELLATION', '2026-03-01', {}, BOSS)));
const noticeOnLeave = lazy(() => apply(onLeave(), ev('REQUEST_CANCELLATION', '2026-03-03', {}, BOSS)));
const grace = lazy(() =>
  apply(active(), ev('OFFBOARD', '2026-03-01', { bajaOn: '2026-03-01', cause: 'separation' }, BOSS)),
);
const graceSuspended = lazy(() =>
  apply(grace(), ev('SUSPEND', '2026-03-02', { reason: 'investigation', until: null }, IT_HEAD)),
);
const cancelled = lazy(() => advanceAccount(grace(), '2026-04-01')._unsafeUnwrap().state);
const announced = lazy(() =>
  apply(active(), ev('OFFBOARD', '2026-03-01', { bajaOn: '2026-03-10', cause: 'separation' }, BOSS)),
);

const edit = (s: AccountState, change: Obj, drop: string[] = []): Obj => {
  const m: Obj = { ...s, ...change };
  for (const k of drop) delete m[k];
  return m;
};

/** Every (path, message) the schema reports for `s`; the fast check must agree. */
function problems(s: unknown): string[] {
  const r = parseAccountState(s);
  expect(isAccountState(s), 'the fast check agrees').toBe(r.isOk());
  return r.match(
    () => [],
    (vs) => vs.map((v) => `${String(v.details?.path)}: ${String(v.details?.message)}`),
  );
}

describe('the invariants of an account state (SPEC §11, issue 12)', () => {
  it('starts from states the machine reached, each accepted', () => {
    expect(
      [
        active(),
        onLeave(),
        suspended(),
        suspendedOnLeave(),
        inquiry(),
        transfer(),
        notice(),
        noticeOnLeave(),
        grace(),
        graceSuspended(),
        cancelled(),
        announced(),
      ].map((s) => [s.status, problems(s)]),
    ).toEqual([
      ['active', []],
      ['onLeave', []],
      ['suspended', []],
      ['suspended', []],
      ['inactivityInquiry', []],
      ['transferPending', []],
      ['cancellationNotice', []],
      ['cancellationNotice', []],
      ['gracePeriod', []],
      ['gracePeriod', []],
      ['cancelled', []],
      ['active', []],
    ]);
    expect(cancelled().usableThrough).not.toBeNull();
    expect(cancelled().cancelOn).not.toBeNull();
  });

  it('a cancellation exactly when cancelled', () => {
    const m = 'cancellation: set exactly when cancelled';
    expect(problems(edit(active(), { cancellation: { on: '2026-03-01', cause: 'request' } }))).toEqual([m]);
    expect(problems(edit(cancelled(), { cancellation: null }))).toEqual([m]);
  });

  it('usableThrough exactly in the grace period (kept once cancelled) (4.22)', () => {
    const m = 'usableThrough: set exactly in gracePeriod';
    expect(problems(edit(active(), { usableThrough: '2026-03-15' }))).toEqual([m]);
    expect(problems(edit(cancelled(), { usableThrough: null }))).toEqual([]);
    expect(problems(edit(grace(), { usableThrough: null }))).toContain(m);
  });

  it('cancelOn exactly in the notice and the grace period (kept once cancelled) (4.24, 4.22)', () => {
    const m = 'cancelOn: set exactly in cancellationNotice and gracePeriod';
    expect(problems(edit(active(), { cancelOn: '2026-03-15' }))).toEqual([m]);
    expect(problems(edit(notice(), { cancelOn: null }))).toEqual([m]);
    expect(problems(edit(cancelled(), { cancelOn: null }))).toEqual([]);
  });

  it('closing exactly in the notice and the grace period; a grace period has its bajaOn (4.22)', () => {
    const m = 'closing: present exactly in cancellationNotice and gracePeriod';
    expect(problems(edit(active(), { closing: { cause: 'request', since: '2026-03-01' } }))).toEqual([m]);
    expect(problems(edit(notice(), {}, ['closing']))).toEqual([m]);
    const { bajaOn: _, ...noBaja } = grace().closing as Obj;
    expect(problems(edit(grace(), { closing: noBaja }))).toEqual([
      'closing: a grace period has its bajaOn',
      'usableThrough: in gracePeriod, not before its bajaOn (4.22)',
    ]);
    expect(notice().closing?.bajaOn).toBeUndefined();
    // A notice returns only to a status it can resume; the fast check refuses what the schema does.
    expect(problems(edit(notice(), { closing: { ...notice().closing, previous: 'cancelled' } }))).not.toEqual(
      [],
    );
    expect(problems(edit(notice(), { closing: { ...notice().closing, previous: 'onLeave' } }))).toEqual([
      'leave: present exactly on leave (or kept by a suspension or a notice)',
    ]);
    // A grace period with no closing at all is reported, field by field, not unreadable.
    expect(problems(edit(grace(), {}, ['closing']))).toEqual([
      'closing: present exactly in cancellationNotice and gracePeriod',
      'closing: a grace period has its bajaOn',
      'usableThrough: in gracePeriod, not before its bajaOn (4.22)',
    ]);
  });

  it('previous only in the notice (8.3-7)', () => {
    expect(problems(edit(grace(), { closing: { ...grace().closing, previous: 'active' } }))).toEqual([
      'closing: previous is set only in cancellationNotice',
    ]);
    expect(notice().closing?.previous).toBe('active');
  });

  it('a suspension when suspended, resuming before the notice; in the notice or grace resuming to it (4.21.4)', () => {
    const m =
      'suspension: present when suspended (resuming to a status before the notice), or in cancellationNotice / gracePeriod resuming to it; absent otherwise';
    const sus = suspended().suspension as Obj;
    expect(problems(edit(suspended(), {}, ['suspension']))).toEqual([m]);
    expect(problems(edit(active(), { suspension: sus }))).toEqual([m]);
    expect(problems(edit(suspended(), { suspension: { ...sus, resume: 'gracePeriod' } }))).toEqual([m]);
    expect(problems(edit(suspended(), { suspension: { ...sus, resume: 'cancellationNotice' } }))).toEqual([
      m,
    ]);
    expect(problems(edit(suspended(), { suspension: { ...sus, resume: 'transferPending' } }))).toContain(
      'transfer: present exactly while a transfer is pending (or kept by a suspension or a notice)',
    );
    expect(problems(edit(graceSuspended(), { suspension: { ...sus, resume: 'gracePeriod' } }))).toEqual([]);
    expect(
      problems(edit(graceSuspended(), { suspension: { ...sus, resume: 'cancellationNotice' } })),
    ).toEqual([m]);
    expect(problems(edit(graceSuspended(), { suspension: { ...sus, resume: 'active' } }))).toEqual([m]);
    expect(problems(edit(notice(), { suspension: { ...sus, resume: 'cancellationNotice' } }))).toEqual([]);
    expect(problems(edit(notice(), { suspension: { ...sus, resume: 'gracePeriod' } }))).toEqual([m]);
  });

  it('a leave, an inquiry, a transfer exactly in their status, or kept by a suspension or a notice (4.21.3, 8.3-4, 8.2-1.B)', () => {
    const leave = 'leave: present exactly on leave (or kept by a suspension or a notice)';
    const inq = 'inquiry: present exactly during an inactivity inquiry (or kept by a suspension or a notice)';
    const tr = 'transfer: present exactly while a transfer is pending (or kept by a suspension or a notice)';
    expect(problems(edit(onLeave(), {}, ['leave']))).toEqual([leave]);
    expect(problems(edit(active(), { leave: onLeave().leave }))).toEqual([leave]);
    expect(problems(edit(suspendedOnLeave(), {}, ['leave']))).toEqual([leave]);
    expect(problems(edit(noticeOnLeave(), {}, ['leave']))).toEqual([leave]);
    expect(problems(edit(suspended(), { leave: onLeave().leave }))).toEqual([leave]);
    expect(problems(edit(notice(), { leave: onLeave().leave }))).toEqual([leave]);
    // Only a notice keeps its previous status's leave: a grace period does not.
    expect(
      problems(
        edit(grace(), { leave: onLeave().leave, closing: { ...grace().closing, previous: 'onLeave' } }),
      ),
    ).toContain(leave);
    expect(problems(edit(inquiry(), {}, ['inquiry']))).toEqual([inq]);
    expect(problems(edit(active(), { inquiry: inquiry().inquiry }))).toEqual([inq]);
    expect(problems(edit(transfer(), {}, ['transfer']))).toEqual([tr]);
    expect(problems(edit(active(), { transfer: transfer().transfer }))).toEqual([tr]);
    expect(
      problems(
        edit(notice(), {
          transfer: transfer().transfer,
          closing: { ...notice().closing, previous: 'transferPending' },
        }),
      ),
    ).toEqual([]);
  });

  it('a baja announced ahead: not in the grace period or once cancelled, and after its report (4.22)', () => {
    const m =
      'scheduledBaja: a baja announced ahead is absent in gracePeriod and cancelled, and after its report';
    const baja = announced().scheduledBaja as Obj;
    expect(baja).toEqual({ on: '2026-03-10', reportedOn: '2026-03-01', reason: 'separation' });
    expect(problems(edit(grace(), { scheduledBaja: baja }))).toEqual([m]);
    expect(problems(edit(cancelled(), { scheduledBaja: baja }))).toEqual([m]);
    expect(problems(edit(announced(), { scheduledBaja: { ...baja, on: '2026-03-01' } }))).toEqual([m]);
    expect(problems(edit(announced(), { scheduledBaja: { ...baja, on: '2026-03-02' } }))).toEqual([]);
    expect(problems(edit(notice(), { scheduledBaja: baja }))).toEqual([]);
  });

  it('a grace period: usable through D+N, cancelled on D+N+1, not before its baja (4.22)', () => {
    expect(grace()).toMatchObject({ usableThrough: '2026-03-16', cancelOn: '2026-03-17' });
    expect(problems(edit(grace(), { cancelOn: '2026-03-16' }))).toEqual([
      'cancelOn: in gracePeriod, the day after usableThrough (4.22: usable through D+N, cancelled D+N+1)',
    ]);
    expect(problems(edit(grace(), { cancelOn: null }))).toEqual([
      'cancelOn: set exactly in cancellationNotice and gracePeriod',
      'cancelOn: in gracePeriod, the day after usableThrough (4.22: usable through D+N, cancelled D+N+1)',
    ]);
    expect(problems(edit(grace(), { usableThrough: '9999-12-31', cancelOn: '9999-12-31' }))).toEqual([
      'cancelOn: in gracePeriod, the day after usableThrough (4.22: usable through D+N, cancelled D+N+1)',
    ]);
    expect(problems(edit(grace(), { usableThrough: '2026-03-01', cancelOn: '2026-03-02' }))).toEqual([]);
    // The invariants are read even when a field is not a date: the schema reports both.
    expect(problems(edit(grace(), { usableThrough: 'x' }))).toEqual([
      'usableThrough: expected YYYY-MM-DD',
      'cancelOn: in gracePeriod, the day after usableThrough (4.22: usable through D+N, cancelled D+N+1)',
    ]);
    expect(problems(edit(grace(), { usableThrough: '2026-02-28', cancelOn: '2026-03-01' }))).toEqual([
      'usableThrough: in gracePeriod, not before its bajaOn (4.22)',
    ]);
  });
});
