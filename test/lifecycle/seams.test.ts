import { describe, expect, it } from 'vitest';
import { advanceAccount, nextDeadline, transitionAccount } from '../../src/lifecycle/index.js';
import { reviewAccounts } from '../../src/review/index.js';
import { apply, BOSS, ev, IT_HEAD, OFFICER, open } from './_helpers.js';

// Issue 8, the account at the seams (SPEC §12): who reports, bajas ahead of their date,
// investigations in every status, late transfers, confirmations that fail.

const USER = { role: 'user', id: 'perla' } as const;
const UNIT = { role: 'unit-it', id: 'enlace-3' } as const;
const SCHEDULER = { role: 'system', id: 'scheduler' } as const;

describe('who reports a baja or a transfer (F01 note, 8.2-1.B, SPEC §12)', () => {
  it('takes a baja reported by the user or the unit, late by the event day whoever reports (4.23, 8.2-1.B)', () => {
    for (const actor of [USER, UNIT]) {
      const onTime = transitionAccount(
        open(),
        ev('OFFBOARD', '2026-12-15', { bajaOn: '2026-12-01', cause: 'separation' }, actor),
      )._unsafeUnwrap();
      expect(onTime.state.status).toBe('gracePeriod');
      expect(onTime.state.closing?.lateNotice).toBeUndefined();
      const late = transitionAccount(
        open(),
        ev('OFFBOARD', '2026-12-16', { bajaOn: '2026-12-01', cause: 'separation' }, actor),
      )._unsafeUnwrap();
      expect(late.state.closing?.lateNotice).toEqual({ days: 15 });
      expect(late.log.actor).toEqual(actor);
    }
  });

  it('takes a transfer reported by the user or the unit (F01 note, 8.2-1.B)', () => {
    for (const actor of [USER, UNIT]) {
      const t = transitionAccount(
        open(),
        ev('REPORT_TRANSFER', '2026-03-02', { toDepartment: 'Jurídico' }, actor),
      )._unsafeUnwrap();
      expect(t.state).toMatchObject({ status: 'transferPending', transfer: { toDepartment: 'Jurídico' } });
    }
  });
});

describe('a baja announced ahead of its date (4.22, SPEC §12)', () => {
  const announced = () =>
    transitionAccount(
      open(),
      ev('OFFBOARD', '2026-06-20', { bajaOn: '2026-12-20', cause: 'contractEnd' }, BOSS),
    )._unsafeUnwrap();

  it('leaves the account as it is, with the baja recorded and nothing backed up (4.22)', () => {
    const t = announced();
    expect(t.state).toMatchObject({
      status: 'active',
      usableThrough: null,
      cancelOn: null,
      scheduledBaja: { on: '2026-12-20', reportedOn: '2026-06-20', reason: 'contractEnd' },
    });
    expect(t.effects).toEqual([]);
    expect(t.log).toMatchObject({ from: 'active', to: 'active' });
    expect(nextDeadline(t.state)).toBe('2026-12-20');
  });

  it('starts the grace period on the baja date by a system row, and only then backs up for the boss (4.22, 8.2-1.A.1)', () => {
    const s = announced().state;
    expect(advanceAccount(s, '2026-12-19')._unsafeUnwrap().log).toEqual([]);
    const r = advanceAccount(s, '2026-12-20')._unsafeUnwrap();
    expect(r.log.map((l) => [(l.event as { type: string }).type, l.actor.role, l.at])).toEqual([
      ['BAJA_REACHED', 'system', '2026-12-20T00:00:00.000-06:00'],
    ]);
    expect(r.state).toMatchObject({
      status: 'gracePeriod',
      usableThrough: '2027-01-04',
      cancelOn: '2027-01-05',
      closing: { cause: 'baja', since: '2026-12-20', bajaOn: '2026-12-20', reason: 'contractEnd' },
    });
    expect(r.state.scheduledBaja).toBeUndefined();
    expect(r.effects[0]).toMatchObject({
      type: 'BACKUP_MAILBOX',
      deliverTo: 'direct-boss',
      clause: '8.2-1.A.1',
    });
    expect(advanceAccount(r.state, '2027-01-04')._unsafeUnwrap().state.status).toBe('gracePeriod');
    expect(advanceAccount(r.state, '2027-01-05')._unsafeUnwrap().state.status).toBe('cancelled');
  });

  it('refuses the baja step before its date (NOT_YET_DUE, 4.22)', () => {
    const s = announced().state;
    const early = transitionAccount(s, ev('BAJA_REACHED', '2026-12-19', {}, SCHEDULER));
    expect(early._unsafeUnwrapErr()).toMatchObject({ code: 'NOT_YET_DUE', details: { due: '2026-12-20' } });
  });

  it('keeps the announced baja through a leave and a transfer report, which do not delay it (4.22)', () => {
    const s = apply(
      announced().state,
      ev('START_LEAVE', '2026-07-01', { kind: 'vacation', until: '2027-03-01' }, BOSS),
    );
    expect(s.scheduledBaja?.on).toBe('2026-12-20');
    expect(nextDeadline(s)).toBe('2026-12-20');
    const r = advanceAccount(s, '2026-12-20')._unsafeUnwrap();
    expect(r.state.status).toBe('gracePeriod');
  });

  it('lists the coming baja in the review as upcoming, with its clause (4.22, 8.3-1)', () => {
    const s = announced().state;
    const items = reviewAccounts([{ account: s }], '2026-09-01')._unsafeUnwrap().items;
    expect(items).toContainEqual(
      expect.objectContaining({
        finding: 'upcoming',
        action: 'BAJA_REACHED',
        on: '2026-12-20',
        clause: '4.22',
      }),
    );
  });
});

