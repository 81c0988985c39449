import type { Result } from 'neverthrow';
import { formName } from '../_internal/formName.js';
import { type Violation, violation } from '../errors/violation.js';
import {
  checkUsernameConformance,
  generateUsername,
  isParticle,
  normalizeName,
  parseFullName,
  parsePersonName,
  type Taken,
  type UsernameAssignment,
  type UsernameConformance,
} from '../names/index.js';
import type { Policy } from '../policy/policy.js';
import type { AccountRequestForm } from './types.js';

/**
 * @internal A defect of the name F01 gives, on F01 ("nombre completo y sin abreviaturas") when
 * the names module cites no clause of its own: how createRequest, the review and PROVISION all
 * report a name they cannot read.
 */
export const onF01 = (v: Violation): Violation => ({ ...v, clause: v.clause ?? 'F01' });

/** @internal The form field a name defect is reported on: the parts when they rule, else the full name. */
export function namePath(form: AccountRequestForm): string {
  return form.user.givenNames === undefined ? 'user.fullName' : 'user.givenNames';
}

/**
 * The name material of a text: its folded words without particles, run together. Particles are
 * set aside on both sides of the comparison, a part of particles only included: the whole cannot
 * tell which of its particles such a part is, so `Perla Hernández de la` agrees with its own
 * parts `Perla / Hernández / de la`.
 */
function material(text: string): string | null {
  const folded = normalizeName(text);
  if (folded.isErr()) return null;
  // normalizeName's words are single-spaced and trimmed: splitting gives no empty word to drop.
  return folded.value
    .split(' ')
    .filter((w) => !isParticle(w))
    .join('');
}

/**
 * @internal Whether the full name agrees with the parts F01 gives beside it (SPEC §12): the
 * same material (letters once accents, case, hyphens, particles and spacing are set aside), in
 * the same order. `null` when they agree, when no part is given, or when a text cannot be read
 * (the name's own check reports that).
 */
export function nameAgreement(form: AccountRequestForm): Violation | null {
  const { givenNames, paternalSurname, maternalSurname, fullName } = form.user;
  if (givenNames === undefined) {
    if (paternalSurname === undefined && maternalSurname === undefined) return null;
    return violation('NAME_PARTS_DISAGREE', 'F01', { missing: 'givenNames', path: 'user.givenNames' });
  }
  const parts = [givenNames, paternalSurname ?? '', maternalSurname ?? ''].map((p) => material(p));
  const whole = material(fullName);
  if (whole === null || parts.some((p) => p === null)) return null;
  const joined = parts.join('');
  if (whole === joined) return null;
  return violation('NAME_PARTS_DISAGREE', 'F01', {
    fullName: fullName.length > 80 ? `${fullName.slice(0, 79)}…` : fullName,
    parts: [givenNames, paternalSurname ?? null, maternalSurname ?? null]
      .filter((p) => p !== null)
      .join(' / '),
    path: 'user.fullName',
  });
}

/** @internal The names module as the request module uses it (SPEC §10). */
export function proposeUsername(
  form: AccountRequestForm,
  taken: Taken,
  policy: Policy,
): Result<UsernameAssignment, Violation> {
  return generateUsername(formName(form), taken, policy);
}

/** @internal Whether 5.4.3 can give `username` to the form's person (any rule, the numbered fallback included); a name it cannot read is refused on F01. */
export function conformance(
  form: AccountRequestForm,
  username: string,
  policy: Policy,
): Result<UsernameConformance, Violation> {
  return checkUsernameConformance(formName(form), username, policy).mapErr(onF01);
}

/**
 * @internal Whether the form's name can be read (no abbreviation, a surname, …): F01, 5.4.3.
 * Its parts when given, else the full name; the defect on F01 (see {@link onF01}), with the
 * field it is in.
 */
export function readFormName(
  form: AccountRequestForm,
  policy: Policy,
): { readonly defect: Violation; readonly path: string } | null {
  const name = formName(form);
  if (typeof name === 'string') {
    const r = parseFullName(name, policy);
    return r.isErr() ? { defect: onF01(r.error), path: 'user.fullName' } : null;
  }
  const r = parsePersonName(name, policy);
  if (r.isErr()) return { defect: onF01(r.error), path: 'user.givenNames' };
  const whole = fullNameDefect(form);
  return whole === null ? null : { defect: whole, path: 'user.fullName' };
}

/**
 * @internal When F01 gives the name's parts, the full name beside them is read too: it must be
 * a name, without abbreviations (F01). Its defect, on F01, or `null` (also when no part is given: then
 * the full name is the name, read by the names module).
 */
export function fullNameDefect(form: AccountRequestForm): Violation | null {
  if (form.user.givenNames === undefined) return null;
  const whole = normalizeName(form.user.fullName);
  return whole.isErr() ? onF01(whole.error) : null;
}

export type { Taken, UsernameAssignment };
