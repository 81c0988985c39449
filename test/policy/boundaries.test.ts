import { describe, expect, it } from 'vitest';
import { capacityForPosition, capacityRange } from '../../src/policy/capacity.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { MAX_POLICY_LIST } from '../../src/policy/index.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';
import { readPolicy } from '../../src/policy/readPolicy.js';
import { cyclic } from '../_hostile.js';

// The edges of the policy module: the exact limits of a capacity range, how positions are
// compared, what a hand-made or unreadable policy reads as, what definePolicy says about each
// refusal. Written from the survivors of `MUTATE=policy npm run mutation`
// (docs/performance.md).

const SESEQ_RANGE = SESEQ_POLICY.mailboxCapacityMb;
const handMade = (mailboxCapacityMb: unknown) =>
  ({ ...SESEQ_POLICY, mailboxCapacityMb }) as unknown as Policy;
const fn = <T extends object>(props: T) => Object.assign(() => undefined, props);

describe('capacityRange reads a range only where it is one: min ≤ default ≤ max, whole MB in [1, 10⁷] (4.14, 5.4.7)', () => {
  it('accepts the extreme ranges, bounds included', () => {
    for (const range of [
      { min: 1, max: 10_000_000, default: 1 },
      { min: 1, max: 10_000_000, default: 10_000_000 },
      { min: 512, max: 512, default: 512 },
      { min: 256, max: 4096, default: 4096 },
      { min: 256, max: 4096, default: 256 },
    ]) {
      expect(capacityRange(handMade(range))).toBe(range);
    }
  });

  it("reads anything else as SESEQ's range", () => {
    for (const range of [
      null,
      5,
      fn({ min: 1, max: 2, default: 1 }),
      { min: 0, max: 4096, default: 1024 },
      { min: 1.5, max: 4096, default: 1024 },
      { min: '256', max: 4096, default: 1024 },
      { min: 256, max: 10_000_001, default: 1024 },
      { min: 256, max: 4096, default: Number.NaN },
      { min: 2048, max: 4096, default: 1024 },
      { min: 256, max: 4096, default: 5000 },
    ]) {
      expect(capacityRange(handMade(range))).toBe(SESEQ_RANGE);
    }
  });

  it("reads what is not a policy object as SESEQ's range", () => {
    for (const policy of [
      undefined,
      null,
      'policy',
      42,
      fn({ mailboxCapacityMb: { min: 1, max: 2, default: 1 } }),
    ]) {
      expect(capacityRange(policy)).toBe(SESEQ_RANGE);
    }
  });
});

describe('capacityForPosition on a hand-made policy keeps within its range (4.14, 5.4.7)', () => {
  const range = (byPosition?: unknown) => handMade({ min: 256, max: 4096, default: 2048, byPosition });

  it('gives a position its capacity at the bounds of the range, the default outside them', () => {
    const p = range({ Bajo: 100, Alto: 8192, Minimo: 256, Maximo: 4096 });
    expect(capacityForPosition('Bajo', p)).toBe(2048);
    expect(capacityForPosition('Alto', p)).toBe(2048);
    expect(capacityForPosition('Minimo', p)).toBe(256);
    expect(capacityForPosition('Maximo', p)).toBe(4096);
  });

  it("gives the policy's default when there is no list of positions, or it is not a record", () => {
    for (const byPosition of [undefined, null, 'Analista', fn({ Analista: 4096 })]) {
      expect(capacityForPosition('Analista', range(byPosition))).toBe(2048);
    }
    expect(capacityForPosition(42 as unknown as string, range({ Analista: 4096 }))).toBe(2048);
  });

  it("gives SESEQ's default for a policy it cannot read: cyclic, or throwing (SPEC §0)", () => {
    expect(capacityForPosition('Analista', cyclic(range({ Analista: 4096 })))).toBe(1024);
    const throwing = {
      get mailboxCapacityMb(): never {
        throw new Error('no');
      },
    };
    expect(capacityForPosition('Analista', throwing as unknown as Policy)).toBe(1024);
  });
});

