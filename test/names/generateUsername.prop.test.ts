import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  assignUsernames,
  checkUsernameAvailability,
  checkUsernameConformance,
  generateUsername,
  NAME_PARTICLES,
  normalizeName,
  parseFullName,
  parsePersonName,
  type UsernameAssignment,
  usernameCandidates,
} from '../../src/names/index.js';
import { SESEQ_POLICY } from '../../src/policy/policy.js';
import {
  anyName,
  anyText,
  fullNameText,
  givenNames,
  personNameInput,
  surname,
  threeUnitText,
} from '../arbitraries/names.js';

const RULE_SHAPE = /^[A-Z]{1,64}$/;
const NUMBERED_SHAPE = /^[A-Z]+[1-9]\d?$/;
const none: ReadonlySet<string> = new Set();

/** The candidates of a name, as generateUsername would try them (first reading for text). */
function candidatesOf(name: Parameters<typeof generateUsername>[0]): string[] {
  const parsed = typeof name === 'string' ? parseFullName(name).map((r) => r.name) : parsePersonName(name);
  return parsed.isOk() ? usernameCandidates(parsed.value).map((c) => c.username) : [];
}

/** Some of a name's candidates (and their numbered forms) in a random case: a realistic `taken`. */
const nameAndTaken = anyName.chain((name) => {
  const candidates = candidatesOf(name);
  const first = candidates[0] ?? 'X';
  const pool = [...candidates, `${first}2`, `${first}3`, 'POSTMASTER', 'OTHER'];
  return fc.tuple(
    fc.constant(name),
    fc.uniqueArray(
      fc.tuple(fc.constantFrom(...pool), fc.boolean()).map(([u, lower]) => (lower ? u.toLowerCase() : u)),
      { maxLength: pool.length },
    ),
  );
});

function shapeOk(a: UsernameAssignment): boolean {
  return a.rule === 'numbered'
    ? NUMBERED_SHAPE.test(a.username) && a.username.length <= 64 && a.clause === null && a.needsReview
    : RULE_SHAPE.test(a.username) && a.clause === '5.4.3';
}

