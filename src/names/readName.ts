import { err, ok, type Result } from 'neverthrow';
import type { Violation } from '../errors/violation.js';
import { checkNameInput, personNameOf } from './nameInput.js';
import { parseFullName } from './parseFullName.js';
import type { FullNameParse } from './types.js';

/**
 * @internal A name given either way: free text (form F01's one line) through
 * {@link parseFullName}; anything else checked like {@link parsePersonName} does.
 */
export function readName(name: unknown): Result<FullNameParse, Violation> {
  if (typeof name === 'string') return parseFullName(name);
  const input = checkNameInput(name);
  if (input.isErr()) return err(input.error);
  const parsed = personNameOf(input.value);
  return parsed.isOk() ? ok({ name: parsed.value, ambiguous: false }) : err(parsed.error);
}
