import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/errors/describe.js';
import { generateUsername, toEmail, USERNAME_MAX_LENGTH } from '../../src/names/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';

const none: ReadonlySet<string> = new Set();
const perla = { givenNames: 'Perla Adriana', paternalSurname: 'Hernández', maternalSurname: 'Leal' };
const user = (
  name: Parameters<typeof generateUsername>[0],
  taken: Parameters<typeof generateUsername>[1] = none,
) => generateUsername(name, taken)._unsafeUnwrap().username;

describe('generateUsername: the rules of 5.4.3 (SPEC §3.2)', () => {
  it('uses the second given name when the first is José or María (5.4.3)', () => {
    expect(user('María Guadalupe Pérez López')).toBe('GUADALUPEPL');
    expect(user('José de Jesús Pérez López')).toBe('JESUSPL');
    expect(user({ givenNames: 'JOSE LUIS', paternalSurname: 'pérez', maternalSurname: 'lópez' })).toBe(
      'LUISPL',
    );
  });

  it('keeps José or María when they are the only given name (5.4.3)', () => {
    expect(
      generateUsername(
        { givenNames: 'María', paternalSurname: 'Pérez', maternalSurname: 'López' },
        none,
      )._unsafeUnwrap(),
    ).toMatchObject({ username: 'MARIAPL', rule: 'primary' });
  });

  it('keeps José or María with one surname: the rule of two given names and one surname (5.4.3)', () => {
    expect(user({ givenNames: 'María Soledad', maternalSurname: 'Trejo' })).toBe('MARIAST');
  });

  it('takes the first two letters of the only surname with one given name (5.4.3)', () => {
    expect(user({ givenNames: 'Patricia', maternalSurname: 'Alvarado' })).toBe('PATRICIAAL');
  });

  it('reads the common first names from the policy (5.4.3)', () => {
    const policy = definePolicy({ commonFirstNames: ['GUADALUPE'] })._unsafeUnwrap();
    expect(generateUsername('Guadalupe Soledad Ramírez Trejo', none, policy)._unsafeUnwrap().username).toBe(
      'SOLEDADRT',
    );
    expect(generateUsername('María Soledad Ramírez Trejo', none, policy)._unsafeUnwrap().username).toBe(
      'MARIART',
    );
  });

  it('drops particles for initials and for full surnames: Juan de la Cruz del Río → JUANCR, then JCRUZR (SPEC §3.1)', () => {
    expect(user('Juan de la Cruz del Río')).toBe('JUANCR');
    expect(user('Juan de la Cruz del Río', new Set(['JUANCR']))).toBe('JCRUZR');
    expect(
      user(
        { givenNames: 'Juan', paternalSurname: 'Ponce de León', maternalSurname: 'Díaz' },
        new Set(['JUANPD']),
      ),
    ).toBe('JPONCELEOND');
  });
});

describe('generateUsername: collision (5.4.3, SPEC §3.2)', () => {
  it('builds the collision from E, the given name the first rule used: SOLEDADRT taken → SRAMIREZT (Decision)', () => {
    const a = generateUsername('María Soledad Ramírez Trejo', new Set(['SOLEDADRT']))._unsafeUnwrap();
    expect(a).toEqual({
      username: 'SRAMIREZT',
      rule: 'collision',
      clause: '5.4.3',
      email: 'sramirezt@seseqro.gob.mx',
      needsReview: false,
    });
  });

  it('builds the collision with one surname as E[0] + S: JUANAIP taken → JPEREZ (5.4.3)', () => {
    expect(user({ givenNames: 'Juana Inés', paternalSurname: 'Pérez' }, new Set(['JUANAIP']))).toBe('JPEREZ');
    expect(user({ givenNames: 'Patricia', paternalSurname: 'Alvarado' }, new Set(['PATRICIAAL']))).toBe(
      'PALVARADO',
    );
  });

  it('does not ask for a review of a collision from a structured or unambiguous name (5.4.3)', () => {
    expect(generateUsername(perla, new Set(['PERLAHL']))._unsafeUnwrap().needsReview).toBe(false);
    expect(
      generateUsername('Perla Adriana Hernández Leal', new Set(['PERLAHL']))._unsafeUnwrap().needsReview,
    ).toBe(false);
  });
});

