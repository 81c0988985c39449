// reviewAccounts over 100 000 and 1 000 000 generated snapshots in the same run: the time
// ratio must stay ≤ 11 (linear), and the memory the report holds is printed.
// `npx tsx bench/review.ts` (or `node --expose-gc --import tsx bench/review.ts` for exact
// memory figures) prints the section; `npm run bench` collects it.
import { accountStateSchema } from '../src/lifecycle/schema.js';
import type { AccountState, AccountStatus } from '../src/lifecycle/types.js';
import { SESEQ_POLICY } from '../src/policy/policy.js';
import { reviewAccounts } from '../src/review/index.js';
import type { ReviewName, ReviewSnapshot } from '../src/review/types.js';
import { prng } from './_prng.js';

const FLOOR = 11;
const AS_OF = '2027-03-01';
const SMALL = 100_000;
const LARGE = 1_000_000;

const DAY = 86_400_000;
const BASE = Date.UTC(2027, 2, 1) / DAY; // AS_OF as an epoch day
const date = (offset: number): string => new Date((BASE + offset) * DAY).toISOString().slice(0, 10);
const at = (offset: number, minute: number): string =>
  `${date(offset)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00-06:00`;
const DEPARTMENTS = Array.from({ length: 400 }, (_, i) => `Departamento ${i + 1}`);
const GIVEN = [
  'ALEJANDRO',
  'PERLA',
  'SOLEDAD',
  'CARLOS',
  'JUANA',
  'PATRICIA',
  'ANA',
  'LUIS',
  'ROSA',
  'JORGE',
];
const SURNAMES = [
  'HERNANDEZ',
  'NUNEZ',
  'LEAL',
  'RAMIREZ',
  'TREJO',
  'PEREZ',
  'JUAREZ',
  'LOPEZ',
  'ALVARADO',
  'NAJERA',
];

// Shares of the statuses in a plausible institution-wide snapshot.
const MIX: [AccountStatus, number][] = [
  ['active', 0.6],
  ['onLeave', 0.08],
  ['suspended', 0.03],
  ['inactivityInquiry', 0.04],
  ['transferPending', 0.03],
  ['cancellationNotice', 0.02],
  ['gracePeriod', 0.06],
  ['cancelled', 0.14],
];

