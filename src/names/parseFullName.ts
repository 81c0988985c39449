import { err, ok, type Result } from 'neverthrow';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { NAME_PART_MAX_LENGTH } from './constants.js';
import { FULL_NAME_MAX_LENGTH, foldWords, materialOf, type PartName, tooLong } from './normalize.js';
import { isParticle } from './particles.js';
import type { FullNameParse, PersonName } from './types.js';

/** Characters of `words[from..to)` joined by single spaces. */
function spanLength(words: readonly string[], from: number, to: number): number {
  let length = to - from - 1;
  for (let i = from; i < to; i++) length += words[i]!.length;
  return length;
}

function part(
  words: readonly string[],
  from: number,
  to: number,
  name: PartName,
): Result<string[], Violation> {
  if (spanLength(words, from, to) > NAME_PART_MAX_LENGTH) return err(tooLong(name));
  return materialOf(words, from, to, name);
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
 * @param _policy - accepted for symmetry with the rest of the module; nothing here depends on it
 * @returns the reading and whether it was ambiguous, or the first problem found
 *
 * @example
 * parseFullName('María Soledad Ramírez Trejo')
 * //=> ok({ name: { givenNames: ['MARIA', 'SOLEDAD'], paternalSurname: 'RAMIREZ', maternalSurname: 'TREJO' }, ambiguous: false })
 * parseFullName('Juana Inés Pérez').map((r) => r.ambiguous)
 * //=> ok(true)
 */
export function parseFullName(text: unknown, _policy?: Policy): Result<FullNameParse, Violation> {
  if (typeof text !== 'string') {
    return err(violation('INVALID_INPUT', null, { issues: ['(root): expected a string'] }));
  }
  const folded = foldWords(text, 'fullName', FULL_NAME_MAX_LENGTH);
  if (folded.isErr()) return err(folded.error);
  const words = folded.value;
  // Where each unit starts: a material word and the particles just before it.
  const starts: number[] = [];
  let pending = -1;
  for (let i = 0; i < words.length; i++) {
    if (isParticle(words[i]!)) {
      if (pending < 0) pending = i;
    } else {
      starts.push(pending < 0 ? i : pending);
      pending = -1;
    }
  }
  if (pending >= 0) starts.push(pending);
  const units = starts.length;
  if (units === 0) return err(violation('MISSING_GIVEN_NAME', 'F01'));
  if (units === 1) return err(violation('MISSING_SURNAME', '5.4.3'));
  const end = words.length;
  if (units === 2) {
    const s = starts[1]!;
    const given = part(words, 0, s, 'givenNames');
    if (given.isErr()) return err(given.error);
    const surname = part(words, s, end, 'paternalSurname');
    if (surname.isErr()) return err(surname.error);
    const name: PersonName = {
      givenNames: given.value,
      paternalSurname: surname.value.join(''),
      maternalSurname: null,
    };
    return ok({ name, ambiguous: false });
  }
  const p = starts[units - 2]!;
  const m = starts[units - 1]!;
  const given = part(words, 0, p, 'givenNames');
  if (given.isErr()) return err(given.error);
  const paternal = part(words, p, m, 'paternalSurname');
  if (paternal.isErr()) return err(paternal.error);
  const maternal = part(words, m, end, 'maternalSurname');
  if (maternal.isErr()) return err(maternal.error);
  const name: PersonName = {
    givenNames: given.value,
    paternalSurname: paternal.value.join(''),
    maternalSurname: maternal.value.join(''),
  };
  if (units > 3) return ok({ name, ambiguous: false });
  // Three units: the second reading makes the middle unit a given name.
  const altGiven = part(words, 0, m, 'givenNames');
  if (altGiven.isErr()) return ok({ name, ambiguous: true });
  const alternative: PersonName = {
    givenNames: altGiven.value,
    paternalSurname: name.maternalSurname,
    maternalSurname: null,
  };
  return ok({ name, ambiguous: true, alternative });
}
