import type { Clause } from '../errors/violation.js';
import type { Role } from './types.js';

/**
 * The effects both machines produce, by their fixed names (SPEC §11). Each names the clause
 * that asks for it. Effects carry no password or other secret: they are meant to be stored.
 */

/**
 * Send a message from a template; `data` holds only plain, non-secret values.
 *
 * @example
 * const notice: NotifyEffect = {
 *   type: 'NOTIFY', to: 'user', template: 'grace-period', clause: '4.22',
 *   data: { username: 'PERLAHL', usableThrough: '2027-01-04', cancelOn: '2027-01-05' },
 * };
 */
export type NotifyEffect = {
  readonly type: 'NOTIFY';
  readonly to: Role | 'user';
  readonly template: string;
  readonly clause: Clause;
  readonly data?: Readonly<Record<string, string | number | boolean | null>>;
};

/**
 * Back up a mailbox and hand it to `deliverTo` (4.22, 8.2-1.A.1, 8.2-8, 8.3-8).
 *
 * @example
 * const backup: BackupMailboxEffect = { type: 'BACKUP_MAILBOX', username: 'PERLAHL', deliverTo: 'direct-boss', clause: '8.2-1.A.1' };
 */
export type BackupMailboxEffect = {
  readonly type: 'BACKUP_MAILBOX';
  readonly username: string;
  readonly deliverTo: Role;
  readonly clause: Clause;
};

/**
 * Deactivate and delete a mailbox and its mail (4.19, 4.22, 8.2-1.A.2). Always after a backup.
 *
 * @example
 * const deletion: DeleteMailboxEffect = { type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22' };
 */
export type DeleteMailboxEffect = {
  readonly type: 'DELETE_MAILBOX';
  readonly username: string;
  readonly clause: Clause;
};

/**
 * Never issue this username again ("una vez eliminada NO se volverá a crear", 4.19).
 *
 * @example
 * const retire: RetireUsernameEffect = { type: 'RETIRE_USERNAME', username: 'PERLAHL', clause: '4.19' };
 */
export type RetireUsernameEffect = {
  readonly type: 'RETIRE_USERNAME';
  readonly username: string;
  readonly clause: '4.19';
};

/**
 * Give a department's mailbox seat back to its ledger (4.9, 8.2-1.A.2, 8.3-10).
 *
 * @example
 * const release: ReleaseSeatEffect = { type: 'RELEASE_SEAT', department: 'Compras', username: 'PERLAHL', clause: '8.2-1.A.2' };
 */
export type ReleaseSeatEffect = {
  readonly type: 'RELEASE_SEAT';
  readonly department: string;
  readonly username: string;
  readonly clause: Clause;
};

/**
 * Give a department's internet exit back to its ledger (4.13, 8.2-1.A.2).
 *
 * @example
 * const release: ReleaseInternetExitEffect = {
 *   type: 'RELEASE_INTERNET_EXIT', department: 'Compras', username: 'PERLAHL', clause: '8.2-1.A.2',
 * };
 */
export type ReleaseInternetExitEffect = {
  readonly type: 'RELEASE_INTERNET_EXIT';
  readonly department: string;
  readonly username: string;
  readonly clause: Clause;
};

/**
 * Deliver the resguardo F02: via the helpdesk (central office, 8.1-11.A) or the unit's IT (8.1-11.B).
 *
 * @example
 * const resguardo: IssueResguardoEffect = { type: 'ISSUE_RESGUARDO', via: 'helpdesk', username: 'PERLAHL', clause: '8.1-11.A' };
 */
export type IssueResguardoEffect = {
  readonly type: 'ISSUE_RESGUARDO';
  readonly via: 'helpdesk' | 'unit-it';
  readonly username: string;
  readonly clause: Clause;
};

/**
 * The effects whose names SPEC §11 fixes.
 *
 * @example
 * const effects: CommonEffect[] = [
 *   { type: 'BACKUP_MAILBOX', username: 'PERLAHL', deliverTo: 'direct-boss', clause: '8.3-8' },
 *   { type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22' },
 * ];
 */
export type CommonEffect =
  | NotifyEffect
  | BackupMailboxEffect
  | DeleteMailboxEffect
  | RetireUsernameEffect
  | ReleaseSeatEffect
  | ReleaseInternetExitEffect
  | IssueResguardoEffect;

/**
 * The `type` of every effect the library's machines produce (SPEC §11), request and account
 * lifecycle alike. {@link applyLedgerEffects} passes over the ones that do not concern the
 * ledger and refuses any other type (a misspelling). A type test holds this list equal to the
 * union `Effect['type']`.
 *
 * @example
 * LIBRARY_EFFECT_TYPES[0]
 * //=> 'NOTIFY'
 * LIBRARY_EFFECT_TYPES.includes('DELETE_MAILBOX')
 * //=> true
 */
export const LIBRARY_EFFECT_TYPES = [
  'NOTIFY',
  'BACKUP_MAILBOX',
  'DELETE_MAILBOX',
  'RETIRE_USERNAME',
  'RELEASE_SEAT',
  'RELEASE_INTERNET_EXIT',
  'ISSUE_RESGUARDO',
  'RECORD_SEAT_EXCEPTION',
  'GRANT_SEAT',
  'CREATE_MAILBOX',
  'MOVE_MAILBOX',
  'RESET_PASSWORD',
  'GRANT_INTERNET_EXIT',
  'SET_CAPACITY',
  'ARCHIVE_RESGUARDO',
  'SCHEDULE_EXPIRY',
  'SUSPEND_NETWORK_ACCESS',
  'RESTORE_NETWORK_ACCESS',
  'DISABLE_MAILBOX',
  'ENABLE_MAILBOX',
  'UPDATE_ACCOUNT_LISTING',
] as const;

/**
 * The type of an effect of the library: one of {@link LIBRARY_EFFECT_TYPES}.
 *
 * @example
 * const type: LibraryEffectType = 'BACKUP_MAILBOX';
 */
export type LibraryEffectType = (typeof LIBRARY_EFFECT_TYPES)[number];
