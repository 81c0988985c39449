import { describe, expect, it } from 'vitest';
import { advanceAccount, transitionAccount } from '../../src/lifecycle/index.js';
import { apply, at, BOSS, ev, IT_HEAD, OFFICER, open, SERVER } from './_helpers.js';

const types = (effects: readonly { type: string }[]) => effects.map((e) => e.type);

describe('baja (4.22, 4.23, 8.2-1.A)', () => {
  const s = () => open();

  it('puts the account in its grace period: usable through D+15, cancelled on D+16, backup to the boss (4.22)', () => {
    const t = transitionAccount(
      s(),
      ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'gracePeriod',
      usableThrough: '2027-01-04',
      cancelOn: '2027-01-05',
      version: 2,
    });
    expect(t.state.closing).toEqual({
      cause: 'baja',
      since: '2026-12-21',
      reason: 'separation',
      bajaOn: '2026-12-20',
    });
    expect(t.effects[0]).toEqual({
      type: 'BACKUP_MAILBOX',
      username: 'PERLAHL',
      deliverTo: 'direct-boss',
      clause: '8.2-1.A.1',
      machine: 'account',
      subject: 'cta-1',
      version: 2,
      index: 0,
    });
    expect(t.log).toMatchObject({
      from: 'active',
      to: 'gracePeriod',
      version: 2,
      subject: 'cta-1',
      actor: BOSS,
    });
    expect(t.log.clauses).toContain('4.22');
  });

  it('takes a notice 14 days after the baja as on time and flags one 15 days after as late (4.23)', () => {
    const onTime = transitionAccount(
      s(),
      ev('OFFBOARD', '2026-12-15', { bajaOn: '2026-12-01', cause: 'separation' }, BOSS),
    )._unsafeUnwrap();
    expect(onTime.state.closing?.lateNotice).toBeUndefined();
    expect(onTime.effects.some((e) => e.type === 'NOTIFY' && e.template === 'late-baja-notice')).toBe(false);

    const late = transitionAccount(
      s(),
      ev('OFFBOARD', '2026-12-16', { bajaOn: '2026-12-01', cause: 'separation' }, BOSS),
    )._unsafeUnwrap();
    expect(late.state.closing?.lateNotice).toEqual({ days: 15 });
    expect(late.effects.find((e) => e.type === 'NOTIFY' && e.template === 'late-baja-notice')).toMatchObject({
      to: 'it-head',
      clause: '4.23',
      data: { bajaOn: '2026-12-01', days: 15 },
    });
  });

  it('keeps the account usable during the grace period: accesses are still recorded (4.22)', () => {
    const g = apply(s(), ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS));
    const t = transitionAccount(
      g,
      ev('RECORD_ACCESS', '2026-12-28', { on: '2026-12-28' }, SERVER),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'gracePeriod',
      lastAccessOn: '2026-12-28',
      cancelOn: '2027-01-05',
    });
  });

  it('cancels when the grace is over, backing up before deleting and releasing seat and exit (4.22, 8.2-1.A.2, 8.3-10)', () => {
    const g = apply(s(), ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS));
    const r = advanceAccount(g, '2027-01-05')._unsafeUnwrap();
    expect(r.state).toMatchObject({ status: 'cancelled', cancellation: { on: '2027-01-05', cause: 'baja' } });
    expect(types(r.effects)).toEqual([
      'BACKUP_MAILBOX',
      'DELETE_MAILBOX',
      'RELEASE_SEAT',
      'RELEASE_INTERNET_EXIT',
      'UPDATE_ACCOUNT_LISTING',
      'NOTIFY',
    ]);
    expect(r.effects.find((e) => e.type === 'RELEASE_SEAT')).toMatchObject({
      department: 'Compras',
      username: 'PERLAHL',
    });
    expect(types(r.effects)).not.toContain('RETIRE_USERNAME');
  });

  it('refuses a baja dated before the account existed (4.22)', () => {
    const r = transitionAccount(
      s(),
      ev('OFFBOARD', '2026-12-21', { bajaOn: '2025-12-20', cause: 'separation' }, BOSS),
    );
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_DATE', clause: '4.22' });
  });

  it('lets only the boss, the mail officer, the user or the unit report a baja (FORBIDDEN_ROLE, SPEC §12)', () => {
    const r = transitionAccount(
      s(),
      ev(
        'OFFBOARD',
        '2026-12-21',
        { bajaOn: '2026-12-20', cause: 'separation' },
        { role: 'helpdesk', id: 'h' },
      ),
    );
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 'FORBIDDEN_ROLE',
      details: { allowed: ['direct-boss', 'mail-officer', 'user', 'unit-it'] },
    });
  });
});