describe('generateUsername: compound surnames in free text (5.4.3, SPEC §3.4, §12)', () => {
  it('reads a known compound surname as one surname: XIMENAPD, FERNANDOMR, no review (5.4.3, §12)', () => {
    expect(generateUsername('Ximena Ponce de León Díaz', none)._unsafeUnwrap()).toEqual({
      username: 'XIMENAPD',
      rule: 'primary',
      clause: '5.4.3',
      email: 'ximenapd@seseqro.gob.mx',
      needsReview: false,
    });
    expect(generateUsername('Fernando Montes de Oca Ruiz', none)._unsafeUnwrap()).toMatchObject({
      username: 'FERNANDOMR',
      needsReview: false,
    });
    // The free text agrees with the structured fields, collision included.
    expect(user('Juan Ponce de León Díaz', new Set(['JUANPD']))).toBe('JPONCELEOND');
  });

  it('asks for a review of a username from text a particle leaves with two readings (§12)', () => {
    expect(generateUsername('Juan Pérez de Soto Ruiz', none)._unsafeUnwrap()).toMatchObject({
      username: 'JUANSR',
      rule: 'primary',
      needsReview: true,
    });
    expect(generateUsername('Juan Pérez de Soto Ruiz', new Set(['JUANSR']))._unsafeUnwrap()).toMatchObject({
      username: 'JSOTOR',
      needsReview: true,
    });
    // A known compound in the given names: no reading fits, a person decides.
    expect(generateUsername('Juan Ponce de León Díaz Ruiz', none)._unsafeUnwrap().needsReview).toBe(true);
    // The same person as structured fields: no doubt left.
    expect(
      generateUsername(
        { givenNames: 'Juan', paternalSurname: 'Pérez de Soto', maternalSurname: 'Ruiz' },
        none,
      )._unsafeUnwrap(),
    ).toMatchObject({ username: 'JUANPR', needsReview: false });
  });

  it('reads the compound surnames of the policy given (§12)', () => {
    const policy = definePolicy({ compoundSurnames: ['PEREZ DE SOTO'] })._unsafeUnwrap();
    expect(generateUsername('Juan Pérez de Soto Ruiz', none, policy)._unsafeUnwrap()).toMatchObject({
      username: 'JUANPR',
      needsReview: false,
    });
  });
});

