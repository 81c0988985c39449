import type { PlainDate } from '../_internal/plainDate.js';
import type { GrantInternetExitEffect, GrantSeatEffect, MoveMailboxEffect } from '../allowances/effects.js';
import type { BackupMailboxEffect, IssueResguardoEffect, NotifyEffect } from '../machine/effects.js';
import type { Stamped } from '../machine/types.js';
import type { Holder } from './types.js';

/**
 * Create the new mailbox (8.1-9, "genera la cuenta con sus características respectivas").
 * It carries what `openAccount` of the account lifecycle needs, so the adapter can start the
 * account's own machine: `createdOn` is the day of `PROVISION` in the policy's time zone and
 * `expiresOn` the temporary account's expiry (4.10, 4.29), else `null`.
 *
 * @example
 * const effect: CreateMailboxEffect = {
 *   type: 'CREATE_MAILBOX', username: 'PERLAHL', email: 'perlahl@seseqro.gob.mx', department: 'Informática',
 *   holder: 'staff', createdOn: '2026-12-02', expiresOn: null, internet: true, clause: '8.1-9',
 * };
 */
export type CreateMailboxEffect = {
  readonly type: 'CREATE_MAILBOX';
  readonly username: string;
  readonly email: string;
  readonly department: string;
  readonly holder: Holder;
  readonly createdOn: PlainDate;
  readonly expiresOn: PlainDate | null;
  readonly internet: boolean;
  readonly clause: '8.1-9';
};

/**
 * Change a moved mailbox's password so nobody in the old area can still enter (8.2-9). It
 * says a reset is needed and never carries a password: the new one reaches the user on the
 * resguardo F02, outside the library.
 *
 * @example
 * const effect: ResetPasswordEffect = { type: 'RESET_PASSWORD', username: 'PERLAHL', reason: 'transfer', clause: '8.2-9' };
 */
export type ResetPasswordEffect = {
  readonly type: 'RESET_PASSWORD';
  readonly username: string;
  readonly reason: 'transfer';
  readonly clause: '8.2-9';
};

/**
 * Assign the mailbox's capacity, decided by the IT area from the position (4.14, 8.1-10).
 *
 * @example
 * const effect: SetCapacityEffect = { type: 'SET_CAPACITY', username: 'PERLAHL', capacityMb: 2048, clause: '4.14' };
 */
export type SetCapacityEffect = {
  readonly type: 'SET_CAPACITY';
  readonly username: string;
  readonly capacityMb: number;
  readonly clause: '4.14';
};

/**
 * File the signed resguardo F02 (8.1-13, 8.1-14: "mantiene en orden su archivo con acuses").
 *
 * @example
 * const effect: ArchiveResguardoEffect = { type: 'ARCHIVE_RESGUARDO', folio: 'F01-2026-0001', username: 'PERLAHL', clause: '8.1-13' };
 */
export type ArchiveResguardoEffect = {
  readonly type: 'ARCHIVE_RESGUARDO';
  readonly folio: string;
  readonly username: string;
  readonly clause: '8.1-13';
};

/**
 * Watch a temporary account for its cancellation on `on` (8.1-14, "si el correo electrónico es
 * temporal monitorea para su cancelación"; 4.10, 4.29). The account lifecycle treats
 * `expiresOn` as the baja date.
 *
 * @example
 * const effect: ScheduleExpiryEffect = { type: 'SCHEDULE_EXPIRY', username: 'PERLAHL', on: '2027-06-30', clause: '8.1-14' };
 */
export type ScheduleExpiryEffect = {
  readonly type: 'SCHEDULE_EXPIRY';
  readonly username: string;
  readonly on: PlainDate;
  readonly clause: '8.1-14';
};

/**
 * The IT head approved a mailbox although the department was already at its seat cap, as an
 * operational exception (4.9: "serán consideradas aquellas áreas que debido a su función lo
 * requieran"; 8.1-4.B). Recorded, never silent.
 *
 * @example
 * const effect: RecordSeatExceptionEffect = {
 *   type: 'RECORD_SEAT_EXCEPTION', folio: 'F01-2026-0001', department: 'Informática', seatsInUse: 2, cap: 2,
 *   reason: 'Guardia nocturna', clause: '4.9',
 * };
 */
export type RecordSeatExceptionEffect = {
  readonly type: 'RECORD_SEAT_EXCEPTION';
  readonly folio: string;
  readonly department: string;
  readonly seatsInUse: number;
  readonly cap: number;
  readonly reason: string;
  readonly clause: '4.9';
};

/**
 * Every effect the request machine produces (before the kit stamps each with `subject`,
 * `version` and `index`). Discriminated on `type`; each names its clause.
 *
 * | type | when | clause |
 * | --- | --- | --- |
 * | `NOTIFY` | it-head on creation; the unit on rejection; mail-officer to count exits or to provision; the user on completion | 8.1-3, 8.1-4.A.1, 8.1-5, 8.1-8, 8.1-13 |
 * | `RECORD_SEAT_EXCEPTION` | `APPROVE` beyond the seat cap | 4.9 |
 * | `GRANT_SEAT` | `PROVISION` of a creation | 4.9 |
 * | `CREATE_MAILBOX` | `PROVISION` of a creation | 8.1-9 |
 * | `BACKUP_MAILBOX` | `PROVISION` of a transfer, for the previous boss | 8.2-8 |
 * | `MOVE_MAILBOX` | `PROVISION` of a transfer | 8.2-9 |
 * | `RESET_PASSWORD` | `PROVISION` of a transfer | 8.2-9 |
 * | `GRANT_INTERNET_EXIT` | `PROVISION` when internet was authorized | 8.1-10 |
 * | `SET_CAPACITY` | `PROVISION` | 4.14 |
 * | `ISSUE_RESGUARDO` | `PROVISION`: via helpdesk (central office) or unit-it | 8.1-11.A, 8.1-11.B |
 * | `ARCHIVE_RESGUARDO` | `RESGUARDO_SIGNED` | 8.1-13 |
 * | `SCHEDULE_EXPIRY` | `RESGUARDO_SIGNED` of a temporary account | 8.1-14 |
 *
 * @example
 * const effect: RequestEffect = { type: 'SET_CAPACITY', username: 'PERLAHL', capacityMb: 2048, clause: '4.14' };
 */
export type RequestEffect =
  | NotifyEffect
  | RecordSeatExceptionEffect
  | GrantSeatEffect
  | CreateMailboxEffect
  | BackupMailboxEffect
  | MoveMailboxEffect
  | ResetPasswordEffect
  | GrantInternetExitEffect
  | SetCapacityEffect
  | IssueResguardoEffect
  | ArchiveResguardoEffect
  | ScheduleExpiryEffect;

/**
 * A {@link RequestEffect} as the adapters receive it: stamped with `machine: 'request'`, the
 * folio as `subject`, the `version` and the `index` (see `effectKey`).
 *
 * @example
 * const effect: StampedRequestEffect = {
 *   type: 'SET_CAPACITY', username: 'PERLAHL', capacityMb: 2048, clause: '4.14',
 *   machine: 'request', subject: 'F01-2026-0001', version: 4, index: 3,
 * };
 * effectKey(effect)
 * //=> 'request/F01-2026-0001/4/3'
 */
export type StampedRequestEffect = Stamped<RequestEffect, 'request'>;
