import type { Violation } from '../errors/violation.js';
import { checkNameInput, personNameOf } from './nameInput.js';
import { readFullName } from './parseFullName.js';
import type { FullNameParse } from './types.js';

/**
 * @internal A name given either way: free text (form F01's one line) as
 * {@link parseFullName} reads it; anything else checked as {@link parsePersonName} does.
 * Returns the violation itself on failure (no wrapper on the hot path).
 */
export function readName(name: unknown): FullNameParse | Violation {
  if (typeof name === 'string') return readFullName(name);
  const input = checkNameInput(name);
  if (input.isErr()) return input.error;
  const parsed = personNameOf(input.value);
  return 'code' in parsed ? parsed : { name: parsed, ambiguous: false };
}