describe('generateUsername, always and never (SPEC §3)', () => {
  test.prop([nameAndTaken])(
    'gives an A–Z username of at most 64 letters (numbered: a number 2–99 after them) (5.4.3)',
    ([name, taken]) => {
      const r = generateUsername(name, new Set(taken));
      if (r.isOk()) {
        expect(shapeOk(r.value)).toBe(true);
        expect(r.value.email).toBe(`${r.value.username.toLowerCase()}@${SESEQ_POLICY.domain}`);
      } else {
        expect(['NO_USERNAME_AVAILABLE', 'ABBREVIATED_NAME']).toContain(r.error.code);
      }
    },
  );

  test.prop([nameAndTaken])(
    'is deterministic: the same name and taken give the same answer',
    ([name, taken]) => {
      expect(generateUsername(name, new Set(taken))).toEqual(generateUsername(name, new Set(taken)));
    },
  );

  test.prop([nameAndTaken])(
    'never gives a taken or reserved username, whatever the case of taken (5.4.3)',
    ([name, taken]) => {
      const r = generateUsername(name, new Set(taken));
      if (r.isErr()) return;
      const upper = new Set(taken.map((t) => t.toUpperCase()));
      expect(upper.has(r.value.username)).toBe(false);
      expect(SESEQ_POLICY.reservedUsernames).not.toContain(r.value.username);
      // A predicate over the same set agrees with the set.
      expect(generateUsername(name, (u) => upper.has(u))).toEqual(r);
    },
  );

  test.prop([nameAndTaken])(
    'tries the candidates in rule order: the first free one wins (SPEC §3.2)',
    ([name, taken]) => {
      const r = generateUsername(name, new Set(taken));
      if (r.isErr()) return;
      const candidates = candidatesOf(name);
      const upper = new Set(taken.map((t) => t.toUpperCase()));
      const firstFree = candidates.find((c) => !upper.has(c));
      if (firstFree !== undefined) expect(r.value.username).toBe(firstFree);
      else expect(r.value.rule).toBe('numbered');
    },
  );

  test.prop([nameAndTaken])(
    'agrees with checkUsernameConformance on the rule it used (5.4.6)',
    ([name, taken]) => {
      const r = generateUsername(name, new Set(taken));
      if (r.isErr()) return;
      expect(checkUsernameConformance(name, r.value.username)._unsafeUnwrap()).toMatchObject({
        conforms: true,
        rule: r.value.rule,
      });
    },
  );

  test.prop([nameAndTaken])(
    'hands out only what checkUsernameAvailability accepts (5.4.3, 4.19)',
    ([name, taken]) => {
      const r = generateUsername(name, new Set(taken));
      if (r.isOk())
        expect(checkUsernameAvailability(r.value.username, new Set(taken))._unsafeUnwrap()).toBe(
          r.value.username,
        );
    },
  );

  test.prop([personNameInput])(
    'lists the candidates in rule order: the first rule, then the collision (5.4.3)',
    (input) => {
      const rules = usernameCandidates(parsePersonName(input)._unsafeUnwrap()).map((c) => c.rule);
      expect(['primary', 'common-first-name', 'two-given-one-surname', 'one-given-one-surname']).toContain(
        rules[0],
      );
      expect(rules.slice(1).every((r) => r === 'collision')).toBe(true);
      expect(rules.length).toBeLessThanOrEqual(2);
    },
  );

  test.prop([personNameInput])(
    'never keeps a particle as material next to other words (SPEC §3.1)',
    (input) => {
      const name = parsePersonName(input)._unsafeUnwrap();
      if (name.givenNames.length > 1) {
        for (const g of name.givenNames) expect(NAME_PARTICLES).not.toContain(g);
      }
      for (const w of name.givenNames) expect(w).toMatch(/^[A-Z]+$/);
    },
  );

  test.prop([givenNames, surname, surname])(
    'reads the one line of F01 as the structured name it was written from (§3.4)',
    (g, p, m) => {
      const structured = parsePersonName({
        givenNames: g,
        paternalSurname: p,
        maternalSurname: m,
      })._unsafeUnwrap();
      expect(parseFullName(`${g} ${p} ${m}`)._unsafeUnwrap().name).toEqual(structured);
    },
  );

  /** A known compound surname as people type it: any case, accents where SESEQ's list has none. */
  const knownCompound = fc
    .tuple(fc.constantFrom(...SESEQ_POLICY.compoundSurnames), fc.constantFrom('upper', 'lower', 'title'))
    .map(([c, k]) =>
      k === 'upper'
        ? c
        : k === 'lower'
          ? c.toLowerCase()
          : c
              .toLowerCase()
              .replace(/(^| )([a-z])(?=[a-z]{3})/g, (_m, sp: string, l: string) => sp + l.toUpperCase()),
    );

  test.prop([givenNames, knownCompound, fc.option(surname, { freq: 3 }), fc.boolean()])(
    'never splits a known compound surname: the free text reads as the structured fields (5.4.3, §12)',
    (g, compound, other, compoundFirst) => {
      const [p, m] =
        other === null ? [compound, null] : compoundFirst ? [compound, other] : [other, compound];
      const text = [g, p, m].filter((x) => x !== null).join(' ');
      const structured = parsePersonName({
        givenNames: g,
        paternalSurname: p,
        maternalSurname: m,
      })._unsafeUnwrap();
      const read = parseFullName(text)._unsafeUnwrap();
      // With one surname, two given names make three units (§3.4): the reading may differ.
      if (other !== null) expect(read.name).toEqual(structured);
      const joined = compound
        .toUpperCase()
        .split(' ')
        .filter((w) => !NAME_PARTICLES.includes(w))
        .join('');
      expect([read.name.paternalSurname, read.name.maternalSurname]).toContain(joined);
    },
  );

  test.prop([fullNameText, fc.boolean()])(
    'asks for a review exactly when another reading of the text would give another username (§3.4, §12)',
    (text, takeFirst) => {
      const parsed = parseFullName(text)._unsafeUnwrap();
      const first = usernameCandidates(parsed.name)[0]!.username;
      const a = generateUsername(text, new Set(takeFirst ? [first] : []))._unsafeUnwrap();
      if (a.rule === 'numbered') return void expect(a.needsReview).toBe(true);
      const step = a.rule === 'collision' ? 2 : 1;
      const mine = usernameCandidates(parsed.name)
        .slice(0, step)
        .map((c) => c.username);
      const others = (parsed.alternatives ?? []).map((o) =>
        usernameCandidates(o)
          .slice(0, step)
          .map((c) => c.username),
      );
      const agreed = parsed.ambiguous && others.length > 0 && others.every((o) => o.join() === mine.join());
      expect(a.needsReview).toBe(parsed.ambiguous && !agreed);
    },
  );

  test.prop([threeUnitText])(
    'gives the same first candidate under both readings of three units (§3.4)',
    (text) => {
      const r = parseFullName(text)._unsafeUnwrap();
      expect(r.ambiguous).toBe(true);
      expect(r.alternative).toBeDefined();
      const [a] = usernameCandidates(r.name);
      const [b] = usernameCandidates(r.alternative!);
      expect(a?.username).toBe(b?.username);
    },
  );

  test.prop([threeUnitText, fc.boolean()])(
    'asks for a review of any collision from three units (§3.4)',
    (text, takeFirst) => {
      const first = candidatesOf(text)[0]!;
      const a = generateUsername(text, new Set(takeFirst ? [first] : []))._unsafeUnwrap();
      expect(a.needsReview).toBe(a.rule === 'collision' || a.rule === 'numbered');
    },
  );
});

