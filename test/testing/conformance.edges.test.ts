import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllowanceLedger } from '../../src/allowances/index.js';
import type { Effect } from '../../src/effects/index.js';
import { effectKey } from '../../src/machine/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { createRequest } from '../../src/request/index.js';
import {
  type ConformanceWorld,
  checkAdapterConformance,
  conformanceWorldArb,
  type EffectExecutor,
  type ExecutorRecord,
  memoryExecutor,
  runConformanceWorld,
  type StoredStep,
} from '../../src/testing/index.js';
import { at, BOSS, form } from '../arbitraries/request.js';

// The conformance property at its edges (docs/testing.md): how a world is drawn and driven
// (deliveries, repeats, one stored step per transition), and what each finding says. Written
// from the survivors of `MUTATE=testing npx stryker run` (docs/performance.md).

/** The first world of a seed whose requests complete, so that effects and an account exist. */
function busyWorld(redeliver: readonly boolean[]): ConformanceWorld {
  const worlds = fc.sample(conformanceWorldArb({ maxRequests: 3 }), { seed: 7, numRuns: 40 });
  const w = worlds.find((x) => x.requests.some((r) => r.plan.decision === 'approve' && r.plan.steps === 5));
  if (w === undefined) throw new Error('no busy world in the sample');
  // Enough turns for every request and every life step.
  return { ...w, turns: Array.from({ length: 200 }, (_, i) => i), redeliver };
}

/** The reference executor, watched: every call to execute and store, in order. */
function watched() {
  const inner = memoryExecutor();
  const executed: string[] = [];
  const stored: StoredStep[] = [];
  const executor: EffectExecutor = {
    store: (s) => {
      stored.push(s);
      inner.store(s);
    },
    execute: (e) => {
      executed.push(effectKey(e));
      inner.execute(e);
    },
    read: () => inner.read(),
  };
  return { executor, executed, stored, inner };
}