/** `n` valid snapshots with the statuses of {@link MIX}, dates around `AS_OF`. */
export function generateSnapshots(n: number, seed = 20261130): ReviewSnapshot[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: ReviewSnapshot[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let r = rnd();
    let status: AccountStatus = 'active';
    for (const [s, share] of MIX) {
      if (r < share) {
        status = s;
        break;
      }
      r -= share;
    }
    const created = int(-2000, -200);
    const given = pick(GIVEN);
    const p = pick(SURNAMES);
    const m = pick(SURNAMES);
    const temporary = rnd() < 0.1;
    const holder = temporary ? (rnd() < 0.5 ? 'external' : 'contractor') : 'staff';
    const base: AccountState = {
      id: `acc-${i}`,
      version: int(1, 30),
      status,
      username: `${given}${p[0]}${m[0]}${i}`,
      department: pick(DEPARTMENTS),
      holder,
      createdOn: date(created),
      // Most people read their mail; one in five has not for up to a year (some never did).
      lastAccessOn: rnd() < 0.03 ? null : date(rnd() < 0.8 ? int(-30, -1) : int(Math.max(created, -400), -1)),
      expiresOn: temporary ? date(int(-30, 200)) : null,
      internet: rnd() < 0.3,
      usableThrough: null,
      cancelOn: null,
      cancellation: null,
      // Instants of the last change, to the minute: nearly all distinct, as in a real table.
      updatedAt: at(int(-60, -1), int(0, 1439)),
    };
    const since = date(int(-60, -1));
    let account: AccountState;
    switch (status) {
      case 'onLeave':
        account = {
          ...base,
          leave: { kind: 'vacation', since, until: rnd() < 0.3 ? null : date(int(-10, 90)) },
        };
        break;
      case 'suspended':
        account = {
          ...base,
          suspension: {
            reason: 'investigation',
            since,
            until: rnd() < 0.5 ? null : date(int(-10, 60)),
            network: true,
            mailbox: false,
            resume: 'active',
          },
        };
        break;
      case 'inactivityInquiry':
        account = { ...base, inquiry: { openedOn: since, inactiveFrom: since } };
        break;
      case 'transferPending':
        account = { ...base, transfer: { toDepartment: pick(DEPARTMENTS), reportedOn: since } };
        break;
      case 'cancellationNotice':
        account = { ...base, cancelOn: date(int(-5, 2)), closing: { cause: 'request', since } };
        break;
      case 'gracePeriod': {
        const baja = int(-30, 0);
        account = {
          ...base,
          usableThrough: date(baja + 15),
          cancelOn: date(baja + 16),
          closing: { cause: 'baja', since: date(baja), bajaOn: date(baja) },
        };
        break;
      }
      case 'cancelled':
        account = { ...base, cancellation: { on: since, cause: 'baja' } };
        break;
      default:
        account = base;
    }
    const snap: {
      account: AccountState;
      mailbox?: { usedMb: number; capacityMb: number };
      name?: ReviewName;
    } = {
      account,
    };
    if (rnd() < 0.7) snap.mailbox = { usedMb: int(0, 1100), capacityMb: 1024 };
    if (rnd() < 0.1) {
      snap.name = { givenNames: given, paternalSurname: p, maternalSurname: m };
      // Most usernames were made by the rules (5.4.3); some predate them.
      if (rnd() < 0.9) snap.account = { ...account, username: `${given}${p[0]}${m[0]}` };
    }
    out[i] = snap;
  }
  return out;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// Each timed run starts from a collected heap, so it never pays for a previous run's garbage.
// (No closing collection here, unlike the usernames batch: with a million snapshots live, a full
// collection costs the same for either size and would swamp the smaller run.)
function time(snapshots: ReviewSnapshot[]): { ms: number; items: number } {
  gc();
  const t0 = performance.now();
  const r = reviewAccounts(snapshots, AS_OF, SESEQ_POLICY);
  const ms = performance.now() - t0;
  if (r.isErr()) throw new Error(`review refused: ${JSON.stringify(r.error).slice(0, 300)}`);
  return { ms, items: r.value.items.length };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function runReviewBench(): Promise<string> {
  const small = generateSnapshots(SMALL, 1);
  const large = generateSnapshots(LARGE, 2);
  // The generator is trusted only as far as the schema says.
  for (const s of large.slice(0, 2000)) {
    if (!accountStateSchema.safeParse(s.account).success) throw new Error('generator made an invalid state');
  }
  time(small); // warm-up: the JIT sees every path before the clock runs
  const smallRuns = [time(small), time(small), time(small), time(small), time(small)];
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const kept = reviewAccounts(large, AS_OF, SESEQ_POLICY);
  const firstLarge = performance.now() - t0;
  const after = process.memoryUsage();
  if (kept.isErr()) throw new Error('review refused');
  const largeItems = kept.value.items.length;
  const largeRuns = [time(large).ms, time(large).ms, time(large).ms];
  if (firstLarge < 0) throw new Error('unreachable');
  const smallMs = median(smallRuns.map((r) => r.ms));
  const largeMs = median(largeRuns);
  const ratio = largeMs / smallMs;
  const mb = (b: number) => (b / 2 ** 20).toFixed(0);
  const exact = typeof (globalThis as { gc?: unknown }).gc === 'function';
  return [
    '### Review: reviewAccounts over 100 000 and 1 000 000 snapshots',
    '',
    `Generated deterministically (seeded), the statuses mixed as in an institution (${MIX.map(([s, p]) => `${s} ${Math.round(p * 100)} %`).join(', ')}); 80 % read their mail in the last 30 days; 70 % with mailbox usage, 10 % with a name. As of ${AS_OF}.`,
    '',
    '| snapshots | time (median of 5 and of 3 runs) | items | per snapshot |',
    '| ---: | ---: | ---: | ---: |',
    `| 100 000 | ${smallMs.toFixed(0)} ms | ${smallRuns[0]?.items.toLocaleString('en-US')} | ${((smallMs * 1000) / SMALL).toFixed(2)} µs |`,
    `| 1 000 000 | ${largeMs.toFixed(0)} ms | ${largeItems.toLocaleString('en-US')} | ${((largeMs * 1000) / LARGE).toFixed(2)} µs |`,
    '',
    `Ratio: **${ratio.toFixed(2)}** for 10× the snapshots (floor ≤ ${FLOOR}): ${ratio <= FLOOR ? 'met' : 'NOT MET'}.`,
    '',
    `Memory of the 1 000 000 review, with its report still held: heap +${mb(after.heapUsed - before.heapUsed)} MiB, RSS +${mb(after.rss - before.rss)} MiB (the snapshots themselves: heap ${mb(before.heapUsed)} MiB)${exact ? '' : '; run with `--expose-gc` for figures after a collection'}.`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runReviewBench());
}
