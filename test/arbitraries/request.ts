import fc from 'fast-check';
import { ROLES } from '../../src/_internal/schemas.js';
import type { Actor, Role } from '../../src/machine/types.js';
import { checkUsernameConformance } from '../../src/names/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';

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

export { ROLES };

/** Any role. */
export const roleArb: fc.Arbitrary<Role> = fc.constantFrom(...ROLES);

/** The parts of the names validFormArb uses, as F01 may give them beside the full name (SPEC §12). */
const PARTS: Record<string, { givenNames: string; paternalSurname: string; maternalSurname?: string }> = {
  'Perla Adriana Hernández Leal': {
    givenNames: 'Perla Adriana',
    paternalSurname: 'Hernández',
    maternalSurname: 'Leal',
  },
  'Alejandro Hernández Núñez': {
    givenNames: 'Alejandro',
    paternalSurname: 'Hernández',
    maternalSurname: 'Núñez',
  },
  // Three words: the parts settle the reading (two given names, one surname).
  'Juana Inés Pérez': { givenNames: 'Juana Inés', paternalSurname: 'Pérez' },
};

/** A valid F01 that passes createRequest: staff or a properly temporary outsider or contractor. */
export function validFormArb(
  options: { departments?: readonly string[]; folio?: fc.Arbitrary<string> } = {},
) {
  const departments = options.departments ?? ['Informática', 'Compras', '__proto__'];
  return fc
    .record({
      folio: options.folio ?? fc.stringMatching(/^F-[0-9]{1,6}$/),
      department: fc.constantFrom(...departments),
      kind: fc.constantFrom('creation' as const, 'transfer' as const),
      holder: fc.constantFrom('staff' as const, 'external' as const, 'contractor' as const),
      temporary: fc.boolean(),
      internet: fc.boolean(),
      internetOnly: fc.oneof(
        { weight: 4, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      centralOffice: fc.boolean(),
      name: fc.constantFrom('Perla Adriana Hernández Leal', 'Alejandro Hernández Núñez', 'Juana Inés Pérez'),
      parts: fc.boolean(),
    })
    .map(
      ({
        folio,
        department,
        kind,
        holder,
        temporary,
        internet,
        internetOnly,
        centralOffice,
        name,
        parts,
      }): AccountRequestForm => {
        const temp = temporary || holder !== 'staff';
        const f: AccountRequestForm = {
          ...FORM,
          folio,
          kind,
          condition: temp ? 'temporary' : 'fixed',
          user: { ...FORM.user, department, holder, fullName: name },
          internet: internet ? FORM.internet : { requested: false },
          centralOffice,
        };
        if (parts) f.user = { ...f.user, ...PARTS[name] };
        if (kind === 'transfer') f.previousArea = 'Dirección Administrativa';
        else if (internetOnly) {
          // 4.11: internet alone, for a person who already has an account.
          f.mailbox = false;
          f.internet = FORM.internet;
        }
        if (temp) f.expiresOn = '2027-05-31';
        if (holder === 'contractor')
          f.contractorAuthorization = { by: 'Responsable de Informática', on: '2026-11-29' };
        return f;
      },
    );
}

/** What an honest mail officer records at PROVISION for a free username (4.19, 5.4.3). */
export const FREE = { usernameInUse: false, usernameRetired: false } as const;

/**
 * The usernames 5.4.3 can give the form's person: the rules' candidates, then the first one
 * numbered 2 and 99 (the fallback's ends).
 */
export function usernamesFor(f: AccountRequestForm): string[] {
  const name =
    f.user.givenNames === undefined
      ? f.user.fullName
      : {
          givenNames: f.user.givenNames,
          paternalSurname: f.user.paternalSurname ?? null,
          maternalSurname: f.user.maternalSurname ?? null,
        };
  const expected = checkUsernameConformance(name, 'X')
    ._unsafeUnwrap()
    .expected.map((c) => c.username);
  const first = expected[0] as string;
  return [...expected, `${first}2`, `${first}99`];
}

/** Any request event (valid shape), from any role: the kit's own (`seseq-correo/testing`). */
export { eventArb } from '../../src/testing/request.js';
