import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  anyText,
  bareSurname,
  COMMON_FIRST_NAMES,
  COMPOUND_SURNAMES,
  fullNameText,
  GIVEN_NAMES,
  givenName,
  latinText,
  type MexicanName,
  mexicanNameArb,
  personNameInput,
  SURNAMES,
  threeUnitText,
} from '../../src/testing/index.js';

// What the name arbitraries draw, over a fixed sample: every shape they promise appears, and
// nothing outside what they promise. The seeds are fixed so the sample does not depend on
// FC_NUM_RUNS.
const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 400, seed = 20261201): T[] =>
  fc.sample(arb, { seed, numRuns });

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const surnames = lower(SURNAMES);
const anySurnames = lower([...SURNAMES, ...COMPOUND_SURNAMES]);
const compounds = new Set(COMPOUND_SURNAMES);
const inCase = (t: string): 'upper' | 'lower' | 'as-is' =>
  t === t.toUpperCase() ? 'upper' : t === t.toLowerCase() ? 'lower' : 'as-is';

describe('the name arbitraries draw every case and shape they promise (5.4.3, SPEC §3)', () => {
  test('givenName draws a listed given name, as written, in capitals and in lower case (5.4.3)', () => {
    const drawn = sample(givenName);
    const given = lower(GIVEN_NAMES);
    for (const g of drawn) expect(given.has(g.toLowerCase())).toBe(true);
    // Every listed name has upper and lower case letters, so the three cases tell apart.
    expect(new Set(drawn.map(inCase))).toEqual(new Set(['upper', 'lower', 'as-is']));
    for (const g of drawn.filter((x) => inCase(x) === 'as-is')) expect(GIVEN_NAMES).toContain(g);
  });

  test('personNameInput draws given names, a paternal surname and usually a maternal one (SPEC §3)', () => {
    const drawn = sample(personNameInput);
    for (const n of drawn) {
      expect(typeof n.givenNames).toBe('string');
      expect(n.givenNames.length).toBeGreaterThan(0);
      expect(anySurnames.has(String(n.paternalSurname).toLowerCase())).toBe(true);
      if (n.maternalSurname !== null && n.maternalSurname !== undefined)
        expect(anySurnames.has(n.maternalSurname.toLowerCase())).toBe(true);
    }
    const withMaternal = drawn.filter((n) => n.maternalSurname !== null).length;
    expect(withMaternal).toBeGreaterThan(drawn.length / 2);
    expect(withMaternal).toBeLessThan(drawn.length);
    expect(drawn.some((n) => compounds.has(String(n.paternalSurname)))).toBe(true);
  });

  test('fullNameText is given names and one or two one-unit surnames, joined by single spaces (F01, §3.4)', () => {
    const drawn = sample(fullNameText);
    for (const t of drawn) {
      expect(t).toBe(t.trim());
      expect(t).not.toContain('  ');
      expect(t).not.toMatch(/null|undefined/);
      expect([...surnames].some((s) => t.toLowerCase().endsWith(` ${s}`))).toBe(true);
    }
    // With and without the maternal surname: some texts are a single given name and a surname.
    const twoWords = drawn.filter((t) => t.split(' ').length === 2);
    expect(twoWords.length).toBeGreaterThan(0);
  });

  test('threeUnitText is a given name, a given name or surname, and a bare surname, space-separated (§3.4)', () => {
    const drawn = sample(threeUnitText);
    const first = lower([...GIVEN_NAMES, ...COMMON_FIRST_NAMES]);
    const bare = lower(SURNAMES.filter((s) => !s.includes(' ')));
    for (const t of drawn) {
      const words = t.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(3);
      expect(first.has(words[0]?.toLowerCase() ?? '')).toBe(true);
      expect(bare.has(words.at(-1)?.toLowerCase() ?? '')).toBe(true);
    }
    expect(drawn.some((t) => t.split(' ').length === 3)).toBe(true);
  });

  test('bareSurname draws one-word surnames only', () => {
    for (const s of sample(bareSurname)) {
      expect(s).not.toContain(' ');
      expect(surnames.has(s.toLowerCase())).toBe(true);
    }
  });
});

describe('mexicanNameArb keeps its options: the text is the parts joined by spaces (SPEC §3, §12)', () => {
  const joined = (n: MexicanName) =>
    [n.parts.givenNames, n.parts.paternalSurname, n.parts.maternalSurname]
      .filter((x): x is string => typeof x === 'string')
      .join(' ');

  test('by default, a maternal surname most times but not always, compound surnames included', () => {
    const drawn = sample(mexicanNameArb());
    for (const n of drawn) expect(n.text).toBe(joined(n));
    const withMaternal = drawn.filter((n) => n.parts.maternalSurname !== null).length;
    expect(withMaternal).toBeGreaterThan(drawn.length / 2);
    expect(withMaternal).toBeLessThan(drawn.length);
    expect(drawn.some((n) => compounds.has(String(n.parts.paternalSurname)))).toBe(true);
  });

  test("maternalSurname 'never' draws none and 'always' draws one every time", () => {
    const never = sample(mexicanNameArb({ maternalSurname: 'never' }));
    for (const n of never) {
      expect(n.parts.maternalSurname).toBeNull();
      expect(n.text).toBe(`${n.parts.givenNames} ${n.parts.paternalSurname}`);
    }
    const always = sample(mexicanNameArb({ maternalSurname: 'always' }));
    for (const n of always) {
      expect(typeof n.parts.maternalSurname).toBe('string');
      expect(n.text).toBe(joined(n));
    }
  });

  test('compoundSurnames false draws only one-unit surnames', () => {
    for (const n of sample(mexicanNameArb({ compoundSurnames: false, maternalSurname: 'always' }))) {
      expect(surnames.has(String(n.parts.paternalSurname).toLowerCase())).toBe(true);
      expect(surnames.has(String(n.parts.maternalSurname).toLowerCase())).toBe(true);
    }
  });
});

describe('the free-text arbitraries stay in their alphabet and length', () => {
  const alphabet = new Set("aAeEzZñÑáÁéÉíÍóÓúÚüÜçÇàÀâÂãÃäÄåÅèÈêÊëËìÌîÎïÏòÒôÔõÕöÖøØùÙûÛýÝÿßðÐ  '’-");

  test("latinText draws at most 40 characters of the quick path's alphabet, empty text included", () => {
    const drawn = sample(latinText);
    for (const t of drawn) {
      expect([...t].length).toBeLessThanOrEqual(40);
      for (const c of t) expect(alphabet.has(c)).toBe(true);
    }
    expect(drawn).toContain('');
    expect(drawn.some((t) => t.length > 5)).toBe(true);
  });

  test('anyText draws text outside the Latin alphabet too', () => {
    const drawn = sample(anyText);
    expect(drawn.every((t) => typeof t === 'string')).toBe(true);
    expect(drawn.some((t) => [...t].some((c) => !alphabet.has(c)))).toBe(true);
  });
});
