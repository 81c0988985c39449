import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { instantToPlainDate, isInstant, plainDateToInstant } from '../../src/_internal/instant.js';
import {
  addDays,
  addMonths,
  daysBetween,
  fromEpochDay,
  isPlainDate,
  toEpochDay,
} from '../../src/_internal/plainDate.js';

const day = fc
  .integer({ min: toEpochDay('1970-01-01'), max: toEpochDay('2199-12-31') })
  .map((n) => fromEpochDay(n));

describe('plain dates (SPEC §1)', () => {
  it('accepts only real calendar days', () => {
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-13-01')).toBe(false);
    expect(isPlainDate('2026-1-01')).toBe(false);
    expect(isPlainDate(' 2026-01-01')).toBe(false);
    expect(isPlainDate(20260101)).toBe(false);
  });

  it('adds calendar months with end-of-month clamping', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('adds días naturales across month and year ends', () => {
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-01', '2026-12-16')).toBe(15);
  });

  test.prop([day, fc.integer({ min: -400, max: 400 })])('addDays and daysBetween agree', (d, n) => {
    expect(daysBetween(d, addDays(d, n))).toBe(n);
    expect(isPlainDate(addDays(d, n))).toBe(true);
  });

  test.prop([day, fc.integer({ min: 0, max: 40 })])(
    'addMonths never goes backwards nor leaves the calendar',
    (d, n) => {
      const r = addMonths(d, n);
      expect(isPlainDate(r)).toBe(true);
      expect(r >= d).toBe(true);
    },
  );
});

describe('instants', () => {
  it('reads the day of an instant in the institution time zone, not the process one', () => {
    expect(instantToPlainDate('2026-12-01T05:30:00Z', 'America/Mexico_City')).toBe('2026-11-30');
    expect(instantToPlainDate('2026-12-01T06:00:00Z', 'America/Mexico_City')).toBe('2026-12-01');
    expect(instantToPlainDate('2026-11-30T23:59:59-06:00', 'America/Mexico_City')).toBe('2026-11-30');
  });

  it('requires an offset', () => {
    expect(isInstant('2026-11-30T09:15:00-06:00')).toBe(true);
    expect(isInstant('2026-11-30T09:15:00.123Z')).toBe(true);
    expect(isInstant('2026-11-30T09:15:00')).toBe(false);
    expect(isInstant('2026-11-30')).toBe(false);
    expect(isInstant('2026-02-30T09:15:00Z')).toBe(false);
    expect(isInstant('2028-02-29T09:15:00+05:45')).toBe(true);
  });

  test.prop([day])('the start of a day maps back to that day', (d) => {
    const at = plainDateToInstant(d, 'America/Mexico_City');
    expect(isInstant(at)).toBe(true);
    expect(instantToPlainDate(at, 'America/Mexico_City')).toBe(d);
  });
});