describe('positions are compared word by word, without case or combining accents (4.14)', () => {
  const p = () =>
    definePolicy({ mailboxCapacityMb: { byPosition: { 'Director de Área': 4096 } } })._unsafeUnwrap();

  it('ignores every combining mark U+0300–U+036F', () => {
    expect(capacityForPosition('Director de \u00c0rea', p())).toBe(4096);
    expect(capacityForPosition('Director de A\u036frea', p())).toBe(4096);
  });

  it('keeps other letters and the boundaries between words', () => {
    for (const other of ['Directorde Área', 'Director de Xrea', 'Director de Área Δ', 'Director dé Área x']) {
      expect(capacityForPosition(other, p())).toBe(1024);
    }
  });
});

describe('definePolicy says why a capacity range is refused (5.4.7)', () => {
  it('names the bound, the numbers and the clause', () => {
    const problems = definePolicy({
      mailboxCapacityMb: { min: 2048, max: 1024, default: 1024, byPosition: { Analista: 100_000 } },
    })._unsafeUnwrapErr();
    expect(problems.map((v) => v.details)).toEqual([
      {
        path: 'mailboxCapacityMb.min',
        issue: 'out_of_range',
        issues: 'mailboxCapacityMb.min: 2048 is above the maximum 1024',
      },
      {
        path: 'mailboxCapacityMb.default',
        issue: 'out_of_range',
        issues: 'mailboxCapacityMb.default: 1024 is outside [2048, 1024]',
      },
      {
        path: 'mailboxCapacityMb.byPosition.Analista',
        issue: 'out_of_range',
        issues: 'mailboxCapacityMb.byPosition.Analista: 100000 is outside [2048, 1024]',
      },
    ]);
  });

  it('accepts a range whose bounds meet, and positions and a default on the bounds', () => {
    const p = definePolicy({
      mailboxCapacityMb: { min: 512, max: 512, default: 512, byPosition: { Analista: 512 } },
    })._unsafeUnwrap();
    expect(p.mailboxCapacityMb).toEqual({ min: 512, max: 512, default: 512, byPosition: { Analista: 512 } });
    const q = definePolicy({
      mailboxCapacityMb: { min: 256, max: 4096, default: 4096, byPosition: { Bajo: 256, Alto: 4096 } },
    })._unsafeUnwrap();
    expect(q.mailboxCapacityMb.byPosition).toEqual({ Bajo: 256, Alto: 4096 });
    expect(definePolicy({ mailboxCapacityMb: { default: 256 } }).isOk()).toBe(true);
  });

  it('refuses a default or a position just outside the range', () => {
    const paths = (o: unknown) =>
      definePolicy({ mailboxCapacityMb: o })
        ._unsafeUnwrapErr()
        .map((v) => v.details?.path);
    expect(paths({ default: 255 })).toEqual(['mailboxCapacityMb.default']);
    expect(paths({ default: 10_241 })).toEqual(['mailboxCapacityMb.default']);
    expect(paths({ byPosition: { Bajo: 255, Alto: 10_241, Justo: 256 } })).toEqual([
      'mailboxCapacityMb.byPosition.Bajo',
      'mailboxCapacityMb.byPosition.Alto',
    ]);
  });

  it('refuses a cyclic override with INVALID_POLICY (SPEC §0)', () => {
    expect(definePolicy(cyclic())._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({ code: 'INVALID_POLICY', details: { issues: ['(root): cyclic'] } }),
    ]);
  });
});