describe('suspension for investigation in every status but cancelled (4.21.4 "todo trabajador", SPEC §12)', () => {
  const types = (effects: readonly { type: string }[]) => effects.map((e) => e.type);
  const inGrace = () =>
    apply(open(), ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS));

  it('suspends network access in the grace period and still cancels on its day (4.21.4, 4.22)', () => {
    const t = transitionAccount(
      inGrace(),
      ev('SUSPEND', '2026-12-23', { reason: 'investigation', until: null }, IT_HEAD),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'gracePeriod',
      cancelOn: '2027-01-05',
      suspension: { reason: 'investigation', network: true, mailbox: false, resume: 'gracePeriod' },
    });
    expect(types(t.effects)).toEqual(['SUSPEND_NETWORK_ACCESS', 'NOTIFY']);
    expect(nextDeadline(t.state)).toBe('2027-01-05');
    const done = advanceAccount(t.state, '2027-01-05')._unsafeUnwrap();
    expect(done.state.status).toBe('cancelled');
    expect(types(done.effects)).toContain('DELETE_MAILBOX');
  });

  it('suspends during the cancellation notice, which still elapses on its day (4.21.4, 4.24)', () => {
    const notice = apply(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS));
    const s = apply(notice, ev('SUSPEND', '2026-02-28', { reason: 'investigation', until: null }, OFFICER));
    expect(s.status).toBe('cancellationNotice');
    const r = advanceAccount(s, '2026-03-01')._unsafeUnwrap();
    expect(r.state).toMatchObject({
      status: 'gracePeriod',
      suspension: { network: true, resume: 'gracePeriod' },
    });
  });

  it('refuses a temporary sanction as a suspension of an account on its way out (4.26)', () => {
    const r = transitionAccount(
      inGrace(),
      ev('SUSPEND', '2026-12-23', { reason: 'sanction', until: null }, IT_HEAD),
    );
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_TRANSITION', clause: '4.26' });
  });

  it('REINSTATE in the grace period restores the network and leaves the account in grace (4.21.4)', () => {
    const s = apply(
      inGrace(),
      ev('SUSPEND', '2026-12-23', { reason: 'investigation', until: null }, IT_HEAD),
    );
    const t = transitionAccount(s, ev('REINSTATE', '2026-12-28', {}, IT_HEAD))._unsafeUnwrap();
    expect(t.state.status).toBe('gracePeriod');
    expect(t.state.suspension).toBeUndefined();
    expect(types(t.effects)).toEqual(['RESTORE_NETWORK_ACCESS', 'NOTIFY']);
    const none = transitionAccount(t.state, ev('REINSTATE', '2026-12-29', {}, IT_HEAD));
    expect(none._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('ends an investigation with an end date in the grace period on its day, restoring the network (4.21.4)', () => {
    const s = apply(
      inGrace(),
      ev('SUSPEND', '2026-12-23', { reason: 'investigation', until: '2026-12-27' }, IT_HEAD),
    );
    expect(nextDeadline(s)).toBe('2026-12-28');
    const r = advanceAccount(s, '2026-12-28')._unsafeUnwrap();
    expect(r.log.map((l) => (l.event as { type: string }).type)).toEqual(['SUSPENSION_ENDED']);
    expect(r.state.status).toBe('gracePeriod');
    expect(types(r.effects)).toContain('RESTORE_NETWORK_ACCESS');
  });

  it('adds the network restriction to an account suspended by a sanction (4.21.4, 4.26)', () => {
    const sanctioned = apply(open(), ev('SANCTION', '2026-03-02', { permanent: false }, IT_HEAD));
    const t = transitionAccount(
      sanctioned,
      ev('SUSPEND', '2026-03-03', { reason: 'investigation', until: null }, IT_HEAD),
    )._unsafeUnwrap();
    expect(t.state.suspension).toMatchObject({ reason: 'sanction', network: true, mailbox: true });
    expect(types(t.effects)).toEqual(['SUSPEND_NETWORK_ACCESS', 'NOTIFY']);
    const again = transitionAccount(
      t.state,
      ev('SUSPEND', '2026-03-04', { reason: 'investigation', until: null }, IT_HEAD),
    )._unsafeUnwrap();
    expect(again.effects).toEqual([]);
  });

  it('keeps the suspension of a suspended account that enters the grace period (4.21.4, 4.22)', () => {
    const s = apply(open(), ev('SUSPEND', '2026-12-01', { reason: 'investigation', until: null }, IT_HEAD));
    const g = apply(s, ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS));
    expect(g).toMatchObject({ status: 'gracePeriod', suspension: { network: true, resume: 'gracePeriod' } });
  });
});

