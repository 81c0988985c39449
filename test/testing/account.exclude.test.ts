import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AccountState } from '../../src/lifecycle/index.js';
import { accountStateArb, type HumanEventType, type Life, lifeArb } from '../../src/testing/index.js';

// AccountArbitraryOptions.exclude: "Event types never chosen". lifeArb and accountStateArb take
// the options, so an excluded type never happens in their lives.
const exclude: HumanEventType[] = ['OFFBOARD', 'RECORD_ACCESS', 'SANCTION'];
const typesOf = (lives: readonly Life[]) =>
  lives.flatMap((l) => l.log.map((e) => (e.event as { type: string }).type));
const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 200) => fc.sample(arb, { seed: 20261201, numRuns });

describe('lifeArb and accountStateArb keep the exclude option (SPEC §6)', () => {
  test('without it the types happen; with it an excluded type never does', () => {
    const all = typesOf(sample(lifeArb({ maxSteps: 10 })));
    for (const t of exclude) expect(all).toContain(t);
    const kept = typesOf(sample(lifeArb({ maxSteps: 10, exclude })));
    expect(kept.length).toBeGreaterThan(0);
    for (const t of exclude) expect(kept).not.toContain(t);
  });

  test('with REPORT_TRANSFER excluded no state drawn is a pending transfer (4.23)', () => {
    const free: AccountState[] = sample(accountStateArb({ maxSteps: 10 }), 300);
    expect(free.some((s) => s.status === 'transferPending')).toBe(true);
    const kept: AccountState[] = sample(accountStateArb({ maxSteps: 10, exclude: ['REPORT_TRANSFER'] }), 300);
    expect(kept.some((s) => s.status === 'transferPending')).toBe(false);
  });
});
