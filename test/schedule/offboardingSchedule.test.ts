import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { offboardingSchedule } from '../../src/schedule/index.js';

describe('offboardingSchedule: 15 días naturales a partir de la baja (4.22)', () => {
  it('keeps the account usable through D+15 and cancels it on D+16: baja 2026-12-20 (SPEC §7, 4.22)', () => {
    expect(offboardingSchedule('2026-12-20')._unsafeUnwrap()).toEqual({
      bajaOn: '2026-12-20',
      usableThrough: '2027-01-04',
      cancelOn: '2027-01-05',
      clause: '4.22',
    });
  });

  it('counts across a month end: baja 2027-01-31 → usable through 2027-02-15 (4.22)', () => {
    const s = offboardingSchedule('2027-01-31')._unsafeUnwrap();
    expect([s.usableThrough, s.cancelOn]).toEqual(['2027-02-15', '2027-02-16']);
  });

  it('counts 29 February in a leap year: baja 2028-02-20 → usable through 2028-03-06 (4.22)', () => {
    const s = offboardingSchedule('2028-02-20')._unsafeUnwrap();
    expect([s.usableThrough, s.cancelOn]).toEqual(['2028-03-06', '2028-03-07']);
    const plain = offboardingSchedule('2027-02-20')._unsafeUnwrap();
    expect([plain.usableThrough, plain.cancelOn]).toEqual(['2027-03-07', '2027-03-08']);
  });

  it('crosses a year end: baja 2026-12-31 → usable through 2027-01-15, cancelled 2027-01-16 (4.22)', () => {
    const s = offboardingSchedule('2026-12-31')._unsafeUnwrap();
    expect([s.usableThrough, s.cancelOn]).toEqual(['2027-01-15', '2027-01-16']);
  });

  it('takes the number of days from the policy (8.3-9)', () => {
    const policy = definePolicy({ offboardingGraceDays: 10 })._unsafeUnwrap();
    const s = offboardingSchedule('2026-12-20', policy)._unsafeUnwrap();
    expect([s.usableThrough, s.cancelOn]).toEqual(['2026-12-30', '2026-12-31']);
  });

  it('refuses what is not a calendar day with INVALID_DATE, never throwing', () => {
    for (const bad of ['2026-02-29', '20261220', '', null, undefined, 42, {}, '2026-12-20T00:00:00Z']) {
      const r = offboardingSchedule(bad);
      expect(r._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    }
  });

  it('refuses a schedule that would leave the years a PlainDate can name', () => {
    expect(offboardingSchedule('9999-12-31')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'usableThrough', reason: 'out of range' },
    });
  });

  it('refuses a hand-made policy with a bad number as INVALID_POLICY', () => {
    const bad = { offboardingGraceDays: -1 } as never;
    expect(offboardingSchedule('2026-12-20', bad)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
  });
});
