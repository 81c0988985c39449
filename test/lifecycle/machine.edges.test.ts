import { describe, expect, it } from 'vitest';
import { type AccountState, type AnyAccountEvent, transitionAccount } from '../../src/lifecycle/index.js';
import { apply, BOSS, ev, IT_HEAD, open, SERVER } from './_helpers.js';

// The rows of ACCOUNT_MACHINE where two rules meet: suspensions that add up, a leave that
// ends while something else is in course, the grace of a step taken late at the end of the
// calendar (SPEC §6, §12; mutation testing, issue 12).

const step = (s: AccountState, e: AnyAccountEvent) => transitionAccount(s, e)._unsafeUnwrap();
const system = (type: AnyAccountEvent['type'], day: string) =>
  ({ type, at: `${day}T12:00:00-06:00`, actor: SERVER }) as AnyAccountEvent;

describe('suspensions that add up (4.21.4, 4.26)', () => {
  it('an open-ended suspension stays open-ended whatever end the next one gives (4.21.4)', () => {
    const inv = apply(open(), ev('SUSPEND', '2026-06-05', { reason: 'investigation', until: null }, IT_HEAD));
    const more = step(inv, ev('SUSPEND', '2026-06-06', { reason: 'sanction', until: '2026-06-20' }, IT_HEAD));
    expect(more.state.suspension).toMatchObject({
      until: null,
      network: true,
      mailbox: true,
      reason: 'sanction',
    });
  });

  it('a sanction on a sanction restricts the network no more than before (4.26)', () => {
    const sanctioned = apply(open(), ev('SANCTION', '2026-06-05', { permanent: false }, IT_HEAD));
    const again = step(
      sanctioned,
      ev('SUSPEND', '2026-06-06', { reason: 'sanction', until: '2026-06-20' }, IT_HEAD),
    );
    expect(again.state.suspension).toMatchObject({ network: false, mailbox: true, until: null });
    expect(again.effects).toEqual([]);
  });

  it('a permanent sanction of an account on its way out cancels it as a sanction (4.21.2, 4.26)', () => {
    const grace = apply(
      open(),
      ev('OFFBOARD', '2026-06-01', { bajaOn: '2026-06-01', cause: 'separation' }, BOSS),
    );
    const t = step(grace, ev('SANCTION', '2026-06-02', { permanent: true }, IT_HEAD));
    expect(t.state.cancellation).toEqual({ on: '2026-06-02', cause: 'sanction' });
    expect(t.effects.map((e) => e.clause)).toContain('4.21.2');
  });
});

describe('a leave that ends while something else is in course (4.21.3, 8.3-7)', () => {
  const onLeave = () =>
    apply(open(), ev('START_LEAVE', '2026-06-01', { until: '2026-06-10', kind: 'vacation' }, BOSS));
  const notice = () => apply(onLeave(), ev('REQUEST_CANCELLATION', '2026-06-05', {}, BOSS));

  it('the leave ended by time leaves no leave behind, nor does a transfer reported during it', () => {
    const ended = step(onLeave(), system('LEAVE_ENDED', '2026-06-11'));
    expect([ended.state.status, ended.state.leave, ended.state.resumedOn]).toEqual([
      'active',
      undefined,
      '2026-06-11',
    ]);
    const moved = step(onLeave(), ev('REPORT_TRANSFER', '2026-06-05', { toDepartment: 'Almacén' }, BOSS));
    expect([moved.state.status, moved.state.leave]).toEqual(['transferPending', undefined]);
    expect(moved.effects).toEqual([]);
  });

  it('an unconfirmed request returns to the leave through its last day, to active after it (8.3-7)', () => {
    const onTheDay = step(notice(), ev('CANCELLATION_NOT_CONFIRMED', '2026-06-10', { reason: 'x' }, IT_HEAD));
    expect([onTheDay.state.status, onTheDay.state.leave?.until]).toEqual(['onLeave', '2026-06-10']);
  });

  it('an investigation begun in the notice, after the leave is over, suspends an active account (4.21.4, 8.3-7)', () => {
    const inv = apply(
      notice(),
      ev('SUSPEND', '2026-06-06', { reason: 'investigation', until: null }, IT_HEAD),
    );
    const back = step(inv, ev('CANCELLATION_NOT_CONFIRMED', '2026-06-11', { reason: 'x' }, IT_HEAD));
    expect([back.state.status, back.state.suspension?.resume, back.state.leave]).toEqual([
      'suspended',
      'active',
      undefined,
    ]);
  });

  it('an investigation lifted in the notice leaves it in the notice, its leave kept (4.21.4, 4.24)', () => {
    const inv = apply(
      notice(),
      ev('SUSPEND', '2026-06-06', { reason: 'investigation', until: null }, IT_HEAD),
    );
    for (const day of ['2026-06-07', '2026-06-11']) {
      const lifted = step(inv, ev('REINSTATE', day, {}, IT_HEAD));
      expect([lifted.state.status, lifted.state.leave?.until, lifted.state.suspension], day).toEqual([
        'cancellationNotice',
        '2026-06-10',
        undefined,
      ]);
    }
  });
});

describe('at the end of the calendar (4.19, 4.22)', () => {
  it('refuses an inquiry whose three idle months end after 9999-12-31 with the schedule’s violation, not a throw (4.19)', () => {
    const late = open({ createdOn: '9999-11-01' });
    const r = transitionAccount(
      late,
      ev('OPEN_INACTIVITY_INQUIRY', '9999-12-31', {}, { role: 'mail-officer', id: 'm' }),
    );
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_DATE', details: { field: 'inactiveFrom' } });
  });

  it('counts the grace of a late step from its own date, which still fits (4.22, 4.10, 4.24)', () => {
    const temporary = open({ holder: 'external', createdOn: '9999-11-01', expiresOn: '9999-12-10' });
    expect(step(temporary, system('EXPIRED', '9999-12-20')).state).toMatchObject({
      usableThrough: '9999-12-25',
      cancelOn: '9999-12-26',
    });
    const announced = apply(
      open({ createdOn: '9999-11-01' }),
      ev('OFFBOARD', '9999-12-01', { bajaOn: '9999-12-10', cause: 'separation' }, BOSS),
    );
    expect(step(announced, system('BAJA_REACHED', '9999-12-20')).state).toMatchObject({
      usableThrough: '9999-12-25',
      cancelOn: '9999-12-26',
    });
    const notice = apply(
      open({ createdOn: '9999-11-01' }),
      ev('REQUEST_CANCELLATION', '9999-12-08', {}, BOSS),
    );
    expect(notice.cancelOn).toBe('9999-12-10');
    expect(step(notice, system('NOTICE_ELAPSED', '9999-12-20')).state).toMatchObject({
      usableThrough: '9999-12-25',
      cancelOn: '9999-12-26',
    });
  });

  it('refuses the baja step of an account with no baja announced (NOT_YET_DUE)', () => {
    expect(transitionAccount(open(), system('BAJA_REACHED', '2026-06-01'))._unsafeUnwrapErr().code).toBe(
      'NOT_YET_DUE',
    );
  });
});
