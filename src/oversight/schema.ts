import * as z from 'zod/mini';
import { isPlainDate } from '../_internal/plainDate.js';
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

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const isText = (x: unknown, min: number, max: number): boolean =>
  typeof x === 'string' && x.length >= min && x.length <= max;
const isOptional = (x: unknown, check: (y: unknown) => boolean, nullable: boolean): boolean =>
  x === undefined || (nullable && x === null) || check(x);
const HOLDERS: readonly unknown[] = ['staff', 'external', 'contractor'];
const STATUSES: readonly unknown[] = ACCOUNT_STATUSES;

/**
 * @internal Whether {@link rosterRowSchema} accepts `x`, without building zod's result: the
 * reconciliation's fast path over 100 000 rows; the schema explains a refusal. A property test
 * holds the two equal.
 */
export function isRosterRow(x: unknown): boolean {
  if (!isObj(x) || !isText(x.department, 1, 200)) return false;
  const { employeeId, name, contractEndsOn } = x;
  if (!isOptional(employeeId, (y) => isText(y, 0, 100), true)) return false;
  if (!isOptional(name, (y) => isText(y, 0, 500), true)) return false;
  if (!isOptional(contractEndsOn, isPlainDate, true)) return false;
  return (
    (typeof employeeId === 'string' && employeeId.trim() !== '') ||
    (typeof name === 'string' && name.trim() !== '')
  );
}

/** @internal Whether {@link rosterAccountSchema} accepts `x` (the fast path; see {@link isRosterRow}). */
export function isRosterAccount(x: unknown): boolean {
  return (
    isObj(x) &&
    isText(x.username, 1, 200) &&
    isText(x.department, 1, 200) &&
    isOptional(x.employeeId, (y) => isText(y, 0, 100), true) &&
    isOptional(x.name, (y) => isText(y, 0, 500), true) &&
    isOptional(x.status, (y) => STATUSES.includes(y), false) &&
    isOptional(x.holder, (y) => HOLDERS.includes(y), false) &&
    isOptional(x.id, (y) => isText(y, 1, 200), false)
  );
}
