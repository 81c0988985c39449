import fc from 'fast-check';
import { applyLedgerEffects } from '../allowances/applyLedgerEffects.js';
import { type AllowanceLedger, EMPTY_LEDGER } from '../allowances/types.js';
import { departmentUsage } from '../allowances/usage.js';
import type { Effect } from '../effects/index.js';
import { openAccount } from '../lifecycle/openAccount.js';
import type { AccountState } from '../lifecycle/types.js';
import type { LogEntry } from '../machine/types.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import type { CreateMailboxEffect } from '../request/effects.js';
import type { RequestState } from '../request/types.js';
import { accountIdFor, keyOf } from './_effectKey.js';
import { type LifeRunner, type Step, startLife, stepsArb } from './account.js';
import {
  checkBackupBeforeDelete,
  checkLedgerWithinCaps,
  checkLogNeverGoesBack,
  checkReplayEqualsState,
  checkRetiredNeverProvisioned,
  type InvariantViolation,
  type StoredSubject,
} from './invariants.js';
import { liveRequest, type RequestPlan, requestPlanArb } from './request.js';

/**
 * One step as the adapter stores it with its effects, in one transaction (docs/adapters.md).
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const t = createRequest(form, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' })._unsafeUnwrap();
 * const step: StoredStep = { machine: 'request', state: t.state, log: t.log, effects: t.effects };
 */
export type StoredStep =
  | {
      readonly machine: 'request';
      readonly state: RequestState;
      readonly log: LogEntry;
      readonly effects: readonly Effect[];
    }
  | {
      readonly machine: 'account';
      readonly state: AccountState;
      /** `null` for the opening of the account (`openAccount` logs nothing). */
      readonly log: LogEntry | null;
      readonly effects: readonly Effect[];
    };

/**
 * What an adapter did, as its own records say.
 *
 * @example
 * const record: ExecutorRecord = { performed: [], ledger: EMPTY_LEDGER };
 */
export type ExecutorRecord = {
  /** Every effect it really carried out, in order: once per time it carried it out, not per delivery. */
  readonly performed: readonly Effect[];
  /** The allowance ledger it keeps, if it keeps one; else the check applies `performed` to an empty ledger. */
  readonly ledger?: AllowanceLedger;
  /** The subjects it stored through {@link EffectExecutor.store}, if it stores them. */
  readonly subjects?: readonly StoredSubject[];
};

/**
 * The adopter's effect executor under test. `execute` may be called again with an effect already
 * carried out (delivery is at least once): it must carry each effect out once, by its key.
 *
 * @example
 * // carries each effect out once, by its key, however often it is delivered
 * const done = new Map<string, Effect>();
 * const executor: EffectExecutor = {
 *   execute: (effect) => { done.set(effectKey(effect), effect); },
 *   read: () => ({ performed: [...done.values()] }),
 * };
 */
export type EffectExecutor = {
  /** Stores a step (state, log entry, effects) before its effects are delivered; optional. */
  readonly store?: (step: StoredStep) => unknown;
  /** Carries out one effect (async allowed). */
  readonly execute: (effect: Effect) => unknown;
  /** What it did (async allowed). */
  readonly read: () => ExecutorRecord | Promise<ExecutorRecord>;
};

/**
 * The shape of the worlds the conformance property draws; every field is optional.
 *
 * @example
 * fc.sample(conformanceWorldArb({ departments: ['Compras'], maxRequests: 3 }), { seed: 1, numRuns: 10 }).every((w) => w.requests.length <= 3)
 * //=> true
 */
export type ConformanceOptions = {
  /** The policy the world lives under and the caps checked. Default {@link SESEQ_POLICY}. */
  readonly policy?: Policy;
  /** The departments (few, so caps are reached). Default two. */
  readonly departments?: readonly string[];
  /** How many requests a world has at most. Default 6. */
  readonly maxRequests?: number;
  /** How many steps each account lives at most. Default 12. */
  readonly maxSteps?: number;
  /** The first and last day a request may be dated. Default 2026-01-01 … 2027-12-31. */
  readonly from?: string;
  readonly to?: string;
};

/**
 * A world: requests for mailboxes (each becoming an account when it completes), their accounts'
 * lives, the order in which they take turns, and which deliveries are repeated later.
 *
 * @example
 * fc.sample(conformanceWorldArb({ maxRequests: 2 }), { seed: 1, numRuns: 5 }).every((w) => w.requests.length <= 2 && w.turns.length > 0)
 * //=> true
 */
