import { describe, expect, it } from 'vitest';
import { checkUsernameConformance, usernameCandidates } from '../../src/names/index.js';

const check = (name: Parameters<typeof checkUsernameConformance>[0], username: string) =>
  checkUsernameConformance(name, username)._unsafeUnwrap();

describe('checkUsernameConformance (5.4.6)', () => {
  it('names the rule that produced a username, in any case (5.4.6, 5.4.3)', () => {
    expect(check('José Carlos Pérez Juárez', 'carlospj')).toEqual({
      conforms: true,
      rule: 'common-first-name',
      expected: [
        { username: 'CARLOSPJ', rule: 'common-first-name', clause: '5.4.3' },
        { username: 'CPEREZJ', rule: 'collision', clause: '5.4.3' },
      ],
    });
    expect(
      check({ givenNames: 'Alejandro', paternalSurname: 'Hilario', maternalSurname: 'Nájera' }, 'AHILARION')
        .rule,
    ).toBe('collision');
  });

  it('accepts the numbered fallback 2–99 of the first candidate, nothing else with digits (SPEC §3.2)', () => {
    const perla = 'Perla Adriana Hernández Leal';
    expect(check(perla, 'PERLAHL2')).toMatchObject({ conforms: true, rule: 'numbered' });
    expect(check(perla, 'perlahl99').rule).toBe('numbered');
    for (const u of ['PERLAHL1', 'PERLAHL100', 'PERLAHL02', 'PHERNANDEZL2', 'PERLAHL-2']) {
      expect(check(perla, u), u).toMatchObject({ conforms: false, rule: null });
    }
  });

  it('says a username follows no rule and lists the expected ones (5.4.6)', () => {
    expect(check('Perla Adriana Hernández Leal', 'PERLA.HERNANDEZ')).toEqual({
      conforms: false,
      rule: null,
      expected: [
        { username: 'PERLAHL', rule: 'primary', clause: '5.4.3' },
        { username: 'PHERNANDEZL', rule: 'collision', clause: '5.4.3' },
      ],
    });
    expect(check('Perla Adriana Hernández Leal', 'x'.repeat(1_000_000)).conforms).toBe(false);
  });

  it('accepts either reading of an ambiguous three-unit name (§3.4)', () => {
    const r = check('José María López', 'JLOPEZ');
    expect(r).toMatchObject({ conforms: true, rule: 'collision' });
    expect(r.expected.map((c) => c.username)).toEqual(['JOSEML', 'JMARIAL', 'JLOPEZ']);
    expect(check('José María López', 'JMARIAL').conforms).toBe(true);
  });

  it('checks a known compound surname as one surname: XIMENAPD conforms, XIMENALD does not (5.4.6, §12)', () => {
    expect(check('Ximena Ponce de León Díaz', 'ximenapd')).toMatchObject({ conforms: true, rule: 'primary' });
    expect(check('Ximena Ponce de León Díaz', 'XIMENALD').conforms).toBe(false);
  });

  it('accepts every reading of a name a particle leaves ambiguous (5.4.6, §12)', () => {
    const r = check('Juan Pérez de Soto Ruiz', 'JUANPR');
    expect(r).toMatchObject({ conforms: true, rule: 'primary' });
    expect(r.expected.map((c) => c.username)).toEqual(['JUANSR', 'JSOTOR', 'JUANPR', 'JPEREZSOTOR']);
  });

  it('refuses what generateUsername refuses, and a username that is not a string', () => {
    expect(checkUsernameConformance('Ma. Luisa Pérez', 'MLP')._unsafeUnwrapErr().code).toBe(
      'ABBREVIATED_NAME',
    );
    expect(checkUsernameConformance('Ana Luna', 5 as never)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});

describe('usernameCandidates (5.4.3)', () => {
  it('lists the first rule and the collision, in rule order, without numbered ones', () => {
    expect(
      usernameCandidates({
        givenNames: ['MARIA', 'SOLEDAD'],
        paternalSurname: 'RAMIREZ',
        maternalSurname: 'TREJO',
      }),
    ).toEqual([
      { username: 'SOLEDADRT', rule: 'common-first-name', clause: '5.4.3' },
      { username: 'SRAMIREZT', rule: 'collision', clause: '5.4.3' },
    ]);
  });

  it('lists a collision that spells the first candidate once', () => {
    // G0 + S[0..2] = AB + BB; E[0] + S = A + BBB: the same username.
    expect(usernameCandidates({ givenNames: ['AB'], paternalSurname: 'BBB', maternalSurname: null })).toEqual(
      [{ username: 'ABBB', rule: 'one-given-one-surname', clause: '5.4.3' }],
    );
  });

  it('leaves out candidates over 64 characters', () => {
    const name = { givenNames: ['A'.repeat(70)], paternalSurname: 'PEREZ', maternalSurname: 'LOPEZ' };
    expect(usernameCandidates(name).map((c) => c.username)).toEqual(['APEREZL']);
  });

  it('gives nothing for a name without a given name or a surname, or of the wrong shape', () => {
    expect(usernameCandidates({ givenNames: [], paternalSurname: 'PEREZ', maternalSurname: null })).toEqual(
      [],
    );
    expect(usernameCandidates({ givenNames: ['ANA'], paternalSurname: null, maternalSurname: null })).toEqual(
      [],
    );
    for (const junk of [
      null,
      1,
      {},
      { givenNames: 'ANA' },
      { givenNames: ['ana'], paternalSurname: 'luna' },
    ]) {
      expect(usernameCandidates(junk as never)).toEqual([]);
    }
  });
});