describe('cancellation asked by the boss (4.24, 8.3-6…10)', () => {
  it('sends the confirmation and takes effect two days later: 2026-02-27 → 2026-03-01 (4.24, 8.3-7)', () => {
    const t = transitionAccount(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS))._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'cancellationNotice',
      cancelOn: '2026-03-01',
      closing: { cause: 'request' },
    });
    expect(t.effects[0]).toMatchObject({
      type: 'NOTIFY',
      to: 'direct-boss',
      template: 'cancellation-confirmation',
      clause: '4.24',
    });
  });

  it('then backs up for the boss and keeps the account 15 días naturales before cancelling it (8.3-8, 8.3-9)', () => {
    const n = apply(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS));
    const g = advanceAccount(n, '2026-03-01')._unsafeUnwrap();
    expect(g.state).toMatchObject({
      status: 'gracePeriod',
      usableThrough: '2026-03-16',
      cancelOn: '2026-03-17',
    });
    expect(g.effects[0]).toMatchObject({ type: 'BACKUP_MAILBOX', clause: '8.3-8' });
    const c = advanceAccount(g.state, '2026-03-17')._unsafeUnwrap();
    expect(c.state.cancellation).toEqual({ on: '2026-03-17', cause: 'request' });
  });

  it('is asked only by the direct boss, in writing (4.24)', () => {
    const r = transitionAccount(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, OFFICER));
    expect(r._unsafeUnwrapErr().code).toBe('FORBIDDEN_ROLE');
  });

  it('may be asked for an account on leave: 4.21.3 "a menos de que el jefe inmediato así lo solicite"', () => {
    const l = apply(open(), ev('START_LEAVE', '2026-02-01', { kind: 'medical', until: null }, BOSS));
    const t = transitionAccount(l, ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS))._unsafeUnwrap();
    expect(t.state.closing?.cause).toBe('request');
    // The leave is kept for a withdrawal (8.3-7) and ends with the grace period.
    expect(t.state.closing?.previous).toBe('onLeave');
    const g = advanceAccount(t.state, '2026-03-01')._unsafeUnwrap().state;
    expect(g.status).toBe('gracePeriod');
    expect(g.leave).toBeUndefined();
  });
});

