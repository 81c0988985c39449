import type { PlainDate } from '../_internal/plainDate.js';
import type { LogEntry } from '../machine/types.js';
import type { AccountHolder, AnyAccountEvent } from './types.js';

/**
 * The event of an account's first log entry: the account as it was opened, every field
 * given (8.1-9). Replaying the log starts from it, so the first state needs no keeping apart.
 *
 * @example
 * const open: AccountOpenEvent = {
 *   type: 'OPEN',
 *   account: { id: 'a1', username: 'PERLAHL', department: 'Compras', holder: 'staff', createdOn: '2026-01-15', lastAccessOn: null, expiresOn: null, internet: false },
 * };
 */
export type AccountOpenEvent = {
  readonly type: 'OPEN';
  readonly account: {
    readonly id: string;
    readonly username: string;
    readonly department: string;
    readonly holder: AccountHolder;
    readonly createdOn: PlainDate;
    readonly lastAccessOn: PlainDate | null;
    readonly expiresOn: PlainDate | null;
    readonly internet: boolean;
  };
};

/**
 * One entry of an account's bitácora (SPEC §1): `OPEN` first (from `null` to `active`) when the
 * account was opened with a log, then every event as it was applied, the time-caused ones
 * (`GRACE_ENDED`, …) included. `entry.event.type` narrows the event. Load stored entries back
 * with {@link parseAccountLogEntry}.
 *
 * @example
 * const opened = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * const entry: AccountLogEntry = transitionAccount(opened, {
 *   type: 'OFFBOARD', bajaOn: '2026-12-20', cause: 'separation', at: '2026-12-21T10:00:00-06:00', actor: { role: 'direct-boss', id: 'JEFE1' },
 * })._unsafeUnwrap().log;
 * [entry.from, entry.to, entry.version]
 * //=> ['active', 'gracePeriod', 2]
 */
export type AccountLogEntry = LogEntry<AnyAccountEvent | AccountOpenEvent>;
