/**
 * Why a mailbox seat is held beyond the base cap of 4.9 (the head of the department and one
 * designee): the department has an approved exception in the policy (`policy.seatExceptions`),
 * or the IT head approved this one request as an operational exception (8.1-4.B). A seat held
 * within the base cap has no exception (`null`).
 *
 * @example
 * const exception: SeatException = { kind: 'operational', reason: 'Urgencias atiende 24 h', clause: '4.9' };
 */
export type SeatException =
  | { readonly kind: 'department'; readonly clause: '4.9' }
  | { readonly kind: 'operational'; readonly reason: string; readonly clause: '4.9' };

/**
 * One mailbox seat, held by a username (4.9).
 *
 * @example
 * const seat: SeatHolding = { username: 'PERLAHL', exception: null, grantedBy: { subject: 'F01-2026-0001', version: 4 } };
 */
export type SeatHolding = {
  readonly username: string;
  readonly exception: SeatException | null;
  /** The request (its folio) and the state version whose stamped effect granted it, when it came from one. */
  readonly grantedBy?: GrantedBy;
};

/**
 * The effect's stamp a holding was granted by: the subject (a request's folio) and its version.
 *
 * @example
 * const grantedBy: GrantedBy = { subject: 'F01-2026-0001', version: 4 };
 */
export type GrantedBy = { readonly subject: string; readonly version: number };

/**
 * One internet exit, held by a username (4.13, 8.1-5, 8.1-6).
 *
 * @example
 * const exit: ExitHolding = { username: 'PERLAHL' };
 */
export type ExitHolding = { readonly username: string; readonly grantedBy?: GrantedBy };

/**
 * What one department holds: its mailbox seats (4.9) and its internet exits (4.13), each in
 * the order they were granted (the first seat is, by custom, the head's).
 *
 * @example
 * const compras: DepartmentAllowance = {
 *   department: 'Compras', seats: [{ username: 'PERLAHL', exception: null }], exits: [{ username: 'PERLAHL' }],
 * };
 */
export type DepartmentAllowance = {
  /** The department's key, compared exactly as written (F01 "Departamento"). */
  readonly department: string;
  readonly seats: readonly SeatHolding[];
  readonly exits: readonly ExitHolding[];
};

/**
 * The allowance ledger: what every department holds, as plain JSON. Departments are a list
 * sorted by key (never object keys, so a department called `__proto__` is plain data and the
 * JSON is canonical); a department that holds nothing is not listed. A username holds at
 * most one seat and at most one exit in the whole ledger: an account belongs to the one
 * department it serves (F01 "pertenecen al Departamento al que pertenece actualmente", 4.20).
 *
 * @example
 * const ledger: AllowanceLedger = {
 *   departments: [{ department: 'Compras', seats: [{ username: 'PERLAHL', exception: null }], exits: [] }],
 * };
 * grant(EMPTY_LEDGER, { kind: 'seat', department: 'Compras', username: 'PERLAHL' })
 * //=> ok(ledger)
 */
export type AllowanceLedger = { readonly departments: readonly DepartmentAllowance[] };

/**
 * The two things a department is allowed a fixed number of.
 *
 * @example
 * const kind: AllowanceKind = 'exit';
 * release(EMPTY_LEDGER, { kind, department: 'Compras', username: 'PERLAHL' }).isErr()
 * //=> true (NOTHING_TO_RELEASE)
 */
export type AllowanceKind = 'seat' | 'exit';

/**
 * The empty ledger: no department holds anything.
 *
 * @example
 * EMPTY_LEDGER
 * //=> { departments: [] }
 */
export const EMPTY_LEDGER: AllowanceLedger = Object.freeze({ departments: Object.freeze([]) });