describe('generateUsername: what is taken (5.4.3, 4.19)', () => {
  it('matches a taken set case-insensitively (SPEC §3.1)', () => {
    for (const entry of ['PERLAHL', 'perlahl', 'PerlaHL']) {
      expect(user(perla, new Set([entry])), entry).toBe('PHERNANDEZL');
    }
  });

  it('asks a predicate about the uppercase form, then the lowercase one (SPEC §3.2)', () => {
    const asked: string[] = [];
    const lower = new Set(['perlahl']);
    expect(
      user(perla, (u) => {
        asked.push(u);
        return lower.has(u);
      }),
    ).toBe('PHERNANDEZL');
    expect(asked.slice(0, 3)).toEqual(['PERLAHL', 'perlahl', 'PHERNANDEZL']);
    expect(user(perla, (u) => u.toUpperCase() === 'PERLAHL')).toBe('PHERNANDEZL');
  });

  it('numbers the first candidate from 2 when both rules are taken, with no clause and a review (SPEC §3.2)', () => {
    expect(generateUsername(perla, new Set(['PERLAHL', 'PHERNANDEZL']))._unsafeUnwrap()).toEqual({
      username: 'PERLAHL2',
      rule: 'numbered',
      clause: null,
      email: 'perlahl2@seseqro.gob.mx',
      needsReview: true,
    });
    expect(user(perla, new Set(['PERLAHL', 'PHERNANDEZL', 'PERLAHL2', 'perlahl3']))).toBe('PERLAHL4');
  });

  it('gives up after 99: NO_USERNAME_AVAILABLE names the person and what was passed over (5.4.3)', () => {
    const taken = new Set(['PERLAHL', 'PHERNANDEZL']);
    for (let n = 2; n <= 98; n++) taken.add(`PERLAHL${n}`);
    expect(user(perla, taken)).toBe('PERLAHL99');
    taken.add('PERLAHL99');
    const v = generateUsername(perla, taken)._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'NO_USERNAME_AVAILABLE',
      clause: '5.4.3',
      details: {
        name: 'PERLA ADRIANA HERNANDEZ LEAL',
        skipped: [
          { username: 'PERLAHL', rule: 'primary', reason: 'taken' },
          { username: 'PHERNANDEZL', rule: 'collision', reason: 'taken' },
        ],
      },
    });
    expect(say(v)).toBe(
      'No queda ningún nombre de usuario disponible para «PERLA ADRIANA HERNANDEZ LEAL»: todos los candidatos están ocupados, reservados o retirados (5.4.3).',
    );
    expect(generateUsername(perla, () => true)._unsafeUnwrapErr().code).toBe('NO_USERNAME_AVAILABLE');
  });

  it('skips a username reserved for an institutional mailbox and says so (RFC 2142, 4.16)', () => {
    const policy = definePolicy({ reservedUsernames: ['PERLAHL'] })._unsafeUnwrap();
    expect(generateUsername(perla, none, policy)._unsafeUnwrap()).toEqual({
      username: 'PHERNANDEZL',
      rule: 'collision',
      clause: '5.4.3',
      email: 'phernandezl@seseqro.gob.mx',
      needsReview: false,
      skipped: [{ username: 'PERLAHL', rule: 'primary', reason: 'reserved' }],
    });
    expect(SESEQ_POLICY.reservedUsernames).toContain('ADMIN');
    // A hand-made policy is refused: only definePolicy's results are read, and it wants upper case.
    const handMade: Policy = { ...SESEQ_POLICY, reservedUsernames: ['PERLAHL'] };
    expect(generateUsername(perla, none, handMade)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    expect(definePolicy({ reservedUsernames: ['perlahl'] }).isErr()).toBe(true);
    // The default list: Ro Otero would be ROOT.
    expect(generateUsername('Ro Otero', none)._unsafeUnwrap()).toMatchObject({
      username: 'ROTERO',
      skipped: [{ username: 'ROOT', rule: 'one-given-one-surname', reason: 'reserved' }],
    });
  });

  it('refuses a policy that reserves a numbered username: reserved names are letters (4.16)', () => {
    const policy: Policy = { ...SESEQ_POLICY, reservedUsernames: ['PERLAHL2'] };
    expect(generateUsername(perla, new Set(['PERLAHL']), policy)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    expect(definePolicy({ reservedUsernames: ['PERLAHL2'] }).isErr()).toBe(true);
  });

  it('never reissues a retired username, passed within taken or as options.retired (4.19)', () => {
    expect(user(perla, new Set(['PERLAHL']))).toBe('PHERNANDEZL');
    const a = generateUsername(perla, none, undefined, { retired: new Set(['perlahl']) })._unsafeUnwrap();
    expect(a).toMatchObject({
      username: 'PHERNANDEZL',
      skipped: [{ username: 'PERLAHL', rule: 'primary', reason: 'retired' }],
    });
    const b = generateUsername(perla, new Set(['PHERNANDEZL']), undefined, {
      retired: (u) => u === 'PERLAHL',
    });
    expect(b._unsafeUnwrap()).toMatchObject({
      username: 'PERLAHL2',
      skipped: [
        { username: 'PERLAHL', rule: 'primary', reason: 'retired' },
        { username: 'PHERNANDEZL', rule: 'collision', reason: 'taken' },
      ],
    });
  });

  it('skips a candidate over 64 characters, the limit of a local part (RFC 5321, SPEC §3.2)', () => {
    const fits = { givenNames: 'A'.repeat(62), paternalSurname: 'Pérez', maternalSurname: 'López' };
    expect(user(fits)).toHaveLength(USERNAME_MAX_LENGTH);
    const long = { givenNames: 'A'.repeat(63), paternalSurname: 'Pérez', maternalSurname: 'López' };
    expect(generateUsername(long, none)._unsafeUnwrap()).toMatchObject({
      username: 'APEREZL',
      rule: 'collision',
      skipped: [{ username: `${'A'.repeat(63)}PL`, rule: 'primary', reason: 'too-long' }],
    });
    // The numbered fallback starts from the first candidate, itself too long: nothing is left.
    expect(generateUsername(long, new Set(['APEREZL']))._unsafeUnwrapErr().code).toBe(
      'NO_USERNAME_AVAILABLE',
    );
    // A first candidate of 63 characters takes the numbers 2–9 only.
    const edge = { givenNames: 'A'.repeat(61), paternalSurname: 'Pérez', maternalSurname: 'López' };
    const taken = new Set([`${'A'.repeat(61)}PL`, 'APEREZL']);
    for (let n = 2; n <= 9; n++) {
      expect(user(edge, taken)).toBe(`${'A'.repeat(61)}PL${n}`);
      taken.add(`${'A'.repeat(61)}PL${n}`);
    }
    expect(generateUsername(edge, taken)._unsafeUnwrapErr().code).toBe('NO_USERNAME_AVAILABLE');
  });

  it('builds the address in the policy domain, lower-cased (3.0)', () => {
    const policy = definePolicy({ domain: 'salud.queretaro.gob.mx' })._unsafeUnwrap();
    expect(generateUsername(perla, none, policy)._unsafeUnwrap().email).toBe(
      'perlahl@salud.queretaro.gob.mx',
    );
    expect(toEmail('SOLEDADRT')).toBe('soledadrt@seseqro.gob.mx');
    expect(toEmail('SOLEDADRT', policy)).toBe('soledadrt@salud.queretaro.gob.mx');
  });
});

