import { describe, expect, it } from 'vitest';
import { SESEQ_POLICY } from '../../src/policy/policy.js';
import {
  cancellationSchedule,
  inactivityStatus,
  isBossNoticeLate,
  nextContingencyDrill,
  nextInactivityReview,
  offboardingSchedule,
  toPlainDate,
} from '../../src/schedule/index.js';
import { cyclic } from '../_hostile.js';

// The edges of each schedule: which argument a refusal names, dates computed past year 9999,
// an argument that is not plain data, a policy that is not one. Written from the survivors of
// `MUTATE=schedule npm run mutation` (docs/performance.md).

type Refusal = { code: string; details: Record<string, unknown> };
const refusal = (r: { _unsafeUnwrapErr(): unknown }) => r._unsafeUnwrapErr() as Refusal;

describe('the schedules name the argument they refuse (SPEC §0)', () => {
  it('isBossNoticeLate names bajaOn or noticeOn (4.23)', () => {
    expect(refusal(isBossNoticeLate('2026-02-30', '2026-03-01')).details).toEqual({
      field: 'bajaOn',
      value: '2026-02-30',
    });
    expect(refusal(isBossNoticeLate('2026-03-01', 'mañana')).details).toEqual({
      field: 'noticeOn',
      value: 'mañana',
    });
  });

  it('nextContingencyDrill and nextInactivityReview name lastOn (5.4.12, 8.3-1)', () => {
    for (const next of [nextContingencyDrill, nextInactivityReview]) {
      expect(refusal(next(null)).details).toEqual({ field: 'lastOn', value: 'null' });
    }
  });

  it('toPlainDate echoes what it refuses, cut to 40 characters (SPEC §1)', () => {
    const long = `2027-01-05T03:30:00Z${'x'.repeat(60)}`;
    expect(refusal(toPlainDate(long)).details).toEqual({ value: long.slice(0, 40) });
    expect(refusal(toPlainDate('ayer')).details).toEqual({ value: 'ayer' });
    expect(refusal(toPlainDate(null)).details).toEqual({ value: 'null' });
    expect(refusal(toPlainDate(42)).details).toEqual({ value: 'number' });
    expect(refusal(toPlainDate(undefined)).details).toEqual({ value: 'undefined' });
  });
});

describe('a computed date past 9999-12-31 is refused, never written (SPEC §1)', () => {
  const outOfRange = (field: string) => ({
    code: 'INVALID_DATE',
    details: expect.objectContaining({ field }),
  });

  it('a notice on 9999-12-31 has no cancellation day (4.24)', () => {
    expect(refusal(cancellationSchedule('9999-12-31'))).toMatchObject(outOfRange('cancelOn'));
  });

  it('a baja on 9999-12-16 is usable through 9999-12-31 but has no cancellation day (4.22)', () => {
    expect(offboardingSchedule('9999-12-15')._unsafeUnwrap().cancelOn).toBe('9999-12-31');
    expect(refusal(offboardingSchedule('9999-12-16'))).toMatchObject(outOfRange('cancelOn'));
    expect(refusal(offboardingSchedule('9999-12-17'))).toMatchObject(outOfRange('usableThrough'));
  });

  it('a drill or review in 9999 has no next one (5.4.12, 8.3-1)', () => {
    expect(refusal(nextContingencyDrill('9999-06-01'))).toMatchObject(outOfRange('nextOn'));
    expect(refusal(nextInactivityReview('9999-12-01'))).toMatchObject(outOfRange('nextOn'));
  });

  it('an account last used in 9999-11 has no inactive day (4.19)', () => {
    expect(refusal(inactivityStatus('9999-11-01', '2026-01-15', '2027-01-01'))).toMatchObject(
      outOfRange('inactiveFrom'),
    );
  });
});

describe('inactivity counts from the later of the last access and creation (4.19)', () => {
  it('an access recorded before creation does not move the count back', () => {
    const s = inactivityStatus('2026-01-10', '2026-03-01', '2026-05-31')._unsafeUnwrap();
    expect(s).toEqual({ inactive: false, inactiveFrom: '2026-06-01', clause: '4.19' });
  });

  it('an account never used counts from creation', () => {
    expect(inactivityStatus(null, '2026-03-01', '2026-06-01')._unsafeUnwrap()).toEqual({
      inactive: true,
      inactiveFrom: '2026-06-01',
      clause: '4.19',
    });
  });
});

describe('every schedule refuses input that is not plain data, and a policy that is not one (SPEC §0, §2)', () => {
  const calls: [string, (bad: unknown) => unknown, (policy: unknown) => unknown][] = [
    ['toPlainDate', (x) => toPlainDate(x), (p) => toPlainDate('2027-01-05T03:30:00Z', p as never)],
    [
      'offboardingSchedule',
      (x) => offboardingSchedule(x),
      (p) => offboardingSchedule('2026-12-20', p as never),
    ],
    [
      'cancellationSchedule',
      (x) => cancellationSchedule(x),
      (p) => cancellationSchedule('2026-12-20', p as never),
    ],
    [
      'isBossNoticeLate',
      (x) => isBossNoticeLate('2026-12-01', x),
      (p) => isBossNoticeLate('2026-12-01', '2026-12-02', p as never),
    ],
    [
      'nextContingencyDrill',
      (x) => nextContingencyDrill(x),
      (p) => nextContingencyDrill('2026-12-20', p as never),
    ],
    [
      'nextInactivityReview',
      (x) => nextInactivityReview(x),
      (p) => nextInactivityReview('2026-12-20', p as never),
    ],
    [
      'inactivityStatus',
      (x) => inactivityStatus(null, '2026-01-01', x),
      (p) => inactivityStatus(null, '2026-01-01', '2026-02-01', p as never),
    ],
  ];

  it.each(calls)('%s refuses a cyclic argument with INVALID_INPUT', (_, call) => {
    expect(refusal(call(cyclic()) as never)).toEqual(
      expect.objectContaining({ code: 'INVALID_INPUT', details: { issues: ['(root): cyclic'] } }),
    );
  });

  it.each(calls)('%s refuses a copied policy with INVALID_POLICY, not the default', (_, __, withPolicy) => {
    expect(refusal(withPolicy({ ...SESEQ_POLICY }) as never).code).toBe('INVALID_POLICY');
    expect(refusal(withPolicy(null) as never).code).toBe('INVALID_POLICY');
  });

  it('inactivityStatus refuses a cyclic lastAccessOn (4.19)', () => {
    expect(refusal(inactivityStatus(cyclic(), '2026-01-01', '2026-02-01')).code).toBe('INVALID_INPUT');
  });
});
