import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mexicanNameArb, personNameInput } from '../../src/testing/index.js';

// The documented rate of the maternal surname (SPEC §3): five names in six carry one. fast-check's
// `option` draws its nil once in `freq`, so `freq: 5` gave four in five. A fixed seed and a large
// sample keep the share deterministic and well inside the bounds.
const share = (xs: readonly { maternalSurname?: string | null }[]) =>
  xs.filter((x) => x.maternalSurname !== null && x.maternalSurname !== undefined).length / xs.length;

describe('a maternal surname five times in six, as documented (SPEC §3)', () => {
  test('personNameInput', () => {
    const s = share(fc.sample(personNameInput, { seed: 20261201, numRuns: 4000 }));
    expect(s).toBeGreaterThan(0.815);
    expect(s).toBeLessThan(0.855);
  });

  test("mexicanNameArb with maternalSurname 'mostly' (the default)", () => {
    for (const arb of [mexicanNameArb(), mexicanNameArb({ maternalSurname: 'mostly' })]) {
      const s = share(fc.sample(arb, { seed: 20261201, numRuns: 4000 }).map((n) => n.parts));
      expect(s).toBeGreaterThan(0.815);
      expect(s).toBeLessThan(0.855);
    }
  });
});
