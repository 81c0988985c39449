import { describe, expect, it, vi } from 'vitest';
import { assertNever } from '../../src/_internal/assertNever.js';
import {
  compareInstants,
  instantToPlainDate,
  isInstant,
  isTimeZone,
  isUsableTimeZone,
  plainDateToInstant,
} from '../../src/_internal/instant.js';
import { invalidDate } from '../../src/_internal/invalidDate.js';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  fromEpochDay,
  isPlainDate,
  toEpochDay,
} from '../../src/_internal/plainDate.js';

describe('plain dates at their edges (SPEC §1: a real calendar day, years 1000–9999)', () => {
  it('takes the first and last day of the range, and neither day beyond it', () => {
    expect(isPlainDate('1000-01-01')).toBe(true);
    expect(isPlainDate('0999-12-31')).toBe(false);
    expect(isPlainDate('9999-12-31')).toBe(true);
  });

  it('refuses month 0, month 13, day 0 and the day after a month ends', () => {
    expect(isPlainDate('2026-00-10')).toBe(false);
    expect(isPlainDate('2026-12-10')).toBe(true);
    expect(isPlainDate('2026-13-10')).toBe(false);
    expect(isPlainDate('2026-01-00')).toBe(false);
    expect(isPlainDate('2026-01-01')).toBe(true);
    expect(isPlainDate('2026-01-31')).toBe(true);
    expect(isPlainDate('2026-04-30')).toBe(true);
    expect(isPlainDate('2026-04-31')).toBe(false);
    expect(isPlainDate('2000-02-29')).toBe(true);
    expect(isPlainDate('1900-02-29')).toBe(false);
  });

  it('refuses what only prints as a date: a non-string, a longer or shorter string', () => {
    const printsAsDate = { length: 10, toString: () => '2026-01-01' };
    expect(isPlainDate(printsAsDate)).toBe(false);
    expect(isPlainDate(['2026-01-01'])).toBe(false);
    expect(isPlainDate(null)).toBe(false);
    expect(isInstant({ toString: () => '2026-11-30T09:15:00Z' })).toBe(false);
    expect(isPlainDate('2026-01-011')).toBe(false);
    expect(isPlainDate('2026-01-1')).toBe(false);
    expect(isPlainDate('2026/01/01')).toBe(false);
    expect(isPlainDate('x2026-01-01')).toBe(false);
  });

  it('counts days from 1970-01-01 and back, in both directions', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(toEpochDay('1970-02-01')).toBe(31);
    expect(toEpochDay('1971-01-01')).toBe(365);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(fromEpochDay(59)).toBe('1970-03-01');
    expect(addDays('2027-01-04', -15)).toBe('2026-12-20');
    expect(daysBetween('2026-12-16', '2026-12-01')).toBe(-15);
  });

  it('adds months backwards and across the year, clamped to the month end', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
    expect(addMonths('2026-10-15', 3)).toBe('2027-01-15');
  });

  it('orders days as the calendar does', () => {
    expect(compareDates('2026-12-01', '2026-12-02')).toBe(-1);
    expect(compareDates('2026-12-02', '2026-12-01')).toBe(1);
    expect(compareDates('2026-12-01', '2026-12-01')).toBe(0);
    expect(compareDates('2026-02-01', '2026-10-01')).toBe(-1);
  });
});

