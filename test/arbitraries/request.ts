import type fc from 'fast-check';
import { ROLES } from '../../src/_internal/schemas.js';
import type { Actor, Role } from '../../src/machine/types.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import type { RequestArbitraryOptions } from '../../src/testing/request.js';
import * as t from '../../src/testing/request.js';

/** A complete, signed F01 for a staff member, with internet, at the central office. */
export const FORM: AccountRequestForm = {
  folio: 'F01-2026-0001',
  requestedOn: '2026-11-30',
  area: 'Dirección de Planeación',
  director: { name: 'Ana María Juárez López', email: 'ajuarezl@seseqro.gob.mx' },
  requestingBoss: { name: 'Alejandro Hernández Núñez', email: 'alejandrohn@seseqro.gob.mx' },
  kind: 'creation',
  condition: 'fixed',
  user: {
    fullName: 'Perla Adriana Hernández Leal',
    department: 'Informática',
    position: 'Analista de sistemas',
    functions: 'Administración de la red de la unidad y soporte a los usuarios de los sistemas de salud',
    holder: 'staff',
  },
  internet: {
    requested: true,
    justification:
      'Consulta de la normatividad federal y trámites en los portales de los proveedores de la red',
  },
  centralOffice: true,
  signatures: { director: '2026-11-30', requestingBoss: '2026-11-30', user: '2026-11-30' },
};

/** The form with some fields replaced (a shallow merge per nested object). */
export function form(over: Partial<AccountRequestForm> = {}): AccountRequestForm {
  return { ...FORM, ...over };
}

/** A form as unknown input with one top-level key removed. */
export function without(
  key: keyof AccountRequestForm,
  base: AccountRequestForm = FORM,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  delete copy[key];
  return copy;
}

export const actor = (role: Role, id: string = role): Actor => ({ role, id });
export const BOSS = actor('direct-boss', 'jefe-17');
export const IT_HEAD = actor('it-head', 'ti-1');
export const OFFICER = actor('mail-officer', 'mov-2');
export const HELPDESK = actor('helpdesk', 'mesa-3');
export const UNIT_IT = actor('unit-it', 'inf-4');

/** Instants one minute apart from 2026-11-30 09:00 in Querétaro. */
export const at = (minute: number): string => {
  const h = 9 + Math.floor(minute / 60);
  const m = minute % 60;
  return `2026-11-30T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00-06:00`;
};

// The arbitraries live in seseq-correo/testing (src/testing/request.ts), for the adopters'
// property tests as well as ours. Here forms are dated on FORM's day, as the tests expect.
export { eventArb, roleArb } from '../../src/testing/request.js';
export { ROLES };

/** A valid F01 that passes createRequest, dated on {@link FORM}'s day. */
export const validFormArb = (options: RequestArbitraryOptions = {}): fc.Arbitrary<AccountRequestForm> =>
  t.validFormArb({ from: FORM.requestedOn, to: FORM.requestedOn, ...options });
