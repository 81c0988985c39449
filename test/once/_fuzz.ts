// Fuzz of every export of every subpath of the BUILT package (dist/), issue 12: hostile input
// never makes a function throw, pollute a prototype, mutate its input or take over 50 ms.
// CI: FUZZ_RUNS calls per export (default 10 000, see RUNS) with a fixed seed. `npm run fuzz`: 10⁶
// per export with a random seed it prints (FUZZ_RUNS / FUZZ_SEED override both). The exports are
// dealt round-robin to FUZZ_SHARDS test files (fuzz-1-of-2.test.ts, fuzz-2-of-2.test.ts), which
// vitest runs on both cores at once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../../tsup.config.js';
import { cyclic as selfCyclic } from '../_hostile.js';

const DIST = resolve(__dirname, '../../dist');
// CI: 10 000 per export (issue 12).
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : process.env.FUZZ_SEED !== undefined
      ? Number(process.env.FUZZ_SEED)
      : 20261201;
const SLOW_MS = 50;
const CHUNK = 500;

type Fn = (...args: unknown[]) => unknown;
type Exported = { name: string; where: string; fn: Fn };

// ---- hostile values, built once -------------------------------------------------------------
function deep(n: number, array: boolean): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = array ? [v] : { a: v, givenNames: v };
  return v;
}
// The shared self-cycle (test/_hostile.ts), plus a second key and an array that cycle back.
function cyclic(): unknown {
  const o: Record<string, unknown> = selfCyclic({ status: 'submitted', id: 'F-1', version: 1 });
  o.form = o;
  const a: unknown[] = [o];
  a.push(a);
  o.list = a;
  return o;
}
const throwing = (): unknown =>
  Object.defineProperty({ status: 'active', code: 'INVALID_INPUT' }, 'id', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
const trap = (): unknown =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
      has() {
        throw new Error('has trap');
      },
      ownKeys() {
        throw new Error('ownKeys trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('gOPD trap');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf trap');
      },
    },
  );
const MEGA = 'Ñ'.repeat(1 << 20);
const SPECIALS: (() => unknown)[] = [
  () => deep(10_000, false),
  () => deep(10_000, true),
  cyclic,
  throwing,
  trap,
  () => MEGA,
  () => `${MEGA}@x`,
  () => '\uD800',
  () => 'Perla\uDC00 Hernández Leal',
  () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}'),
  () => new Array(1_000_000),
  () => Object.assign(new Array(1_000_000), { 0: 'x' }),
  () => Array.from({ length: 200_000 }, () => ({ department: 1 })),
  () => ({ departments: Array.from({ length: 200_000 }, () => ({ department: 1 })) }),
  () => Object.create(null),
  () => new Map([[1, 2]]),
  () => new Set([1, {}]),
  () => Symbol('s'),
  () => 10n ** 30n,
  () => Number.NaN,
  () => -0,
  () => () => {
    throw new Error('predicate');
  },
];

