import { describe, expect, it } from 'vitest';
import { dueEvent, dueOn, systemEventFor } from '../../src/lifecycle/_due.js';
import { type AccountState, advanceAccount, nextDeadline } from '../../src/lifecycle/index.js';
import { definePolicy, SESEQ_POLICY } from '../../src/policy/index.js';
import { apply, BOSS, ev, IT_HEAD, OFFICER, open } from './_helpers.js';

// The one time-caused step each state waits for, and its day (SPEC §6): which step wins when
// two fall on the same day, and the instant advanceAccount gives it (mutation testing, issue 12).

const due = (s: AccountState) => {
  const d = dueEvent(s);
  return d === null ? null : `${d.type} ${d.on}`;
};

// Built on first use, inside a test: what runs while the file is collected counts, for
// Stryker's per-test coverage, as covered by every test.
const lazy = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => {
    v ??= f();
    return v;
  };
};
const fixed = lazy(() => open());
const temporary = lazy(() => open({ holder: 'external', expiresOn: '2026-03-10' }));
const leave = (s: AccountState, until: string | null, day = '2026-03-01') =>
  apply(s, ev('START_LEAVE', day, { until, kind: 'vacation' }, BOSS));
const investigate = (s: AccountState, until: string | null, day = '2026-03-01') =>
  apply(s, ev('SUSPEND', day, { reason: 'investigation', until }, IT_HEAD));
const announce = (s: AccountState, bajaOn: string, day = '2026-03-01') =>
  apply(s, ev('OFFBOARD', day, { bajaOn, cause: 'separation' }, BOSS));
const request = (s: AccountState, day = '2026-03-02') => apply(s, ev('REQUEST_CANCELLATION', day, {}, BOSS));

describe('dueEvent: the step each status waits for (4.10, 4.21.3, 4.21.4, 4.22, 4.24, 4.29)', () => {
  it('nothing for an active fixed account, an inquiry or a transfer without expiry, or a cancelled one', () => {
    expect(due(fixed())).toBeNull();
    expect(due(apply(fixed(), ev('OPEN_INACTIVITY_INQUIRY', '2026-06-01', {}, OFFICER)))).toBeNull();
    expect(
      due(apply(fixed(), ev('REPORT_TRANSFER', '2026-03-01', { toDepartment: 'Almacén' }, BOSS))),
    ).toBeNull();
    const cancelled = advanceAccount(announce(fixed(), '2026-03-01'), '2026-04-01')._unsafeUnwrap().state;
    expect(cancelled.status).toBe('cancelled');
    expect(due(cancelled)).toBeNull();
  });

  it('the expiry of a temporary account in every live status before the notice (4.10, 4.29)', () => {
    expect(due(temporary())).toBe('EXPIRED 2026-03-10');
    expect(
      due(apply(temporary(), ev('REPORT_TRANSFER', '2026-03-01', { toDepartment: 'Almacén' }, BOSS))),
    ).toBe('EXPIRED 2026-03-10');
    expect(due(leave(temporary(), null))).toBe('EXPIRED 2026-03-10');
    expect(due(investigate(temporary(), null))).toBe('EXPIRED 2026-03-10');
  });

  it('the end of a leave or a suspension the day after its last day, unless the expiry comes first or the same day (4.21.3, 4.21.4)', () => {
    expect(due(leave(fixed(), '2026-03-20'))).toBe('LEAVE_ENDED 2026-03-21');
    expect(due(leave(fixed(), null))).toBeNull();
    expect(due(leave(temporary(), '2026-03-08'))).toBe('LEAVE_ENDED 2026-03-09');
    expect(due(leave(temporary(), '2026-03-09'))).toBe('EXPIRED 2026-03-10');
    expect(due(investigate(fixed(), '2026-03-05'))).toBe('SUSPENSION_ENDED 2026-03-06');
    expect(due(investigate(fixed(), null))).toBeNull();
    expect(due(investigate(temporary(), '2026-03-08'))).toBe('SUSPENSION_ENDED 2026-03-09');
    expect(due(investigate(temporary(), '2026-03-09'))).toBe('EXPIRED 2026-03-10');
  });

  it('a baja announced ahead wins over any step on its day or after it (4.22, SPEC §12)', () => {
    expect(due(announce(fixed(), '2026-03-05'))).toBe('BAJA_REACHED 2026-03-05');
    expect(due(announce(temporary(), '2026-03-10'))).toBe('BAJA_REACHED 2026-03-10');
    expect(due(announce(temporary(), '2026-03-11'))).toBe('EXPIRED 2026-03-10');
    expect(due(leave(announce(fixed(), '2026-03-05'), '2026-03-03', '2026-03-02'))).toBe(
      'LEAVE_ENDED 2026-03-04',
    );
    expect(due(leave(announce(fixed(), '2026-03-05'), '2026-03-04', '2026-03-02'))).toBe(
      'BAJA_REACHED 2026-03-05',
    );
  });

  it('the notice elapses on cancelOn; a baja announced for that day or before wins, an investigation ending before it ends first (4.24, 4.21.4)', () => {
    const notice = request(fixed());
    expect(notice.cancelOn).toBe('2026-03-04');
    expect(due(notice)).toBe('NOTICE_ELAPSED 2026-03-04');
    expect(due(request(temporary(), '2026-03-09'))).toBe('NOTICE_ELAPSED 2026-03-11');
    expect(due(request(announce(fixed(), '2026-03-04')))).toBe('BAJA_REACHED 2026-03-04');
    expect(due(request(announce(fixed(), '2026-03-03')))).toBe('BAJA_REACHED 2026-03-03');
    expect(due(request(announce(fixed(), '2026-03-05')))).toBe('NOTICE_ELAPSED 2026-03-04');
    expect(due(investigate(notice, '2026-03-02', '2026-03-02'))).toBe('SUSPENSION_ENDED 2026-03-03');
    expect(due(investigate(notice, '2026-03-03', '2026-03-02'))).toBe('NOTICE_ELAPSED 2026-03-04');
    expect(due(investigate(notice, null, '2026-03-02'))).toBe('NOTICE_ELAPSED 2026-03-04');
  });

  it('the grace period ends on cancelOn; an investigation ending before it ends first (4.22, 4.21.4)', () => {
    const grace = announce(fixed(), '2026-03-01');
    expect(due(grace)).toBe('GRACE_ENDED 2026-03-17');
    expect(due(investigate(grace, '2026-03-10', '2026-03-02'))).toBe('SUSPENSION_ENDED 2026-03-11');
    expect(due(investigate(grace, '2026-03-16', '2026-03-02'))).toBe('GRACE_ENDED 2026-03-17');
    expect(due(investigate(grace, null, '2026-03-02'))).toBe('GRACE_ENDED 2026-03-17');
  });
});

