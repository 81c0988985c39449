import { isPlainDate, type PlainDate } from '../_internal/plainDate.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A date cell as spreadsheets in Mexico write it: `AAAA-MM-DD` or `DD/MM/AAAA`, with or without
 * a time (the day is the one written: exports give local times). `null` for an empty cell or
 * "nunca"; `undefined` when it is not a real day.
 */
export function dateCell(cell: string | undefined): PlainDate | null | undefined {
  const s = (cell ?? '').trim();
  if (s === '' || s.toLowerCase() === 'nunca' || s.toLowerCase() === 'never') return null;
  const iso = ISO.exec(s);
  const date = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : // Stryker disable next-line StringLiteral: the fallback is any text that is no day
      ((m) => (m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : ''))(DMY.exec(s));
  return isPlainDate(date) ? date : undefined;
}

/**
 * A number cell (`1,024.5`, `1,024,000` or `1024,5` as Excel may write it: one comma and no
 * point is a decimal comma, else commas group thousands); `undefined` when empty or not a number.
 */
export function numberCell(cell: string | undefined): number | undefined {
  // Stryker disable next-line StringLiteral: any other text for a missing cell is no number either
  const s = (cell ?? '').replace(/\s/g, '');
  if (s === '') return undefined;
  // At most one comma and no point: a decimal comma (`replace` changes nothing without one).
  const decimalComma = s.indexOf(',') === s.lastIndexOf(',') && !s.includes('.');
  const normal = decimalComma ? s.replace(',', '.') : s.replaceAll(',', '');
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** A yes/no cell: `sí`, `si`, `s`, `x`, `1`, `yes`, `true` are yes. */
export function yesCell(cell: string | undefined): boolean {
  // Stryker disable next-line StringLiteral: any other text for a missing cell is no "yes" either
  const s = (cell ?? '').trim().toLowerCase();
  return ['sí', 'si', 's', 'x', '1', 'yes', 'y', 'true', 'verdadero'].includes(s);
}

/** A username cell: the part before `@` of an address, upper-cased. */
export function usernameCell(cell: string | undefined): string {
  const s = (cell ?? '').trim();
  const at = s.indexOf('@');
  return (at >= 0 ? s.slice(0, at) : s).toUpperCase();
}

const STATUS: Readonly<Record<string, string>> = {
  activa: 'active',
  activo: 'active',
  active: 'active',
  permiso: 'onLeave',
  licencia: 'onLeave',
  onleave: 'onLeave',
  suspendida: 'suspended',
  suspendido: 'suspended',
  suspended: 'suspended',
  cancelada: 'cancelled',
  cancelado: 'cancelled',
  baja: 'cancelled',
  cancelled: 'cancelled',
  cambio: 'transferPending',
  transferpending: 'transferPending',
  gracia: 'gracePeriod',
  graceperiod: 'gracePeriod',
  aviso: 'cancellationNotice',
  cancellationnotice: 'cancellationNotice',
  investigacion: 'inactivityInquiry',
  inactivityinquiry: 'inactivityInquiry',
};

const HOLDER: Readonly<Record<string, 'staff' | 'external' | 'contractor'>> = {
  personal: 'staff',
  staff: 'staff',
  trabajador: 'staff',
  externo: 'external',
  external: 'external',
  asesor: 'external',
  auditor: 'external',
  prestador: 'contractor',
  proveedor: 'contractor',
  contractor: 'contractor',
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** An account status cell in Spanish or English; `undefined` when unknown, `null` when empty. */
export function statusCell(cell: string | undefined): string | null | undefined {
  const s = fold(cell ?? '');
  return s === '' ? null : Object.hasOwn(STATUS, s) ? STATUS[s] : undefined;
}

/** A holder cell (personal, externo, prestador); `undefined` when unknown, `null` when empty. */
export function holderCell(cell: string | undefined): 'staff' | 'external' | 'contractor' | null | undefined {
  const s = fold(cell ?? '');
  return s === '' ? null : Object.hasOwn(HOLDER, s) ? HOLDER[s] : undefined;
}
