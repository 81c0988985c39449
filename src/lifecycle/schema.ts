import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { actorSchema, instantSchema, plainDateSchema, shortText } from '../_internal/schemas.js';
import { issuesToViolations } from '../_internal/zod.js';
import { usernameSchema } from '../allowances/schema.js';
import type { Violation } from '../errors/violation.js';
import { stateProblems } from './_invariants.js';
import { ACCOUNT_STATUSES } from './statuses.js';
import type { AccountState, AnyAccountEvent } from './types.js';

/** A username as an account state keeps it: upper-case letters, then letters or digits (5.4.3). */
export const storedUsernameSchema = z
  .string()
  .check(z.regex(/^[A-Z][A-Z0-9]{0,63}$/, { message: 'expected an upper-case username' }));

const date = plainDateSchema;
const nullableDate = z.nullable(plainDateSchema);
const cause = z.enum(['inactivity', 'baja', 'request', 'expiry', 'sanction']);
const leaveKind = z.enum(['vacation', 'unpaid', 'medical']);

/**
 * The zod schema of an {@link AccountState}: the fields of SPEC §11 with their types, unknown
 * keys refused, and the invariants that tie a status to its fields (a `gracePeriod` has its
 * `usableThrough` and `cancelOn`, a `cancelled` account its `cancellation`, …).
 *
 * @example
 * const json = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * accountStateSchema.safeParse(JSON.parse(JSON.stringify(json))).success
 * //=> true
 * accountStateSchema.safeParse({ ...json, status: 'archived' }).success
 * //=> false
 */
export const accountStateSchema = z
  .strictObject({
    id: shortText,
    version: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000_000)),
    status: z.enum(ACCOUNT_STATUSES),
    username: storedUsernameSchema,
    department: shortText,
    holder: z.enum(['staff', 'external', 'contractor']),
    createdOn: date,
    lastAccessOn: nullableDate,
    expiresOn: nullableDate,
    internet: z.boolean(),
    usableThrough: nullableDate,
    cancelOn: nullableDate,
    cancellation: z.nullable(z.strictObject({ on: date, cause })),
    updatedAt: z.exactOptional(instantSchema),
    resumedOn: z.exactOptional(date),
    leave: z.exactOptional(z.strictObject({ kind: z.nullable(leaveKind), since: date, until: nullableDate })),
    suspension: z.exactOptional(
      z.strictObject({
        reason: z.enum(['investigation', 'sanction']),
        since: date,
        until: nullableDate,
        network: z.boolean(),
        mailbox: z.boolean(),
        resume: z.enum([
          'active',
          'onLeave',
          'inactivityInquiry',
          'transferPending',
          'cancellationNotice',
          'gracePeriod',
        ]),
      }),
    ),
    inquiry: z.exactOptional(z.strictObject({ openedOn: date, inactiveFrom: date })),
    transfer: z.exactOptional(
      z.strictObject({
        toDepartment: shortText,
        reportedOn: date,
        effectiveOn: z.exactOptional(date),
        lateNotice: z.exactOptional(
          z.strictObject({ days: z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000)) }),
        ),
      }),
    ),
    closing: z.exactOptional(
      z.strictObject({
        cause,
        since: date,
        bajaOn: z.exactOptional(date),
        reason: z.exactOptional(z.enum(['separation', 'positionChange', 'contractEnd'])),
        lateNotice: z.exactOptional(
          z.strictObject({ days: z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000)) }),
        ),
        previous: z.exactOptional(z.enum(['active', 'onLeave', 'inactivityInquiry', 'transferPending'])),
      }),
    ),
    scheduledBaja: z.exactOptional(
      z.strictObject({
        on: date,
        reportedOn: date,
        reason: z.enum(['separation', 'positionChange', 'contractEnd']),
      }),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      for (const p of stateProblems(s)) {
        ctx.addIssue({ code: 'custom', message: p.message, path: p.path, input: undefined });
      }
    }),
  ) satisfies z.ZodMiniType<AccountState>;

const at = instantSchema;
const base = { at, actor: actorSchema };
const system = (type: string) => z.strictObject({ type: z.literal(type), ...base });

