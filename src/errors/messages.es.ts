import type { ViolationCode } from './codes.js';
import { type Details, is, order, show, val } from './render.js';

/** Mensajes en español de México (es-MX), uno por código. */
export const MESSAGES_ES: Readonly<Record<ViolationCode, (d: Details) => string>> = {
  INVALID_INPUT: (d) => `Datos inválidos${show(d, 'issues', (v) => `: ${v}`)}.`,
  ABBREVIATED_NAME: (d) =>
    `El nombre contiene una abreviatura${show(d, 'word', (v) => ` («${v}»)`)}; el formato F01 pide el nombre completo y sin abreviaturas.`,
  UNSUPPORTED_CHARACTERS: (d) =>
    `El nombre contiene caracteres no admitidos${show(d, 'value', (v) => ` («${v}»)`)}; solo se admiten letras del alfabeto latino.`,
  NAME_TOO_LONG: (d) =>
    `El nombre es demasiado largo${show(d, 'part', (v) => ` (${v})`)}; cada parte admite como máximo ${val(d, 'max', '100')} caracteres.`,
  MISSING_SURNAME: () => 'Falta el apellido: el nombre de usuario se forma con al menos un apellido (5.4.3).',
  NO_USERNAME_AVAILABLE: (d) =>
    `No queda ningún nombre de usuario disponible${show(d, 'name', (v) => ` para «${v}»`)}: todos los candidatos están ocupados, reservados o retirados (5.4.3).`,
  MISSING_SIGNATURE: (d) =>
    `Falta la firma${show(d, 'signer', (v) => ` ${signerEs(v)}`)} en la solicitud F01 (8.1, act. 3).`,
  MISSING_PREVIOUS_AREA: () => 'Una solicitud por cambio de adscripción debe indicar el área anterior (F01).',
  MISSING_EXPIRY: () => 'Una cuenta temporal debe indicar su fecha de expiración (F01).',
  EXPIRY_NOT_AFTER_REQUEST: (d) =>
    `La fecha de expiración${show(d, 'expiresOn', (v) => ` (${v})`)} debe ser posterior a la fecha de la solicitud${show(d, 'requestedOn', (v) => ` (${v})`)}.`,
  EXTERNAL_MUST_BE_TEMPORARY: (d) =>
    `Las cuentas de personas ajenas a SESEQ${show(d, 'holder', (v) => ` (${v === 'contractor' ? 'empresas contratadas' : 'asesores, auditores'})`)} solo pueden ser temporales (4.10, 4.29).`,
  CONTRACTOR_NEEDS_AUTHORIZATION: () =>
    'Una cuenta para personal de una empresa contratada requiere la autorización previa del Área de Informática (4.29).',
  MISSING_INTERNET_JUSTIFICATION: () =>
    'La solicitud de internet debe justificarse plenamente (4.11, 8.1 act. 2).',
  MAILBOX_SEAT_LIMIT_REACHED: (d) =>
    `El departamento${show(d, 'department', (v) => ` «${v}»`)} ya tiene ${val(d, 'inUse', '?')} de ${val(d, 'cap', '?')} cuentas permitidas: solo el jefe y una persona designada, salvo excepción operativa (4.9).`,
  INTERNET_EXIT_LIMIT_REACHED: (d) =>
    `El departamento${show(d, 'department', (v) => ` «${v}»`)} ya tiene ${val(d, 'inUse', '?')} de ${val(d, 'cap', '?')} salidas a internet: solo podrán existir dos (4.13, 8.1 act. 5–6).`,
  FORBIDDEN_ROLE: (d) =>
    `El rol${show(d, 'role', (v) => ` «${v}»`)} no puede realizar ${show(d, 'event', (v) => `«${v}»`) || 'esta acción'}${show(d, 'allowed', (v) => `; pueden hacerlo: ${v}`)}.`,
  INVALID_TRANSITION: (d) =>
    `El evento${show(d, 'event', (v) => ` «${v}»`)} no procede en el estado${show(d, 'status', (v) => ` «${v}»`)}.`,
  MAILBOX_FULL: () =>
    'El buzón superó su capacidad máxima: los mensajes entrantes se rechazan hasta que se vacíe (4.18).',
  USERNAME_RETIRED: (d) =>
    `El nombre de usuario${show(d, 'username', (v) => ` «${v}»`)} fue eliminado por inactividad y no se volverá a crear (4.19).`,
  INVALID_DATE: (d) => {
    if (is(d, 'reason', 'out of range'))
      return `Fecha fuera de los años 1000–9999${show(d, 'field', (v) => ` en «${v}»`)}: no se puede escribir como AAAA-MM-DD.`;
    const o = order(d);
    return o === null
      ? `Fecha inválida${show(d, 'value', (v) => ` «${v}»`)}: se espera un día del calendario AAAA-MM-DD.`
      : `Fecha fuera de orden${show(d, 'value', (v) => ` «${v}»`)}${show(d, 'field', (v) => ` en «${v}»`)}: es ${o.after ? 'posterior' : 'anterior'} ${o.creation ? 'a la creación de la cuenta' : 'al día del evento'} (${o.day}).`;
  },
  INVALID_INSTANT: (d) =>
    `Instante inválido${show(d, 'value', (v) => ` «${v}»`)}: se espera una fecha y hora ISO 8601 con zona horaria.`,
  INVALID_POLICY: (d) => `Política inválida${show(d, 'issues', (v) => `: ${v}`)}.`,
  RESERVED_USERNAME: (d) =>
    `El nombre de usuario${show(d, 'username', (v) => ` «${v}»`)} está reservado para un buzón institucional.`,
  USERNAME_TAKEN: (d) =>
    `El nombre de usuario${show(d, 'username', (v) => ` «${v}»`)} ya está ocupado (5.4.3).`,
  INVALID_LOG: (d) => `La bitácora no reproduce el estado${show(d, 'reason', (v) => `: ${v}`)}.`,
  NOTHING_TO_RELEASE: (d) =>
    `No hay nada que liberar${show(d, 'department', (v) => ` en «${v}»`)}${show(d, 'holder', (v) => ` para «${v}»`)}.`,
  WEAK_JUSTIFICATION: () =>
    'Compartir facturas, memorandos, archivos de Excel o fotos NO es una necesidad que justifique la asignación de un correo electrónico (4.9).',
  USERNAME_NEEDS_REVIEW: (d) =>
    `El nombre de usuario propuesto${show(d, 'username', (v) => ` «${v}»`)} requiere revisión manual.`,
  CAPACITY_INCREASE_NEEDS_JUSTIFICATION: () =>
    'Una capacidad mayor se solicita por memorándum, con la debida justificación y firmado por el titular del área (4.15).',
  LATE_BOSS_NOTICE: (d) =>
    `El aviso de baja llegó ${val(d, 'days', '?')} días después de la baja: debe darse de manera inmediata, en menos de 15 días (4.23).`,
  EVENT_OUT_OF_ORDER: (d) =>
    `El evento${show(d, 'at', (v) => ` del ${v}`)} es anterior al último movimiento registrado${show(d, 'last', (v) => ` (${v})`)}: la bitácora no retrocede en el tiempo.`,
  ALLOWANCE_HELD_ELSEWHERE: (d) =>
    `${show(d, 'username', (v) => `«${v}»`) || 'Este usuario'} ya ocupa ${is(d, 'kind', 'exit') ? 'una salida a internet' : 'una cuenta de correo'}${show(d, 'heldIn', (v) => ` en «${v}»`)}: la cuenta pertenece a un solo departamento (4.20); muévala con un cambio de adscripción.`,
  ACCOUNT_NOT_INACTIVE: (d) =>
    `La cuenta${show(d, 'username', (v) => ` «${v}»`)} no lleva tres meses sin consultarse${show(d, 'inactiveFrom', (v) => ` (lo estaría a partir del ${v})`)}: aún no hay nada que preguntar al jefe inmediato (4.19, 8.3-3).`,
  NOT_YET_DUE: (d) =>
    `${show(d, 'event', (v) => `«${v}»`) || 'Este paso'} no procede todavía${show(d, 'day', (v) => ` el ${v}`)}${show(d, 'due', (v) => `; procede a partir del ${v}`)}.`,
  SAME_DEPARTMENT: (d) =>
    `La cuenta ya pertenece a${show(d, 'department', (v) => ` «${v}»`) || ' ese departamento'}: un cambio de adscripción es hacia otro departamento (8.2-1.B).`,
  TRANSFER_DEPARTMENT_MISMATCH: (d) =>
    `El cambio de adscripción se informó hacia${show(d, 'reported', (v) => ` «${v}»`) || ' otro departamento'}, no hacia${show(d, 'requested', (v) => ` «${v}»`) || ' el indicado'}: la cuenta solo se mueve al área informada (8.2-1.B, 8.2-6).`,
  MISSING_GIVEN_NAME: () =>
    'Falta el nombre: el formato F01 pide el nombre completo y el nombre de usuario parte de un nombre de pila (5.4.3).',
  USERNAME_NOT_CONFORMING: (d) =>
    `El nombre de usuario${show(d, 'username', (v) => ` «${v}»`)} no es uno que las reglas de 5.4.3 den a la persona del formato F01${show(d, 'expected', (v) => ` (se esperaría: ${v})`)}.`,
  PROVISION_FACTS_MISSING: (d) =>
    `Para generar la cuenta${show(d, 'username', (v) => ` «${v}»`)} se requiere registrar lo que el Encargado verificó: si el nombre de usuario está en uso y si fue eliminado por inactividad (4.19, 5.4.3).`,
  CAPACITY_OUT_OF_RANGE: (d) =>
    `La capacidad${show(d, 'capacityMb', (v) => ` de ${v} MB`)} está fuera de lo que el Área de Informática asigna a un buzón${show(d, 'min', (v) => ` (de ${v}`)}${show(d, 'max', (v) => ` a ${v} MB)`)} (4.14, 5.4.7).`,
  ALWAYS_ALLOWED_SITES_ONLY: (d) =>
    `La justificación solo menciona sitios a los que toda área tiene acceso${show(d, 'sites', (v) => ` (${v})`)}: para ellos no se requiere una salida a internet (4.13).`,
  AUTHORIZATION_AFTER_REQUEST: (d) =>
    `La autorización del Área de Informática${show(d, 'authorizedOn', (v) => ` (${v})`)} es posterior a la solicitud${show(d, 'requestedOn', (v) => ` (${v})`)}: la cuenta para personal de una empresa contratada debe autorizarse previamente (4.29).`,
  ALLOWANCE_HELD_FOR_ANOTHER_REQUEST: (d) =>
    `${show(d, 'username', (v) => `«${v}»`) || 'Este usuario'} ya ocupa ${is(d, 'kind', 'exit') ? 'una salida a internet' : 'una cuenta de correo'}${show(d, 'department', (v) => ` en «${v}»`)}${show(d, 'heldFor', (v) => ` por la solicitud «${v}»`)}: la solicitud${show(d, 'subject', (v) => ` «${v}»`)} no puede volver a asignarla (4.9, 4.13).`,
  UNKNOWN_EFFECT: (d) =>
    `El efecto${show(d, 'effect', (v) => ` n.º ${v}`)}${show(d, 'type', (v) => ` «${v}»`)} no es un efecto de esta biblioteca: no se aplica nada.`,
  NAME_PARTS_DISAGREE: (d) =>
    `El nombre completo${show(d, 'fullName', (v) => ` «${v}»`)} no coincide con sus partes${show(d, 'parts', (v) => ` («${v}»)`)}${is(d, 'missing', 'givenNames') ? ': con los apellidos se indica también el nombre de pila' : ''} (F01).`,
};

function signerEs(v: string): string {
  switch (v) {
    case 'director':
      return 'del Director de Área';
    case 'requestingBoss':
      return 'del Jefe inmediato que solicita';
    case 'user':
      return 'del usuario';
    default:
      return `de ${v}`;
  }
}
