import { err, ok, type Result } from 'neverthrow';
import { type Violation, violation } from '../errors/violation.js';
import { foldWords, isViolation, materialOf, type PartName } from './normalize.js';
import type { PersonName, PersonNameInput } from './types.js';

/** @internal A thrown getter or Proxy trap in the input: the input is unreadable. */
export const UNREADABLE_INPUT: Violation = violation('INVALID_INPUT', null, {
  issues: ['(root): the input could not be read'],
});

const SURNAMES = ['paternalSurname', 'maternalSurname'] as const;

/**
 * @internal The shape check of {@link personNameInputSchema}, written out so that
 * {@link generateUsername} does not carry zod (its bundle budget is 8 kB). It accepts
 * exactly what the schema accepts and reports the same `INVALID_INPUT` (a property test
 * holds the two together).
 */
export function checkNameInput(input: unknown): Result<PersonNameInput, Violation> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return err(invalidType([['', 'object']]));
  }
  try {
    const o = input as Record<string, unknown>;
    const wrong: [string, string][] = [];
    const givenNames = o.givenNames;
    if (typeof givenNames !== 'string') wrong.push(['givenNames', 'string']);
    const surnames: (string | null)[] = [];
    for (const key of SURNAMES) {
      const value = o[key];
      if (value === undefined || value === null) surnames.push(null);
      else if (typeof value === 'string') surnames.push(value);
      else wrong.push([key, 'string']);
    }
    if (
      wrong.length > 0 ||
      // Stryker disable next-line ConditionalExpression: it narrows the type; a givenNames that is no string is in wrong already
      typeof givenNames !== 'string'
    ) {
      return err(invalidType(wrong));
    }
    return ok({ givenNames, paternalSurname: surnames[0] ?? null, maternalSurname: surnames[1] ?? null });
  } catch {
    return err(UNREADABLE_INPUT);
  }
}

/** The violation `issuesToViolation` builds from zod's `invalid_type` issues. */
function invalidType(wrong: readonly [string, string][]): Violation {
  return violation('INVALID_INPUT', null, {
    issues: wrong.map(([path]) => `${path || '(root)'}: invalid_type`),
    problems: wrong.map(([path, expected]) => ({ path, issue: 'invalid_type', expected })),
  });
}

/** @internal One surname's joined material, or `null` when absent or empty. */
function surnameOf(raw: string | null | undefined, part: PartName): string | null | Violation {
  if (raw === null || raw === undefined) return null;
  const words = foldWords(raw, part);
  if (isViolation(words)) return words;
  const material = materialOf(words, part);
  if (isViolation(material)) return material;
  return material.length === 0 ? null : material.join('');
}

/**
 * @internal A well-shaped structured name reduced to its material (SPEC §3.1), or the
 * first problem in its words, given names first.
 */
export function personNameOf(input: {
  givenNames: string;
  paternalSurname?: string | null | undefined;
  maternalSurname?: string | null | undefined;
}): PersonName | Violation {
  const words = foldWords(input.givenNames, 'givenNames');
  if (isViolation(words)) return words;
  const given = materialOf(words, 'givenNames');
  if (isViolation(given)) return given;
  const paternal = surnameOf(input.paternalSurname, 'paternalSurname');
  if (paternal !== null && typeof paternal === 'object') return paternal;
  const maternal = surnameOf(input.maternalSurname, 'maternalSurname');
  if (maternal !== null && typeof maternal === 'object') return maternal;
  if (given.length === 0) return violation('MISSING_GIVEN_NAME', 'F01');
  if (paternal === null && maternal === null) return violation('MISSING_SURNAME', '5.4.3');
  return { givenNames: given, paternalSurname: paternal, maternalSurname: maternal };
}