// ---- valid inputs to mutate one field at a time ----------------------------------------------
async function validArgs(
  root: Record<string, Fn & Record<string, unknown>>,
): Promise<Map<string, unknown[][]>> {
  const at = (m: number) =>
    `2026-11-30T${String(9 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00-06:00`;
  const boss = { role: 'direct-boss', id: 'jefe-17' };
  const itHead = { role: 'it-head', id: 'ti-1' };
  const form = {
    folio: 'F-2026-001',
    requestedOn: '2026-11-30',
    area: 'Dirección Administrativa',
    director: { name: 'Ana Director', email: 'ana@seseqro.gob.mx' },
    requestingBoss: { name: 'Luis Jefe', email: 'luis@seseqro.gob.mx' },
    kind: 'creation',
    condition: 'fixed',
    user: {
      fullName: 'Perla Adriana Hernández Leal',
      department: 'Compras',
      position: 'Analista',
      functions: 'Gestiona compras y proveedores',
      holder: 'staff',
    },
    internet: { requested: true, justification: 'Consulta portales de proveedores' },
    centralOffice: true,
    signatures: { director: '2026-11-30', requestingBoss: '2026-11-30', user: '2026-11-30' },
  };
  const m = new Map<string, unknown[][]>();
  const created = (root.createRequest as Fn)(form, at(0), boss) as {
    isOk(): boolean;
    value: { state: unknown; log: unknown };
  };
  const approve = { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: itHead };
  const reqState = created.isOk() ? created.value.state : {};
  const reqLog = created.isOk() ? [created.value.log] : [];
  const openInput = {
    id: 'a1',
    username: 'PERLAHL',
    department: 'Compras',
    createdOn: '2026-06-01',
    lastAccessOn: '2026-11-01',
  };
  const opened = (root.openAccount as Fn)(openInput) as { isOk(): boolean; value: unknown };
  const account = opened.isOk() ? opened.value : {};
  const accEvent = {
    type: 'RECORD_ACCESS',
    on: '2026-11-30',
    at: at(2),
    actor: { role: 'system', id: 'mail' },
  };
  const ledger = {
    departments: [{ department: 'Compras', seats: [{ username: 'PERLAHL', exception: null }], exits: [] }],
  };
  const grantIn = { kind: 'seat', department: 'Compras', username: 'SOLEDADRT' };
  const name = { givenNames: 'María Soledad', paternalSurname: 'Ramírez', maternalSurname: 'Trejo' };
  const set = (k: string, ...v: unknown[][]) => m.set(k, v);
  set('createRequest', [form, at(0), boss]);
  set('parseAccountRequest', [form]);
  set('reviewAccountRequest', [form, { seatsInUse: 1, exitsInUse: 0, taken: ['PERLAHL'] }]);
  set('transitionRequest', [reqState, approve]);
  set('parseRequestState', [reqState]);
  set('replayRequest', [reqLog]);
  set('openAccount', [openInput]);
  set('transitionAccount', [account, accEvent]);
  set('parseAccountState', [account]);
  set('parseAccountEvent', [accEvent]);
  set('advanceAccount', [account, '2027-06-01']);
  set('nextDeadline', [account]);
  set('replayAccount', [account, []]);
  set('reviewAccounts', [
    [{ account, name: 'Perla Adriana Hernández Leal', usedMb: 10, capacityMb: 100 }],
    '2027-06-01',
  ]);
  set('grant', [ledger, grantIn]);
  set('release', [ledger, { kind: 'seat', department: 'Compras', username: 'PERLAHL' }]);
  set('transfer', [ledger, { username: 'PERLAHL', from: 'Compras', to: 'Almacén' }]);
  set('applyLedgerEffects', [ledger, [{ type: 'RELEASE_SEAT', department: 'Compras', username: 'PERLAHL' }]]);
  set('parseLedger', [ledger]);
  set('departmentUsage', [ledger, 'Compras']);
  set('holdingsOf', [ledger, 'PERLAHL']);
  set('seatCap', ['Compras', { ...(root.SESEQ_POLICY as object), seatExceptions: { Compras: 3 } }]);
  set('generateUsername', [name, ['SOLEDADRT']], ['Perla Adriana Hernández Leal', new Set(['perlahl'])]);
  set('assignUsernames', [[name, 'Juana Inés Pérez'], new Set()]);
  set('checkUsernameConformance', [name, 'soledadrt']);
  set('checkUsernameAvailability', ['PERLAHL', new Set(['X'])]);
  set('parsePersonName', [name]);
  set('parseFullName', ['María de los Ángeles de la Cruz Ponce']);
  set('usernameCandidates', [
    { givenNames: ['MARIA', 'SOLEDAD'], paternalSurname: 'RAMIREZ', maternalSurname: 'TREJO' },
  ]);
  set('describe', [{ code: 'INVALID_INPUT', clause: null, details: { issues: ['a: b'] } }, 'en']);
  set('definePolicy', [{ internetExitsPerDepartment: 3, reservedUsernames: ['ADMIN'] }]);
  set('readPolicy', [{ ...(root.SESEQ_POLICY as object) }]);
  set('reviewCapacityIncrease', [
    { username: 'PERLAHL', currentMb: 100, requestedMb: 200, justification: 'x', signedBy: 'jefe' },
  ]);
  set('offboardingSchedule', ['2026-12-20']);
  set('cancellationSchedule', ['2026-02-27']);
  set('inactivityStatus', ['2026-11-30', '2026-01-01', '2027-03-01']);
  set('isBossNoticeLate', ['2026-12-01', '2026-12-15']);
  set('toPlainDate', ['2026-11-30T20:00:00Z']);
  set('toMermaid', [root.REQUEST_MACHINE]);
  set('toMarkdownTable', [root.ACCOUNT_MACHINE, 'es-MX']);
  set('mailboxUsage', [90, 100]);
  set('acceptsIncoming', [{ usedMb: 1, capacityMb: 10, level: 'ok' }, 2]);
  return m;
}

