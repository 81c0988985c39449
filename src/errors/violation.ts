import type { ViolationCode } from './codes.js';

/**
 * A clause of U430-DP-P09 as the procedure numbers it: a policy (`'4.19'`), a responsibility
 * (`'5.4.3'`), an activity of a sub-procedure (`'8.1-7.A'`), or the form (`'F01'`).
 *
 * @example
 * const clause: Clause = '8.1-7.A';
 * violation('MISSING_SURNAME', '5.4.3').clause
 * //=> '5.4.3'
 */
export type Clause = string;

/**
 * A broken rule, as a value: a stable `code`, the clause it comes from (or `null` when no
 * clause is involved, such as malformed input) and structured `details`. Wording is built
 * only on demand by {@link describe}.
 *
 * @example
 * const v: Violation = { code: 'MISSING_SURNAME', clause: '5.4.3' };
 * generateUsername('Soledad', new Set()).mapErr((e: Violation) => e.code)
 * //=> err('MISSING_SURNAME')
 */
export type Violation = {
  readonly code: ViolationCode;
  readonly clause: Clause | null;
  readonly details?: Record<string, unknown>;
};

/**
 * Builds a {@link Violation}, leaving `details` out when there are none.
 *
 * @example
 * violation('MISSING_SURNAME', '5.4.3')
 * //=> { code: 'MISSING_SURNAME', clause: '5.4.3' }
 */
export function violation(
  code: ViolationCode,
  clause: Clause | null,
  details?: Record<string, unknown>,
): Violation {
  return details === undefined ? { code, clause } : { code, clause, details };
}