const count = (keys: readonly string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

describe('runConformanceWorld drives a world as an adapter would (docs/adapters.md)', () => {
  it('delivers each effect once, or twice when the world repeats every delivery', async () => {
    const once = watched();
    expect(await runConformanceWorld(busyWorld([false]), once.executor)).toEqual([]);
    expect(once.executed.length).toBeGreaterThan(0);
    expect([...count(once.executed).values()].every((n) => n === 1)).toBe(true);

    const twice = watched();
    expect(await runConformanceWorld(busyWorld([true]), twice.executor)).toEqual([]);
    expect(count(twice.executed)).toEqual(new Map([...count(once.executed).keys()].map((k) => [k, 2])));
  });

  it('repeats the deliveries the world picks, cycling over its choices', async () => {
    const w = watched();
    await runConformanceWorld(busyWorld([false, true]), w.executor);
    const first: string[] = [];
    for (const k of w.executed) if (!first.includes(k)) first.push(k);
    const times = count(w.executed);
    expect(first.map((k) => times.get(k))).toEqual(first.map((_, i) => (i % 2 === 1 ? 2 : 1)));
  });

  it('stores each step with its own log entry and the effects of its version, before delivering them', async () => {
    const w = watched();
    const world = busyWorld([false]);
    await runConformanceWorld(world, w.executor);
    expect(w.stored.length).toBeGreaterThan(0);
    for (const s of w.stored) {
      if (s.log === null) expect(s.effects).toEqual([]);
      else for (const e of s.effects) expect(e.version).toBe(s.log.version);
    }
    const stamped = w.stored.flatMap((s) => s.effects.map(effectKey));
    expect(new Set(stamped)).toEqual(new Set(w.executed));
    // The request's steps in order, from its creation.
    const folio = world.requests[0]?.plan.form.folio as string;
    const versions = w.stored.filter((s) => s.state.id === folio).map((s) => s.log?.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  it('opens the account of a completed request as cuenta-<folio>, stored with no log entry (4.10)', async () => {
    const w = watched();
    const world = busyWorld([false]);
    await runConformanceWorld(world, w.executor);
    const opened = w.stored.filter((s) => s.machine === 'account' && s.log === null);
    expect(opened.length).toBeGreaterThan(0);
    for (const s of opened) {
      expect(s.state.id).toMatch(/^cuenta-/);
      expect(world.requests.map((r) => `cuenta-${r.plan.form.folio}`)).toContain(s.state.id);
    }
    // And the account lives: some step of an account is stored with its log entry.
    expect(w.stored.some((s) => s.machine === 'account' && s.log !== null)).toBe(true);
  });
});

describe('what runConformanceWorld reports, finding by finding', () => {
  it('says which effect was carried out twice, and which was never carried out', async () => {
    const world = busyWorld([false]);
    const w = watched();
    await runConformanceWorld(world, w.executor);
    const performed = w.inner.read().performed;
    const [first, ...rest] = performed as [Effect, ...Effect[]];
    const key = effectKey(first);
    const findings = await runConformanceWorld(world, {
      execute: () => {},
      read: () => ({ performed: [first, first, ...rest.slice(1)] }),
    });
    expect(findings.filter((f) => f.invariant === 'effectPerformedOnce')).toEqual([
      {
        invariant: 'effectPerformedOnce',
        clause: null,
        message: `${key} carried out 2 times`,
        details: { key, times: 2, type: first.type },
      },
    ]);
    const missing = rest[0] as Effect;
    const never = findings.filter((f) => f.invariant === 'effectPerformed');
    expect(never.map((f) => f.details.key)).toContain(effectKey(missing));
    expect(never.find((f) => f.details.key === effectKey(missing))).toEqual({
      invariant: 'effectPerformed',
      clause: 'clause' in missing ? missing.clause : null,
      message: `${effectKey(missing)} (${missing.type}) delivered but never carried out`,
      details: { key: effectKey(missing), type: missing.type },
    });
  });

  it('gives a repeated effect it never delivered no type', async () => {
    const stray = {
      type: 'RETIRE_USERNAME',
      username: 'NADIE',
      clause: '4.19',
      machine: 'account',
      subject: 'otro',
      version: 9,
      index: 0,
    } as Effect;
    const w = watched();
    const findings = await runConformanceWorld(busyWorld([false]), {
      ...w.executor,
      read: () => ({ ...w.inner.read(), performed: [...w.inner.read().performed, stray, stray] }),
    });
    expect(findings.find((f) => f.invariant === 'effectPerformedOnce')?.details).toEqual({
      key: effectKey(stray),
      times: 2,
      type: null,
    });
  });

  it('reads the ledger from what was carried out when the executor keeps none, and says when it refuses it (4.9)', async () => {
    const grant = (username: string, version: number) =>
      ({
        type: 'GRANT_SEAT',
        department: 'Compras',
        username,
        exception: null,
        clause: '4.9',
        machine: 'request',
        subject: 'F-x',
        version,
        index: 0,
      }) as Effect;
    const empty = { requests: [], turns: [0], redeliver: [false] } as ConformanceWorld;
    const refused = await runConformanceWorld(empty, {
      execute: () => {},
      read: () => ({ performed: [grant('A', 1), grant('B', 2), grant('C', 3)] }),
    });
    expect(refused).toEqual([
      {
        invariant: 'ledgerWithinCaps',
        clause: '4.9',
        message: 'the ledger refuses what was carried out (MAILBOX_SEAT_LIMIT_REACHED)',
        details: { violation: expect.objectContaining({ code: 'MAILBOX_SEAT_LIMIT_REACHED' }) },
      },
    ]);
    // Within the caps, nothing to say; a kept ledger is checked as it is.
    const fine = await runConformanceWorld(empty, {
      execute: () => {},
      read: () => ({ performed: [grant('A', 1), grant('B', 2)] }),
    });
    expect(fine).toEqual([]);
    const kept: ExecutorRecord = {
      performed: [],
      ledger: {
        departments: [
          {
            department: 'Compras',
            seats: [],
            exits: ['A', 'B', 'C'].map((username) => ({ username })),
          },
        ],
      } as unknown as AllowanceLedger,
    };
    const over = await runConformanceWorld(empty, { execute: () => {}, read: () => kept });
    expect(over.map((f) => [f.invariant, f.clause])).toEqual([['ledgerWithinCaps', '4.13']]);
  });

  it('says when a stored state is not the one the machine reached, and passes a subject it never had', async () => {
    const world = busyWorld([false]);
    const w = watched();
    const stranger = createRequest(form({ folio: 'F01-2099-0001' }), at(0), BOSS)._unsafeUnwrap();
    const extra = { machine: 'request' as const, state: stranger.state, log: [stranger.log] };
    expect(
      await runConformanceWorld(world, {
        ...w.executor,
        read: () => ({ ...w.inner.read(), subjects: [...(w.inner.read().subjects ?? []), extra] }),
      }),
    ).toEqual([]);

    const v = watched();
    const folio = world.requests[0]?.plan.form.folio as string;
    const findings = await runConformanceWorld(world, {
      ...v.executor,
      read: () => {
        const r = v.inner.read();
        const subjects = (r.subjects ?? []).map((s) => {
          if (s.state.id !== folio || s.machine !== 'request') return s;
          // The state and its log cut back together: it replays, but is not where the machine got.
          const log = s.log.slice(0, 1);
          return {
            ...s,
            log,
            state: createRequest(world.requests[0]?.plan.form, log[0]?.at as string, BOSS)._unsafeUnwrap()
              .state,
          };
        });
        return { ...r, subjects };
      },
    });
    expect(
      findings.filter((f) => f.invariant === 'replayEqualsState').map((f) => [f.message, f.details.subject]),
    ).toEqual([[`${folio}: the stored state is not the one the machine reached`, folio]]);
  });
});

describe('checkAdapterConformance reports (docs/testing.md)', () => {
  it('gives the runs, the seed, no path and no error when it passes', async () => {
    const report = await checkAdapterConformance(() => memoryExecutor(), { numRuns: 3, seed: 42 });
    expect(report).toEqual({
      passed: true,
      findings: [],
      world: null,
      numRuns: 3,
      seed: 42,
      path: null,
      error: null,
    });
  });

  it('gives the path to replay a failure, and no error when nothing was thrown', async () => {
    const report = await checkAdapterConformance(
      () => ({ execute: () => {}, read: () => ({ performed: [] }) }),
      { numRuns: 5, seed: 42 },
    );
    expect(report.passed).toBe(false);
    expect(report.seed).toBe(42);
    expect(typeof report.path).toBe('string');
    expect(report.error).toBeNull();
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('reports the exception of the last run, the failing world run again', async () => {
    let n = 0;
    const report = await checkAdapterConformance(
      () => ({
        execute: () => {
          throw new Error(`down ${n++}`);
        },
        read: () => ({ performed: [] }),
      }),
      { numRuns: 3, seed: 1 },
    );
    expect(report.error).toBe(`Error: down ${n - 1}`);
    expect(report.findings).toEqual([]);
    expect(report.world).not.toBeNull();
  });

  it('lives the worlds under the policy it is given, and checks the caps of that policy (4.9, 4.13)', async () => {
    const roomy = definePolicy({
      mailboxSeatsPerDepartment: 4,
      internetExitsPerDepartment: 4,
    })._unsafeUnwrap();
    const options = { policy: roomy, departments: ['Compras'], maxRequests: 4, maxSteps: 2 };
    expect(
      (await checkAdapterConformance(() => memoryExecutor(roomy), { ...options, numRuns: 8, seed: 3 }))
        .passed,
    ).toBe(true);
    // A world of that policy gives a department a third seat, which an executor that keeps
    // SESEQ's caps refuses.
    const worlds = fc.sample(conformanceWorldArb({ ...options, maxRequests: 6 }), { seed: 3, numRuns: 30 });
    const thirdSeat = [];
    for (const world of worlds) {
      const kept = memoryExecutor(roomy);
      expect(await runConformanceWorld(world, kept, roomy)).toEqual([]);
      const seats =
        kept.read().ledger?.departments.find((d) => d.department === 'Compras')?.seats.length ?? 0;
      if (seats > 2) {
        thirdSeat.push(world);
        break;
      }
    }
    const world = thirdSeat[0] as ConformanceWorld;
    expect(world).toBeDefined();
    const strict = await runConformanceWorld(world, memoryExecutor(), roomy);
    expect(strict.map((f) => f.invariant)).toContain('effectPerformed');
  });
});

describe('conformanceWorldArb keeps its options (docs/testing.md)', () => {
  const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 60) => fc.sample(arb, { seed: 11, numRuns });

  it('draws between one and maxRequests creations with distinct folios, in the given departments and days', () => {
    const worlds = sample(
      conformanceWorldArb({ departments: ['Almacén'], maxRequests: 2, from: '2026-03-01', to: '2026-03-31' }),
    );
    const sizes = new Set(worlds.map((w) => w.requests.length));
    expect(sizes).toEqual(new Set([1, 2]));
    for (const w of worlds) {
      const folios = w.requests.map((r) => r.plan.form.folio);
      expect(new Set(folios).size).toBe(folios.length);
      for (const r of w.requests) {
        expect(r.plan.form.kind).toBe('creation');
        expect(r.plan.form.user.department).toBe('Almacén');
        expect(r.plan.form.requestedOn >= '2026-03-01' && r.plan.form.requestedOn <= '2026-03-31').toBe(true);
      }
    }
  });

  it('draws up to six requests and lives of up to twelve steps by default, never with a wrong role', () => {
    const worlds = sample(conformanceWorldArb(), 100);
    expect(Math.max(...worlds.map((w) => w.requests.length))).toBe(6);
    const lives = worlds.flatMap((w) => w.requests.map((r) => r.life));
    // An inquiry may open a life with two steps of its own before the drawn ones.
    expect(Math.max(...lives.map((l) => l.length))).toBeLessThanOrEqual(14);
    expect(Math.max(...lives.map((l) => l.length))).toBeGreaterThan(12);
    expect(lives.flat().every((s) => s.kind === 'wait' || s.wrongRole === null)).toBe(true);
    const departments = new Set(worlds.flatMap((w) => w.requests.map((r) => r.plan.form.user.department)));
    expect(departments).toEqual(new Set(['Compras', 'Informática']));
  });

  it('keeps maxSteps, and draws turns and repeats in their bounds, about one delivery in four repeated', () => {
    const worlds = sample(conformanceWorldArb({ maxSteps: 3 }), 100);
    for (const w of worlds) {
      for (const r of w.requests) expect(r.life.length).toBeLessThanOrEqual(3 + 2);
      expect(w.turns.length).toBeGreaterThanOrEqual(10);
      expect(w.turns.length).toBeLessThanOrEqual(120);
      expect(w.turns.every((t) => Number.isInteger(t) && t >= 0 && t <= 1000)).toBe(true);
      expect(w.redeliver.length).toBeGreaterThanOrEqual(1);
      expect(w.redeliver.length).toBeLessThanOrEqual(40);
    }
    const all = worlds.flatMap((w) => w.redeliver);
    const share = all.filter(Boolean).length / all.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.4);
  });
});

describe('checkAdapterConformance: the policy and the seed it runs under (4.9, 4.13)', () => {
  it("holds an executor that keeps SESEQ's caps to the worlds of a roomier policy, in the property and in the report", async () => {
    const roomy = definePolicy({
      mailboxSeatsPerDepartment: 4,
      internetExitsPerDepartment: 4,
    })._unsafeUnwrap();
    const options = { policy: roomy, departments: ['Compras'], maxRequests: 6, maxSteps: 2 };
    // The worlds give Compras a third seat under `roomy`; an executor with SESEQ's two refuses it.
    const strict = await checkAdapterConformance(() => memoryExecutor(), {
      ...options,
      numRuns: 30,
      seed: 3,
    });
    expect(strict.passed).toBe(false);
    expect(strict.findings.map((f) => f.invariant)).toContain('effectPerformed');
    expect(strict.error).toBeNull();
    const kept = await checkAdapterConformance(() => memoryExecutor(roomy), {
      ...options,
      numRuns: 30,
      seed: 3,
    });
    expect(kept.passed).toBe(true);
  });

  it("runs under fast-check's global seed when given none, and under its own when given one", async () => {
    const before = fc.readConfigureGlobal();
    try {
      fc.configureGlobal({ ...before, seed: 4242 });
      expect((await checkAdapterConformance(() => memoryExecutor(), { numRuns: 1 })).seed).toBe(4242);
      expect((await checkAdapterConformance(() => memoryExecutor(), { numRuns: 1, seed: 7 })).seed).toBe(7);
    } finally {
      fc.configureGlobal(before);
    }
  });
});
