import { normalizeName } from '../names/normalize.js';

const MARKS = /\p{M}/gu;
const SPACES = /\s+/gu;

/**
 * @internal A person's name as a matching key: the names module's folding (SPEC §3.1), so
 * "María Soledad Ramírez Trejo" and "MARIA SOLEDAD RAMIREZ TREJO" meet; `null` when there is
 * no name or it cannot be folded (an abbreviation, digits).
 */
export function nameKey(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  // A blank name folds to '' and has no key.
  const r = normalizeName(name);
  return r.isOk() && r.value !== '' ? r.value : null;
}

/** @internal An employee id as a key: trimmed and upper-cased; `null` when blank. */
export function idKey(id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  const t = id.trim().toUpperCase();
  return t === '' ? null : t;
}

/**
 * @internal A department's name as a key: accents, case and spacing do not tell two
 * departments apart (payroll writes "COMPRAS", the mail server "Compras"); digits stay.
 */
export function departmentKey(department: string): string {
  return department.normalize('NFD').replace(MARKS, '').replace(SPACES, ' ').trim().toUpperCase();
}
