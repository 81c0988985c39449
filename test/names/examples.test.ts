import { describe, expect, it } from 'vitest';
import { generateUsername, type PersonNameInput, type UsernameRule } from '../../src/names/index.js';

// The nine worked examples of 5.4.3, verbatim. The collision examples are the ones whose
// first-rule username is already taken (SPEC §3.2: "the above is taken").
type Example = {
  text: string;
  structured: PersonNameInput;
  taken: string[];
  username: string;
  rule: UsernameRule;
};

const EXAMPLES: Example[] = [
  {
    text: 'Alejandro Hernández Núñez',
    structured: { givenNames: 'Alejandro', paternalSurname: 'Hernández', maternalSurname: 'Núñez' },
    taken: [],
    username: 'ALEJANDROHN',
    rule: 'primary',
  },
  {
    text: 'Perla Adriana Hernández Leal',
    structured: { givenNames: 'Perla Adriana', paternalSurname: 'Hernández', maternalSurname: 'Leal' },
    taken: [],
    username: 'PERLAHL',
    rule: 'primary',
  },
  {
    text: 'Alejandro Hilario Nájera',
    structured: { givenNames: 'Alejandro', paternalSurname: 'Hilario', maternalSurname: 'Nájera' },
    taken: ['ALEJANDROHN'],
    username: 'AHILARION',
    rule: 'collision',
  },
  {
    text: 'Ana María Juárez López',
    structured: { givenNames: 'Ana María', paternalSurname: 'Juárez', maternalSurname: 'López' },
    taken: ['ANAJL'],
    username: 'AJUAREZL',
    rule: 'collision',
  },
  {
    text: 'María Soledad Ramírez Trejo',
    structured: { givenNames: 'María Soledad', paternalSurname: 'Ramírez', maternalSurname: 'Trejo' },
    taken: [],
    username: 'SOLEDADRT',
    rule: 'common-first-name',
  },
  {
    text: 'José Carlos Pérez Juárez',
    structured: { givenNames: 'José Carlos', paternalSurname: 'Pérez', maternalSurname: 'Juárez' },
    taken: [],
    username: 'CARLOSPJ',
    rule: 'common-first-name',
  },
  {
    text: 'Juana Inés Pérez',
    structured: { givenNames: 'Juana Inés', paternalSurname: 'Pérez' },
    taken: [],
    username: 'JUANAIP',
    rule: 'two-given-one-surname',
  },
  {
    text: 'José María López',
    structured: { givenNames: 'José María', paternalSurname: 'López' },
    taken: [],
    username: 'JOSEML',
    rule: 'two-given-one-surname',
  },
  {
    text: 'Patricia Alvarado',
    structured: { givenNames: 'Patricia', paternalSurname: 'Alvarado' },
    taken: [],
    username: 'PATRICIAAL',
    rule: 'one-given-one-surname',
  },
];

describe('the nine worked examples of 5.4.3', () => {
  for (const ex of EXAMPLES) {
    it(`gives ${ex.username} for ${ex.text} from structured input by the ${ex.rule} rule (5.4.3)`, () => {
      const a = generateUsername(ex.structured, new Set(ex.taken))._unsafeUnwrap();
      expect(a).toMatchObject({ username: ex.username, rule: ex.rule, clause: '5.4.3', needsReview: false });
      expect(a.email).toBe(`${ex.username.toLowerCase()}@seseqro.gob.mx`);
    });

    it(`gives ${ex.username} for ${ex.text} from the one line of F01 (5.4.3, F01)`, () => {
      const a = generateUsername(ex.text, new Set(ex.taken))._unsafeUnwrap();
      expect(a.username).toBe(ex.username);
    });
  }

  it('reads the four-word examples with their rule and no review (5.4.3)', () => {
    for (const ex of EXAMPLES.filter((e) => e.text.split(' ').length === 4)) {
      expect(generateUsername(ex.text, new Set(ex.taken))._unsafeUnwrap()).toMatchObject({
        username: ex.username,
        rule: ex.rule,
        needsReview: false,
      });
    }
  });

  it('labels a three-word example by its first reading, 1 given name and 2 surnames (5.4.3, §3.4)', () => {
    // Juana Inés Pérez: the same username under both readings; the label is the first's.
    expect(generateUsername('Juana Inés Pérez', new Set())._unsafeUnwrap()).toMatchObject({
      username: 'JUANAIP',
      rule: 'primary',
      needsReview: false,
    });
  });

  it('asks for a review of a collision reached from three ambiguous words (5.4.3, §3.4)', () => {
    // Alejandro Hilario Nájera could also be the given names 'Alejandro Hilario' and the one
    // surname 'Nájera', whose collision would be ANAJERA: a person must look.
    expect(
      generateUsername('Alejandro Hilario Nájera', new Set(['ALEJANDROHN']))._unsafeUnwrap(),
    ).toMatchObject({
      username: 'AHILARION',
      rule: 'collision',
      needsReview: true,
    });
  });
});