export type ConformanceWorld = {
  readonly requests: readonly { readonly plan: RequestPlan; readonly life: readonly Step[] }[];
  /** Whose turn it is, tick by tick (taken modulo the subjects still going). */
  readonly turns: readonly number[];
  /** Cycled over the deliveries: `true` delivers that effect again at the end of the next turn. */
  readonly redeliver: readonly boolean[];
};

/**
 * The worlds of the conformance property: mailbox requests in a few departments (so seat and
 * exit caps are reached and exceptions given), whose accounts then live (inactivity, leave,
 * suspension, baja, cancellation, retirement), interleaved, with about one delivery in four
 * repeated later.
 *
 * @param options - {@link ConformanceOptions}
 *
 * @example
 * fc.sample(conformanceWorldArb({ maxRequests: 3 }), { seed: 1, numRuns: 20 }).every((w) => w.requests.length <= 3)
 * //=> true
 */
export function conformanceWorldArb(options: ConformanceOptions = {}): fc.Arbitrary<ConformanceWorld> {
  const departments = options.departments ?? ['Compras', 'Informática'];
  const plan = requestPlanArb({
    departments,
    kinds: ['creation'],
    // The forms do not depend on the policy (the worlds' steps do: runConformanceWorld).
    ...(options.from !== undefined ? { from: options.from } : {}),
    // Stryker disable next-line ConditionalExpression: `to: undefined` reads as the default too
    ...(options.to !== undefined ? { to: options.to } : {}),
  });
  return fc.record({
    requests: fc.uniqueArray(
      fc.record({
        plan,
        life: stepsArb({ departments, maxSteps: options.maxSteps ?? 12, wrongRoles: false }).map(
          (s) => s.steps,
        ),
      }),
      {
        minLength: 1,
        maxLength: options.maxRequests ?? 6,
        selector: (r) => r.plan.form.folio,
      },
    ),
    turns: fc.array(fc.nat({ max: 1000 }), { minLength: 10, maxLength: 120 }),
    redeliver: fc.array(
      fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      { minLength: 1, maxLength: 40 },
    ),
  });
}

/**
 * Lives a world against an executor and checks what it did: every delivered effect carried out
 * exactly once by its key (`effectPerformed`, `effectPerformedOnce`), never a deletion without a
 * backup before it (4.22), never a retired username provisioned again (4.19), the ledger within
 * its caps (4.9, 4.13), and, when the executor stores subjects, their logs never going back and
 * replaying to their states (SPEC §1), which are the states the machines reached.
 *
 * @param world - from {@link conformanceWorldArb}
 * @param executor - the adopter's executor, fresh
 * @param policy - defaults to {@link SESEQ_POLICY}
 * @returns every broken invariant, or `[]`
 *
 * @example
 * const [world] = fc.sample(conformanceWorldArb(), { seed: 1, numRuns: 1 });
 * await runConformanceWorld(world, memoryExecutor())
 * //=> []
 */
