import { err, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { issuesToViolation } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import type { Transition } from '../machine/types.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { isRequestState } from './_isRequestState.js';
import type { StampedRequestEffect } from './effects.js';
import type { RequestLogEntry } from './log.js';
import { requestMachine } from './machine.js';
import { requestEventSchema } from './schema.js';
import type { RequestEvent, RequestState } from './types.js';

/**
 * The outcome of one request step ({@link createRequest}, {@link transitionRequest}): the next
 * state, its effects (stamped `machine: 'request'`) and its log entry, whose `event.type` narrows.
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const t: RequestTransition = createRequest(form, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' })._unsafeUnwrap();
 * [t.state.status, t.effects.map((e) => e.type), t.log.to]
 * //=> ['submitted', ['NOTIFY'], 'submitted']
 */
export type RequestTransition = Transition<RequestState, StampedRequestEffect, RequestLogEntry>;

/**
 * Applies one event to a request, by the table {@link REQUEST_MACHINE}: the next state (version
 * + 1), the effects for the adapters (each stamped with the folio, the version and its index)
 * and one log entry. A refused event changes nothing and returns why: `INVALID_INPUT` (state or
 * event malformed), `INVALID_TRANSITION` (the status does not accept it; terminal states accept
 * nothing), `FORBIDDEN_ROLE`, `EVENT_OUT_OF_ORDER`, `MAILBOX_SEAT_LIMIT_REACHED` (4.9),
 * `INTERNET_EXIT_LIMIT_REACHED` (4.13, 8.1-7.A), `RESERVED_USERNAME`; `EVENT_OUT_OF_ORDER` also for
 * an `APPROVE` before the day of the request (in every zone); `INVALID_DATE` (`field: 'at'`) for
 * an event whose day in the policy's zone is outside 1000–9999; at a creation's
 * `PROVISION`, `USERNAME_NOT_CONFORMING` (5.4.3), `PROVISION_FACTS_MISSING`, `USERNAME_RETIRED`
 * (4.19) and `USERNAME_TAKEN` (5.4.3).
 *
 * The returned state is a new object; what the event did not change (the form) is shared with
 * `state`, not copied. Treat states as values: a change is a new transition.
 *
 * Events carry the counts and facts they were decided on (`seatsInUse`, `exitsInUse`,
 * `usernameInUse`, `usernameRetired`), so a replay needs nothing else; the state keeps each
 * step's evidence (`approval` with the counts and the cap, `internetDecision`, `provisioning`,
 * `resguardoSigned`), and the state schema refuses a status without it.
 *
 * @example
 * transitionRequest(submitted, { type: 'APPROVE', seatsInUse: 2, at, actor: itHead })._unsafeUnwrapErr().code
 * //=> 'MAILBOX_SEAT_LIMIT_REACHED'
 */
export function transitionRequest(
  state: RequestState,
  event: RequestEvent,
  policy: Policy = SESEQ_POLICY,
): Result<RequestTransition, Violation> {
  return guard([state, event, policy], () => transitionRequestUnguarded(state, event, policy), refuse);
}

function transitionRequestUnguarded(
  state: RequestState,
  event: RequestEvent,
  policy: Policy = SESEQ_POLICY,
): Result<RequestTransition, Violation> {
  const read = readPolicy(policy);
  if (read.isErr()) return err(read.error);
  const p = read.value;
  // A state the schema would return as it is (every state this module returns, and its JSON)
  // is recognised without zod, and only the event is parsed; anything else goes through the
  // schema, which explains a refusal with its paths.
  if (!isRequestState(state)) return requestMachine.transition(state, event, p);
  const e = requestEventSchema.safeParse(event);
  if (!e.success) {
    const v = issuesToViolation(e.error.issues);
    return err({ ...v, details: { ...v.details, input: 'event' } });
  }
  return requestMachine.step(state, e.data, p);
}
