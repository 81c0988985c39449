import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { inactivityStatus } from '../../src/schedule/index.js';

describe('inactivityStatus: three continuous months unused (4.19)', () => {
  it('counts calendar months with end-of-month clamping: last access 2026-11-30 → inactive from 2027-02-28 (SPEC §7, 4.19)', () => {
    expect(inactivityStatus('2026-11-30', '2026-01-15', '2027-02-27')._unsafeUnwrap()).toEqual({
      inactive: false,
      inactiveFrom: '2027-02-28',
      clause: '4.19',
    });
    expect(inactivityStatus('2026-11-30', '2026-01-15', '2027-02-28')._unsafeUnwrap().inactive).toBe(true);
    expect(inactivityStatus('2026-11-30', '2026-01-15', '2027-03-01')._unsafeUnwrap().inactive).toBe(true);
  });

  it('counts an account never used from its creation date (4.19)', () => {
    expect(inactivityStatus(null, '2026-01-15', '2026-04-15')._unsafeUnwrap()).toEqual({
      inactive: true,
      inactiveFrom: '2026-04-15',
      clause: '4.19',
    });
  });

  it('clamps to 29 February in a leap year: 2027-11-30 → 2028-02-29 (4.19)', () => {
    expect(inactivityStatus('2027-11-30', '2027-01-01', '2028-02-28')._unsafeUnwrap()).toMatchObject({
      inactive: false,
      inactiveFrom: '2028-02-29',
    });
  });

  it('starts from 29 February: 2028-02-29 → 2028-05-29 (4.19)', () => {
    expect(inactivityStatus('2028-02-29', '2027-01-01', '2028-05-29')._unsafeUnwrap().inactiveFrom).toBe(
      '2028-05-29',
    );
  });

  it('crosses a year end: 2026-10-31 → 2027-01-31 (4.19)', () => {
    expect(inactivityStatus('2026-10-31', '2026-01-01', '2027-01-30')._unsafeUnwrap()).toMatchObject({
      inactive: false,
      inactiveFrom: '2027-01-31',
    });
  });

  it('counts from the later of last access and creation (4.19)', () => {
    expect(inactivityStatus('2026-01-01', '2026-03-01', '2026-04-02')._unsafeUnwrap().inactiveFrom).toBe(
      '2026-06-01',
    );
  });

  it('follows the policy threshold, not F01 "más de un mes" (SPEC §2 decision)', () => {
    const oneMonth = definePolicy({ inactivityThreshold: { months: 1 } })._unsafeUnwrap();
    expect(
      inactivityStatus('2026-01-31', '2026-01-01', '2026-02-28', oneMonth)._unsafeUnwrap().inactive,
    ).toBe(true);
  });

  it('names the field that is not a date (INVALID_DATE)', () => {
    expect(inactivityStatus('nunca', '2026-01-01', '2026-02-28')._unsafeUnwrapErr().details).toMatchObject({
      field: 'lastAccessOn',
    });
    expect(inactivityStatus(null, undefined, '2026-02-28')._unsafeUnwrapErr().details).toMatchObject({
      field: 'createdOn',
    });
    expect(inactivityStatus(null, '2026-01-01', 7)._unsafeUnwrapErr().details).toMatchObject({
      field: 'asOf',
    });
  });
});