describe('instants at their edges (SPEC §1: ISO 8601 with an offset)', () => {
  it('takes every form the grammar allows, and nothing else', () => {
    for (const at of [
      '2026-11-30T09:15Z',
      '2026-11-30T09:15:00Z',
      '2026-11-30T09:15:00.5Z',
      '2026-11-30T09:15:00.123456789-06:00',
      '2026-11-30T23:59:59+0545',
      '2026-11-30T00:00:00-23:59',
    ]) {
      expect(isInstant(at), at).toBe(true);
    }
    for (const at of [
      '2026-11-30T24:00:00Z',
      '2026-11-30T09:60:00Z',
      '2026-11-30T09:15:60Z',
      '2026-11-30T09:15:00.1234567890Z',
      '2026-11-30T09:15:00+24:00',
      '2026-11-30 09:15:00Z',
      '2026-11-31T09:15:00Z',
      '0999-12-31T09:15:00Z',
      `2026-11-30T09:15:00Z${' '.repeat(30)}`,
      20261130,
      null,
    ]) {
      expect(isInstant(at), String(at)).toBe(false);
    }
  });

  it('reads the day in the zone, written with four-digit years and two-digit months and days', () => {
    expect(instantToPlainDate('2027-01-05T03:30:00Z', 'America/Mexico_City')).toBe('2027-01-04');
    expect(instantToPlainDate('2027-02-03T12:00:00Z', 'UTC')).toBe('2027-02-03');
    expect(instantToPlainDate('2027-10-20T12:00:00Z', 'UTC')).toBe('2027-10-20');
    expect(instantToPlainDate('1000-01-01T00:00:00Z', 'America/Mexico_City')).toBe('0999-12-31');
    expect(instantToPlainDate('9999-12-31T23:00:00Z', 'Pacific/Kiritimati')).toBe('10000-01-01');
  });

  it('writes the first instant of a day with the zone’s offset', () => {
    expect(plainDateToInstant('2027-01-05', 'America/Mexico_City')).toBe('2027-01-05T00:00:00.000-06:00');
    expect(plainDateToInstant('2027-12-31', 'UTC')).toBe('2027-12-31T00:00:00.000+00:00');
    expect(plainDateToInstant('2027-07-01', 'Asia/Kathmandu')).toBe('2027-07-01T00:00:00.000+05:45');
  });

  it('compares instants by the moment, whatever their offsets', () => {
    expect(compareInstants('2026-11-30T09:00:00-06:00', '2026-11-30T15:00:00Z')).toBe(0);
    expect(compareInstants('2026-11-30T09:00:00-06:00', '2026-11-30T15:00:01Z')).toBe(-1);
    expect(compareInstants('2026-11-30T15:00:01Z', '2026-11-30T09:00:00-06:00')).toBe(1);
  });

  it('knows time zones by their IANA names only', () => {
    expect(isTimeZone('America/Mexico_City')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone(`America/${'X'.repeat(60)}`)).toBe(false);
    // A 5 MB name is refused before Intl reads it (Intl takes about 400 ms to refuse one).
    const intl = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(isTimeZone('A'.repeat(5_000_000))).toBe(false);
      expect(isTimeZone('A'.repeat(65))).toBe(false);
      expect(intl).not.toHaveBeenCalled();
      expect(isTimeZone('A'.repeat(64))).toBe(false);
      expect(intl).toHaveBeenCalledTimes(1);
    } finally {
      intl.mockRestore();
    }
    expect(isUsableTimeZone('America/Mexico_City')).toBe(true);
    expect(isUsableTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isUsableTimeZone(-6)).toBe(false);
    expect(isUsableTimeZone(undefined)).toBe(false);
  });
});

describe('INVALID_DATE and the exhaustive switch', () => {
  it('names the field and echoes at most 40 characters of a string, the kind of anything else', () => {
    expect(invalidDate('2026-02-30', 'on')).toStrictEqual({
      code: 'INVALID_DATE',
      clause: null,
      details: { field: 'on', value: '2026-02-30' },
    });
    expect(invalidDate('x'.repeat(41), 'at').details).toEqual({ field: 'at', value: 'x'.repeat(40) });
    expect(invalidDate(null, 'at').details).toStrictEqual({ field: 'at', value: 'null' });
    expect(invalidDate(20260101, 'at').details).toEqual({ field: 'at', value: 'number' });
    expect(invalidDate(undefined, 'at').details).toEqual({ field: 'at', value: 'undefined' });
    expect(invalidDate('9999-12-31', 'cancelOn', 'after 9999-12-31').details).toEqual({
      field: 'cancelOn',
      value: '9999-12-31',
      reason: 'after 9999-12-31',
    });
  });

  it('throws on a value the types say cannot exist', () => {
    expect(() => assertNever('SURPRISE' as never)).toThrow('Unexpected value: SURPRISE');
  });
});