// Every path to a value inside plain data (objects and arrays), bounded.
function paths(
  v: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
  depth = 0,
): (string | number)[][] {
  out.push(prefix);
  if (depth > 8 || v === null || typeof v !== 'object' || v instanceof Set || v instanceof Map) return out;
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  for (const k of keys) paths((v as Record<string | number, unknown>)[k], [...prefix, k], out, depth + 1);
  return out;
}
function setAt(root: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const [k, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  if (remove && rest.length === 0) delete copy[k];
  else copy[k] = setAt(copy[k], rest, value, remove);
  return copy;
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 4,
});
// A hostile special is built after fast-check hands the sample over: fast-check itself
// would trip over a Proxy's traps.
class Special {
  constructor(readonly index: number) {}
}
// Built once and shared: the big ones cost more to build than to pass.
const cache = new Map<number, unknown>();
const real = (v: unknown): unknown => {
  if (!(v instanceof Special)) return v;
  if (!cache.has(v.index)) cache.set(v.index, SPECIALS[v.index]!());
  return cache.get(v.index);
};
// The specials are shared by every call, and serialising the big ones takes tens of ms: a call
// that carries one is not snapshotted; instead each special is compared with the snapshot taken
// when it was built, after every export (a mutation found there names the export).
const cacheSnapshots = new Map<number, Buffer | null>();
function specialsMutated(): number[] {
  const out: number[] = [];
  for (const [i, v] of cache) {
    if (!cacheSnapshots.has(i)) cacheSnapshots.set(i, snapshot([v]));
    const before = cacheSnapshots.get(i);
    if (before === null || before === undefined) continue;
    const after = snapshot([v]);
    if (after === null || !before.equals(after)) out.push(i);
  }
  return out;
}

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anything, weight: 8 },
  { arbitrary: fc.nat(SPECIALS.length - 1).map((i) => new Special(i)), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
);

type Recipe =
  | { kind: 'random'; args: unknown[] }
  | {
      kind: 'mutated';
      base: unknown[];
      argIndex: number;
      path: (string | number)[];
      value: unknown;
      remove: boolean;
    };

function argsArb(valid: unknown[][] | undefined, arity: number): fc.Arbitrary<Recipe> {
  const random = fc
    .array(hostile, { minLength: 0, maxLength: Math.max(arity + 1, 2) })
    .map((args): Recipe => ({ kind: 'random', args }));
  if (valid === undefined) return random;
  const mutated = fc
    .tuple(fc.constantFrom(...valid), fc.nat(), fc.nat(), hostile, fc.boolean())
    .map(([base, i, j, value, remove]): Recipe => {
      const argIndex = i % base.length;
      const ps = paths(base[argIndex]);
      const path = ps[j % ps.length] ?? [];
      return { kind: 'mutated', base, argIndex, path, value, remove: remove && path.length > 0 };
    });
  return fc.oneof({ arbitrary: mutated, weight: 3 }, { arbitrary: random, weight: 1 });
}

function build(r: Recipe): { args: unknown[]; plain: boolean } {
  if (r.kind === 'random') return { args: r.args.map(real), plain: false };
  const args = [...r.base];
  args[r.argIndex] = setAt(r.base[r.argIndex], r.path, real(r.value), r.remove);
  return { args, plain: !(r.value instanceof Special) };
}

// A short account of a recipe for a failure message: which valid input, which path, what value.
function describeRecipe(r: Recipe): string {
  const show = (v: unknown): string =>
    v instanceof Special
      ? `special #${v.index}`
      : (() => {
          try {
            return String(JSON.stringify(v)).slice(0, 80);
          } catch {
            return typeof v;
          }
        })();
  return r.kind === 'random'
    ? `random args [${r.args.map(show).join(', ')}]`
    : `arg ${r.argIndex} at ${JSON.stringify(r.path)} ${r.remove ? 'removed' : `set to ${show(r.value)}`}`;
}

// One call, timed to the end of its work: a promise (dispatchEffectsAsync) is awaited, so its
// work is timed and its rejection counted as a throw. Left unawaited, 10⁴ calls' promises piled
// up and ran after the test had ended, keeping the process busy for minutes.
async function timed(fn: Fn, args: unknown[]): Promise<number> {
  const t = performance.now();
  const out = fn(...args);
  if (out instanceof Promise) await out;
  return performance.now() - t;
}

function snapshot(args: unknown[]): Buffer | null {
  try {
    return serialize(args);
  } catch {
    return null;
  }
}

const protoKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(
    (p) => Reflect.ownKeys(p).length,
  );

