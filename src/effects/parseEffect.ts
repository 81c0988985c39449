import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { plainDateSchema, ROLES, shortText } from '../_internal/schemas.js';
import { issuesToViolations } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Effect } from './types.js';

type Machine = Effect['machine'];
type TypeOf<M extends Machine> = Extract<Effect, { machine: M }>['type'];

/**
 * The effect types each machine produces (SPEC §11, `RequestEffect`, `AccountEffect`).
 * {@link parseEffect} refuses a type stamped with a machine that never produces it.
 *
 * @example
 * EFFECT_TYPES.account.includes('DELETE_MAILBOX')
 * //=> true
 */
export const EFFECT_TYPES = {
  request: [
    'NOTIFY',
    'RECORD_SEAT_EXCEPTION',
    'GRANT_SEAT',
    'CREATE_MAILBOX',
    'BACKUP_MAILBOX',
    'MOVE_MAILBOX',
    'RESET_PASSWORD',
    'GRANT_INTERNET_EXIT',
    'SET_CAPACITY',
    'ISSUE_RESGUARDO',
    'ARCHIVE_RESGUARDO',
    'SCHEDULE_EXPIRY',
  ],
  account: [
    'NOTIFY',
    'BACKUP_MAILBOX',
    'DELETE_MAILBOX',
    'RETIRE_USERNAME',
    'RELEASE_SEAT',
    'RELEASE_INTERNET_EXIT',
    'UPDATE_ACCOUNT_LISTING',
    'MOVE_MAILBOX',
    'SUSPEND_NETWORK_ACCESS',
    'RESTORE_NETWORK_ACCESS',
    'DISABLE_MAILBOX',
    'ENABLE_MAILBOX',
  ],
} as const satisfies { readonly [M in Machine]: readonly TypeOf<M>[] };

// A new effect type that is not listed above is a compile error here.
type Unlisted<M extends Machine> = Exclude<TypeOf<M>, (typeof EFFECT_TYPES)[M][number]>;
// Stryker disable next-line BooleanLiteral: a compile-time check, nothing reads the value
const _complete: [Unlisted<'request'>, Unlisted<'account'>] extends [never, never] ? true : never = true;

const text = shortText;
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000));
const exception = z.nullable(z.strictObject({ reason: z.string().check(z.maxLength(5000)) }));
const scalar = z.union([z.string().check(z.maxLength(5000)), z.number(), z.boolean(), z.null()]);

// Each effect's own fields (SPEC §11); the stamp and `type` are added below. Keyed by every
// effect type, so a type without a schema does not compile.
const FIELDS = {
  NOTIFY: {
    to: z.enum([...ROLES, 'user']),
    template: text,
    clause: text,
    data: z.exactOptional(z.record(z.string().check(z.maxLength(100)), scalar)),
  },
  BACKUP_MAILBOX: { username: text, deliverTo: z.enum(ROLES), clause: text },
  DELETE_MAILBOX: { username: text, clause: text },
  RETIRE_USERNAME: { username: text, clause: z.literal('4.19') },
  RELEASE_SEAT: { department: text, username: text, clause: text },
  RELEASE_INTERNET_EXIT: { department: text, username: text, clause: text },
  ISSUE_RESGUARDO: { via: z.enum(['helpdesk', 'unit-it']), username: text, clause: text },
  RECORD_SEAT_EXCEPTION: {
    folio: text,
    department: text,
    seatsInUse: count,
    cap: count,
    reason: z.string().check(z.maxLength(5000)),
    clause: z.literal('4.9'),
  },
  GRANT_SEAT: { department: text, username: text, exception, clause: z.literal('4.9') },
  GRANT_INTERNET_EXIT: { department: text, username: text, clause: z.literal('8.1-10') },
  CREATE_MAILBOX: {
    username: text,
    email: text,
    department: text,
    holder: z.enum(['staff', 'external', 'contractor']),
    createdOn: plainDateSchema,
    expiresOn: z.nullable(plainDateSchema),
    internet: z.boolean(),
    clause: z.literal('8.1-9'),
  },
  MOVE_MAILBOX: { username: text, fromArea: text, toDepartment: text, exception, clause: z.literal('8.2-9') },
  RESET_PASSWORD: { username: text, reason: z.literal('transfer'), clause: z.literal('8.2-9') },
  SET_CAPACITY: { username: text, capacityMb: count, clause: z.literal('4.14') },
  ARCHIVE_RESGUARDO: { folio: text, username: text, clause: z.literal('8.1-13') },
  SCHEDULE_EXPIRY: { username: text, on: plainDateSchema, clause: z.literal('8.1-14') },
  UPDATE_ACCOUNT_LISTING: {
    department: text,
    username: text,
    change: z.literal('seatAvailable'),
    clause: text,
  },
  SUSPEND_NETWORK_ACCESS: { username: text, clause: z.literal('4.21.4') },
  RESTORE_NETWORK_ACCESS: { username: text, clause: z.literal('4.21.4') },
  DISABLE_MAILBOX: { username: text, clause: z.literal('4.26') },
  ENABLE_MAILBOX: { username: text, clause: z.literal('4.26') },
} satisfies Record<Effect['type'], z.core.$ZodLooseShape>;

