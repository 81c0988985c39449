import { describe, expect, it } from 'vitest';
import { isBossNoticeLate } from '../../src/schedule/index.js';

describe('isBossNoticeLate: "de manera inmediata (menos de 15 días)" (4.23)', () => {
  it('takes a notice 14 days after the baja as on time and 15 days as late (SPEC §7, 4.23)', () => {
    expect(isBossNoticeLate('2026-12-01', '2026-12-15')._unsafeUnwrap()).toEqual({
      late: false,
      days: 14,
      clause: '4.23',
    });
    expect(isBossNoticeLate('2026-12-01', '2026-12-16')._unsafeUnwrap()).toEqual({
      late: true,
      days: 15,
      clause: '4.23',
    });
  });

  it('counts across a year end and a leap day (4.23)', () => {
    expect(isBossNoticeLate('2026-12-20', '2027-01-04')._unsafeUnwrap()).toMatchObject({
      late: true,
      days: 15,
    });
    expect(isBossNoticeLate('2028-02-15', '2028-02-29')._unsafeUnwrap()).toMatchObject({
      late: false,
      days: 14,
    });
  });

  it('takes a baja announced before it happens as on time (4.23)', () => {
    expect(isBossNoticeLate('2026-12-31', '2026-12-20')._unsafeUnwrap()).toMatchObject({
      late: false,
      days: -11,
    });
  });

  it('refuses a date that is not one (INVALID_DATE)', () => {
    expect(isBossNoticeLate('2026-12-01', '16/12/2026')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
  });
});
