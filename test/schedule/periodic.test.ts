import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { nextContingencyDrill, nextInactivityReview } from '../../src/schedule/index.js';

describe('periodic dates: the access report every 4 months (8.3-1), the drill every year (5.4.12)', () => {
  it('schedules the next access report four calendar months later (8.3-1)', () => {
    expect(nextInactivityReview('2026-11-30')._unsafeUnwrap()).toEqual({
      lastOn: '2026-11-30',
      nextOn: '2027-03-30',
      clause: '8.3-1',
    });
  });

  it('clamps the report to the end of a shorter month: 2026-10-31 → 2027-02-28, 2027-10-31 → 2028-02-29 (8.3-1)', () => {
    expect(nextInactivityReview('2026-10-31')._unsafeUnwrap().nextOn).toBe('2027-02-28');
    expect(nextInactivityReview('2027-10-31')._unsafeUnwrap().nextOn).toBe('2028-02-29');
  });

  it('schedules the contingency drill a year later, 29 February to 28 February (5.4.12)', () => {
    expect(nextContingencyDrill('2026-06-15')._unsafeUnwrap()).toEqual({
      lastOn: '2026-06-15',
      nextOn: '2027-06-15',
      clause: '5.4.12',
    });
    expect(nextContingencyDrill('2028-02-29')._unsafeUnwrap().nextOn).toBe('2029-02-28');
  });

  it('follows the policy periods', () => {
    const p = definePolicy({
      inactivityReviewEvery: { months: 6 },
      contingencyDrillEvery: { months: 24 },
    })._unsafeUnwrap();
    expect(nextInactivityReview('2026-12-31', p)._unsafeUnwrap().nextOn).toBe('2027-06-30');
    expect(nextContingencyDrill('2026-12-31', p)._unsafeUnwrap().nextOn).toBe('2028-12-31');
  });

  it('refuses a bad date with INVALID_DATE', () => {
    expect(nextInactivityReview('mañana')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    expect(nextContingencyDrill(null)._unsafeUnwrapErr().code).toBe('INVALID_DATE');
  });
});