/**
 * The zod schema of every event the account machine accepts, discriminated on `type`: the
 * {@link AccountEvent}s of SPEC §11 and the time-caused {@link AccountSystemEvent}s.
 *
 * @example
 * accountEventSchema.safeParse({ type: 'END_LEAVE', at: '2026-03-02T09:00:00-06:00', actor: { role: 'direct-boss', id: 'J1' } }).success
 * //=> true
 * accountEventSchema.safeParse({ type: 'END_LEAVE', at: '2026-03-02' }).success
 * //=> false
 */
export const accountEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('RECORD_ACCESS'), ...base, on: date }),
  z.strictObject({ type: z.literal('START_LEAVE'), ...base, until: nullableDate, kind: leaveKind }),
  z.strictObject({ type: z.literal('END_LEAVE'), ...base }),
  z.strictObject({
    type: z.literal('SUSPEND'),
    ...base,
    reason: z.enum(['investigation', 'sanction']),
    until: nullableDate,
  }),
  z.strictObject({ type: z.literal('REINSTATE'), ...base }),
  z.strictObject({ type: z.literal('OPEN_INACTIVITY_INQUIRY'), ...base }),
  z.strictObject({ type: z.literal('BOSS_REPORTS_LEAVE'), ...base, until: nullableDate }),
  z.strictObject({ type: z.literal('REQUEST_CANCELLATION'), ...base }),
  z.strictObject({
    type: z.literal('OFFBOARD'),
    ...base,
    bajaOn: date,
    cause: z.enum(['separation', 'positionChange', 'contractEnd']),
  }),
  z.strictObject({
    type: z.literal('REPORT_TRANSFER'),
    ...base,
    toDepartment: shortText,
    effectiveOn: z.exactOptional(date),
  }),
  z.strictObject({ type: z.literal('COMPLETE_TRANSFER'), ...base, toDepartment: shortText }),
  z.strictObject({ type: z.literal('NEW_AREA_DECLINES'), ...base }),
  z.strictObject({ type: z.literal('SANCTION'), ...base, permanent: z.boolean() }),
  z.strictObject({ type: z.literal('CANCELLATION_NOT_CONFIRMED'), ...base, reason: shortText }),
  system('NOTICE_ELAPSED'),
  system('GRACE_ENDED'),
  system('EXPIRED'),
  system('LEAVE_ENDED'),
  system('SUSPENSION_ENDED'),
  system('BAJA_REACHED'),
]) as unknown as z.ZodMiniType<AnyAccountEvent>;

/**
 * Validates an account state read from outside (a database row, a JSON file), reporting every
 * problem at once, each with its path.
 *
 * @example
 * parseAccountState({ id: 'a1' }).isErr()
 * //=> true
 */
export function parseAccountState(input: unknown): Result<AccountState, Violation[]> {
  return guard([input], () => parseAccountStateUnguarded(input), refuseAll);
}

function parseAccountStateUnguarded(input: unknown): Result<AccountState, Violation[]> {
  const r = accountStateSchema.safeParse(input);
  return r.success ? ok(r.data) : err(issuesToViolations(r.error.issues));
}

/**
 * Validates an account event read from outside, reporting every problem at once.
 *
 * @example
 * parseAccountEvent({ type: 'END_LEAVE', at: '2026-03-02T09:00:00-06:00', actor: { role: 'direct-boss', id: 'J1' } }).isOk()
 * //=> true
 */
export function parseAccountEvent(input: unknown): Result<AnyAccountEvent, Violation[]> {
  return guard([input], () => parseAccountEventUnguarded(input), refuseAll);
}

function parseAccountEventUnguarded(input: unknown): Result<AnyAccountEvent, Violation[]> {
  const r = accountEventSchema.safeParse(input);
  return r.success ? ok(r.data) : err(issuesToViolations(r.error.issues));
}

/** The input of `openAccount`: what the mail server knows of an account when it is created or imported. */
export const openAccountInputSchema = z.strictObject({
  id: shortText,
  username: usernameSchema,
  department: shortText,
  holder: z.exactOptional(z.enum(['staff', 'external', 'contractor'])),
  createdOn: date,
  lastAccessOn: z.exactOptional(nullableDate),
  expiresOn: z.exactOptional(nullableDate),
  internet: z.exactOptional(z.boolean()),
});