describe('assignUsernames, always and never (5.4.3)', () => {
  test.prop(
    [
      fc.array(anyName, { minLength: 1000, maxLength: 3000 }),
      fc.uniqueArray(fullNameText, { maxLength: 20 }),
    ],
    {
      numRuns: 5,
    },
  )('gives thousands of people distinct usernames, none taken before (5.4.3)', (people, before) => {
    const taken = new Set(before.flatMap((t) => candidatesOf(t)).map((u) => u.toLowerCase()));
    const results = assignUsernames(people, taken);
    expect(results).toHaveLength(people.length);
    const given = results.flatMap((r) => (r.isOk() ? [r.value.username] : []));
    expect(new Set(given).size).toBe(given.length);
    for (const u of given) expect(taken.has(u.toLowerCase())).toBe(false);
  });

  test.prop([fc.array(anyName, { maxLength: 40 }), fc.uniqueArray(fullNameText, { maxLength: 5 })])(
    'gives each person what generateUsername gives with the earlier assignments taken (5.4.3)',
    (people, before) => {
      const taken = new Set(before.flatMap((t) => candidatesOf(t)));
      const batch = assignUsernames(people, taken);
      const sofar = new Set(taken);
      people.forEach((p, i) => {
        const one = generateUsername(p, sofar);
        expect(batch[i]).toEqual(one);
        if (one.isOk()) sofar.add(one.value.username);
      });
    },
  );
});

describe('never throws, whatever it is given (SPEC §0)', () => {
  const anything = fc.anything({
    withNullPrototype: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
  });

  test.prop([anything, anything, anything])(
    'generateUsername, assignUsernames, checkUsernameConformance',
    (name, taken, policy) => {
      expect(() => generateUsername(name as never, taken as never, policy as never)).not.toThrow();
      expect(() => assignUsernames([name] as never, taken as never, policy as never)).not.toThrow();
      expect(() => assignUsernames(name as never, taken as never)).not.toThrow();
      expect(() => checkUsernameConformance(name as never, taken as never, policy as never)).not.toThrow();
      expect(() => checkUsernameAvailability(name, taken as never, policy as never)).not.toThrow();
      expect(() => usernameCandidates(name as never, policy as never)).not.toThrow();
      expect(() => parsePersonName(name)).not.toThrow();
    },
  );

  test.prop([anyText, fc.constantFrom(none, () => false, new Set(['A']))])(
    'on any Unicode text (SPEC §0)',
    (text, taken) => {
      const r = generateUsername(text, taken);
      if (r.isOk()) expect(shapeOk(r.value)).toBe(true);
      expect(() => normalizeName(text)).not.toThrow();
      expect(() =>
        parsePersonName({ givenNames: text, paternalSurname: text, maternalSurname: text }),
      ).not.toThrow();
    },
  );

  test.prop([fc.integer({ min: 1, max: 8 }).map((k) => 'Ñá\u200B '.repeat(k * 100_000))], { numRuns: 5 })(
    'on strings of megabytes, quickly (NAME_TOO_LONG)',
    (huge) => {
      const t0 = performance.now();
      expect(generateUsername(huge, none)._unsafeUnwrapErr().code).toBe('NAME_TOO_LONG');
      expect(parsePersonName({ givenNames: 'Ana', paternalSurname: huge })._unsafeUnwrapErr().code).toBe(
        'NAME_TOO_LONG',
      );
      expect(checkUsernameConformance('Ana Luna', huge)._unsafeUnwrap().conforms).toBe(false);
      expect(performance.now() - t0).toBeLessThan(100);
    },
  );
});