export async function runConformanceWorld(
  world: ConformanceWorld,
  executor: EffectExecutor,
  policy: Policy = SESEQ_POLICY,
): Promise<InvariantViolation[]> {
  let ledger: AllowanceLedger = EMPTY_LEDGER;
  const usernames = new Set<string>();
  const delivered = new Map<string, Effect>();
  const finals = new Map<string, RequestState | AccountState>();
  const pendingRequests = [...world.requests];
  const lives: { runner: LifeRunner; steps: readonly Step[]; next: number }[] = [];
  let later: Effect[] = [];
  let deliveries = 0;

  const deliver = async (effects: readonly Effect[]): Promise<void> => {
    for (const e of effects) {
      delivered.set(keyOf(e), e);
      await executor.execute(e);
      if (world.redeliver[deliveries++ % world.redeliver.length] === true) later.push(e);
    }
  };
  const book = (effects: readonly Effect[]): void => {
    const l = applyLedgerEffects(ledger, effects, policy);
    if (l.isOk()) ledger = l.value;
  };

  const turnOfRequest = async (item: (typeof world.requests)[number]): Promise<void> => {
    const counts = (department: string) => departmentUsage(ledger, department, policy);
    const history = liveRequest(
      item.plan,
      (s) => {
        const u = counts(s.form.user.department);
        return {
          seatsInUse: u.isOk() ? u.value.seatsInUse : 0,
          exitsInUse: u.isOk() ? u.value.exitsInUse : 0,
          taken: usernames,
        };
      },
      policy,
    );
    if (history.isErr()) return;
    const h = history.value;
    // Stored and delivered step by step, as the adapter would: one transaction per step.
    for (let i = 0; i < h.log.length; i++) {
      const entry = h.log[i] as LogEntry;
      const effects = h.effects.filter((e) => e.version === entry.version) as Effect[];
      book(effects);
      await executor.store?.({ machine: 'request', state: h.states[i] as RequestState, log: entry, effects });
      await deliver(effects);
    }
    finals.set(h.state.id, h.state);
    const created = h.effects.find((e): e is CreateMailboxEffect & Effect => e.type === 'CREATE_MAILBOX');
    if (h.state.username !== null) usernames.add(h.state.username);
    if (h.state.status !== 'completed' || created === undefined) return;
    const opened = openAccount(
      {
        id: accountIdFor(h.state.id),
        username: created.username,
        department: created.department,
        holder: created.holder,
        createdOn: created.createdOn,
        expiresOn: created.expiresOn,
        internet: created.internet,
      },
      policy,
    );
    if (opened.isErr()) return;
    await executor.store?.({ machine: 'account', state: opened.value, log: null, effects: [] });
    finals.set(opened.value.id, opened.value);
    lives.push({
      runner: startLife(opened.value, { policy, exclude: ['COMPLETE_TRANSFER'] }),
      steps: item.life,
      next: 0,
    });
  };

  const turnOfLife = async (life: (typeof lives)[number]): Promise<void> => {
    const step = life.steps[life.next++] as Step;
    for (const a of life.runner.step(step)) {
      const effects = a.effects as readonly Effect[];
      book(effects);
      await executor.store?.({ machine: 'account', state: a.after, log: a.log, effects });
      await deliver(effects);
      finals.set(a.after.id, a.after);
    }
  };

  for (const turn of world.turns) {
    const active = lives.filter((l) => l.next < l.steps.length);
    const choices = active.length + (pendingRequests.length > 0 ? 1 : 0);
    if (choices === 0) break;
    const pick = turn % choices;
    if (pick === active.length)
      await turnOfRequest(pendingRequests.shift() as (typeof world.requests)[number]);
    else await turnOfLife(active[pick] as (typeof lives)[number]);
    const again = later;
    later = [];
    for (const e of again) await executor.execute(e);
  }
  for (const e of later) await executor.execute(e);

  const record = await executor.read();
  return [...checkPerformed(delivered, record.performed), ...checkRecord(record, finals, policy)];
}

function checkPerformed(
  delivered: ReadonlyMap<string, Effect>,
  performed: readonly Effect[],
): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const times = new Map<string, number>();
  for (const e of performed) times.set(keyOf(e), (times.get(keyOf(e)) ?? 0) + 1);
  for (const [key, n] of times)
    if (n > 1)
      out.push({
        invariant: 'effectPerformedOnce',
        clause: null,
        message: `${key} carried out ${n} times`,
        details: { key, times: n, type: delivered.get(key)?.type ?? null },
      });
  for (const [key, e] of delivered)
    if (!times.has(key))
      out.push({
        invariant: 'effectPerformed',
        clause: 'clause' in e ? (e.clause as string) : null,
        message: `${key} (${e.type}) delivered but never carried out`,
        details: { key, type: e.type },
      });
  return out;
}

function checkRecord(
  record: ExecutorRecord,
  finals: ReadonlyMap<string, RequestState | AccountState>,
  policy: Policy,
): InvariantViolation[] {
  const out: InvariantViolation[] = [
    ...checkBackupBeforeDelete(record.performed),
    ...checkRetiredNeverProvisioned(record.performed),
  ];
  if (record.ledger !== undefined) out.push(...checkLedgerWithinCaps(record.ledger, policy));
  else {
    const l = applyLedgerEffects(EMPTY_LEDGER, record.performed, policy);
    if (l.isOk()) out.push(...checkLedgerWithinCaps(l.value, policy));
    else
      out.push({
        invariant: 'ledgerWithinCaps',
        clause: l.error.clause,
        message: `the ledger refuses what was carried out (${l.error.code})`,
        details: { violation: l.error },
      });
  }
  for (const s of record.subjects ?? []) {
    out.push(...checkLogNeverGoesBack(s.log), ...checkReplayEqualsState(s, policy));
    const expected = finals.get(s.state.id);
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(s.state))
      out.push({
        invariant: 'replayEqualsState',
        clause: null,
        message: `${s.state.id}: the stored state is not the one the machine reached`,
        details: { subject: s.state.id, stored: s.state, expected },
      });
  }
  return out;
}

