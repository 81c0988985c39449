import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
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

/**
 * Reads the one line of form F01, "Nombre completo y sin abreviaturas", as a name
 * (SPEC §3.4). Surnames are taken from the right: the last **unit** is the maternal
 * surname and the one before it the paternal, where a unit is a word with the particles
 * just before it (`de la Cruz`, `Ponce de León` is two units). The rest are given names.
 *
 * Two units are one given name and one surname. Exactly three units are ambiguous (1 given
 * name + 2 surnames, or 2 given names + 1 surname): `name` is the first reading,
 * `alternative` the second, and `ambiguous` is `true`; the primary username is the same
 * under both. One unit has no surname (`MISSING_SURNAME`). Trailing particles with no word
 * after them form a unit of their own. Normalisation and refusals are those of
 * {@link parsePersonName}. @see 5.4.3, F01
 *
 * @param text - the full name, unknown until checked
 * @param policy - read through `readPolicy` (a refused one gives `INVALID_POLICY`); the rules here do not depend on it
 * @returns the reading and whether it was ambiguous, or the first problem found
 *
 * @example
 * parseFullName('María Soledad Ramírez Trejo')
 * //=> ok({ name: { givenNames: ['MARIA', 'SOLEDAD'], paternalSurname: 'RAMIREZ', maternalSurname: 'TREJO' }, ambiguous: false })
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
  const parsed = readFullName(text);
  return 'code' in parsed ? err(parsed) : ok(parsed);
}

/** @internal {@link parseFullName} for a string, returning the violation itself on failure. */
export function readFullName(text: string): FullNameParse | Violation {
  const words = foldWords(text, 'fullName', FULL_NAME_MAX_LENGTH);
  if (isViolation(words)) return words;
  // One pass: each unit's material word (a word with the particles just before it) and
  // where the last two units start. A one-letter word with no particle before it is an
  // initial (F01), while `de la O` is a name.
  const material: string[] = [];
  let pending = -1;
  let previousStart = 0;
  let lastStart = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isParticle(w)) {
      if (pending < 0) pending = i;
      continue;
    }
    if (w.length === 1 && pending < 0) {
      return violation('ABBREVIATED_NAME', 'F01', {
        word: w,
        part: material.length === 0 ? 'givenNames' : 'fullName',
      });
    }
    previousStart = lastStart;
    lastStart = pending < 0 ? i : pending;
    material.push(w);
    pending = -1;
  }
  // Trailing particles form a unit of their own, whose particles are its material.
  if (pending >= 0) {
    previousStart = lastStart;
    lastStart = pending;
    material.push(words.slice(pending).join(''));
  }
  const units = material.length;
  if (units === 0) return violation('MISSING_GIVEN_NAME', 'F01');
  if (units === 1) return violation('MISSING_SURNAME', '5.4.3');
  const end = words.length;
  const last = material[units - 1]!;
  if (units === 2) {
    if (spanLength(words, 0, lastStart) > NAME_PART_MAX_LENGTH) return tooLong('givenNames');
    if (spanLength(words, lastStart, end) > NAME_PART_MAX_LENGTH) return tooLong('paternalSurname');
    material.length = 1;
    return { name: { givenNames: material, paternalSurname: last, maternalSurname: null }, ambiguous: false };
  }
  if (spanLength(words, 0, previousStart) > NAME_PART_MAX_LENGTH) return tooLong('givenNames');
  if (spanLength(words, previousStart, lastStart) > NAME_PART_MAX_LENGTH) return tooLong('paternalSurname');
  if (spanLength(words, lastStart, end) > NAME_PART_MAX_LENGTH) return tooLong('maternalSurname');
  const paternal = material[units - 2]!;
  if (units > 3) {
    material.length = units - 2;
    return {
      name: { givenNames: material, paternalSurname: paternal, maternalSurname: last },
      ambiguous: false,
    };
  }
  // Three units: the second reading makes the middle unit a given name.
  const name: PersonName = { givenNames: [material[0]!], paternalSurname: paternal, maternalSurname: last };
  if (spanLength(words, 0, lastStart) > NAME_PART_MAX_LENGTH) return { name, ambiguous: true };
  const alternative: PersonName = {
    givenNames: [material[0]!, paternal],
    paternalSurname: last,
    maternalSurname: null,
  };
  return { name, ambiguous: true, alternative };
}