describe('late notice of a transfer (4.23 "baja o cambio de adscripción")', () => {
  const report = (day: string, effectiveOn?: string) =>
    transitionAccount(
      open(),
      ev(
        'REPORT_TRANSFER',
        day,
        effectiveOn === undefined ? { toDepartment: 'Jurídico' } : { toDepartment: 'Jurídico', effectiveOn },
        BOSS,
      ),
    );
  const lateNotices = (effects: readonly { type: string; template?: string }[]) =>
    effects.filter((e) => e.type === 'NOTIFY' && e.template === 'late-transfer-notice');

  it('takes a report 14 days after the change as on time and flags one 15 days after, as a baja (4.23)', () => {
    const onTime = report('2026-03-15', '2026-03-01')._unsafeUnwrap();
    expect(onTime.state.transfer).toEqual({
      toDepartment: 'Jurídico',
      reportedOn: '2026-03-15',
      effectiveOn: '2026-03-01',
    });
    expect(lateNotices(onTime.effects)).toEqual([]);
    const late = report('2026-03-16', '2026-03-01')._unsafeUnwrap();
    expect(late.state.transfer?.lateNotice).toEqual({ days: 15 });
    expect(lateNotices(late.effects)).toEqual([
      expect.objectContaining({
        to: 'it-head',
        clause: '4.23',
        data: { username: 'PERLAHL', toDepartment: 'Jurídico', effectiveOn: '2026-03-01', days: 15 },
      }),
    ]);
    expect(late.log.clauses).toContain('4.23');
  });

  it('flags nothing when the report gives no date, or a date ahead (4.23)', () => {
    expect(report('2026-03-16')._unsafeUnwrap().state.transfer).toEqual({
      toDepartment: 'Jurídico',
      reportedOn: '2026-03-16',
    });
    expect(lateNotices(report('2026-03-16', '2026-04-01')._unsafeUnwrap().effects)).toEqual([]);
  });

  it('refuses a change dated before the account existed (INVALID_DATE, 4.23)', () => {
    expect(report('2026-03-16', '2025-12-31')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      clause: '4.23',
      details: { field: 'effectiveOn' },
    });
  });
});