describe('definePolicy checks each field of an override in full (SPEC §2)', () => {
  const messages = (o: unknown) =>
    definePolicy(o)
      ._unsafeUnwrapErr()
      .map((v) => [v.details?.path, v.details?.message]);

  it('a domain is a whole DNS name: one-letter labels allowed, nothing after it (3.0)', () => {
    for (const domain of ['a.mx', 'correo.q.mx', 'x.y.z.mx']) {
      expect(definePolicy({ domain })._unsafeUnwrap().domain).toBe(domain);
    }
    const long = (last: number) =>
      ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(last)].join('.');
    expect(definePolicy({ domain: long(61) })._unsafeUnwrap().domain).toHaveLength(253);
    expect(definePolicy({ alwaysAllowedSites: [long(61)] }).isOk()).toBe(true);
    expect(definePolicy({ domain: long(62) }).isErr()).toBe(true);
    expect(definePolicy({ alwaysAllowedSites: [long(62)] }).isErr()).toBe(true);
    for (const domain of ['seseqro.gob.mx/x', 'seseqro.gob.mx\n', 'seseqro.gob.mx.', '', 'mx']) {
      expect(definePolicy({ domain }).isErr()).toBe(true);
    }
  });

  it('a reserved username is one uppercase word, a compound surname uppercase words, nothing around them (4.16, 5.4.3)', () => {
    expect(definePolicy({ reservedUsernames: ['xADMIN'] }).isErr()).toBe(true);
    expect(definePolicy({ reservedUsernames: ['ADMINx'] }).isErr()).toBe(true);
    expect(definePolicy({ compoundSurnames: ['PONCE DE leon'] }).isErr()).toBe(true);
  });

  it('says why a time zone is refused', () => {
    expect(messages({ timeZone: 'Mars/Olympus' })).toEqual([['timeZone', 'unknown IANA time zone']]);
  });

  it(`takes up to ${MAX_POLICY_LIST} seat exceptions, and says why it refuses more`, () => {
    const exceptions = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`Área ${i}`, 3]));
    expect(definePolicy({ seatExceptions: exceptions(MAX_POLICY_LIST) }).isOk()).toBe(true);
    expect(messages({ seatExceptions: exceptions(MAX_POLICY_LIST + 1) })).toEqual([
      ['seatExceptions', 'too many entries'],
    ]);
  });
});

describe('readPolicy says why it refuses (SPEC §2)', () => {
  const issues = (input: unknown) =>
    (readPolicy(input)._unsafeUnwrapErr().details as { issues: string[] }).issues;

  it('names a value that is not an object', () => {
    for (const input of [null, 'SESEQ', 2])
      expect(issues(input)).toEqual(['(root): expected a policy object']);
  });

  it('names an object whose reading throws (a Proxy trap)', () => {
    const trap = new Proxy(
      {},
      {
        isExtensible() {
          throw new Error('trap');
        },
      },
    );
    expect(issues(trap)).toEqual(['(root): unreadable policy object']);
  });
});

describe("readPolicy recognises the mark of the package's other copy (ESM and CommonJS in one process)", () => {
  it('accepts a frozen policy carrying the registered mark, not one with a look-alike symbol', () => {
    const marked = (key: symbol) => {
      const p = { ...SESEQ_POLICY, domain: 'otra.gob.mx' };
      Object.defineProperty(p, key, { value: true });
      return Object.freeze(p);
    };
    const other = marked(Symbol.for('seseq-correo.policy'));
    expect(readPolicy(other)._unsafeUnwrap()).toBe(other);
    expect(readPolicy(marked(Symbol('seseq-correo.policy'))).isErr()).toBe(true);
    expect(readPolicy(marked(Symbol.for(''))).isErr()).toBe(true);
  });

  it('refuses a frozen copy of a definePolicy result: a spread does not carry the mark', () => {
    const built = definePolicy({ offboardingGraceDays: 20 })._unsafeUnwrap();
    expect(readPolicy(Object.freeze({ ...built, domain: 'otra.gob.mx' })).isErr()).toBe(true);
    expect(readPolicy(Object.freeze(Object.assign({}, built))).isErr()).toBe(true);
  });
});
