import * as z from 'zod/mini';
import { actorSchema, instantSchema, plainDateSchema, shortText } from '../_internal/schemas.js';
import { ACCOUNT_STATUSES } from '../lifecycle/statuses.js';

const id = z.string().check(z.maxLength(100));
const name = z.string().check(z.maxLength(500));
const count = (min: number) => z.number().check(z.int(), z.minimum(min), z.maximum(1_000_000));

/**
 * The zod schema of a {@link RosterRow}: an employee id or a name is required.
 *
 * @example
 * rosterRowSchema.safeParse({ department: 'Compras' }).success
 * //=> false
 */
export const rosterRowSchema = z
  .object({
    employeeId: z.optional(z.nullable(id)),
    name: z.optional(z.nullable(name)),
    department: shortText,
    contractEndsOn: z.optional(z.nullable(plainDateSchema)),
  })
  .check(
    z.refine((r) => Boolean(r.employeeId?.trim()) || Boolean(r.name?.trim()), {
      message: 'an employee id or a name is required',
    }),
  );

/**
 * The zod schema of a {@link RosterAccount}.
 *
 * @example
 * rosterAccountSchema.safeParse({ username: 'PERLAHL', department: 'Informática' }).success
 * //=> true
 */
export const rosterAccountSchema = z.object({
  username: shortText,
  department: shortText,
  employeeId: z.optional(z.nullable(id)),
  name: z.optional(z.nullable(name)),
  status: z.optional(z.enum(ACCOUNT_STATUSES)),
  holder: z.optional(z.enum(['staff', 'external', 'contractor'])),
  id: z.optional(shortText),
});

/**
 * The zod schema of a stored request log entry as {@link findApprovalAnomalies} reads it: the
 * fields of SPEC §11's `LogEntry`, the event read by its `type` (other keys kept).
 *
 * @example
 * requestLogRecordSchema.safeParse({ event: { type: 'APPROVE' } }).success
 * //=> false
 */
export const requestLogRecordSchema = z.object({
  at: instantSchema,
  actor: actorSchema,
  subject: shortText,
  version: count(1),
  event: z.looseObject({ type: shortText }),
  from: z.nullable(z.string()),
  to: z.string(),
  clauses: z.array(z.string()),
});

/**
 * The zod schema of {@link AnomalyOptions}.
 *
 * @example
 * anomalyOptionsSchema.safeParse({ asOf: '2027-03-01', stalledAfterDays: 0 }).success
 * //=> false
 */
export const anomalyOptionsSchema = z.object({
  asOf: plainDateSchema,
  stalledAfterDays: z.optional(count(1)),
  burst: z.optional(z.object({ windowDays: count(1), threshold: count(2) })),
});