describe('generateUsername: never throws (SPEC §0)', () => {
  it('returns a predicate that throws as INVALID_INPUT: the consumer’s bug, as a value (Decision)', () => {
    const r = generateUsername(perla, () => {
      throw new Error('database down');
    });
    expect(r._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['taken: the predicate threw an exception'] },
    });
  });

  it('refuses a taken that is neither a set nor a predicate (INVALID_INPUT)', () => {
    const bads = [null, undefined, 1, 'PERLAHL', {}, [1], ['PERLAHL', 2], new Set([1]), new Map([[1, 'x']])];
    for (const bad of bads) {
      expect(generateUsername(perla, bad as never)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    }
    expect(
      generateUsername(perla, none, undefined, { retired: 3 as never })._unsafeUnwrapErr().details,
    ).toEqual({
      issues: [
        'retired: expected a Set, a Map, an array or iterable of username strings (at most 1 000 000), or a predicate',
      ],
    });
  });

  it('reads a Map by its keys and an array or other iterable by its strings, never as empty (5.4.3)', () => {
    expect(user(perla, new Map([['perlahl', { id: 1 }]]) as never)).toBe('PHERNANDEZL');
    expect(user(perla, ['PerlaHL'] as never)).toBe('PHERNANDEZL');
    expect(user(perla, new Set(['PERLAHL']).values() as never)).toBe('PHERNANDEZL');
    // The Map's values are not usernames.
    expect(user(perla, new Map([['x', 'PERLAHL']]) as never)).toBe('PERLAHL');
  });

  it('accepts a set-like object that cannot be listed, asking it about both cases', () => {
    const setLike = { has: (u: unknown) => u === 'perlahl', size: 1 } as unknown as ReadonlySet<string>;
    expect(user(perla, setLike)).toBe('PHERNANDEZL');
  });

  it('refuses a junk policy (INVALID_POLICY) rather than falling back or leaking it (3.0)', () => {
    const junks = [
      null,
      1,
      'x',
      {},
      [],
      { domain: 5, commonFirstNames: 'JOSE' },
      { ...SESEQ_POLICY, domain: 'seseqro.gob.mx\nBcc: x' },
      { ...SESEQ_POLICY, domain: undefined },
      { ...SESEQ_POLICY, timeZone: 'Mars/Olympus' },
    ];
    for (const junk of junks) {
      const r = generateUsername('María Soledad Ramírez Trejo', none, junk as unknown as Policy);
      expect(r._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    }
  });

  it('refuses names of the wrong shape (INVALID_INPUT) and reports name problems first', () => {
    for (const bad of [null, undefined, 12, {}, [], { givenNames: ['Ana'] }]) {
      expect(generateUsername(bad as never, none)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    }
    expect(generateUsername('Ma. Luisa Pérez', null as never)._unsafeUnwrapErr().code).toBe(
      'ABBREVIATED_NAME',
    );
  });
});

describe('generateUsername walks its name before reading it (SPEC §0)', () => {
  it('refuses a name nested beyond the limit as such, not by what its shape lacks', () => {
    let deep: unknown = 'Pérez';
    for (let i = 0; i < 70; i++) deep = { x: deep };
    expect(
      generateUsername({ givenNames: 'Juan', paternalSurname: deep } as never, new Set())._unsafeUnwrapErr(),
    ).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): nested deeper than 64'] },
    });
  });
});
