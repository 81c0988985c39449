import { type Violation, violation } from '../errors/violation.js';

/** @internal `INVALID_DATE` with the field and a short, safe echo of the value. */
export function invalidDate(value: unknown, field: string, reason?: string): Violation {
  const shown = typeof value === 'string' ? value.slice(0, 40) : value === null ? 'null' : typeof value;
  return violation(
    'INVALID_DATE',
    null,
    reason === undefined ? { field, value: shown } : { field, value: shown, reason },
  );
}