describe('inactivity (4.19, 8.3-3…5)', () => {
  const idle = () => open({ lastAccessOn: '2026-11-30' });

  it('opens an inquiry only once the account is three months unused (4.19, 8.3-3)', () => {
    const early = transitionAccount(idle(), ev('OPEN_INACTIVITY_INQUIRY', '2027-02-27', {}, OFFICER));
    expect(early._unsafeUnwrapErr()).toMatchObject({
      code: 'ACCOUNT_NOT_INACTIVE',
      clause: '8.3-3',
      details: { inactiveFrom: '2027-02-28' },
    });
    const t = transitionAccount(
      idle(),
      ev('OPEN_INACTIVITY_INQUIRY', '2027-02-28', {}, OFFICER),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'inactivityInquiry',
      inquiry: { openedOn: '2027-02-28', inactiveFrom: '2027-02-28' },
    });
    expect(t.effects[0]).toMatchObject({
      type: 'NOTIFY',
      to: 'direct-boss',
      template: 'inactivity-inquiry',
      clause: '8.3-4',
    });
  });

  it('keeps the account when the boss reports a leave (8.3-5.A)', () => {
    const q = apply(idle(), ev('OPEN_INACTIVITY_INQUIRY', '2027-03-01', {}, OFFICER));
    const t = transitionAccount(
      q,
      ev('BOSS_REPORTS_LEAVE', '2027-03-02', { until: '2027-04-30' }, BOSS),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'onLeave',
      leave: { kind: null, since: '2027-03-02', until: '2027-04-30' },
    });
    expect(t.state.inquiry).toBeUndefined();
  });

  it('closes the inquiry when the account is used again (4.19)', () => {
    const q = apply(idle(), ev('OPEN_INACTIVITY_INQUIRY', '2027-03-01', {}, OFFICER));
    const t = transitionAccount(
      q,
      ev('RECORD_ACCESS', '2027-03-02', { on: '2027-03-02' }, SERVER),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({ status: 'active', lastAccessOn: '2027-03-02' });
    // A late report of an access that still leaves it three months idle changes nothing but the date.
    const old = transitionAccount(
      q,
      ev('RECORD_ACCESS', '2027-03-02', { on: '2026-12-01' }, SERVER),
    )._unsafeUnwrap();
    expect(old.state).toMatchObject({ status: 'inactivityInquiry', lastAccessOn: '2026-12-01' });
  });

  it('cancels for inactivity when the boss asks, and retires the username for ever (SPEC §6 decision, 4.19, 8.3-5.B)', () => {
    const q = apply(idle(), ev('OPEN_INACTIVITY_INQUIRY', '2027-03-01', {}, OFFICER));
    const n = apply(q, ev('REQUEST_CANCELLATION', '2027-03-03', {}, BOSS));
    expect(n.closing?.cause).toBe('inactivity');
    const r = advanceAccount(n, '2027-03-21')._unsafeUnwrap();
    expect(r.log.map((l) => l.event)).toMatchObject([{ type: 'NOTICE_ELAPSED' }, { type: 'GRACE_ENDED' }]);
    expect(r.state.cancellation).toEqual({ on: '2027-03-21', cause: 'inactivity' });
    expect(r.effects.find((e) => e.type === 'RETIRE_USERNAME')).toMatchObject({
      username: 'PERLAHL',
      clause: '4.19',
    });
    const order = types(r.effects.filter((e) => e.version === r.state.version));
    expect(order.indexOf('BACKUP_MAILBOX')).toBeLessThan(order.indexOf('DELETE_MAILBOX'));
  });

  it('does not ask about an account on leave: the inquiry starts only from active (4.21.3)', () => {
    const l = apply(idle(), ev('START_LEAVE', '2027-01-10', { kind: 'vacation', until: null }, BOSS));
    expect(
      transitionAccount(l, ev('OPEN_INACTIVITY_INQUIRY', '2027-03-01', {}, OFFICER))._unsafeUnwrapErr().code,
    ).toBe('INVALID_TRANSITION');
  });

  it('counts inactivity again from the return of a leave (4.21.3)', () => {
    const l = apply(idle(), ev('START_LEAVE', '2027-01-10', { kind: 'vacation', until: null }, BOSS));
    const back = apply(l, ev('END_LEAVE', '2027-03-01', {}, BOSS));
    expect(back).toMatchObject({ status: 'active', resumedOn: '2027-03-01' });
    expect(
      transitionAccount(back, ev('OPEN_INACTIVITY_INQUIRY', '2027-05-31', {}, OFFICER))._unsafeUnwrapErr()
        .code,
    ).toBe('ACCOUNT_NOT_INACTIVE');
    expect(transitionAccount(back, ev('OPEN_INACTIVITY_INQUIRY', '2027-06-01', {}, OFFICER)).isOk()).toBe(
      true,
    );
  });

  it('refuses an access dated after the report or before the account existed (INVALID_DATE, 4.19)', () => {
    expect(
      transitionAccount(
        idle(),
        ev('RECORD_ACCESS', '2027-03-02', { on: '2027-03-03' }, SERVER),
      )._unsafeUnwrapErr().code,
    ).toBe('INVALID_DATE');
    expect(
      transitionAccount(
        idle(),
        ev('RECORD_ACCESS', '2027-03-02', { on: '2026-01-14' }, SERVER),
      )._unsafeUnwrapErr().code,
    ).toBe('INVALID_DATE');
  });

  it('takes an access report only from the mail server (system)', () => {
    expect(
      transitionAccount(
        idle(),
        ev('RECORD_ACCESS', '2027-03-02', { on: '2027-03-02' }, BOSS),
      )._unsafeUnwrapErr().code,
    ).toBe('FORBIDDEN_ROLE');
  });
});

