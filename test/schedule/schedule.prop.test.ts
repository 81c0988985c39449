import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, daysBetween, fromEpochDay, toEpochDay } from '../../src/_internal/plainDate.js';
import { countsFrom } from '../../src/schedule/inactivityStatus.js';
import {
  cancellationSchedule,
  inactivityStatus,
  isBossNoticeLate,
  nextContingencyDrill,
  nextInactivityReview,
  offboardingSchedule,
  toPlainDate,
} from '../../src/schedule/index.js';

const day = fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2150-12-31') }).map(fromEpochDay);

describe('schedules: always and never', () => {
  test.prop([day])(
    'a grace period is exactly N usable days after the baja, cancelled the day after (4.22)',
    (d) => {
      const s = offboardingSchedule(d)._unsafeUnwrap();
      expect(daysBetween(d, s.usableThrough)).toBe(15);
      expect(addDays(s.usableThrough, 1)).toBe(s.cancelOn);
    },
  );

  test.prop([day])('a notice cancels N days after the confirmation (4.24)', (d) => {
    expect(daysBetween(d, cancellationSchedule(d)._unsafeUnwrap().cancelOn)).toBe(2);
  });

  test.prop([day, day, fc.integer({ min: 0, max: 2000 })])(
    'once inactive, an account stays inactive as time goes on (4.19)',
    (created, last, later) => {
      const a = inactivityStatus(last, created, addDays(last, 95))._unsafeUnwrap();
      const b = inactivityStatus(last, created, addDays(last, 95 + later))._unsafeUnwrap();
      if (a.inactive) expect(b.inactive).toBe(true);
      expect(a.inactiveFrom).toBe(b.inactiveFrom);
      // Three calendar months are between 89 and 92 days.
      const since = countsFrom(last, created);
      expect(daysBetween(since, a.inactiveFrom)).toBeGreaterThanOrEqual(89);
      expect(daysBetween(since, a.inactiveFrom)).toBeLessThanOrEqual(92);
    },
  );

  test.prop([day, fc.integer({ min: -30, max: 60 })])(
    'a notice is late exactly from 15 days on (4.23)',
    (d, n) => {
      const r = isBossNoticeLate(d, addDays(d, n))._unsafeUnwrap();
      expect(r.days).toBe(n);
      expect(r.late).toBe(n >= 15);
    },
  );

  test.prop([fc.anything(), fc.anything(), fc.anything(), fc.anything()])(
    'no schedule function throws on any input',
    (a, b, c, p) => {
      const policy = p as never;
      for (const run of [
        () => offboardingSchedule(a),
        () => offboardingSchedule(a, policy),
        () => cancellationSchedule(a, policy),
        () => inactivityStatus(a, b, c),
        () => inactivityStatus(a, b, c, policy),
        () => isBossNoticeLate(a, b, policy),
        () => nextInactivityReview(a, policy),
        () => nextContingencyDrill(a, policy),
        () => toPlainDate(a),
        () => toPlainDate(a, policy),
      ]) {
        expect(run).not.toThrow();
      }
    },
  );
});
