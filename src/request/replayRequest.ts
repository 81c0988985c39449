import { err, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { entryDifference } from '../_internal/sameJson.js';
import { actorSchema, instantSchema } from '../_internal/schemas.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { createRequest } from './createRequest.js';
import { requestMachine } from './machine.js';
import type { RequestState } from './types.js';

/**
 * Rebuilds a request's state from its log (bitácora): the `CREATE` entry that
 * {@link createRequest} wrote, then every transition in order. The result is the state the
 * live calls produced, to the byte of its JSON, also when the log went through JSON and back.
 * A log that does not fit (another subject, a `from` or `version` that disagrees, an event the
 * machine refuses) is refused with `INVALID_LOG`, naming the entry.
 *
 * @example
 * replayRequest([created.log, approved.log])._unsafeUnwrap().status
 * //=> 'readyToProvision'
 */
export function replayRequest(
  log: readonly unknown[],
  policy: Policy = SESEQ_POLICY,
): Result<RequestState, Violation> {
  return guard([log, policy], () => replayRequestUnguarded(log, policy), refuse);
}

function replayRequestUnguarded(
  log: readonly unknown[],
  policy: Policy = SESEQ_POLICY,
): Result<RequestState, Violation> {
  const read = readPolicy(policy);
  if (read.isErr()) return err(read.error);
  const p = read.value;
  if (!Array.isArray(log) || log.length === 0) return err(invalid(0, 'a log starts with its CREATE entry'));
  for (let i = 1; i < log.length; i++) {
    if (!entrySchema.safeParse(log[i]).success) return err(invalid(i, 'not a log entry'));
  }
  const first = entrySchema.safeParse(log[0]);
  if (!first.success) return err(invalid(0, 'not a log entry'));
  const entry = first.data;
  const event = createEventSchema.safeParse(entry.event);
  if (!event.success || entry.from !== null) return err(invalid(0, 'a log starts with its CREATE entry'));
  const created = createRequest(event.data.form, entry.at, entry.actor, p);
  if (created.isErr())
    return err(invalid(0, `CREATE refused: ${created.error.map((v) => v.code).join(', ')}`));
  const state = created.value.state;
  const field = entryDifference(created.value.log as unknown as Record<string, unknown>, entry);
  if (field !== null) {
    return err(
      violation('INVALID_LOG', null, { entry: 0, reason: 'the CREATE entry does not match its form', field }),
    );
  }
  return requestMachine.replay(state, log.slice(1), p).mapErr((v) => shift(v));
}

// A stored entry is data from outside: its shape is checked, unknown keys refused.
const entrySchema = z.strictObject({
  at: instantSchema,
  actor: actorSchema,
  subject: z.string(),
  version: z.number(),
  event: z.unknown(),
  from: z.nullable(z.string()),
  to: z.string(),
  clauses: z.array(z.string()),
});
const createEventSchema = z.strictObject({ type: z.literal('CREATE'), form: z.unknown() });

function invalid(entry: number, reason: string): Violation {
  return violation('INVALID_LOG', null, { entry, reason });
}

// The kit counts entries after CREATE from 0; the caller's log counts CREATE as entry 0.
function shift(v: Violation): Violation {
  // Stryker disable next-line OptionalChaining: every violation the kit's replay returns has details (INVALID_LOG, or the guard's INVALID_INPUT)
  const entry = v.details?.entry;
  return typeof entry === 'number' ? { ...v, details: { ...v.details, entry: entry + 1 } } : v;
}
