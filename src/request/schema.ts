import * as z from 'zod/mini';
import { actorSchema, instantSchema, plainDateSchema } from '../_internal/schemas.js';
import { usernameSchema } from '../allowances/schema.js';
import { evidenceBreaches } from './_evidence.js';
import { formRuleBreaches } from './rules.js';
import { REQUEST_STATUSES } from './statuses.js';
import type { AccountRequestForm, RequestEvent, RequestState } from './types.js';

/** Text that says something: at most `max` characters, not only blanks. */
const filled = (max: number) =>
  z.string().check(z.maxLength(max), z.regex(/\S/, { message: 'must not be blank' }));

/**
 * @internal An e-mail address on F01. Linear: bounded, dot-separated labels; no nested
 * quantifier over the same characters.
 */
export const EMAIL = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63}){1,8}$/;

const contactSchema = z.strictObject({
  name: filled(200),
  email: z.string().check(z.maxLength(254), z.regex(EMAIL, { message: 'expected an e-mail address' })),
});

const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));

/**
 * The zod schema of form F01 ({@link AccountRequestForm}): every field of SPEC §11 with its
 * type, plus the rules of the form that tie fields together, each reported with its own code,
 * clause and path: a transfer names the previous area (`MISSING_PREVIOUS_AREA`, F01); a
 * temporary account gives its expiry (`MISSING_EXPIRY`, F01), after the request date
 * (`EXPIRY_NOT_AFTER_REQUEST`, F01); an internet request is justified
 * (`MISSING_INTERNET_JUSTIFICATION`, 4.11). Those rules run even when other fields are wrong,
 * so every problem is reported at once. Unknown keys (`__proto__`, `constructor`, …) are refused.
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * accountRequestSchema.safeParse(form).success
 * //=> true
 * accountRequestSchema.safeParse({ ...form, kind: 'transfer' }).success
 * //=> false (MISSING_PREVIOUS_AREA, F01)
 */
export const accountRequestSchema = z
  .strictObject({
    folio: filled(200),
    requestedOn: plainDateSchema,
    area: filled(200),
    director: contactSchema,
    requestingBoss: contactSchema,
    kind: z.enum(['creation', 'transfer']),
    // Blank is the F01 rule's to report (MISSING_PREVIOUS_AREA), not the shape's.
    previousArea: z.exactOptional(z.string().check(z.maxLength(200))),
    condition: z.enum(['fixed', 'temporary']),
    expiresOn: z.exactOptional(plainDateSchema),
    user: z.strictObject({
      fullName: filled(300),
      givenNames: z.exactOptional(filled(300)),
      paternalSurname: z.exactOptional(filled(300)),
      maternalSurname: z.exactOptional(filled(300)),
      department: filled(200),
      position: filled(200),
      functions: filled(5000),
      holder: z.enum(['staff', 'external', 'contractor']),
    }),
    mailbox: z.exactOptional(z.boolean()),
    internet: z.strictObject({
      requested: z.boolean(),
      justification: z.exactOptional(z.string().check(z.maxLength(5000))),
    }),
    centralOffice: z.boolean(),
    signatures: z.strictObject({
      director: z.exactOptional(plainDateSchema),
      requestingBoss: z.exactOptional(plainDateSchema),
      user: z.exactOptional(plainDateSchema),
    }),
    contractorAuthorization: z.exactOptional(z.strictObject({ by: filled(200), on: plainDateSchema })),
  })
  .check(
    z.superRefine(
      (form, ctx) => {
        for (const b of formRuleBreaches(form)) {
          ctx.addIssue({
            code: 'custom',
            message: b.message,
            path: b.path,
            params: { code: b.code, clause: b.clause },
            input: undefined,
          });
        }
      },
      { when: () => true },
    ),
  ) satisfies z.ZodMiniType<AccountRequestForm>;

const at = instantSchema;
const reason = filled(5000);

/**
 * The zod schema of a {@link RequestEvent}, discriminated on `type`; unknown keys refused.
 *
 * @example
 * requestEventSchema.safeParse({ type: 'RESGUARDO_SIGNED', at: '2026-12-03T12:00:00-06:00', actor: { role: 'helpdesk', id: 'mesa-3' } }).success
 * //=> true
 * requestEventSchema.safeParse({ type: 'APPROVE', at: '2026-12-01T10:00:00-06:00', actor: { role: 'it-head', id: 'ti-1' } }).success
 * //=> false (no seatsInUse)
 */
