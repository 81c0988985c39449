import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { toPlainDate } from '../../src/schedule/index.js';

describe('toPlainDate: the day of an instant in the institution time zone (SPEC §1)', () => {
  it("reads a late-evening login as that day in Querétaro, whatever the process's TZ", () => {
    expect(toPlainDate('2027-01-05T03:30:00Z')._unsafeUnwrap()).toBe('2027-01-04');
    expect(toPlainDate('2027-01-04T23:59:59-06:00')._unsafeUnwrap()).toBe('2027-01-04');
    expect(toPlainDate('2027-01-05T00:00:00-06:00')._unsafeUnwrap()).toBe('2027-01-05');
  });

  it('converts instants written with any offset', () => {
    expect(toPlainDate('2026-12-31T20:00:00-10:00')._unsafeUnwrap()).toBe('2027-01-01');
    expect(toPlainDate('2027-01-01T05:00:00+14:00')._unsafeUnwrap()).toBe('2026-12-31');
  });

  it('uses the policy time zone', () => {
    const kiritimati = definePolicy({ timeZone: 'Pacific/Kiritimati' })._unsafeUnwrap();
    expect(toPlainDate('2027-01-04T12:00:00Z', kiritimati)._unsafeUnwrap()).toBe('2027-01-05');
  });

  it('refuses what is not an instant with an offset (INVALID_INSTANT)', () => {
    for (const bad of ['2027-01-05', '2027-01-05T10:00:00', 'ayer', 0, null, {}]) {
      expect(toPlainDate(bad)._unsafeUnwrapErr().code).toBe('INVALID_INSTANT');
    }
  });

  it('refuses an unknown time zone in a hand-made policy rather than throw', () => {
    const bad = { ...definePolicy({})._unsafeUnwrap(), timeZone: 'Mars/Olympus' };
    expect(toPlainDate('2027-01-05T10:00:00Z', bad)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
  });
});
