import type { PersonNameInput } from '../names/index.js';
import type { AccountRequestForm } from '../request/types.js';

/**
 * @internal The person's name as F01 gives it: its parts when the form carries them (they rule,
 * SPEC §12), else the full name read as free text (SPEC §3.4). Read by the request module and
 * by the kit's request arbitraries, whose PROVISION must name the username the machine accepts.
 */
export function formName(form: AccountRequestForm): PersonNameInput | string {
  const { givenNames, paternalSurname, maternalSurname, fullName } = form.user;
  if (givenNames === undefined) return fullName;
  return { givenNames, paternalSurname: paternalSurname ?? null, maternalSurname: maternalSurname ?? null };
}
