import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { parseLogEntryWith } from '../_internal/logEntry.js';
import { plainDateSchema, shortText } from '../_internal/schemas.js';
import type { Violation } from '../errors/violation.js';
import type { AccountLogEntry } from './log.js';
import { accountEventSchema, storedUsernameSchema } from './schema.js';
import { ACCOUNT_STATUSES } from './statuses.js';

const openEventSchema = z.strictObject({
  type: z.literal('OPEN'),
  account: z.strictObject({
    id: shortText,
    username: storedUsernameSchema,
    department: shortText,
    holder: z.enum(['staff', 'external', 'contractor']),
    createdOn: plainDateSchema,
    lastAccessOn: z.nullable(plainDateSchema),
    expiresOn: z.nullable(plainDateSchema),
    internet: z.boolean(),
  }),
});

/**
 * Loads a stored entry of an account's bitácora back, validated: the envelope (`at`, `actor`,
 * `subject`, `version`, `from`, `to`, `clauses`; unknown keys refused), the event by its own
 * schema (`OPEN` with the account as opened, or any event the account machine accepts, the
 * time-caused ones included), and that the `OPEN` entry, and only it, comes from `null` at
 * version 1. Every problem at once, each with its path (`event.*` for the event's).
 * {@link replayAccount} then checks that the entries follow one another.
 *
 * @param input - anything, typically a row the adapter stored
 * @returns the {@link AccountLogEntry}, whose `event.type` narrows, or every violation
 *
 * @example
 * parseAccountLogEntry(JSON.parse(JSON.stringify(baja.log)))._unsafeUnwrap().event.type
 * //=> 'OFFBOARD'
 * parseAccountLogEntry({ ...baja.log, to: 'gone' })._unsafeUnwrapErr()[0].details?.path
 * //=> 'to'
 */
export function parseAccountLogEntry(input: unknown): Result<AccountLogEntry, Violation[]> {
  return guard([input], () => parseAccountLogEntryUnguarded(input), refuseAll);
}

function parseAccountLogEntryUnguarded(input: unknown): Result<AccountLogEntry, Violation[]> {
  return parseLogEntryWith<AccountLogEntry['event']>(input, {
    statuses: ACCOUNT_STATUSES,
    firstType: 'OPEN',
    first: openEventSchema,
    event: accountEventSchema,
  });
}
