import { describe, expect, it } from 'vitest';
import { dateMemo, isAccountState } from '../../src/lifecycle/_isAccountState.js';
import { open } from './_helpers.js';

// The date memo a review hands the fast state check is bounded, so hostile input cannot grow
// it without end (SPEC §0; mutation testing, issue 12).

describe('isAccountState: its date memo', () => {
  it('stops remembering new dates at 100 000 entries, and still judges them', () => {
    const memo = dateMemo();
    for (let i = 0; i < 99_999; i++) memo.set(`k${i}`, true);
    const s = open({ lastAccessOn: '2026-02-01' });
    expect(isAccountState(s, memo)).toBe(true);
    // One date more fits (the first read, createdOn); then the memo is full.
    expect(memo.size).toBe(100_000);
    expect(memo.has('2026-01-15')).toBe(true);
    expect(memo.has('2026-02-01')).toBe(false);
    expect(isAccountState({ ...s, lastAccessOn: '2026-02-30' }, memo)).toBe(false);
    expect(memo.size).toBe(100_000);
  });

  it('reads a date it remembers as it judged it', () => {
    const memo = dateMemo();
    const s = open();
    memo.set('2026-01-15', false);
    expect(isAccountState(s, memo)).toBe(false);
    expect(isAccountState(s)).toBe(true);
  });
});
