import type { LogEntry } from '../machine/types.js';
import type { AccountRequestForm, RequestEvent } from './types.js';

/** The event of a request's first log entry: form F01 as {@link createRequest} read it (8.1-3). */
export type RequestCreateEvent = { readonly type: 'CREATE'; readonly form: AccountRequestForm };

/**
 * One entry of a request's bitácora (SPEC §1): the first is `CREATE` (from `null` to
 * `submitted`), every other one a {@link RequestEvent} as it was applied. `entry.event.type`
 * narrows the event. Load stored entries back with {@link parseRequestLogEntry}.
 */
export type RequestLogEntry = LogEntry<RequestEvent | RequestCreateEvent>;
