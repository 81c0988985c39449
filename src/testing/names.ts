import fc from 'fast-check';
import type { PersonNameInput } from '../names/types.js';

/**
 * Given names as people in Mexico write them: accents, ñ, the occasional hyphen (5.4.3).
 *
 * @example
 * GIVEN_NAMES.includes('Xóchitl')
 * //=> true
 */
export const GIVEN_NAMES: readonly string[] = Object.freeze([
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
]);

/**
 * The first names so common that 5.4.3 skips them when a second one follows (`commonFirstNames`).
 *
 * @example
 * COMMON_FIRST_NAMES
 * //=> ['José', 'María']
 */
export const COMMON_FIRST_NAMES: readonly string[] = Object.freeze(['José', 'María']);

/**
 * Given names that bring their own particles: `María de los Ángeles` is MARIA, ANGELES (SPEC §3.1).
 *
 * @example
 * PARTICLE_GIVEN_NAMES[0]
 * //=> 'de los Ángeles'
 */
export const PARTICLE_GIVEN_NAMES: readonly string[] = Object.freeze([
  'de los Ángeles',
  'del Carmen',
  'de Jesús',
  'de la Luz',
]);

/**
 * One-unit surnames: a word with the particles just before it, or a joined word (SPEC §3.1, §3.4).
 *
 * @example
 * SURNAMES.includes('de la Cruz')
 * //=> true
 */
export const SURNAMES: readonly string[] = Object.freeze([
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
]);

/**
 * Compound surnames in use in Mexico (`Ponce de León`, SPEC §12): always right in a structured
 * field; in free text read as one surname where `policy.compoundSurnames` lists them.
 *
 * @example
 * COMPOUND_SURNAMES.includes('Ponce de León')
 * //=> true
 */
export const COMPOUND_SURNAMES: readonly string[] = Object.freeze([
  'Ponce de León',
  'Montes de Oca',
  'Díaz de León',
  'Fernández de Lara',
  'Ruiz de Velasco',
  'Pérez de Tagle',
  'Sánchez de Tagle',
  'Martínez de la Torre',
  'Gómez de la Cortina',
  'Ortiz de Montellano',
  'Díaz de la Vega',
  'Ruiz de Chávez',
  'Fernández de Córdoba',
  'Suárez del Real',
  'Vázquez de Mercado',
  'Ruiz de Alarcón',
]);

/** fast-check's `option` draws its nil once in `freq`: 6 gives a maternal surname five times in six. */
const MOSTLY = Object.freeze({ freq: 6 });

/** The same text in the case people type it in: as is, all capitals, all lower case. */
const anyCase = (s: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(s, fc.constantFrom('as-is', 'upper', 'lower')).map(([t, c]) => {
    if (c === 'upper') return t.toUpperCase();
    // Stryker disable next-line EqualityOperator: equivalent, `!==` swaps the equally likely 'lower' and 'as-is': the same three cases are drawn
    return c === 'lower' ? t.toLowerCase() : t;
  });

/**
 * One given name in any case (never José or María alone: {@link givenNames} adds them on purpose).
 *
 * @example
 * fc.sample(givenName, { seed: 1, numRuns: 3 }).length
 * //=> 3
 */
export const givenName: fc.Arbitrary<string> = anyCase(fc.constantFrom(...GIVEN_NAMES));

/**
 * One or more given names: a single one, two, José or María followed by another (5.4.3's
 * `common-first-name` rule), or `María de los Ángeles`-style names with particles.
 *
 * @example
 * fc.sample(givenNames, { seed: 7, numRuns: 50 }).some((g) => /^(José|María) /.test(g))
 * //=> true
 */
export const givenNames: fc.Arbitrary<string> = fc.oneof(
  givenName,
  fc.tuple(givenName, givenName).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom(...COMMON_FIRST_NAMES), givenName).map(([a, b]) => `${a} ${b}`),
  fc
    .tuple(fc.constantFrom(...COMMON_FIRST_NAMES), fc.constantFrom(...PARTICLE_GIVEN_NAMES))
    .map(([a, b]) => `${a} ${b}`),
);

/**
 * A surname that is one unit in free text, in any case.
 *
 * @example
 * fc.sample(surname, { seed: 1, numRuns: 40 }).every((s) => SURNAMES.some((x) => x.toLowerCase() === s.toLowerCase()))
 * //=> true
 */
export const surname: fc.Arbitrary<string> = anyCase(fc.constantFrom(...SURNAMES));

/**
 * A surname with no particle before it: after another unit it cannot be read as the end of an
 * unknown compound surname (`Pérez de Soto`, SPEC §12).
 *
 * @example
 * fc.sample(bareSurname, { seed: 1, numRuns: 40 }).every((s) => !s.includes(' '))
 * //=> true
 */
export const bareSurname: fc.Arbitrary<string> = anyCase(
  fc.constantFrom(...SURNAMES.filter((s) => !s.includes(' '))),
);

/**
 * Any surname a structured form may hold, compound ones (`Ponce de León`) included.
 *
 * @example
 * fc.sample(anySurname, { seed: 1, numRuns: 40 }).length
 * //=> 40
 */
export const anySurname: fc.Arbitrary<string> = fc.oneof(surname, fc.constantFrom(...COMPOUND_SURNAMES));