/** Fuzzes the exports dealt to shard `shard` (1-based) of `shards`. */
export function fuzzShard(shard: number, shards: number): void {
  describe.skipIf(!existsSync(resolve(DIST, 'index.js')))(
    `fuzz: every export of the built package, shard ${shard} of ${shards} (issue 12)`,
    () => {
      it(`never throws, pollutes, mutates or takes over ${SLOW_MS} ms (${RUNS} calls per export, seed ${SEED})`, async () => {
        console.log(`fuzz seed ${SEED}, ${RUNS} calls per export, shard ${shard} of ${shards}`);
        const seen = new Map<Fn, Exported>();
        const modules: Record<string, Record<string, unknown>> = {};
        // seseq-correo/testing is the adopters' test kit, not the procedure: its arbitraries take
        // fast-check's options and throw on impossible ones, as fast-check does (docs/testing.md).
        const fuzzed = MODULES.filter((m) => m !== 'testing');
        for (const sub of ['index', ...fuzzed.map((m) => `${m}/index`)]) {
          const mod = (await import(pathToFileURL(resolve(DIST, `${sub}.js`)).href)) as Record<
            string,
            unknown
          >;
          modules[sub] = mod;
          for (const [name, value] of Object.entries(mod)) {
            if (typeof value === 'function' && !seen.has(value as Fn)) {
              seen.set(value as Fn, {
                name,
                where: sub === 'index' ? '.' : sub.replace('/index', ''),
                fn: value as Fn,
              });
            }
          }
        }
        const root = modules.index as Record<string, Fn & Record<string, unknown>>;
        const corpus = await validArgs(root);
        const baseline = protoKeys();
        const report: {
          export: string;
          calls: number;
          throws: number;
          slow: number;
          mutated: number;
          maxMs: number;
          callsMs: number;
          allMs: number;
        }[] = [];
        const failures: string[] = [];
        // Built before any export runs, so every shard snapshots them in the same state.
        for (let i = 0; i < SPECIALS.length; i++) real(new Special(i));
        specialsMutated();
        const all = [...seen.values()];
        for (const [k, e] of all.entries()) {
          if (k % shards !== shard - 1) continue;
          // FUZZ_ONLY=toMermaid fuzzes one export (with the seed it has in the full run).
          if (process.env.FUZZ_ONLY !== undefined && e.name !== process.env.FUZZ_ONLY) continue;
          const arb = argsArb(corpus.get(e.name), e.fn.length);
          let calls = 0;
          let throws = 0;
          let slow = 0;
          let mutated = 0;
          let maxMs = 0;
          let totalMs = 0;
          const started = performance.now();
          for (let done = 0; done < RUNS; done += CHUNK) {
            const n = Math.min(CHUNK, RUNS - done);
            const samples = fc.sample(arb, { seed: SEED + k * 1_000_003 + done, numRuns: n });
            for (const recipe of samples) {
              const { args, plain } = build(recipe);
              const before = plain ? snapshot(args) : null;
              calls++;
              let ms = 0;
              try {
                ms = await timed(e.fn, args);
              } catch (x) {
                throws++;
                if (throws <= 2) failures.push(`${e.where}:${e.name} threw ${String(x).slice(0, 120)}`);
              }
              if (ms > SLOW_MS) {
                // Time it twice more: a GC pause or a busy core is not the function's cost.
                let best = ms;
                for (let r = 0; r < 2 && best > SLOW_MS; r++) {
                  const t = performance.now();
                  try {
                    await timed(e.fn, args);
                  } catch {}
                  best = Math.min(best, performance.now() - t);
                }
                if (best > SLOW_MS) {
                  slow++;
                  if (slow <= 2)
                    failures.push(
                      `${e.where}:${e.name} took ${best.toFixed(0)} ms on ${describeRecipe(recipe)}`,
                    );
                }
                ms = best;
              }
              maxMs = Math.max(maxMs, ms);
              totalMs += ms;
              if (before !== null) {
                const after = snapshot(args);
                if (after === null || !before.equals(after)) {
                  mutated++;
                  if (mutated <= 2) failures.push(`${e.where}:${e.name} mutated its input`);
                }
              }
              const now = protoKeys();
              if (
                now.some((c, i) => c !== baseline[i]) ||
                ({} as Record<string, unknown>).polluted !== undefined
              ) {
                failures.push(`${e.where}:${e.name} polluted a prototype`);
                throw new Error(failures.join('\n'));
              }
            }
          }
          for (const i of specialsMutated()) {
            mutated++;
            failures.push(`${e.where}:${e.name} mutated the shared hostile value #${i}`);
            cacheSnapshots.set(i, snapshot([cache.get(i)]));
          }
          report.push({
            export: `${e.where}:${e.name}`,
            calls,
            throws,
            slow,
            mutated,
            maxMs: Math.round(maxMs * 10) / 10,
            callsMs: Math.round(totalMs),
            allMs: Math.round(performance.now() - started),
          });
        }
        console.table(report);
        expect(failures).toEqual([]);
        expect(all.length).toBeGreaterThan(40);
        expect(report.length).toBeGreaterThanOrEqual(Math.floor(all.length / shards));
      }, 3_600_000);
    },
  );
}
