import type { LogEntry } from '../machine/types.js';
import type { AccountRequestForm, RequestEvent } from './types.js';

/**
 * The event of a request's first log entry: form F01 as {@link createRequest} read it (8.1-3).
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const created: RequestCreateEvent = { type: 'CREATE', form };
 */
export type RequestCreateEvent = { readonly type: 'CREATE'; readonly form: AccountRequestForm };

/**
 * One entry of a request's bitácora (SPEC §1): the first is `CREATE` (from `null` to
 * `submitted`), every other one a {@link RequestEvent} as it was applied. `entry.event.type`
 * narrows the event. Load stored entries back with {@link parseRequestLogEntry}.
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const entry: RequestLogEntry = createRequest(form, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' })._unsafeUnwrap().log;
 * [entry.event.type, entry.from, entry.to, entry.clauses]
 * //=> ['CREATE', null, 'submitted', ['4.8', '8.1-2', '8.1-3', 'F01']]
 */
export type RequestLogEntry = LogEntry<RequestEvent | RequestCreateEvent>;