/**
 * A structured name (SPEC §3): given names, a paternal surname (compound ones included), and a
 * maternal one five times in six.
 *
 * @example
 * fc.sample(personNameInput, { seed: 1, numRuns: 40 }).every((n) => typeof n.givenNames === 'string' && typeof n.paternalSurname === 'string')
 * //=> true
 */
export const personNameInput: fc.Arbitrary<PersonNameInput> = fc
  .tuple(givenNames, anySurname, fc.option(anySurname, MOSTLY))
  .map(([g, p, m]) => ({ givenNames: g, paternalSurname: p, maternalSurname: m }));

/**
 * The one line of F01 ("Nombre completo y sin abreviaturas") for a name whose surnames are one
 * unit each, so it reads back unambiguously or with the documented three-unit ambiguity (§3.4).
 *
 * @example
 * fc.sample(fullNameText, { seed: 1, numRuns: 40 }).every((t) => t.split(' ').length >= 2)
 * //=> true
 */
export const fullNameText: fc.Arbitrary<string> = fc
  .tuple(givenNames, surname, fc.option(surname, { freq: 5 }))
  .map(([g, p, m]) => [g, p, m].filter((x) => x !== null).join(' '));

/**
 * Either form of a name, as `generateUsername` accepts it.
 *
 * @example
 * fc.sample(anyName, { seed: 1, numRuns: 40 }).length
 * //=> 40
 */
export const anyName: fc.Arbitrary<PersonNameInput | string> = fc.oneof(personNameInput, fullNameText);

/**
 * Exactly three single-word units (`Juana Inés Pérez`): the ambiguous free text of §3.4.
 *
 * @example
 * fc.sample(threeUnitText, { seed: 1, numRuns: 40 }).every((t) => t.split(' ').length >= 3)
 * //=> true
 */
export const threeUnitText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(givenName, fc.constantFrom(...COMMON_FIRST_NAMES)),
    fc.oneof(givenName, surname),
    bareSurname,
  )
  .map((units) => units.join(' '));

/**
 * Options of {@link mexicanNameArb}.
 *
 * @example
 * fc.sample(mexicanNameArb({ compoundSurnames: false, maternalSurname: 'always' }), { seed: 1, numRuns: 20 }).every((n) => typeof n.parts.maternalSurname === 'string')
 * //=> true
 */
export type MexicanNameOptions = {
  /** Allow compound surnames (`Ponce de León`, SPEC §12) in the parts. Default `true`. */
  readonly compoundSurnames?: boolean;
  /** How often a maternal surname is present: `'always'`, `'never'`, or `'mostly'` (default, 5 in 6). */
  readonly maternalSurname?: 'always' | 'mostly' | 'never';
};

/**
 * A name both as its parts (what a structured F01 holds) and as the one line a person writes.
 *
 * @example
 * const name: MexicanName = {
 *   parts: { givenNames: 'María Soledad', paternalSurname: 'Ramírez', maternalSurname: 'Trejo' },
 *   text: 'María Soledad Ramírez Trejo',
 * };
 */
export type MexicanName = { readonly parts: PersonNameInput; readonly text: string };

/**
 * A realistic Mexican name, as parts and as text: given names (José or María first, particles,
 * accents), a paternal surname and usually a maternal one, compound surnames included unless
 * switched off. The parts are the truth; the text is the parts joined by spaces, which reads back
 * to the same parts when every surname is one unit (§3.4).
 *
 * @param options - {@link MexicanNameOptions}
 * @returns an arbitrary of `{ parts, text }`
 *
 * @example
 * fc.sample(mexicanNameArb({ compoundSurnames: false, maternalSurname: 'always' }), { seed: 3, numRuns: 20 })
 *   .every((n) => n.text === `${n.parts.givenNames} ${n.parts.paternalSurname} ${n.parts.maternalSurname}`)
 * //=> true
 */
export function mexicanNameArb(options: MexicanNameOptions = {}): fc.Arbitrary<MexicanName> {
  const s = options.compoundSurnames === false ? surname : anySurname;
  const maternal =
    options.maternalSurname === 'always'
      ? s
      : options.maternalSurname === 'never'
        ? fc.constant(null)
        : fc.option(s, MOSTLY);
  return fc.tuple(givenNames, s, maternal).map(([g, p, m]) => ({
    parts: { givenNames: g, paternalSurname: p, maternalSurname: m },
    text: [g, p, m].filter((x) => x !== null).join(' '),
  }));
}

/**
 * Text in the alphabet of the names' quick path (Latin letters with Latin-1 accents, spaces,
 * hyphens, apostrophes), including shapes it must handle like the full path: doubled spaces,
 * leading and trailing ones, joiners at the edges.
 *
 * @example
 * fc.sample(latinText, { seed: 1, numRuns: 40 }).every((t) => t.length <= 40)
 * //=> true
 */
export const latinText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(..."aAeEzZñÑáÁéÉíÍóÓúÚüÜçÇàÀâÂãÃäÄåÅèÈêÊëËìÌîÎïÏòÒôÔõÕöÖøØùÙûÛýÝÿßðÐ  '’-"), {
    maxLength: 40,
  })
  .map((chars) => chars.join(''));

/**
 * Any text at all: full Unicode, lone surrogates, controls, and {@link latinText}.
 *
 * @example
 * fc.sample(anyText, { seed: 1, numRuns: 40 }).every((t) => typeof t === 'string')
 * //=> true
 */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  latinText,
);