describe('suspension and sanctions (4.21.2, 4.21.4, 4.26, 5.4.15)', () => {
  it('suspends network access and informs the superior during an investigation (4.21.4, 5.4.15)', () => {
    const t = transitionAccount(
      open(),
      ev('SUSPEND', '2026-05-04', { reason: 'investigation', until: null }, IT_HEAD),
    )._unsafeUnwrap();
    expect(t.state.suspension).toEqual({
      reason: 'investigation',
      since: '2026-05-04',
      until: null,
      network: true,
      mailbox: false,
      resume: 'active',
    });
    expect(t.effects.map((e) => [e.type, e.clause])).toEqual([
      ['SUSPEND_NETWORK_ACCESS', '4.21.4'],
      ['NOTIFY', '5.4.15'],
    ]);
    expect(t.effects[1]).toMatchObject({ to: 'direct-boss', template: 'network-access-suspended' });
  });

  it('restores what it suspended and resumes where the account was (4.21.4)', () => {
    const l = apply(open(), ev('START_LEAVE', '2026-05-01', { kind: 'unpaid', until: '2026-06-30' }, BOSS));
    const s = apply(l, ev('SUSPEND', '2026-05-04', { reason: 'investigation', until: null }, IT_HEAD));
    const t = transitionAccount(s, ev('REINSTATE', '2026-05-20', {}, IT_HEAD))._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'onLeave',
      leave: { until: '2026-06-30' },
      resumedOn: '2026-05-20',
    });
    expect(types(t.effects)).toEqual(['RESTORE_NETWORK_ACCESS', 'NOTIFY']);
    // Reinstated after the leave ended: back to active.
    const after = transitionAccount(s, ev('REINSTATE', '2026-07-15', {}, IT_HEAD))._unsafeUnwrap();
    expect(after.state.status).toBe('active');
    expect(after.state.leave).toBeUndefined();
  });

  it('ends a suspension with an end date by itself, the day after it (4.21.4)', () => {
    const s = apply(
      open(),
      ev('SUSPEND', '2026-05-04', { reason: 'sanction', until: '2026-05-10' }, IT_HEAD),
    );
    expect(advanceAccount(s, '2026-05-10')._unsafeUnwrap().log).toEqual([]);
    const r = advanceAccount(s, '2026-05-11')._unsafeUnwrap();
    expect(r.state.status).toBe('active');
    expect(types(r.effects)).toEqual(['ENABLE_MAILBOX', 'NOTIFY']);
    expect(r.log[0]).toMatchObject({
      actor: { role: 'system', id: 'scheduler' },
      event: { type: 'SUSPENSION_ENDED' },
    });
  });

  it('deactivates the mailbox for a temporary sanction (4.26)', () => {
    const t = transitionAccount(
      open(),
      ev('SANCTION', '2026-05-04', { permanent: false }, IT_HEAD),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'suspended',
      suspension: { reason: 'sanction', mailbox: true, network: false },
    });
    expect(types(t.effects)).toEqual(['DISABLE_MAILBOX', 'NOTIFY']);
  });

  it('turns an investigation into a sanction keeping both restrictions (4.21.4, 4.26)', () => {
    const s = apply(open(), ev('SUSPEND', '2026-05-04', { reason: 'investigation', until: null }, IT_HEAD));
    const t = transitionAccount(
      s,
      ev('SANCTION', '2026-05-20', { permanent: false }, IT_HEAD),
    )._unsafeUnwrap();
    expect(t.state.suspension).toMatchObject({ reason: 'sanction', network: true, mailbox: true });
    expect(
      types(transitionAccount(t.state, ev('REINSTATE', '2026-06-20', {}, IT_HEAD))._unsafeUnwrap().effects),
    ).toEqual(['RESTORE_NETWORK_ACCESS', 'ENABLE_MAILBOX', 'NOTIFY']);
  });

  it('cancels at once after a backup for a permanent sanction (SPEC §6 decision, 4.21.2)', () => {
    const t = transitionAccount(
      open(),
      ev('SANCTION', '2026-05-04', { permanent: true }, IT_HEAD),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'cancelled',
      cancellation: { on: '2026-05-04', cause: 'sanction' },
    });
    expect(types(t.effects).slice(0, 2)).toEqual(['BACKUP_MAILBOX', 'DELETE_MAILBOX']);
    const g = apply(
      open(),
      ev('OFFBOARD', '2026-05-01', { bajaOn: '2026-05-01', cause: 'separation' }, BOSS),
    );
    expect(
      transitionAccount(g, ev('SANCTION', '2026-05-04', { permanent: true }, IT_HEAD))._unsafeUnwrap().state
        .status,
    ).toBe('cancelled');
    expect(
      transitionAccount(g, ev('SANCTION', '2026-05-04', { permanent: false }, IT_HEAD))._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      clause: '4.26',
    });
  });
});

