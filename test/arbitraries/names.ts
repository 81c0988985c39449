import fc from 'fast-check';
import type { PersonNameInput } from '../../src/names/index.js';

/** Given names as people write them: accents, ñ, the occasional hyphen. */
export const GIVEN_NAMES = [
  'Alejandro',
  'Perla',
  'Adriana',
  'Ana',
  'Soledad',
  'Carlos',
  'Juana',
  'Inés',
  'Patricia',
  'Guadalupe',
  'Juan',
  'Luis',
  'Ángel',
  'Jesús',
  'Sofía',
  'Ximena',
  'Rocío',
  'Héctor',
  'Raúl',
  'Óscar',
  'Sebastián',
  'Concepción',
  'Xóchitl',
  'Iñaki',
  'Begoña',
  'Noé',
  'Jean-Pierre',
] as const;

/** The first names so common that 5.4.3 skips them when there is a second one. */
export const COMMON_FIRST_NAMES = ['José', 'María'] as const;

/** Given names that bring their own particles: 'María de los Ángeles' is MARIA, ANGELES. */
export const PARTICLE_GIVEN_NAMES = ['de los Ángeles', 'del Carmen', 'de Jesús', 'de la Luz'] as const;

/** One-unit surnames: a word with the particles just before it, or a joined word. */
export const SURNAMES = [
  'Hernández',
  'Núñez',
  'Leal',
  'Ramírez',
  'Trejo',
  'Pérez',
  'Juárez',
  'López',
  'Alvarado',
  'Nájera',
  'Muñoz',
  'Ibáñez',
  'Zúñiga',
  'Olvera',
  'de la Cruz',
  'del Río',
  'de los Santos',
  'de León',
  'de la O',
  'Pérez-Gómez',
  "D'Angelo",
  'O’Connor',
] as const;

/** Compound surnames of SESEQ's list (SPEC §12), one surname in free text and in a field. */
export const COMPOUND_SURNAMES = ['Ponce de León', 'Montes de Oca', 'Ruiz de Alarcón'] as const;

/** The same text in the case people type it in: as is, all capitals, all lower case. */
const anyCase = (s: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(s, fc.constantFrom('as-is', 'upper', 'lower'))
    .map(([t, c]) => (c === 'upper' ? t.toUpperCase() : c === 'lower' ? t.toLowerCase() : t));

/** One given name (never José or María alone, which the next arbitraries add on purpose). */
export const givenName = anyCase(fc.constantFrom(...GIVEN_NAMES));

/**
 * One or more given names: a single one, two, José or María followed by another, or
 * 'María de los Ángeles'-style names with particles.
 */
export const givenNames: fc.Arbitrary<string> = fc.oneof(
  givenName,
  fc.tuple(givenName, givenName).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom(...COMMON_FIRST_NAMES), givenName).map(([a, b]) => `${a} ${b}`),
  fc
    .tuple(fc.constantFrom(...COMMON_FIRST_NAMES), fc.constantFrom(...PARTICLE_GIVEN_NAMES))
    .map(([a, b]) => `${a} ${b}`),
);

/** A surname that is one unit in free text. */
export const surname = anyCase(fc.constantFrom(...SURNAMES));

/**
 * A surname with no particle before it: after another unit it cannot be read as the end of
 * an unknown compound surname (`Pérez de Soto`, SPEC §12).
 */
export const bareSurname = anyCase(fc.constantFrom(...SURNAMES.filter((s) => !s.includes(' '))));

/** Any surname a structured form may hold, compound ones included. */
export const anySurname: fc.Arbitrary<string> = fc.oneof(surname, fc.constantFrom(...COMPOUND_SURNAMES));

/** A structured name: given names, a paternal surname, and a maternal one most of the time. */
export const personNameInput: fc.Arbitrary<PersonNameInput> = fc
  .tuple(givenNames, anySurname, fc.option(anySurname, { freq: 5 }))
  .map(([g, p, m]) => ({ givenNames: g, paternalSurname: p, maternalSurname: m }));

/**
 * The one line of F01 for a name whose surnames are one unit each, so that it reads back
 * unambiguously or with the documented three-unit ambiguity.
 */
export const fullNameText: fc.Arbitrary<string> = fc
  .tuple(givenNames, surname, fc.option(surname, { freq: 5 }))
  .map(([g, p, m]) => [g, p, m].filter((x) => x !== null).join(' '));

/** Either form of a name, as generateUsername accepts it. */
export const anyName: fc.Arbitrary<PersonNameInput | string> = fc.oneof(personNameInput, fullNameText);

/** Exactly three single-word units (`Juana Inés Pérez`): the ambiguous free text of §3.4. */
export const threeUnitText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(givenName, fc.constantFrom(...COMMON_FIRST_NAMES)),
    fc.oneof(givenName, surname),
    bareSurname,
  )
  .map((units) => units.join(' '));

/**
 * Text in the alphabet of the quick path (Latin letters with Latin-1 accents, spaces,
 * hyphens, apostrophes), including shapes the quick path must handle like the full one:
 * doubled spaces, leading and trailing ones, joiners at the edges.
 */
export const latinText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(..."aAeEzZñÑáÁéÉíÍóÓúÚüÜçÇàÀâÂãÃäÄåÅèÈêÊëËìÌîÎïÏòÒôÔõÕöÖøØùÙûÛýÝÿßðÐ  '’-"), {
    maxLength: 40,
  })
  .map((chars) => chars.join(''));

/** Any text at all: full Unicode, lone surrogates, controls. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  latinText,
);
