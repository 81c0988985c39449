import type { MoveMailboxEffect } from '../allowances/effects.js';
import type { Clause } from '../errors/violation.js';
import type {
  BackupMailboxEffect,
  DeleteMailboxEffect,
  NotifyEffect,
  ReleaseInternetExitEffect,
  ReleaseSeatEffect,
  RetireUsernameEffect,
} from '../machine/effects.js';
import type { Stamped } from '../machine/types.js';

/**
 * Suspend the holder's permission to use the network while an internal investigation lasts;
 * the superior is told by a `NOTIFY` in the same transition (4.21.4, 5.4.15).
 *
 * @example
 * const effect: SuspendNetworkAccessEffect = { type: 'SUSPEND_NETWORK_ACCESS', username: 'PERLAHL', clause: '4.21.4' };
 */
export type SuspendNetworkAccessEffect = {
  readonly type: 'SUSPEND_NETWORK_ACCESS';
  readonly username: string;
  readonly clause: '4.21.4';
};

/**
 * Give the network permission back when the suspension ends (4.21.4, 5.4.15).
 *
 * @example
 * const effect: RestoreNetworkAccessEffect = { type: 'RESTORE_NETWORK_ACCESS', username: 'PERLAHL', clause: '4.21.4' };
 */
export type RestoreNetworkAccessEffect = {
  readonly type: 'RESTORE_NETWORK_ACCESS';
  readonly username: string;
  readonly clause: '4.21.4';
};

/**
 * Deactivate the mailbox for a temporary sanction, keeping its mail (4.26).
 *
 * @example
 * const effect: DisableMailboxEffect = { type: 'DISABLE_MAILBOX', username: 'PERLAHL', clause: '4.26' };
 */
export type DisableMailboxEffect = {
  readonly type: 'DISABLE_MAILBOX';
  readonly username: string;
  readonly clause: '4.26';
};

/**
 * Reactivate a mailbox deactivated by a temporary sanction (4.26).
 *
 * @example
 * const effect: EnableMailboxEffect = { type: 'ENABLE_MAILBOX', username: 'PERLAHL', clause: '4.26' };
 */
export type EnableMailboxEffect = {
  readonly type: 'ENABLE_MAILBOX';
  readonly username: string;
  readonly clause: '4.26';
};

/**
 * Keep the "listado de cuentas que pueden ser ocupadas" up to date: the department's seat held
 * by `username` is free again (5.4.4, 8.2-1.A.2, 8.3-10).
 *
 * @example
 * const effect: UpdateAccountListingEffect = {
 *   type: 'UPDATE_ACCOUNT_LISTING', department: 'Compras', username: 'PERLAHL', change: 'seatAvailable', clause: '8.3-10',
 * };
 */
export type UpdateAccountListingEffect = {
  readonly type: 'UPDATE_ACCOUNT_LISTING';
  readonly department: string;
  readonly username: string;
  readonly change: 'seatAvailable';
  readonly clause: Clause;
};

/**
 * Every effect the account machine produces, before the kit stamps it with `subject`,
 * `version` and `index` (SPEC §11). Each names its clause; none carries a password.
 *
 * | type | when | clause |
 * | --- | --- | --- |
 * | `NOTIFY` | inquiry to the boss, confirmation of a cancellation, grace started, late baja notice, suspension, cancellation | 8.3-4, 4.24, 4.22, 4.23, 4.21.4, 8.3-10 |
 * | `BACKUP_MAILBOX` | entering the grace period, and again right before every deletion | 4.22, 8.2-1.A.1, 8.3-8 |
 * | `DELETE_MAILBOX` | every path to `cancelled`, always after a `BACKUP_MAILBOX` | 4.19, 4.22, 8.2-1.A.2 |
 * | `RELEASE_SEAT` / `RELEASE_INTERNET_EXIT` | every path to `cancelled` (exit only when the account had internet) | 4.9, 4.13, 8.2-1.A.2 |
 * | `RETIRE_USERNAME` | a cancellation for inactivity | 4.19 |
 * | `UPDATE_ACCOUNT_LISTING` | every path to `cancelled` | 5.4.4, 8.3-10 |
 * | `MOVE_MAILBOX` | a completed transfer (seat moves, old department's exit released) | 8.2-9 |
 * | `SUSPEND_NETWORK_ACCESS` / `RESTORE_NETWORK_ACCESS` | investigation starts / ends | 4.21.4, 5.4.15 |
 * | `DISABLE_MAILBOX` / `ENABLE_MAILBOX` | temporary sanction starts / ends | 4.26 |
 *
 * @example
 * const effect: AccountEffect = { type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22' };
 */
export type AccountEffect =
  | NotifyEffect
  | BackupMailboxEffect
  | DeleteMailboxEffect
  | RetireUsernameEffect
  | ReleaseSeatEffect
  | ReleaseInternetExitEffect
  | UpdateAccountListingEffect
  | MoveMailboxEffect
  | SuspendNetworkAccessEffect
  | RestoreNetworkAccessEffect
  | DisableMailboxEffect
  | EnableMailboxEffect;

/**
 * An {@link AccountEffect} as the adapters receive it: with `machine: 'account'`, `subject`, `version` and `index`.
 *
 * @example
 * const effect: StampedAccountEffect = {
 *   type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22', machine: 'account', subject: 'a1', version: 3, index: 1,
 * };
 * effectKey(effect)
 * //=> 'account/a1/3/1'
 */
export type StampedAccountEffect = Stamped<AccountEffect, 'account'>;
