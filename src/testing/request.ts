import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { formName } from '../_internal/formName.js';
import { addDays, fromEpochDay, type PlainDate, toEpochDay } from '../_internal/plainDate.js';
import { ROLES } from '../_internal/schemas.js';
import { exitCap, seatCap } from '../allowances/caps.js';
import type { Violation } from '../errors/violation.js';
import type { Actor, LogEntry, Role, Stamped } from '../machine/types.js';
import { generateUsername } from '../names/generateUsername.js';
import type { Taken } from '../names/types.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { createRequest } from '../request/createRequest.js';
import type { RequestEffect } from '../request/effects.js';
import { transitionRequest } from '../request/transitionRequest.js';
import type { AccountRequestForm, RequestEvent, RequestState } from '../request/types.js';
import { fullNameText } from './names.js';

/**
 * Where the arbitraries of this module draw their data from; every field is optional.
 *
 * @example
 * fc.sample(validFormArb({ departments: ['Compras'], from: '2026-01-01', to: '2026-06-30' }), { seed: 1, numRuns: 10 }).every((f) => f.user.department === 'Compras')
 * //=> true
 */
export type RequestArbitraryOptions = {
  /** The policy the histories must satisfy (caps, reserved usernames). Default {@link SESEQ_POLICY}. */
  readonly policy?: Policy;
  /** The departments forms name (the allowance ledger's keys). */
  readonly departments?: readonly string[];
  /** The first and last day a form may be dated. Default 2026-01-01 … 2027-12-31. */
  readonly from?: PlainDate;
  readonly to?: PlainDate;
  /** The kinds of request: creations, transfers or both (default). */
  readonly kinds?: readonly ('creation' | 'transfer')[];
  /** The folio (the request's id). Default `F-` and up to six digits. */
  readonly folio?: fc.Arbitrary<string>;
  /** The person's full name as F01 carries it. Default {@link fullNameText}. */
  readonly fullName?: fc.Arbitrary<string>;
};

/**
 * Any role of SPEC §1.
 *
 * @example
 * fc.sample(roleArb, { seed: 1, numRuns: 20 }).every((r) => typeof r === 'string')
 * //=> true
 */
export const roleArb: fc.Arbitrary<Role> = fc.constantFrom(...ROLES);

/**
 * A plain date between two others, both included.
 *
 * @example
 * fc.sample(dayBetween('2026-02-27', '2026-03-01'), { seed: 1, numRuns: 20 }).every((d) => d >= '2026-02-27' && d <= '2026-03-01')
 * //=> true
 */
export const dayBetween = (from: PlainDate, to: PlainDate): fc.Arbitrary<PlainDate> =>
  fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);