export const requestEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('REJECT'), at, actor: actorSchema, reason }),
  z.strictObject({
    type: z.literal('APPROVE'),
    at,
    actor: actorSchema,
    seatsInUse: count,
    exception: z.exactOptional(z.strictObject({ reason })),
  }),
  z.strictObject({ type: z.literal('AUTHORIZE_INTERNET'), at, actor: actorSchema, exitsInUse: count }),
  z.strictObject({ type: z.literal('DENY_INTERNET'), at, actor: actorSchema, observation: reason }),
  z.strictObject({
    type: z.literal('PROVISION'),
    at,
    actor: actorSchema,
    username: usernameSchema,
    capacityMb: z.exactOptional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000))),
    usernameInUse: z.exactOptional(z.boolean()),
    usernameRetired: z.exactOptional(z.boolean()),
  }),
  z.strictObject({ type: z.literal('RESGUARDO_SIGNED'), at, actor: actorSchema }),
  z.strictObject({ type: z.literal('WITHDRAW'), at, actor: actorSchema, reason: z.exactOptional(reason) }),
]) satisfies z.ZodMiniType<RequestEvent>;

const stampSchema = z.strictObject({ at, actor: actorSchema });

const PROVISIONED: ReadonlySet<string> = new Set(['awaitingResguardo', 'completed']);
const DECIDED: ReadonlySet<string> = new Set(['readyToProvision', 'awaitingResguardo', 'completed']);

/**
 * The zod schema of a {@link RequestState}. Besides the shapes it checks that the state is one
 * the machine can reach: `id` is the folio, the three signatures are there (8.1-3), a username
 * exists exactly once provisioned, and `internet` agrees with the form and the status. Each
 * status carries the evidence of the steps that led to it and no other (issue 12): `approval`
 * from `internetReview` on (absent in `submitted`), by the IT head, not before the request's
 * day; `seatException` exactly when a mailbox was approved at or over the recorded seat cap
 * (4.9); `internetDecision` exactly when internet is decided, an authorization below the
 * recorded exit cap (4.13), a denial with its `observation`; `provisioning` (mail officer) and
 * `capacityMb` (a mailbox) in `awaitingResguardo` and `completed`; `resguardoSigned` in
 * `completed`; a reason only when rejected or withdrawn; the steps' instants in order and
 * `updatedAt` not before the last. A state saved by 0.1.0 past approval lacks this evidence
 * and is refused: replay its log to get it.
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const { state } = createRequest(form, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' })._unsafeUnwrap();
 * requestStateSchema.safeParse(JSON.parse(JSON.stringify(state))).success
 * //=> true
 */
export const requestStateSchema = z
  .strictObject({
    id: filled(200),
    version: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
    status: z.enum(REQUEST_STATUSES),
    form: accountRequestSchema,
    internet: z.enum(['notRequested', 'pending', 'authorized', 'denied']),
    username: z.nullable(usernameSchema),
    updatedAt: z.exactOptional(instantSchema),
    // The optional fields in the order the machine adds them, so a parsed state's JSON is the
    // machine's own: APPROVE, the internet decision, PROVISION, the resguardo, the end.
    approval: z.exactOptional(z.strictObject({ at, actor: actorSchema, seatsInUse: count, seatCap: count })),
    seatException: z.exactOptional(z.strictObject({ reason })),
    internetDecision: z.exactOptional(
      z.strictObject({
        at,
        actor: actorSchema,
        exitsInUse: z.exactOptional(count),
        exitCap: z.exactOptional(count),
      }),
    ),
    observation: z.exactOptional(reason),
    provisioning: z.exactOptional(stampSchema),
    capacityMb: z.exactOptional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000))),
    resguardoSigned: z.exactOptional(stampSchema),
    reason: z.exactOptional(reason),
  })
  .check(
    z.superRefine((s, ctx) => {
      const issue = (message: string, path: string[]) =>
        ctx.addIssue({ code: 'custom', message, path, input: undefined });
      evidenceBreaches(s, (path, message) => issue(message, path));
      if (s.id !== s.form.folio) issue('id is the form folio', ['id']);
      for (const who of ['director', 'requestingBoss', 'user'] as const) {
        if (s.form.signatures[who] === undefined)
          issue('a request is created signed (8.1-3)', ['form', 'signatures', who]);
      }
      if ((s.username !== null) !== PROVISIONED.has(s.status)) {
        issue(`username is set exactly when provisioned, not in ${s.status}`, ['username']);
      }
      const expected = !s.form.internet.requested
        ? ['notRequested']
        : DECIDED.has(s.status)
          ? ['authorized', 'denied']
          : s.status === 'rejected' && s.form.mailbox === false
            ? ['pending', 'denied'] // internet alone, denied (4.11, 8.1-7.B)
            : ['pending'];
      if (!expected.includes(s.internet))
        issue(`internet is ${expected.join(' or ')} in ${s.status}`, ['internet']);
    }),
  ) satisfies z.ZodMiniType<RequestState>;