describe('dueOn and systemEventFor: the day and instant of the step (SPEC §6)', () => {
  it('puts a step that passed before the last change on the day of that change, in the policy zone', () => {
    const late = announce(fixed(), '2026-03-01', '2026-03-30');
    expect(late.status).toBe('gracePeriod');
    expect(dueEvent(late)).toEqual({ type: 'GRACE_ENDED', on: '2026-03-17' });
    expect(dueOn(late, SESEQ_POLICY)).toEqual({ type: 'GRACE_ENDED', on: '2026-03-30' });
    expect(nextDeadline(late)).toBe('2026-03-30');
    expect(dueOn(fixed(), SESEQ_POLICY)).toBeNull();
    const tokyo = definePolicy({ timeZone: 'Asia/Tokyo' })._unsafeUnwrap();
    expect(dueOn(late, tokyo)?.on).toBe('2026-03-31');
  });

  it('gives the step the first instant of its day, or the last change when that is later the same day', () => {
    const grace = announce(fixed(), '2026-03-01');
    const step = systemEventFor(grace, { type: 'GRACE_ENDED', on: '2026-03-17' }, SESEQ_POLICY);
    expect(step).toEqual({
      type: 'GRACE_ENDED',
      at: '2026-03-17T00:00:00.000-06:00',
      actor: { role: 'system', id: 'scheduler' },
    });
    const late = announce(fixed(), '2026-03-01', '2026-03-30');
    expect(systemEventFor(late, { type: 'GRACE_ENDED', on: '2026-03-30' }, SESEQ_POLICY).at).toBe(
      late.updatedAt,
    );
    const { updatedAt: _, ...never } = late;
    expect(systemEventFor(never, { type: 'GRACE_ENDED', on: '2026-03-30' }, SESEQ_POLICY).at).toBe(
      '2026-03-30T00:00:00.000-06:00',
    );
    const atMidnight = { ...late, updatedAt: '2026-03-30T00:00:00-06:00' };
    expect(systemEventFor(atMidnight, { type: 'GRACE_ENDED', on: '2026-03-30' }, SESEQ_POLICY).at).toBe(
      '2026-03-30T00:00:00.000-06:00',
    );
  });
});
