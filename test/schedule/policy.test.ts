import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
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

// A policy is made by definePolicy, which names each bad field; the schedules refuse any other
// object (readPolicy), never a throw and never silently the default.
const bad = (field: string, value: unknown) => ({ ...SESEQ_POLICY, [field]: value });
const issuesOf = (r: { isErr(): boolean; error?: unknown }) =>
  (r as { error: { code: string; details: { issues: string[] } } }).error;

describe('the schedules read the policy they are given (SPEC §2)', () => {
  it('use a custom grace, notice and deadline (4.22, 4.24, 4.23)', () => {
    const p = definePolicy({
      offboardingGraceDays: 30,
      cancellationNoticeDays: 5,
      bossNoticeDeadlineDays: 10,
    })._unsafeUnwrap();
    expect(offboardingSchedule('2026-12-20', p)._unsafeUnwrap().cancelOn).toBe('2027-01-20');
    expect(cancellationSchedule('2026-02-27', p)._unsafeUnwrap().cancelOn).toBe('2026-03-04');
    expect(isBossNoticeLate('2026-12-01', '2026-12-11', p)._unsafeUnwrap().late).toBe(true);
    expect(isBossNoticeLate('2026-12-01', '2026-12-10', p)._unsafeUnwrap().late).toBe(false);
  });

  it('use custom months for inactivity, the review and the drill (4.19, 8.3-1, 5.4.12)', () => {
    const p = definePolicy({
      inactivityThreshold: { months: 1 },
      inactivityReviewEvery: { months: 6 },
      contingencyDrillEvery: { months: 24 },
    })._unsafeUnwrap();
    expect(inactivityStatus('2026-11-30', '2026-01-01', '2026-12-30', p)._unsafeUnwrap().inactiveFrom).toBe(
      '2026-12-30',
    );
    expect(JSON.stringify(nextInactivityReview('2026-11-30', p)._unsafeUnwrap())).toContain('2027-05-30');
    expect(JSON.stringify(nextContingencyDrill('2026-11-30', p)._unsafeUnwrap())).toContain('2028-11-30');
  });

  it('read days in the policy time zone (SPEC §1)', () => {
    const tokyo = definePolicy({ timeZone: 'Asia/Tokyo' })._unsafeUnwrap();
    expect(toPlainDate('2026-11-30T20:00:00Z', tokyo)._unsafeUnwrap()).toBe('2026-12-01');
    expect(toPlainDate('2026-11-30T20:00:00Z')._unsafeUnwrap()).toBe('2026-11-30');
  });

  it('refuse a hand-made policy with a bad field, naming the field (INVALID_POLICY)', () => {
    const cases: [string, unknown][] = [
      ['offboardingGraceDays', -1],
      ['offboardingGraceDays', 1.5],
      ['offboardingGraceDays', '15'],
      ['cancellationNoticeDays', -2],
      ['bossNoticeDeadlineDays', 0],
      ['inactivityThreshold', { months: 0 }],
      ['inactivityThreshold', null],
      ['inactivityReviewEvery', { months: 'four' }],
      ['contingencyDrillEvery', 12],
      ['quotaWarningRatio', 0],
      ['quotaWarningRatio', 1.5],
      ['quotaWarningRatio', '0.9'],
      ['timeZone', 'Mars/Olympus'],
      ['timeZone', ''],
      ['timeZone', 'x'.repeat(65)],
      ['timeZone', 7],
    ];
    for (const [field, value] of cases) {
      const r = offboardingSchedule('2026-12-20', bad(field, value) as never);
      expect(r.isErr(), `${field} = ${String(value)}`).toBe(true);
      expect(issuesOf(r)).toMatchObject({ code: 'INVALID_POLICY', clause: null });
      const refused = definePolicy({ [field]: value })._unsafeUnwrapErr();
      expect(
        refused.every((v) => String(v.details?.path).startsWith(field)),
        `${field} = ${String(value)}`,
      ).toBe(true);
    }
  });

  it('accept the edges of each field', () => {
    for (const [field, value] of [
      ['offboardingGraceDays', 0],
      ['cancellationNoticeDays', 0],
      ['bossNoticeDeadlineDays', 1],
      ['quotaWarningRatio', 1],
      ['inactivityThreshold', { months: 1200 }],
    ] as [string, unknown][]) {
      const p = definePolicy({ [field]: value })._unsafeUnwrap();
      expect(offboardingSchedule('2026-12-20', p).isOk(), field).toBe(true);
    }
  });

  it('refuse something that is not a policy at all, and list every bad field at once', () => {
    for (const junk of [null, 1, 'policy']) {
      expect(issuesOf(cancellationSchedule('2026-02-27', junk as never)).details.issues).toEqual([
        '(root): expected a policy object',
      ]);
    }
    const many = { ...SESEQ_POLICY, offboardingGraceDays: -1, timeZone: 'Nowhere/Else' };
    expect(issuesOf(toPlainDate('2026-11-30T20:00:00Z', many as never)).code).toBe('INVALID_POLICY');
    const { domain: _d, ...overrides } = many;
    expect(
      definePolicy(overrides)
        ._unsafeUnwrapErr()
        .map((v) => v.details?.path)
        .sort(),
    ).toEqual(['offboardingGraceDays', 'timeZone']);
  });

  it('echo at most 40 characters of a bad date, and name its field (INVALID_DATE)', () => {
    const v = issuesOf(offboardingSchedule('x'.repeat(1000)));
    expect(v).toMatchObject({ code: 'INVALID_DATE', details: { field: 'bajaOn', value: 'x'.repeat(40) } });
    expect(issuesOf(offboardingSchedule(null as never))).toMatchObject({ details: { value: 'null' } });
    expect(issuesOf(offboardingSchedule(5 as never))).toMatchObject({ details: { value: 'number' } });
    expect(issuesOf(offboardingSchedule('9999-12-31'))).toMatchObject({
      details: { reason: 'out of range' },
    });
  });
});