/**
 * What {@link checkAdapterConformance} found.
 *
 * @example
 * const report = await checkAdapterConformance(() => memoryExecutor(), { numRuns: 5, seed: 1 });
 * [report.passed, report.findings, report.world]
 * //=> [true, [], null]
 */
export type ConformanceReport = {
  readonly passed: boolean;
  /** The broken invariants of the smallest failing world, or `[]`. */
  readonly findings: readonly InvariantViolation[];
  /** The smallest failing world, or `null`. */
  readonly world: ConformanceWorld | null;
  readonly numRuns: number;
  /** Replay a failure with these (fast-check's `seed` and `path`). */
  readonly seed: number;
  readonly path: string | null;
  /** An exception the executor threw, as text; `null` when the failure is its findings. */
  readonly error: string | null;
};

/**
 * The conformance property as a fast-check property, for `fc.assert` or `@fast-check/vitest`:
 * each run draws a world, gives it a fresh executor and holds when nothing is broken.
 *
 * @param makeExecutor - a fresh executor per run (async allowed)
 * @param options - {@link ConformanceOptions}
 *
 * @example
 * fc.check(adapterConformanceProperty(() => memoryExecutor()), { numRuns: 3, seed: 1 }).then((d) => d.failed)
 * //=> false
 */
export function adapterConformanceProperty(
  makeExecutor: () => EffectExecutor | Promise<EffectExecutor>,
  options: ConformanceOptions = {},
): fc.IAsyncProperty<[ConformanceWorld]> {
  return fc.asyncProperty(conformanceWorldArb(options), async (world) => {
    const findings = await runConformanceWorld(world, await makeExecutor(), options.policy ?? SESEQ_POLICY);
    return findings.length === 0;
  });
}

/**
 * Runs the conformance property and reports, never throwing: random request and account
 * histories are driven through the executor, effects re-delivered at random, and the invariants
 * checked against what the executor says it did. On failure the report gives the smallest world
 * fast-check found and its broken invariants.
 *
 * @param makeExecutor - a fresh executor per run (async allowed)
 * @param options - {@link ConformanceOptions}, and fast-check's `numRuns` (default 100) and `seed`
 * @returns the report
 *
 * @example
 * (await checkAdapterConformance(() => memoryExecutor(), { numRuns: 5, seed: 1 })).passed
 * //=> true
 */
export async function checkAdapterConformance(
  makeExecutor: () => EffectExecutor | Promise<EffectExecutor>,
  options: ConformanceOptions & { readonly numRuns?: number; readonly seed?: number } = {},
): Promise<ConformanceReport> {
  const details = await fc.check(adapterConformanceProperty(makeExecutor, options), {
    numRuns: options.numRuns ?? 100,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  if (!details.failed)
    return {
      passed: true,
      findings: [],
      world: null,
      numRuns: details.numRuns,
      seed: details.seed,
      path: null,
      error: null,
    };
  // Stryker disable next-line OptionalChaining: a failed check always has its counterexample
  const world = details.counterexample?.[0] ?? null;
  let findings: InvariantViolation[] = [];
  let error: string | null = null;
  try {
    // Stryker disable next-line ConditionalExpression: never null once failed (see above)
    if (world !== null)
      findings = await runConformanceWorld(world, await makeExecutor(), options.policy ?? SESEQ_POLICY);
  } catch (e) {
    error = String(e);
  }
  // Broken invariants say why the world failed; without them, what fast-check caught does.
  if (error === null && findings.length === 0) error = String(details.errorInstance);
  return {
    passed: false,
    findings,
    world,
    numRuns: details.numRuns,
    seed: details.seed,
    path: details.counterexamplePath,
    error,
  };
}
