import { err, ok, type Result } from 'neverthrow';
import { guard, refuseAll } from '../_internal/guard.js';
import { actorSchema, instantSchema } from '../_internal/schemas.js';
import { issuesToViolations } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import type { NotifyEffect } from '../machine/effects.js';
import type { Actor, Stamped } from '../machine/types.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { nameAgreement, readFormName } from './_names.js';
import { finding, formFindings, missingSignatures } from './findings.js';
import type { RequestLogEntry } from './log.js';
import { withDates } from './parseAccountRequest.js';
import { accountRequestSchema } from './schema.js';
import type { RequestTransition } from './transitionRequest.js';
import type { AccountRequestForm, RequestFinding, RequestState } from './types.js';

/**
 * The clauses a request's creation is logged with: F01 filled, signed and sent (4.8, 8.1-1…3).
 *
 * @example
 * CREATE_REQUEST_CLAUSES
 * //=> ['4.8', '8.1-2', '8.1-3', 'F01']
 */
export const CREATE_REQUEST_CLAUSES = ['4.8', '8.1-2', '8.1-3', 'F01'] as const;

/**
 * Who may file F01: the requesting unit's head (`direct-boss`, 8.1-1…3) or the unit's IT
 * officer on the head's behalf (`unit-it`: 5.5.1 "tramitar … las cuentas de correo electrónico
 * institucional, una vez que ha sido autorizado por el titular de su respectiva unidad").
 *
 * @example
 * CREATE_REQUEST_ROLES
 * //=> ['direct-boss', 'unit-it']
 */
export const CREATE_REQUEST_ROLES = ['direct-boss', 'unit-it'] as const;

/**
 * Starts a request: the direct boss, or the unit's IT officer on the head's behalf (5.5.1),
 * sends form F01, filled and signed by the three of act 3, to the IT head (4.8, 8.1-1…3).
 * The log of one filed by `unit-it` also cites 5.5.1. Returns the first state (`submitted`, version 1), one effect
 * (the IT head is notified) and the log entry `{ event: { type: 'CREATE', form }, from: null }`
 * that {@link replayRequest} starts from.
 *
 * Refused, every problem at once: a malformed `at`, `actor` or form (with the F01 rules of
 * {@link parseAccountRequest}, and the signatures missing from it, each with its path); an actor other than `direct-boss` or `unit-it` (`FORBIDDEN_ROLE`); and the
 * blocking findings that depend on the form alone (missing signatures, an outsider's or
 * contractor's account that is not temporary, a contractor without authorization, a name the
 * names module refuses). The department's counts are judged later, at `APPROVE` and
 * `AUTHORIZE_INTERNET`.
 *
 * @example
 * createRequest(form, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' })._unsafeUnwrap().state.status
 * //=> 'submitted'
 */
export function createRequest(
  form: unknown,
  at: string,
  actor: Actor,
  policy: Policy = SESEQ_POLICY,
): Result<RequestTransition, Violation[]> {
  return guard([form, at, actor, policy], () => createRequestUnguarded(form, at, actor, policy), refuseAll);
}

function createRequestUnguarded(
  form: unknown,
  at: string,
  actor: Actor,
  policy: Policy = SESEQ_POLICY,
): Result<RequestTransition, Violation[]> {
  const read = readPolicy(policy);
  if (read.isErr()) return err([read.error]);
  const p = read.value;
  const problems: Violation[] = [];
  const a = instantSchema.safeParse(at);
  if (!a.success) problems.push(...issuesToViolations(a.error.issues).map((v) => labelled(v, 'at')));
  const who = actorSchema.safeParse(actor);
  if (!who.success) problems.push(...issuesToViolations(who.error.issues).map((v) => labelled(v, 'actor')));
  else if (!(CREATE_REQUEST_ROLES as readonly string[]).includes(who.data.role)) {
    problems.push(
      violation('FORBIDDEN_ROLE', '8.1-3', {
        machine: 'request',
        status: null,
        event: 'CREATE',
        role: who.data.role,
        allowed: [...CREATE_REQUEST_ROLES],
      }),
    );
  }
  const f = accountRequestSchema.safeParse(form);
  if (!f.success) {
    problems.push(...issuesToViolations(f.error.issues).map((v) => withDates(v, form)));
    // Every problem at once: the signatures missing from a form malformed elsewhere too (8.1-3).
    problems.push(...missingSignatures(form).map(asViolation));
  }
  if (problems.length > 0 || !a.success || !who.success || !f.success) return err(problems);

  const blocking = formChecks(f.data, p);
  if (blocking.length > 0) return err(blocking);
  return ok(created(f.data, a.data, who.data, p));
}

/** @internal The blocking findings of the form alone, as violations with their path. */
function formChecks(form: AccountRequestForm, policy: Policy): Violation[] {
  const findings = formFindings(form);
  // The name must be readable (F01 "sin abreviaturas", 5.4.3); which username it gets is the
  // review's and the mail officer's business, against the usernames taken then.
  const unread = readFormName(form, policy);
  if (unread !== null) findings.push(finding(unread.defect, 'blocking', unread.path));
  const disagreement = nameAgreement(form);
  // nameAgreement always names the field it is about in `details.path`.
  if (disagreement !== null)
    findings.push(finding(disagreement, 'blocking', String(disagreement.details!.path)));
  return findings.filter((x) => x.severity === 'blocking').map(asViolation);
}

/**
 * @internal A finding as the violation `createRequest` returns, its path in `details.path`
 * (every finding of the form alone names its field).
 */
function asViolation(x: RequestFinding): Violation {
  return violation(x.code, x.clause, { ...x.details, path: x.path });
}

function created(form: AccountRequestForm, at: string, actor: Actor, _policy: Policy): RequestTransition {
  const state: RequestState = {
    id: form.folio,
    version: 1,
    status: 'submitted',
    form,
    internet: form.internet.requested ? 'pending' : 'notRequested',
    username: null,
    updatedAt: at,
  };
  const notify: Stamped<NotifyEffect, 'request'> = {
    type: 'NOTIFY',
    to: 'it-head',
    template: 'request-received',
    clause: '8.1-3',
    data: { folio: form.folio, department: form.user.department },
    machine: 'request',
    subject: form.folio,
    version: 1,
    index: 0,
  };
  const log: RequestLogEntry = {
    at,
    actor,
    subject: form.folio,
    version: 1,
    event: { type: 'CREATE', form },
    from: null,
    to: 'submitted',
    clauses: actor.role === 'unit-it' ? [...CREATE_REQUEST_CLAUSES, '5.5.1'] : [...CREATE_REQUEST_CLAUSES],
  };
  return { state, effects: [notify], log };
}

function labelled(v: Violation, input: string): Violation {
  return { ...v, details: { ...v.details, input } };
}