/** Instant `minute` minutes after 08:00 of `day` in Querétaro (UTC−6 all year since 2022). */
export function instantOn(day: PlainDate, minute = 0): string {
  const d = addDays(day, Math.floor(minute / (12 * 60)));
  const m = minute % (12 * 60);
  const hh = String(8 + Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${d}T${hh}:${mm}:00-06:00`;
}

const FUNCTIONS = 'Administración de la red de la unidad y soporte a los usuarios de los sistemas de salud';
const JUSTIFICATION =
  'Consulta de la normatividad federal y trámites en los portales de los proveedores de la red';

/**
 * A valid F01 (SPEC §4) that `createRequest` accepts: three signatures on the request's day;
 * staff, or an outsider or contractor whose account is temporary (4.10, 4.29, the contractor
 * with the IT head's authorization); a transfer names its previous area; internet requested
 * with its justification (4.11).
 *
 * @param options - {@link RequestArbitraryOptions}
 * @returns an arbitrary of forms
 *
 * @example
 * fc.sample(validFormArb({ departments: ['Compras'] }), { seed: 1, numRuns: 30 })
 *   .every((f) => createRequest(f, `${f.requestedOn}T09:00:00-06:00`, { role: 'direct-boss', id: 'j' }).isOk())
 * //=> true
 */
export function validFormArb(options: RequestArbitraryOptions = {}): fc.Arbitrary<AccountRequestForm> {
  const departments = options.departments ?? ['Informática', 'Compras', '__proto__'];
  const kinds = options.kinds ?? ['creation', 'transfer'];
  return fc
    .record({
      folio: options.folio ?? fc.stringMatching(/^F-[0-9]{1,6}$/),
      requestedOn: dayBetween(options.from ?? '2026-01-01', options.to ?? '2027-12-31'),
      department: fc.constantFrom(...departments),
      kind: fc.constantFrom(...kinds),
      holder: fc.constantFrom('staff' as const, 'external' as const, 'contractor' as const),
      temporary: fc.boolean(),
      months: fc.integer({ min: 1, max: 24 }),
      internet: fc.boolean(),
      centralOffice: fc.boolean(),
      name: options.fullName ?? fullNameText,
    })
    .map((r): AccountRequestForm => {
      const temp = r.temporary || r.holder !== 'staff';
      const f: AccountRequestForm = {
        folio: r.folio,
        requestedOn: r.requestedOn,
        area: 'Dirección de Planeación',
        director: { name: 'Ana María Juárez López', email: 'ajuarezl@seseqro.gob.mx' },
        requestingBoss: { name: 'Alejandro Hernández Núñez', email: 'alejandrohn@seseqro.gob.mx' },
        kind: r.kind,
        condition: temp ? 'temporary' : 'fixed',
        user: {
          fullName: r.name,
          department: r.department,
          position: 'Analista de sistemas',
          functions: FUNCTIONS,
          holder: r.holder,
        },
        internet: r.internet ? { requested: true, justification: JUSTIFICATION } : { requested: false },
        centralOffice: r.centralOffice,
        signatures: { director: r.requestedOn, requestingBoss: r.requestedOn, user: r.requestedOn },
      };
      if (r.kind === 'transfer') f.previousArea = 'Dirección Administrativa';
      if (temp) f.expiresOn = addDays(r.requestedOn, 30 * r.months);
      if (r.holder === 'contractor')
        f.contractorAuthorization = { by: 'Responsable de Informática', on: r.requestedOn };
      return f;
    });
}

/**
 * Any request event of a valid shape, from any role, at an instant `atArb` draws: most are
 * refused by the machine, which is what a property about refusals wants.
 *
 * @example
 * fc.sample(eventArb(fc.constant('2026-11-30T10:00:00-06:00')), { seed: 1, numRuns: 20 }).every((e) => e.at === '2026-11-30T10:00:00-06:00')
 * //=> true
 */
export function eventArb(atArb: fc.Arbitrary<string>): fc.Arbitrary<RequestEvent> {
  const base = fc.record({ at: atArb, actor: roleArb.map((role): Actor => ({ role, id: role })) });
  const count = fc.nat({ max: 4 });
  return fc.oneof(
    base.map((b) => ({ ...b, type: 'REJECT' as const, reason: 'no procede' })),
    fc
      .tuple(base, count, fc.boolean())
      .map(([b, seatsInUse, ex]) =>
        ex
          ? { ...b, type: 'APPROVE' as const, seatsInUse, exception: { reason: 'operación' } }
          : { ...b, type: 'APPROVE' as const, seatsInUse },
      ),
    fc
      .tuple(base, count)
      .map(([b, exitsInUse]) => ({ ...b, type: 'AUTHORIZE_INTERNET' as const, exitsInUse })),
    base.map((b) => ({ ...b, type: 'DENY_INTERNET' as const, observation: 'no se justifica' })),
    fc
      .tuple(base, fc.constantFrom('PERLAHL', 'ADMIN', 'JUANAIP2', 'JUANAIP'), fc.boolean(), fc.boolean())
      .map(([b, username, usernameInUse, usernameRetired]) => ({
        ...b,
        type: 'PROVISION' as const,
        username,
        capacityMb: 2048,
        usernameInUse,
        usernameRetired,
      })),
    base.map((b) => ({ ...b, type: 'RESGUARDO_SIGNED' as const })),
    base.map((b) => ({ ...b, type: 'WITHDRAW' as const })),
  );
}

/**
 * What a request's people decide, drawn once; the facts (counts, username) are read when each
 * step is taken, so the same plan runs alone or inside a world with a shared ledger.
 *
 * @example
 * fc.sample(requestPlanArb(), { seed: 1, numRuns: 10 }).every((plan) => ['approve', 'reject', 'withdraw'].includes(plan.decision))
 * //=> true
 */
export type RequestPlan = {
  readonly form: AccountRequestForm;
  /** The IT head's decision on the mailbox (8.1-4), or the boss withdrawing first. */
  readonly decision: 'approve' | 'reject' | 'withdraw';
  /** The IT head's decision on internet (8.1-5…7), or the boss withdrawing first. */
  readonly internet: 'authorize' | 'deny' | 'withdraw';
  /** The operational exception the IT head gives when the department is at its seat cap (8.1-4.B), or `null`: then it rejects. */
  readonly exception: string | null;
  /** The capacity the officer assigns (4.14). */
  readonly capacityMb: number;
  /** Minutes between one step and the next. */
  readonly gaps: readonly number[];
  /** How many steps after the creation are taken (a request may be left half-way). */
  readonly steps: number;
};

/**
 * The counts and the username a step is decided on: what the people look up in their records.
 *
 * @example
 * const facts: RequestFacts = { seatsInUse: 1, exitsInUse: 2, taken: new Set(['PERLAHL']) };
 */
export type RequestFacts = {
  /** Seats the department holds now (8.1-4). */
  readonly seatsInUse: number;
  /** Internet exits the department holds now (8.1-5, 8.1-6). */
  readonly exitsInUse: number;
  /** Usernames in use or retired (5.4.3, 4.19): the username is the first one 5.4.3 gives that is not among them. */
  readonly taken: Taken;
};

/**
 * A plan for one request.
 *
 * @param options - {@link RequestArbitraryOptions}
 *
 * @example
 * fc.sample(requestPlanArb({ kinds: ['creation'] }), { seed: 1, numRuns: 20 }).every((p) => p.form.kind === 'creation')
 * //=> true
 */
export function requestPlanArb(options: RequestArbitraryOptions = {}): fc.Arbitrary<RequestPlan> {
  return fc.record({
    form: validFormArb(options),
    decision: fc.constantFrom('approve', 'approve', 'approve', 'approve', 'reject', 'withdraw'),
    internet: fc.constantFrom('authorize', 'authorize', 'authorize', 'deny', 'withdraw'),
    exception: fc.option(fc.constantFrom('Área de urgencias', 'Operación del centro de datos'), {
      nil: null,
    }),
    capacityMb: fc.constantFrom(512, 1024, 2048),
    gaps: fc.array(fc.integer({ min: 1, max: 3 * 24 * 60 }), { minLength: 6, maxLength: 6 }),
    // Three in four run to the end; the rest stop half-way.
    steps: fc.oneof(
      { weight: 3, arbitrary: fc.constant(5) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }) },
    ),
  });
}

/** The boss who signs and sends F01 (act 1–3). */
export const REQUESTING_BOSS: Actor = Object.freeze({ role: 'direct-boss', id: 'jefe-17' });

/**
 * The next event of a plan for a request in `state`, decided on `facts`, at instant `at`; `null`
 * when the request is over. The event is one the machine accepts: at the seat cap the IT head
 * approves only with an exception and rejects otherwise (8.1-4); at the exit cap internet is
 * denied (8.1-7.A); the username is the first 5.4.3 gives that `facts.taken` does not hold.
 *
 * @param state - the request as it stands
 * @param plan - what its people decide
 * @param facts - the counts and usernames as they are now
 * @param at - the instant of the event
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the event, or `null` when the request is over
 *
 * @example
 * const [plan] = fc.sample(requestPlanArb(), { seed: 1, numRuns: 1 });
 * const created = createRequest(plan.form, `${plan.form.requestedOn}T09:00:00-06:00`, { role: 'direct-boss', id: 'j' })._unsafeUnwrap();
 * ['APPROVE', 'REJECT', 'WITHDRAW'].includes(nextRequestEvent(created.state, plan, { seatsInUse: 0, exitsInUse: 0, taken: new Set() }, `${plan.form.requestedOn}T10:00:00-06:00`).type)
 * //=> true
 */
export function nextRequestEvent(
  state: RequestState,
  plan: RequestPlan,
  facts: RequestFacts,
  at: string,
  policy: Policy = SESEQ_POLICY,
): RequestEvent | null {
  const itHead: Actor = { role: 'it-head', id: 'ti-1' };
  switch (state.status) {
    case 'submitted': {
      if (plan.decision === 'withdraw')
        return { type: 'WITHDRAW', at, actor: REQUESTING_BOSS, reason: 'ya no se requiere' };
      const atCap = facts.seatsInUse >= seatCap(state.form.user.department, policy);
      if (plan.decision === 'reject' || (atCap && plan.exception === null))
        return { type: 'REJECT', at, actor: itHead, reason: atCap ? 'sin lugares (4.9)' : 'no procede' };
      return atCap
        ? {
            type: 'APPROVE',
            at,
            actor: itHead,
            seatsInUse: facts.seatsInUse,
            exception: { reason: plan.exception as string },
          }
        : { type: 'APPROVE', at, actor: itHead, seatsInUse: facts.seatsInUse };
    }
    case 'internetReview':
      if (plan.internet === 'withdraw')
        return { type: 'WITHDRAW', at, actor: REQUESTING_BOSS, reason: 'ya no se requiere' };
      if (plan.internet === 'authorize' && facts.exitsInUse < exitCap(policy))
        return { type: 'AUTHORIZE_INTERNET', at, actor: itHead, exitsInUse: facts.exitsInUse };
      return { type: 'DENY_INTERNET', at, actor: itHead, observation: 'sin salidas disponibles (4.13)' };
    case 'readyToProvision': {
      // The form's name as 5.4.3 reads it: its parts when F01 carries them (they rule, SPEC §12).
      const name = generateUsername(formName(state.form), facts.taken, policy);
      if (name.isErr()) return null;
      return {
        type: 'PROVISION',
        at,
        actor: { role: 'mail-officer', id: 'mov-2' },
        username: name.value.username,
        capacityMb: plan.capacityMb,
        // What the officer checked (5.4.3, 4.19): 5.4.3 skipped every taken or retired candidate.
        usernameInUse: false,
        usernameRetired: false,
      };
    }
    case 'awaitingResguardo':
      return {
        type: 'RESGUARDO_SIGNED',
        at,
        actor: state.form.centralOffice
          ? { role: 'helpdesk', id: 'mesa-3' }
          : { role: 'unit-it', id: 'inf-4' },
      };
    default:
      return null;
  }
}

/**
 * A request's history: its state after each accepted step, the log and the effects, all accepted.
 *
 * @example
 * fc.sample(requestHistoryArb(), { seed: 1, numRuns: 10 }).every((h) => h.states.length === h.log.length && h.states.at(-1) === h.state)
 * //=> true
 */
export type RequestHistory = {
  readonly plan: RequestPlan;
  readonly state: RequestState;
  /** The state after each log entry (the first is the created request, the last `state`). */
  readonly states: readonly RequestState[];
  /** The events after the creation, in order, each accepted. */
  readonly events: readonly RequestEvent[];
  readonly log: readonly LogEntry[];
  readonly effects: readonly Stamped<RequestEffect>[];
};

/** The creation's instant: 09:00 of the form's day. */
export const createdAt = (form: AccountRequestForm): string => instantOn(form.requestedOn, 60);

/**
 * Lives a plan: creates the request and takes its steps, each on the facts `facts` gives at that
 * moment (default: an empty department, nobody's username taken). Steps the machine would
 * refuse are never produced; should one be refused all the same, the history stops there.
 *
 * @param plan - from {@link requestPlanArb}
 * @param facts - the counts and usernames at each step
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns the history, or the violations `createRequest` gave
 *
 * @example
 * const [plan] = fc.sample(requestPlanArb(), { seed: 1, numRuns: 1 });
 * liveRequest({ ...plan, steps: 0 })._unsafeUnwrap().state.status
 * //=> 'submitted'
 */
export function liveRequest(
  plan: RequestPlan,
  facts: (state: RequestState) => RequestFacts = () => ({ seatsInUse: 0, exitsInUse: 0, taken: new Set() }),
  policy: Policy = SESEQ_POLICY,
): Result<RequestHistory, Violation[]> {
  return createRequest(plan.form, createdAt(plan.form), REQUESTING_BOSS, policy).map((created) => {
    let state = created.state;
    let minute = 60;
    const events: RequestEvent[] = [];
    const log: LogEntry[] = [created.log];
    const states: RequestState[] = [state];
    const effects: Stamped<RequestEffect>[] = [...(created.effects as readonly Stamped<RequestEffect>[])];
    for (let i = 0; i < plan.steps; i++) {
      minute += plan.gaps[i % plan.gaps.length] ?? 1;
      const event = nextRequestEvent(
        state,
        plan,
        facts(state),
        instantOn(plan.form.requestedOn, minute),
        policy,
      );
      // Stryker disable next-line ConditionalExpression: equivalent, transitionRequest refuses a null event and the refusal stops the history two lines down
      if (event === null) break;
      const r = transitionRequest(state, event, policy);
      if (r.isErr()) break;
      state = r.value.state;
      events.push(event);
      log.push(r.value.log);
      states.push(state);
      effects.push(...(r.value.effects as readonly Stamped<RequestEffect>[]));
    }
    return { plan, state, states, events, log, effects };
  });
}

/**
 * The options of {@link requestHistoryArb} and {@link requestStateArb}: {@link RequestArbitraryOptions}
 * and the counts each step is decided on (default 0 to 3 each).
 *
 * @example
 * fc.sample(requestStateArb({ exitsInUse: fc.constant(2) }), { seed: 1, numRuns: 20 }).every((s) => s.internet !== 'authorized')
 * //=> true
 */
export type RequestHistoryOptions = RequestArbitraryOptions & {
  /** The seats the department holds when the IT head decides (8.1-4). */
  readonly seatsInUse?: fc.Arbitrary<number>;
  /** The internet exits the department holds when the IT head decides (8.1-5, 8.1-6). */
  readonly exitsInUse?: fc.Arbitrary<number>;
};

/**
 * A request's whole history, every step accepted: created, decided on the counts the plan's
 * facts give (default: room in the department), provisioned with a username 5.4.3 gives the
 * person, and signed, or stopped half-way, rejected or withdrawn.
 *
 * @param options - {@link RequestArbitraryOptions} and the counts each step is decided on
 * @returns an arbitrary of histories
 *
 * @example
 * fc.sample(requestHistoryArb(), { seed: 5, numRuns: 40 }).some((h) => h.state.status === 'completed')
 * //=> true
 */
export function requestHistoryArb(options: RequestHistoryOptions = {}): fc.Arbitrary<RequestHistory> {
  const policy = options.policy ?? SESEQ_POLICY;
  return fc
    .tuple(
      requestPlanArb(options),
      options.seatsInUse ?? fc.integer({ min: 0, max: 3 }),
      options.exitsInUse ?? fc.integer({ min: 0, max: 3 }),
    )
    .map(([plan, seatsInUse, exitsInUse]) =>
      liveRequest(plan, () => ({ seatsInUse, exitsInUse, taken: new Set<string>() }), policy),
    )
    .filter((r) => r.isOk())
    .map((r) => r._unsafeUnwrap());
}

/**
 * A request state reachable through accepted steps: the last one of a {@link requestHistoryArb}.
 *
 * @param options - as {@link requestHistoryArb}
 *
 * @example
 * fc.sample(requestStateArb(), { seed: 1, numRuns: 20 }).every((s) => s.version >= 1)
 * //=> true
 */
export function requestStateArb(options: RequestHistoryOptions = {}): fc.Arbitrary<RequestState> {
  return requestHistoryArb(options).map((h) => h.state);
}
