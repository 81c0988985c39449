import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { issuesToViolation } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { personNameOf, UNREADABLE_INPUT } from './nameInput.js';
import { personNameInputSchema } from './schema.js';
import type { PersonName } from './types.js';

/**
 * Validates a structured name from outside (a form, JSON) and reduces it to its material
 * (SPEC §3.1): NFKC, accents stripped, uppercase, hyphens and apostrophes joined,
 * zero-width characters dropped, particles dropped (`'de la Cruz'` → `'CRUZ'`), each
 * surname's words joined (`'Ponce de León'` → `'PONCELEON'`).
 *
 * Refuses a value of the wrong shape (`INVALID_INPUT`, by {@link personNameInputSchema}),
 * an abbreviation such as `Ma.` or `J` (`ABBREVIATED_NAME`, F01 "sin abreviaturas"),
 * digits, control characters or non-Latin letters (`UNSUPPORTED_CHARACTERS`), a part over
 * 100 characters (`NAME_TOO_LONG`), no given name (`MISSING_GIVEN_NAME`) and no surname at
 * all (`MISSING_SURNAME`). An empty surname counts as absent. @see 5.4.3, F01
 *
 * @param input - `{ givenNames, paternalSurname?, maternalSurname? }`, unknown until checked
 * @param policy - read through `readPolicy` (a refused one gives `INVALID_POLICY`); the rules here do not depend on it
 * @returns the name's material, or the first problem found
 *
 * @example
 * parsePersonName({ givenNames: 'María de los Ángeles', paternalSurname: 'de la Cruz', maternalSurname: 'Ponce de León' })
 * //=> ok({ givenNames: ['MARIA', 'ANGELES'], paternalSurname: 'CRUZ', maternalSurname: 'PONCELEON' })
 */
export function parsePersonName(input: unknown, policy?: Policy): Result<PersonName, Violation> {
  return guard([input, policy], () => parsePersonNameUnguarded(input, policy), refuse);
}

function parsePersonNameUnguarded(input: unknown, policy?: Policy): Result<PersonName, Violation> {
  const read = readPolicy(policy);
  if (read.isErr()) return err(read.error);
  let parsed: ReturnType<typeof personNameInputSchema.safeParse>;
  try {
    parsed = personNameInputSchema.safeParse(input);
  } catch {
    return err(UNREADABLE_INPUT);
  }
  if (!parsed.success) return err(issuesToViolation(parsed.error.issues));
  const name = personNameOf(parsed.data);
  return 'code' in name ? err(name) : ok(name);
}