const stamp = {
  machine: z.enum(['request', 'account']),
  subject: text,
  version: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000_000)),
  index: count,
};

const SCHEMAS: ReadonlyMap<string, z.ZodMiniType> = new Map<string, z.ZodMiniType>(
  Object.entries(FIELDS).map(([type, fields]) => [
    type,
    z.strictObject({ type: z.literal(type), ...stamp, ...fields }),
  ]),
);

/**
 * Loads a stored effect back, validated (an outbox row, a queue message): the stamp
 * (`machine`, `subject`, `version`, `index`), a `type` the machine produces, and that type's
 * fields (SPEC §11), unknown keys refused. Every problem at once, each with its path.
 *
 * @param input - anything, typically `JSON.parse` of what the adapter stored
 * @returns the {@link Effect}, or every violation (`INVALID_INPUT`, with `path`)
 *
 * @example
 * parseEffect({ machine: 'account', subject: 'A-17', version: 9, index: 1, type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22' })._unsafeUnwrap().type
 * //=> 'DELETE_MAILBOX'
 * parseEffect({ machine: 'request', subject: 'A-17', version: 9, index: 1, type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22' })._unsafeUnwrapErr()[0].details.path
 * //=> 'type'
 */
export function parseEffect(input: unknown): Result<Effect, Violation[]> {
  return guard([input], () => parseEffectUnguarded(input), refuseAll);
}

function parseEffectUnguarded(input: unknown): Result<Effect, Violation[]> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return err([violation('INVALID_INPUT', null, { path: '', issue: 'invalid_type', expected: 'object' })]);
  }
  const type: unknown = Object.hasOwn(input, 'type') ? (input as { type?: unknown }).type : undefined;
  // Every key of SCHEMAS is a string: any other `type` finds no schema.
  const schema = SCHEMAS.get(type as string);
  if (schema === undefined) {
    return err([
      violation('INVALID_INPUT', null, {
        path: 'type',
        issue: 'invalid_value',
        message: `not an effect type: ${typeof type === 'string' ? type.slice(0, 40) : typeof type}`,
      }),
    ]);
  }
  const parsed = schema.safeParse(input);
  const problems = parsed.success ? [] : issuesToViolations(parsed.error.issues);
  const machine: unknown = (input as { machine?: unknown }).machine;
  if (
    (machine === 'request' || machine === 'account') &&
    !(EFFECT_TYPES[machine] as readonly string[]).includes(type as string)
  ) {
    problems.push(
      violation('INVALID_INPUT', null, {
        path: 'type',
        issue: 'invalid_value',
        message: `the ${machine} machine produces no ${type as string}`,
      }),
    );
  }
  if (
    problems.length > 0 ||
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: a failed parse has an issue (this narrows the type)
    !parsed.success
  ) {
    return err(problems);
  }
  // The schema for `type` and the machine check above are exactly the Effect member's shape.
  return ok(parsed.data as Effect);
}
