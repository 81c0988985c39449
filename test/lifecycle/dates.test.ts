import { describe, expect, it } from 'vitest';
import { dayAfter, dayOf, later, notBeforeDayOf, startOf, withCalendar } from '../../src/lifecycle/_dates.js';
import { definePolicy, SESEQ_POLICY } from '../../src/policy/index.js';

// The day arithmetic of the lifecycle (SPEC §11: days in the institution's time zone), and
// the conversion memo a long call (the review) carries: the same days with and without it,
// the policy's fields unchanged, the memo bounded (mutation testing, issue 12).

const INSTANTS = [
  '2026-03-01T00:30:00-06:00',
  '2026-03-01T23:59:59-06:00',
  '2026-03-02T05:59:59Z',
  '2026-03-02T06:00:00Z',
  '2026-12-31T23:00:00-12:00',
];

/** The memo withCalendar hides in the policy (a symbol-keyed, non-enumerable property). */
type Memo = { days: Map<string, string>; starts: Map<string, string> };
function memoOf(policy: object): Memo {
  const [key] = Object.getOwnPropertySymbols(policy);
  return (policy as Record<symbol, Memo>)[key as symbol] as Memo;
}

describe('the days of the lifecycle in the policy time zone (SPEC §11)', () => {
  it('gives the same day and first instant with the memo as without, also when read again', () => {
    const memo = withCalendar(SESEQ_POLICY);
    for (const at of INSTANTS) {
      const plain = dayOf(at, SESEQ_POLICY);
      expect([dayOf(at, memo), dayOf(at, memo)]).toEqual([plain, plain]);
      expect([startOf(plain, memo), startOf(plain, memo)]).toEqual([
        startOf(plain, SESEQ_POLICY),
        startOf(plain, SESEQ_POLICY),
      ]);
    }
    expect(dayOf('2026-03-02T05:59:59Z', memo)).toBe('2026-03-01');
    expect(startOf('2026-03-01', memo)).toBe(startOf('2026-03-01', SESEQ_POLICY));
  });

  it('keeps the policy fields as they were: the memo is not one of its keys', () => {
    const memo = withCalendar(SESEQ_POLICY);
    expect(Object.keys(memo)).toEqual(Object.keys(SESEQ_POLICY));
    expect(JSON.stringify(memo)).toBe(JSON.stringify(SESEQ_POLICY));
    expect(Object.getOwnPropertySymbols(SESEQ_POLICY)).toEqual([]);
    // A copy of the policy (`{ ...policy }`, as readPolicy's callers make) does not carry it.
    expect(Object.getOwnPropertySymbols({ ...memo })).toEqual([]);
  });

  it('remembers each conversion once, per policy, and stops remembering at 100 000', () => {
    const memo = withCalendar(SESEQ_POLICY);
    dayOf(INSTANTS[0] as string, memo);
    dayOf(INSTANTS[0] as string, memo);
    startOf('2026-03-01', memo);
    expect(memoOf(memo).days.size).toBe(1);
    expect(memoOf(memo).starts.size).toBe(1);
    expect(memoOf(withCalendar(SESEQ_POLICY)).days.size).toBe(0);

    const full = withCalendar(SESEQ_POLICY);
    const days = memoOf(full).days;
    for (let i = 0; i < 100_000; i++) days.set(`k${i}`, '2026-01-01');
    expect(dayOf(INSTANTS[1] as string, full)).toBe('2026-03-01');
    expect(days.size).toBe(100_000);
    expect(days.has(INSTANTS[1] as string)).toBe(false);
  });

  it('converts with the zone of the policy it is given', () => {
    const tokyo = definePolicy({ timeZone: 'Asia/Tokyo' })._unsafeUnwrap();
    expect(dayOf('2026-03-01T20:00:00Z', withCalendar(tokyo))).toBe('2026-03-02');
    expect(dayOf('2026-03-01T20:00:00Z', withCalendar(SESEQ_POLICY))).toBe('2026-03-01');
  });
});

describe('later, dayAfter and notBeforeDayOf', () => {
  it('later gives the later of two days, either way round', () => {
    expect(later('2026-03-01', '2026-03-02')).toBe('2026-03-02');
    expect(later('2026-03-02', '2026-03-01')).toBe('2026-03-02');
    expect(later('2026-03-02', '2026-03-02')).toBe('2026-03-02');
  });

  it('dayAfter is the day after an inclusive last day, none for an open end or past 9999-12-31 (4.21.3, 4.21.4)', () => {
    expect(dayAfter('2026-02-28')).toBe('2026-03-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter(null)).toBeNull();
    expect(dayAfter('9999-12-31')).toBeNull();
  });

  it('notBeforeDayOf never goes back before the day of the last change, in the policy zone', () => {
    // No last change: the date as it is.
    expect(notBeforeDayOf('2026-03-01', undefined, SESEQ_POLICY)).toBe('2026-03-01');
    // A deadline days before the change falls on the change's day.
    expect(notBeforeDayOf('2026-02-20', '2026-03-01T10:00:00-06:00', SESEQ_POLICY)).toBe('2026-03-01');
    // The change's day is the zone's: 03:00 UTC on 2 March is still 1 March in Mexico City.
    expect(notBeforeDayOf('2026-02-28', '2026-03-02T03:00:00Z', SESEQ_POLICY)).toBe('2026-03-01');
    // A deadline after the change stays; near or far.
    expect(notBeforeDayOf('2026-03-02', '2026-03-01T10:00:00-06:00', SESEQ_POLICY)).toBe('2026-03-02');
    expect(notBeforeDayOf('2026-04-01', '2026-03-01T10:00:00-06:00', SESEQ_POLICY)).toBe('2026-04-01');
    // The zone can put the change's day one or two days after its written date.
    const kiritimati = definePolicy({ timeZone: 'Pacific/Kiritimati' })._unsafeUnwrap();
    expect(notBeforeDayOf('2026-03-01', '2026-03-01T23:00:00-12:00', kiritimati)).toBe('2026-03-03');
    expect(notBeforeDayOf('2026-03-02', '2026-03-01T23:00:00-12:00', kiritimati)).toBe('2026-03-03');
    expect(notBeforeDayOf('2026-03-03', '2026-03-01T23:00:00-12:00', kiritimati)).toBe('2026-03-03');
  });
});
