import { describe, expect, it } from 'vitest';
import { advanceSteps } from '../../src/lifecycle/advanceAccount.js';
import type { AccountState } from '../../src/lifecycle/index.js';
import { advanceAccount, nextDeadline, replayAccount, transitionAccount } from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';
import { apply, BOSS, ev, IT_HEAD, OFFICER, open } from './_helpers.js';

describe('advanceAccount: what time makes due (SPEC §6)', () => {
  it('treats the expiry of a temporary account as its baja: grace from expiresOn (4.10, 4.29, 4.22, 5.4.14)', () => {
    const s = open({ holder: 'external', expiresOn: '2026-12-20' });
    expect(nextDeadline(s)).toBe('2026-12-20');
    expect(advanceAccount(s, '2026-12-19')._unsafeUnwrap().log).toEqual([]);
    const r = advanceAccount(s, '2026-12-20')._unsafeUnwrap();
    expect(r.state).toMatchObject({
      status: 'gracePeriod',
      usableThrough: '2027-01-04',
      cancelOn: '2027-01-05',
      closing: { cause: 'expiry', bajaOn: '2026-12-20' },
    });
    expect(r.log[0]).toMatchObject({
      at: '2026-12-20T00:00:00.000-06:00',
      actor: { role: 'system', id: 'scheduler' },
      event: { type: 'EXPIRED' },
      from: 'active',
      to: 'gracePeriod',
    });
    expect(advanceAccount(s, '2027-01-05')._unsafeUnwrap().state.cancellation).toEqual({
      on: '2027-01-05',
      cause: 'expiry',
    });
  });

  it('ends a leave with an end date the day after its last day (4.21.3)', () => {
    const l = apply(open(), ev('START_LEAVE', '2026-07-01', { kind: 'vacation', until: '2026-07-15' }, BOSS));
    expect(nextDeadline(l)).toBe('2026-07-16');
    const r = advanceAccount(l, '2026-08-01')._unsafeUnwrap();
    expect(r.state).toMatchObject({ status: 'active', resumedOn: '2026-07-16' });
    expect(r.log.map((e) => e.event)).toMatchObject([{ type: 'LEAVE_ENDED' }]);
  });

  it('lets an expiry during a leave win: an open-ended leave does not keep a temporary account (4.29)', () => {
    const s = open({ holder: 'contractor', expiresOn: '2026-08-31' });
    const l = apply(s, ev('START_LEAVE', '2026-07-01', { kind: 'medical', until: null }, BOSS));
    expect(advanceAccount(l, '2026-08-31')._unsafeUnwrap().state.status).toBe('gracePeriod');
  });

  it('applies a whole chain in one call, in order: notice → grace → cancelled (4.24, 8.3-9)', () => {
    const n = apply(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS));
    const r = advanceAccount(n, '2026-12-31')._unsafeUnwrap();
    expect(r.log.map((l) => [l.event && (l.event as { type: string }).type, l.at])).toEqual([
      ['NOTICE_ELAPSED', '2026-03-01T00:00:00.000-06:00'],
      ['GRACE_ENDED', '2026-03-17T00:00:00.000-06:00'],
    ]);
    expect(r.state.version).toBe(n.version + 2);
    expect(nextDeadline(r.state)).toBeNull();
  });

  it('dates an overdue step at the last change when a baja is reported after its grace was over (4.22, 4.23)', () => {
    const g = apply(
      open(),
      ev('OFFBOARD', '2027-02-01', { bajaOn: '2026-12-01', cause: 'contractEnd' }, OFFICER),
    );
    expect(g.cancelOn).toBe('2026-12-17');
    expect(g.closing?.lateNotice).toEqual({ days: 62 });
    expect(nextDeadline(g)).toBe('2027-02-01');
    const r = advanceAccount(g, '2027-02-01')._unsafeUnwrap();
    expect(r.log[0]?.at).toBe(g.updatedAt);
    expect(r.state.cancellation).toEqual({ on: '2027-02-01', cause: 'baja' });
  });

  it('changes nothing when nothing is due, and is idempotent for the same day', () => {
    const s = open();
    expect(nextDeadline(s)).toBeNull();
    expect(advanceAccount(s, '2099-12-31')._unsafeUnwrap()).toEqual({ state: s, effects: [], log: [] });
    const g = apply(s, ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS));
    const once = advanceAccount(g, '2027-01-05')._unsafeUnwrap();
    expect(advanceAccount(once.state, '2027-01-05')._unsafeUnwrap().log).toEqual([]);
  });

  it('counts in the policy time zone, whatever the process TZ (SPEC §1)', () => {
    const kiritimati = definePolicy({ timeZone: 'Pacific/Kiritimati' })._unsafeUnwrap();
    const s = open({ holder: 'external', expiresOn: '2026-12-20' });
    const r = advanceAccount(s, '2026-12-20', kiritimati)._unsafeUnwrap();
    expect(r.log[0]?.at).toBe('2026-12-20T00:00:00.000+14:00');
  });

  it('refuses a day that is not one, and a state that is not one', () => {
    expect(advanceAccount(open(), '2026-13-01')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    expect(
      advanceAccount({ ...open(), status: 'gracePeriod' }, '2026-12-01')._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      details: { input: 'state' },
    });
  });
});

