import { describe, expect, it } from 'vitest';
import { assignUsernames, generateUsername, isParticle, NAME_PARTICLES } from '../../src/names/index.js';
import { lookupOf, MAX_TAKEN_ENTRIES } from '../../src/names/taken.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';

// The edges of usernames that the first tests left open (issue 12's mutation run).

const perla = { givenNames: 'Perla Adriana', paternalSurname: 'Hernández', maternalSurname: 'Leal' };

/** A policy carrying the registered mark without passing through definePolicy (the package's other copy, or a forgery). */
const forged = (fields: Record<string, unknown>): Policy => {
  const p = { ...SESEQ_POLICY, ...fields };
  Object.defineProperty(p, Symbol.for('seseq-correo.policy'), { value: true });
  return Object.freeze(p) as unknown as Policy;
};

describe('taken at its edges (5.4.3)', () => {
  it('reads a taken list up to its limit and refuses one entry more (SPEC §0)', () => {
    // The limit is MAX_TAKEN_ENTRIES (10⁶); a list of that size is slow to build in a unit test.
    expect(lookupOf(['perlahl', 'b'], 2)).toEqual({ kind: 'set', set: new Set(['PERLAHL', 'B']) });
    expect(lookupOf(['perlahl', 'b', 'c'], 2)).toBeNull();
    expect(lookupOf(new Map([['a', 1]]), 1)).toEqual({ kind: 'set', set: new Set(['A']) });
    expect(MAX_TAKEN_ENTRIES).toBe(1_000_000);
  });

  it('reads an empty set, array or map as no username taken (5.4.3)', () => {
    for (const empty of [new Set<string>(), [], new Map()]) {
      expect(generateUsername(perla, empty as never)._unsafeUnwrap().username).toBe('PERLAHL');
    }
  });

  it('refuses a taken whose listing throws, and ignores options that are not an object (SPEC §0)', () => {
    const hostile = {
      [Symbol.iterator]() {
        throw new Error('no');
      },
    };
    expect(generateUsername(perla, hostile as never)._unsafeUnwrapErr().details).toEqual({
      issues: [
        'taken: expected a Set, a Map, an array or iterable of username strings (at most 1 000 000), or a predicate',
      ],
    });
    for (const options of [null, 7, 'retired']) {
      expect(generateUsername(perla, new Set(), undefined, options as never)._unsafeUnwrap().username).toBe(
        'PERLAHL',
      );
    }
  });
});

describe('reserved usernames at their edges (4.16)', () => {
  it('skips a reserved numbered username under a policy carrying the mark (4.16)', () => {
    const p = forged({ reservedUsernames: [...SESEQ_POLICY.reservedUsernames, 'PERLAHL2'] });
    const taken = new Set(['PERLAHL', 'PHERNANDEZL']);
    expect(generateUsername(perla, taken, p)._unsafeUnwrap().username).toBe('PERLAHL3');
    expect(generateUsername(perla, taken)._unsafeUnwrap().username).toBe('PERLAHL2');
  });
});

describe('particles (SPEC §3.1)', () => {
  it('knows every particle of the list, and nothing else', () => {
    for (const p of NAME_PARTICLES) expect(isParticle(p), p).toBe(true);
    for (const w of ['DELLAS', 'D', 'A', 'CRUZ', 'de', '', 'MACC']) expect(isParticle(w), w).toBe(false);
    expect(isParticle(5 as never)).toBe(false);
  });

  it('reads the longest particle as a particle in a name: Della, Mac (SPEC §3.1)', () => {
    expect(generateUsername('Ana Della Torre Mac Gregor', new Set())._unsafeUnwrap().username).toBe('ANATG');
    const [a] = assignUsernames(['Ana della Torre'], new Set());
    expect(a?._unsafeUnwrap().username).toBe('ANATO');
  });
});

describe('a collision that spells the first candidate (5.4.3, SPEC §3.2)', () => {
  // ANA + N + M and A + NAN + M are both ANANM: the collision adds nothing.
  const ana = { givenNames: 'Ana', paternalSurname: 'Nan', maternalSurname: 'Mora' };

  it('numbers the first candidate when it is taken, never handing it out as the collision (5.4.3)', () => {
    expect(generateUsername(ana, new Set(['ANANM']))._unsafeUnwrap()).toEqual({
      username: 'ANANM2',
      rule: 'numbered',
      clause: null,
      email: 'ananm2@seseqro.gob.mx',
      needsReview: true,
    });
  });

  it('lists it once among the candidates passed over when nothing is left (5.4.3)', () => {
    expect(generateUsername(ana, () => true)._unsafeUnwrapErr().details?.skipped).toEqual([
      { username: 'ANANM', rule: 'primary', reason: 'taken' },
    ]);
  });
});

describe('what an assignment and a refusal say (5.4.3)', () => {
  it('leaves out `skipped` when the rules passed over only taken candidates, in a batch too (5.4.3)', () => {
    const juan = { givenNames: 'Juan', paternalSurname: 'Pérez', maternalSurname: 'López' };
    expect(generateUsername(juan, new Set(['JUANPL']))._unsafeUnwrap()).toStrictEqual({
      username: 'JPEREZL',
      rule: 'collision',
      clause: '5.4.3',
      email: 'jperezl@seseqro.gob.mx',
      needsReview: false,
    });
    const [first, second, third] = assignUsernames([juan, juan, juan], new Set());
    expect(first?._unsafeUnwrap()).toStrictEqual({
      username: 'JUANPL',
      rule: 'primary',
      clause: '5.4.3',
      email: 'juanpl@seseqro.gob.mx',
      needsReview: false,
    });
    expect(second?._unsafeUnwrap()).toStrictEqual({
      username: 'JPEREZL',
      rule: 'collision',
      clause: '5.4.3',
      email: 'jperezl@seseqro.gob.mx',
      needsReview: false,
    });
    expect(third?._unsafeUnwrap()).toStrictEqual({
      username: 'JUANPL2',
      rule: 'numbered',
      clause: null,
      email: 'juanpl2@seseqro.gob.mx',
      needsReview: true,
    });
  });

  it('names a person with one surname without a gap when nothing is left (5.4.3)', () => {
    const name = (n: object) => generateUsername(n as never, () => true)._unsafeUnwrapErr().details?.name;
    expect(name({ givenNames: 'Ana', paternalSurname: 'Soto' })).toBe('ANA SOTO');
    expect(name({ givenNames: 'Ana', maternalSurname: 'Soto' })).toBe('ANA SOTO');
  });

  it('numbers up to the 64 characters of a local part, then stops (RFC 5321, SPEC §3.2)', () => {
    // 60 letters + P[0] + M[0]: the first candidate has 62 characters, numbers 10…99 make 64.
    const given = 'A'.repeat(60);
    const base = `${given}PM`;
    const taken = new Set([base, 'APEREZM', ...Array.from({ length: 9 }, (_, i) => `${base}${i + 2}`)]);
    const r = generateUsername(
      { givenNames: given, paternalSurname: 'Pérez', maternalSurname: 'Mora' },
      taken,
    );
    expect(r._unsafeUnwrap().username).toBe(`${base}11`);
  });
});
