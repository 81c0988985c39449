import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { type CompoundIndex, compoundAt, compoundsOf } from './compounds.js';
import { NAME_PART_MAX_LENGTH } from './constants.js';
import { FULL_NAME_MAX_LENGTH, foldWords, isViolation, tooLong } from './normalize.js';
import { isParticle } from './particles.js';
import type { FullNameParse, PersonName } from './types.js';

/** Characters of `words[from..to)` joined by single spaces. */
function spanLength(words: readonly string[], from: number, to: number): number {
  let length = to - from - 1;
  for (let i = from; i < to; i++) length += words[i]!.length;
  return length;
}

/** @internal What free text is read with: the known compound surnames and the common first names. */
export type FreeTextRules = { compounds: CompoundIndex; commonFirstNames: readonly string[] };

/** @internal The {@link FreeTextRules} of a policy (SESEQ's by default). */
export function freeTextRules(policy: unknown): FreeTextRules {
  // A refused policy is reported by the caller (readPolicy); here it reads as SESEQ's.
  const p = readPolicy(policy).unwrapOr(SESEQ_POLICY);
  return { compounds: compoundsOf(p), commonFirstNames: p.commonFirstNames };
}

/**
 * Reads the one line of form F01, "Nombre completo y sin abreviaturas", as a name
 * (SPEC §3.4, §12). Surnames are taken from the right: the last **unit** is the maternal
 * surname and the one before it the paternal, where a unit is a word with the particles
 * just before it (`de la Cruz`), or a known compound surname of `policy.compoundSurnames`
 * (`Ponce de León`, held as `PONCELEON` like the structured field). The rest are given names.
 *
 * Two units are one given name and one surname. The text is `ambiguous` when it has two
 * readings: exactly three units (1 given name + 2 surnames, or 2 given names + 1 surname,
 * unless the middle unit is a known compound surname), or a particle between the last
 * units that could join them into one unknown compound surname (`Pérez de Soto`).
 * `name` is the first reading; `alternatives` the others (`alternative` the first of them).
 * A known compound surname among the given names is ambiguous too, with no other reading.
 * One unit has no surname (`MISSING_SURNAME`). Trailing particles with no word after them
 * form a unit of their own. Normalisation and refusals are those of
 * {@link parsePersonName}. @see 5.4.3, F01
 *
 * @param text - the full name, unknown until checked
 * @param policy - its `compoundSurnames` and `commonFirstNames` (default SESEQ's); one `readPolicy` refuses gives `INVALID_POLICY`
 * @returns the reading and whether it was ambiguous, or the first problem found
 *
 * @example
 * parseFullName('María Soledad Ramírez Trejo')
 * //=> ok({ name: { givenNames: ['MARIA', 'SOLEDAD'], paternalSurname: 'RAMIREZ', maternalSurname: 'TREJO' }, ambiguous: false })
 * parseFullName('Ximena Ponce de León Díaz').map((r) => r.name.paternalSurname)
 * //=> ok('PONCELEON')
 * parseFullName('Juana Inés Pérez').map((r) => r.ambiguous)
 * //=> ok(true)
 */
export function parseFullName(text: unknown, policy?: Policy): Result<FullNameParse, Violation> {
  return guard([text, policy], () => parseFullNameUnguarded(text, policy), refuse);
}

function parseFullNameUnguarded(text: unknown, policy?: Policy): Result<FullNameParse, Violation> {
  const read = readPolicy(policy);
  if (read.isErr()) return err(read.error);
  if (typeof text !== 'string') {
    return err(violation('INVALID_INPUT', null, { issues: ['(root): expected a string'] }));
  }
  const parsed = readFullName(text, freeTextRules(policy));
  return 'code' in parsed ? err(parsed) : ok(parsed);
}

// What a unit is, beside its material: it starts with particles (`de Soto`), it is a known
// compound surname, it is trailing particles only.
const LED = 1;
const COMPOUND = 2;
const TRAILING = 4;

/**
 * The reading of units as given names and up to two surnames, or `null` when a part would
 * be over 100 characters: the other readings of an ambiguous text.
 */
function readingOf(
  words: readonly string[],
  material: readonly string[],
  starts: readonly number[],
): PersonName | null {
  const n = material.length;
  const end = words.length;
  if (n === 2) {
    if (spanLength(words, starts[1]!, end) > NAME_PART_MAX_LENGTH) return null;
    return { givenNames: [material[0]!], paternalSurname: material[1]!, maternalSurname: null };
  }
  // The given names need no check: they are fewer than those of the first reading, which fit.
  if (spanLength(words, starts[n - 2]!, starts[n - 1]!) > NAME_PART_MAX_LENGTH) return null;
  if (spanLength(words, starts[n - 1]!, end) > NAME_PART_MAX_LENGTH) return null;
  return {
    givenNames: material.slice(0, n - 2),
    paternalSurname: material[n - 2]!,
    maternalSurname: material[n - 1]!,
  };
}