describe('advanceAccount: what it refuses, and the steps the review reads (SPEC §0, §6)', () => {
  it('names the asOf field of a day that is not one (INVALID_DATE)', () => {
    expect(advanceAccount(open(), '2026-02-30')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'asOf', value: '2026-02-30' },
    });
  });

  it('refuses a policy that is not one before reading the state (INVALID_POLICY)', () => {
    const bad = { ...SESEQ_POLICY, timeZone: 'Mars/Olympus_Mons' } as unknown as Policy;
    expect(advanceAccount(open(), '2026-03-01', bad)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
  });

  it('refuses a cyclic state at once, before validating it (INVALID_INPUT, SPEC §0)', () => {
    const s: Record<string, unknown> = { ...open() };
    s.leave = s;
    expect(advanceAccount(s as unknown as AccountState, '2026-03-01')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: ['(root): cyclic'] },
    });
  });

  it('returns the refusal of a due step: an account at the highest version is not cancelled silently (4.22)', () => {
    const g = apply(
      open(),
      ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS),
    );
    const top = { ...g, version: 1_000_000 };
    expect(advanceAccount(top, '2027-01-04')._unsafeUnwrap().log).toEqual([]);
    expect(advanceAccount(top, '2027-01-05')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'version limit reached' },
    });
  });

  it('tells the review each step: its event, the day it fell due and the state it started from (4.24, 8.3-9)', () => {
    const n = apply(open(), ev('REQUEST_CANCELLATION', '2026-02-27', {}, BOSS));
    const r = advanceSteps(n, '2026-12-31', SESEQ_POLICY)._unsafeUnwrap();
    expect(r.steps).toEqual([
      { type: 'NOTICE_ELAPSED', on: '2026-03-01', before: n },
      {
        type: 'GRACE_ENDED',
        on: '2026-03-17',
        before: expect.objectContaining({ status: 'gracePeriod', version: n.version + 1 }),
      },
    ]);
    expect(advanceSteps(open(), '2099-12-31', SESEQ_POLICY)._unsafeUnwrap().steps).toEqual([]);
  });
});

describe('replayAccount: the bitácora reproduces the state (SPEC §1)', () => {
  it('replays events and time-caused steps alike', () => {
    const opened = open({ lastAccessOn: '2026-11-30' });
    const q = transitionAccount(
      opened,
      ev('OPEN_INACTIVITY_INQUIRY', '2027-03-01', {}, OFFICER),
    )._unsafeUnwrap();
    const n = transitionAccount(q.state, ev('REQUEST_CANCELLATION', '2027-03-03', {}, BOSS))._unsafeUnwrap();
    const later = advanceAccount(n.state, '2027-04-01')._unsafeUnwrap();
    const log = [q.log, n.log, ...later.log];
    expect(replayAccount(opened, log)._unsafeUnwrap()).toEqual(later.state);
  });

  it('names the first entry that does not reproduce (INVALID_LOG)', () => {
    const opened = open();
    const t = transitionAccount(
      opened,
      ev('SANCTION', '2026-05-04', { permanent: false }, IT_HEAD),
    )._unsafeUnwrap();
    expect(replayAccount(opened, [t.log, t.log])._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_LOG',
      details: { entry: 1 },
    });
    expect(replayAccount(opened, [{ ...t.log, to: 'active' }])._unsafeUnwrapErr().code).toBe('INVALID_LOG');
  });

  it('refuses an entry whose actor, instant or clauses were edited, time-caused ones too (INVALID_LOG, SPEC §1)', () => {
    const opened = open({ lastAccessOn: '2026-11-30' });
    const q = transitionAccount(
      opened,
      ev('OPEN_INACTIVITY_INQUIRY', '2027-03-01', {}, OFFICER),
    )._unsafeUnwrap();
    const n = transitionAccount(q.state, ev('REQUEST_CANCELLATION', '2027-03-03', {}, BOSS))._unsafeUnwrap();
    const later = advanceAccount(n.state, '2027-04-01')._unsafeUnwrap();
    const log = [q.log, n.log, ...later.log];
    expect(later.log.length).toBeGreaterThan(0);
    for (let i = 0; i < log.length; i++) {
      for (const [field, value] of [
        ['actor', { role: 'system', id: 'forged' }],
        ['at', '2027-03-03T12:00:00-06:00'],
        ['clauses', ['4.19', '4.24', '8.3-7', 'X']],
      ] as const) {
        const edited = log.map((e, k) => (k === i ? { ...e, [field]: value } : e));
        expect(replayAccount(opened, edited)._unsafeUnwrapErr(), `${field} of ${i}`).toMatchObject({
          code: 'INVALID_LOG',
          details: { entry: i, field },
        });
      }
    }
  });
});
