import type { LibraryEffectType, ReleaseInternetExitEffect, ReleaseSeatEffect } from '../machine/effects.js';

/**
 * The effects that change the allowance ledger, besides the lifecycle's `RELEASE_SEAT` and
 * `RELEASE_INTERNET_EXIT` (src/machine/effects.ts). The request machine produces them; an
 * adapter applies them with {@link applyLedgerEffects} and carries out the mail-server side.
 */

/**
 * Book one of the department's mailbox seats for `username` (4.9, 8.1-9). `exception` is the
 * operational exception the IT head gave when the department was already at its cap
 * (8.1-4.B), or `null`.
 *
 * @example
 * const effect: GrantSeatEffect = { type: 'GRANT_SEAT', department: 'Compras', username: 'PERLAHL', exception: null, clause: '4.9' };
 * applyLedgerEffects(EMPTY_LEDGER, [effect]).map((l) => l.departments[0]?.seats)
 * //=> ok([{ username: 'PERLAHL', exception: null }])
 */
export type GrantSeatEffect = {
  readonly type: 'GRANT_SEAT';
  readonly department: string;
  readonly username: string;
  readonly exception: { readonly reason: string } | null;
  readonly clause: '4.9';
};

/**
 * Give `username` internet access and book one of the department's internet exits for it
 * (8.1-10; the cap is 4.13, 8.1-6).
 *
 * @example
 * const effect: GrantInternetExitEffect = { type: 'GRANT_INTERNET_EXIT', department: 'Compras', username: 'PERLAHL', clause: '8.1-10' };
 * applyLedgerEffects(EMPTY_LEDGER, [effect]).map((l) => l.departments[0]?.exits)
 * //=> ok([{ username: 'PERLAHL' }])
 */
export type GrantInternetExitEffect = {
  readonly type: 'GRANT_INTERNET_EXIT';
  readonly department: string;
  readonly username: string;
  readonly clause: '8.1-10';
};

/**
 * A transfer (cambio de adscripción): move the existing mailbox to `toDepartment` on the
 * server (8.2-9, "cambia la cuenta de servidor"). On the ledger its seat moves with it and its
 * internet exit stays behind, released: the new department grants its own (8.1-7 on the new
 * F01). `fromArea` is F01's "Área anterior", for the adapter's records.
 *
 * @example
 * const effect: MoveMailboxEffect = {
 *   type: 'MOVE_MAILBOX', username: 'PERLAHL', fromArea: 'Compras', toDepartment: 'Almacén', exception: null, clause: '8.2-9',
 * };
 */
export type MoveMailboxEffect = {
  readonly type: 'MOVE_MAILBOX';
  readonly username: string;
  readonly fromArea: string;
  readonly toDepartment: string;
  readonly exception: { readonly reason: string } | null;
  readonly clause: '8.2-9';
};

/**
 * Every effect {@link applyLedgerEffects} applies to the ledger; any other effect is ignored.
 *
 * @example
 * const effects: LedgerEffect[] = [
 *   { type: 'GRANT_SEAT', department: 'Compras', username: 'PERLAHL', exception: null, clause: '4.9' },
 *   { type: 'RELEASE_SEAT', department: 'Compras', username: 'PERLAHL', clause: '8.2-1.A.2' },
 * ];
 * applyLedgerEffects(EMPTY_LEDGER, effects)
 * //=> ok({ departments: [] })
 */
export type LedgerEffect =
  | GrantSeatEffect
  | GrantInternetExitEffect
  | MoveMailboxEffect
  | ReleaseSeatEffect
  | ReleaseInternetExitEffect;

/**
 * What {@link applyLedgerEffects} takes: the effects it applies, with or without their stamp
 * (`subject`, `version`, `index`), and any other effect of the library by its type, which it
 * passes over. A type that is no effect of the library does not compile, and is refused at run
 * time (`UNKNOWN_EFFECT`).
 *
 * @example
 * const effects: LedgerInputEffect[] = [
 *   { type: 'GRANT_SEAT', department: 'Compras', username: 'PERLAHL', exception: null, clause: '4.9' },
 *   { type: 'SET_CAPACITY', username: 'PERLAHL', capacityMb: 2048, clause: '4.14' }, // passed over
 * ];
 * applyLedgerEffects(EMPTY_LEDGER, effects).map((l) => l.departments.map((d) => d.seats.length))
 * //=> ok([1])
 */
export type LedgerInputEffect =
  | LedgerEffect
  | { readonly type: Exclude<LibraryEffectType, LedgerEffect['type']>; readonly [field: string]: unknown };