describe('transfer (cambio de adscripción, 4.20, 8.2)', () => {
  const pending = () => apply(open(), ev('REPORT_TRANSFER', '2026-08-03', { toDepartment: 'Almacén' }, BOSS));

  it('waits while the new area decides (8.2-1.B, 8.2-2)', () => {
    expect(pending()).toMatchObject({
      status: 'transferPending',
      transfer: { toDepartment: 'Almacén', reportedOn: '2026-08-03' },
    });
    expect(
      transitionAccount(
        open(),
        ev('REPORT_TRANSFER', '2026-08-03', { toDepartment: 'Compras' }, BOSS),
      )._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'SAME_DEPARTMENT',
      clause: '8.2-1.B',
    });
  });

  it('moves the account to the new area without a baja and an alta; the old internet exit is released (8.2-4.B, 8.2-6, 8.2-9, 4.13)', () => {
    const t = transitionAccount(
      pending(),
      ev('COMPLETE_TRANSFER', '2026-08-10', { toDepartment: 'Almacén' }, OFFICER),
    )._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'active',
      department: 'Almacén',
      internet: false,
      resumedOn: '2026-08-10',
    });
    expect(t.effects[0]).toEqual({
      type: 'MOVE_MAILBOX',
      username: 'PERLAHL',
      fromArea: 'Compras',
      toDepartment: 'Almacén',
      exception: null,
      clause: '8.2-9',
      machine: 'account',
      subject: 'cta-1',
      version: 3,
      index: 0,
    });
  });

  it('backs up and cancels when the new area needs no mailbox, with the 4.22 grace (8.2-4.A → 8.2-1.A.1)', () => {
    const t = transitionAccount(pending(), ev('NEW_AREA_DECLINES', '2026-08-10', {}, BOSS))._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'gracePeriod',
      usableThrough: '2026-08-25',
      cancelOn: '2026-08-26',
    });
    expect(t.effects[0]).toMatchObject({ type: 'BACKUP_MAILBOX', clause: '8.2-1.A.1' });
    const c = advanceAccount(t.state, '2026-08-26')._unsafeUnwrap();
    expect(c.effects.find((e) => e.type === 'RELEASE_SEAT')).toMatchObject({ department: 'Compras' });
  });
});

describe('the kit rules, through transitionAccount', () => {
  it('refuses an event earlier than the last change (EVENT_OUT_OF_ORDER)', () => {
    const s = apply(open(), ev('START_LEAVE', '2026-05-04', { kind: 'vacation', until: null }, BOSS));
    expect(transitionAccount(s, ev('END_LEAVE', '2026-05-03', {}, BOSS))._unsafeUnwrapErr().code).toBe(
      'EVENT_OUT_OF_ORDER',
    );
  });

  it('refuses a time-caused event before it is due (NOT_YET_DUE)', () => {
    const g = apply(
      open(),
      ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS),
    );
    const early = {
      type: 'GRACE_ENDED',
      at: at('2027-01-04'),
      actor: { role: 'system', id: 'scheduler' },
    } as const;
    expect(transitionAccount(g, early)._unsafeUnwrapErr()).toMatchObject({
      code: 'NOT_YET_DUE',
      details: { due: '2027-01-05' },
    });
    expect(transitionAccount(g, { ...early, at: at('2027-01-05', '00:00') }).isOk()).toBe(true);
  });

  it('accepts nothing once cancelled', () => {
    const c = apply(open(), ev('SANCTION', '2026-05-04', { permanent: true }, IT_HEAD));
    expect(
      transitionAccount(
        c,
        ev('RECORD_ACCESS', '2026-05-05', { on: '2026-05-05' }, SERVER),
      )._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { terminal: true },
    });
  });

  it('validates state and event (INVALID_INPUT), never throwing', () => {
    expect(
      transitionAccount({} as never, ev('END_LEAVE', '2026-05-03', {}, BOSS))._unsafeUnwrapErr().code,
    ).toBe('INVALID_INPUT');
    expect(transitionAccount(open(), { type: 'END_LEAVE' } as never)._unsafeUnwrapErr().code).toBe(
      'INVALID_INPUT',
    );
  });
});