/** @internal {@link parseFullName} for a string, returning the violation itself on failure. */
export function readFullName(text: string, rules: FreeTextRules): FullNameParse | Violation {
  const words = foldWords(text, 'fullName', FULL_NAME_MAX_LENGTH);
  if (isViolation(words)) return words;
  // One pass: each unit's material word (a word with the particles just before it, or a
  // known compound surname), where it starts and what it is. A one-letter word with no
  // particle before it is an initial (F01), while `de la O` is a name.
  const material: string[] = [];
  const starts: number[] = [];
  const kinds: number[] = [];
  let pending = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isParticle(w)) {
      // Stryker disable next-line EqualityOperator: pending is 0 only in the first unit, whose start is never read (particles alone are one unit either way)
      if (pending < 0) pending = i;
      continue;
    }
    if (w.length === 1 && pending < 0) {
      return violation('ABBREVIATED_NAME', 'F01', {
        word: w,
        part: material.length === 0 ? 'givenNames' : 'fullName',
      });
    }
    // A known compound surname is one unit (never the first: a name starts with a given name).
    const compound = material.length === 0 ? 0 : compoundAt(words, i, rules.compounds);
    // Stryker disable next-line EqualityOperator: pending is 0 only in the first unit, whose start is never read
    starts.push(pending < 0 ? i : pending);
    // Stryker disable next-line EqualityOperator: pending is 0 only in the first unit, whose kind is never read
    kinds.push((pending < 0 ? 0 : LED) | (compound > 0 ? COMPOUND : 0));
    if (compound > 0) {
      let joined = '';
      for (let k = i; k < i + compound; k++) if (!isParticle(words[k]!)) joined += words[k];
      material.push(joined);
      i += compound - 1;
    } else {
      material.push(w);
    }
    pending = -1;
  }
  // Trailing particles form a unit of their own, whose particles are its material.
  if (pending >= 0) {
    starts.push(pending);
    kinds.push(TRAILING);
    material.push(words.slice(pending).join(''));
  }
  const units = material.length;
  if (units === 0) return violation('MISSING_GIVEN_NAME', 'F01');
  if (units === 1) return violation('MISSING_SURNAME', '5.4.3');
  const end = words.length;
  const lastStart = starts[units - 1]!;
  if (units === 2) {
    if (spanLength(words, 0, lastStart) > NAME_PART_MAX_LENGTH) return tooLong('givenNames');
    if (spanLength(words, lastStart, end) > NAME_PART_MAX_LENGTH) return tooLong('paternalSurname');
    return {
      name: { givenNames: [material[0]!], paternalSurname: material[1]!, maternalSurname: null },
      ambiguous: false,
    };
  }
  const previousStart = starts[units - 2]!;
  if (spanLength(words, 0, previousStart) > NAME_PART_MAX_LENGTH) return tooLong('givenNames');
  if (spanLength(words, previousStart, lastStart) > NAME_PART_MAX_LENGTH) return tooLong('paternalSurname');
  if (spanLength(words, lastStart, end) > NAME_PART_MAX_LENGTH) return tooLong('maternalSurname');
  const name: PersonName = {
    givenNames: material.slice(0, units - 2),
    paternalSurname: material[units - 2]!,
    maternalSurname: material[units - 1]!,
  };
  let ambiguous = false;
  const alternatives: PersonName[] = [];
  // Three units: the second reading makes the middle unit a given name, unless it is a
  // known compound surname.
  if (units === 3 && (kinds[1]! & COMPOUND) === 0) {
    ambiguous = true;
    if (spanLength(words, 0, lastStart) <= NAME_PART_MAX_LENGTH) {
      alternatives.push({
        givenNames: [material[0]!, material[1]!],
        paternalSurname: material[2]!,
        maternalSurname: null,
      });
    }
  }
  // A particle before one of the last two units may join it to the unit before into one
  // compound surname the policy does not know (`Pérez de Soto`): another reading (SPEC §12).
  // Such a surname starts with a bare word, as every known one does: not the first unit,
  // not a common first name (José, María), not a unit led by particles (`de los Ángeles`).
  // Stryker disable next-line EqualityOperator: at k = units, kinds[k] is undefined and the test below fails
  for (let k = Math.max(2, units - 2); k < units; k++) {
    if (kinds[k] === LED && kinds[k - 1] === 0 && !rules.commonFirstNames.includes(material[k - 1]!)) {
      ambiguous = true;
      const joined = [...material];
      joined.splice(k - 1, 2, material[k - 1]! + material[k]!);
      const joinedStarts = [...starts];
      joinedStarts.splice(k, 1);
      const reading = readingOf(words, joined, joinedStarts);
      if (reading !== null) alternatives.push(reading);
    }
  }
  // A known compound surname among the given names: no reading fits; a person decides.
  for (let k = 1; k < units - 2; k++) if ((kinds[k]! & COMPOUND) !== 0) ambiguous = true;
  if (!ambiguous) return { name, ambiguous: false };
  const parse: FullNameParse = { name, ambiguous: true };
  if (alternatives.length > 0) {
    parse.alternative = alternatives[0]!;
    parse.alternatives = alternatives;
  }
  return parse;
}