describe('a cancellation request IT cannot confirm (4.24, 8.3-7, SPEC §12)', () => {
  const notConfirmed = (day: string) =>
    ev('CANCELLATION_NOT_CONFIRMED', day, { reason: 'el jefe no reconoce la solicitud' }, OFFICER);

  it('withdraws the cancellation and returns the account to active, the log saying why (8.3-7)', () => {
    const n = apply(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS));
    const t = transitionAccount(n, notConfirmed('2026-02-28'))._unsafeUnwrap();
    expect(t.state).toMatchObject({ status: 'active', cancelOn: null, usableThrough: null });
    expect(t.state.closing).toBeUndefined();
    expect(t.log).toMatchObject({
      from: 'cancellationNotice',
      to: 'active',
      event: { type: 'CANCELLATION_NOT_CONFIRMED', reason: 'el jefe no reconoce la solicitud' },
    });
    expect(t.log.clauses).toContain('8.3-7');
    expect(t.effects).toEqual([
      expect.objectContaining({ type: 'NOTIFY', to: 'direct-boss', template: 'cancellation-withdrawn' }),
    ]);
    expect(nextDeadline(t.state)).toBeNull();
    expect(advanceAccount(t.state, '2026-04-01')._unsafeUnwrap().state.status).toBe('active');
  });

  it('returns to the leave, the inquiry or the transfer the account had (8.3-7)', () => {
    const onLeave = apply(
      open(),
      ev('START_LEAVE', '2026-02-01', { kind: 'medical', until: '2026-06-30' }, BOSS),
      ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS),
      notConfirmed('2026-02-28'),
    );
    expect(onLeave).toMatchObject({ status: 'onLeave', leave: { kind: 'medical', until: '2026-06-30' } });

    const idle = apply(
      open({ createdOn: '2026-01-15' }),
      ev('OPEN_INACTIVITY_INQUIRY', '2026-05-01', {}, OFFICER),
      ev('REQUEST_CANCELLATION', '2026-05-04', {}, BOSS),
    );
    expect(idle.closing).toMatchObject({ cause: 'inactivity', previous: 'inactivityInquiry' });
    const back = apply(idle, notConfirmed('2026-05-05'));
    expect(back).toMatchObject({ status: 'inactivityInquiry', inquiry: { openedOn: '2026-05-01' } });

    const moving = apply(
      open(),
      ev('REPORT_TRANSFER', '2026-03-02', { toDepartment: 'Jurídico' }, BOSS),
      ev('REQUEST_CANCELLATION', '2026-03-03', {}, BOSS),
      notConfirmed('2026-03-04'),
    );
    expect(moving).toMatchObject({ status: 'transferPending', transfer: { toDepartment: 'Jurídico' } });
  });

  it('keeps an investigation begun during the notice, now suspending the status it returns to (4.21.4, 8.3-7)', () => {
    const s = apply(
      open(),
      ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS),
      ev('SUSPEND', '2026-02-27', { reason: 'investigation', until: null }, IT_HEAD, '11:00'),
      notConfirmed('2026-02-28'),
    );
    expect(s).toMatchObject({ status: 'suspended', suspension: { network: true, resume: 'active' } });
  });

  it('is recorded only by IT, only during the notice (FORBIDDEN_ROLE, INVALID_TRANSITION)', () => {
    const n = apply(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS));
    const byBoss = transitionAccount(
      n,
      ev('CANCELLATION_NOT_CONFIRMED', '2026-02-28', { reason: 'x' }, BOSS),
    );
    expect(byBoss._unsafeUnwrapErr().code).toBe('FORBIDDEN_ROLE');
    expect(transitionAccount(open(), notConfirmed('2026-02-28'))._unsafeUnwrapErr().code).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('a transfer completes where it was reported to go (8.2-1.B, 8.2-6)', () => {
  it('refuses COMPLETE_TRANSFER to another department than the reported one (TRANSFER_DEPARTMENT_MISMATCH, 8.2-6)', () => {
    const pending = apply(open(), ev('REPORT_TRANSFER', '2026-03-02', { toDepartment: 'Jurídico' }, BOSS));
    const wrong = transitionAccount(
      pending,
      ev('COMPLETE_TRANSFER', '2026-03-10', { toDepartment: 'Almacén' }, OFFICER),
    );
    expect(wrong._unsafeUnwrapErr()).toMatchObject({
      code: 'TRANSFER_DEPARTMENT_MISMATCH',
      clause: '8.2-6',
      details: { reported: 'Jurídico', requested: 'Almacén' },
    });
    const right = transitionAccount(
      pending,
      ev('COMPLETE_TRANSFER', '2026-03-10', { toDepartment: 'Jurídico' }, OFFICER),
    );
    expect(right._unsafeUnwrap().state).toMatchObject({ status: 'active', department: 'Jurídico' });
  });
});
