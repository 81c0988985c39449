import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { parseLogEntryWith } from '../_internal/logEntry.js';
import type { Violation } from '../errors/violation.js';
import type { RequestLogEntry } from './log.js';
import { accountRequestSchema, requestEventSchema } from './schema.js';
import { REQUEST_STATUSES } from './statuses.js';

const createEventSchema = z.strictObject({ type: z.literal('CREATE'), form: accountRequestSchema });

/**
 * Loads a stored entry of a request's bitácora back, validated: the envelope (`at`, `actor`,
 * `subject`, `version`, `from`, `to`, `clauses`; unknown keys refused), the event by its own
 * schema (`CREATE` with form F01, or a {@link RequestEvent}), and that the `CREATE` entry, and
 * only it, comes from `null` at version 1. Every problem at once, each with its path (`event.*`
 * for the event's). {@link replayRequest} then checks that the entries follow one another.
 *
 * @param input - anything, typically a row the adapter stored
 * @returns the {@link RequestLogEntry}, whose `event.type` narrows, or every violation
 *
 * @example
 * parseRequestLogEntry(JSON.parse(JSON.stringify(created.log)))._unsafeUnwrap().event.type
 * //=> 'CREATE'
 * parseRequestLogEntry({ ...created.log, from: 'submitted', version: 0 })._unsafeUnwrapErr().map((v) => v.details?.path)
 * //=> ['version', 'from', 'version']
 */
export function parseRequestLogEntry(input: unknown): Result<RequestLogEntry, Violation[]> {
  return guard([input], () => parseRequestLogEntryUnguarded(input), refuseAll);
}

function parseRequestLogEntryUnguarded(input: unknown): Result<RequestLogEntry, Violation[]> {
  return parseLogEntryWith<RequestLogEntry['event']>(input, {
    statuses: REQUEST_STATUSES,
    firstType: 'CREATE',
    first: createEventSchema,
    event: requestEventSchema,
  });
}
