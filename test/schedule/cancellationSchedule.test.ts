import { describe, expect, it } from 'vitest';
import { cancellationSchedule } from '../../src/schedule/index.js';

describe('cancellationSchedule: confirmation two days before the cancellation (4.24)', () => {
  it('cancels on D+2: confirmation 2026-02-27 → cancellation 2026-03-01 (SPEC §7, 4.24)', () => {
    expect(cancellationSchedule('2026-02-27')._unsafeUnwrap()).toEqual({
      noticeOn: '2026-02-27',
      cancelOn: '2026-03-01',
      clause: '4.24',
    });
  });

  it('lands on 29 February in a leap year: 2028-02-27 → 2028-02-29 (4.24)', () => {
    expect(cancellationSchedule('2028-02-27')._unsafeUnwrap().cancelOn).toBe('2028-02-29');
  });

  it('crosses a year end: 2026-12-30 → 2027-01-01 (4.24)', () => {
    expect(cancellationSchedule('2026-12-30')._unsafeUnwrap().cancelOn).toBe('2027-01-01');
  });

  it('refuses a date that does not exist with INVALID_DATE', () => {
    expect(cancellationSchedule('2026-02-30')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'noticeOn', value: '2026-02-30' },
    });
  });
});
