import type { Violation } from '../errors/violation.js';
import { checkNameInput, personNameOf } from './nameInput.js';
import { type FreeTextRules, readFullName } from './parseFullName.js';
import type { FullNameParse, PersonName } from './types.js';

/**
 * @internal A name given either way: free text (form F01's one line) as
 * {@link parseFullName} reads it; anything else checked as {@link parsePersonName} does.
 * Returns the violation itself on failure (no wrapper on the hot path).
 */
export function readName(name: unknown, rules: FreeTextRules): FullNameParse | Violation {
  if (typeof name === 'string') return readFullName(name, rules);
  const input = checkNameInput(name);
  if (input.isErr()) return input.error;
  const parsed = personNameOf(input.value);
  return 'code' in parsed ? parsed : { name: parsed, ambiguous: false };
}

/** @internal The other readings of an ambiguous parse, `null` when it is not ambiguous. */
export function otherReadings(parsed: FullNameParse): readonly PersonName[] | null {
  return parsed.ambiguous ? (parsed.alternatives ?? []) : null;
}
