// reconcileRoster over 10 000 × 10 000 and 100 000 × 100 000 generated accounts and roster
// rows in the same run: the time ratio must stay near 10 (linear in accounts + roster: two
// indexes, never a nested loop). `npx tsx bench/oversight.ts` prints the section;
// `npm run bench` collects it.
import { reconcileRoster } from '../src/oversight/index.js';
import type { RosterAccount, RosterRow } from '../src/oversight/types.js';
import { prng } from './_prng.js';

const FLOOR = 15;
const AS_OF = '2027-03-01';
const GIVEN = ['María', 'José', 'Perla', 'Soledad', 'Carlos', 'Juana', 'Patricia', 'Ana', 'Luis', 'Rosa'];
const SURNAMES = [
  'Hernández',
  'Núñez',
  'Leal',
  'Ramírez',
  'Trejo',
  'Pérez',
  'Juárez',
  'López',
  'Alvarado',
  'Nájera',
];
const DEPARTMENTS = Array.from({ length: 400 }, (_, i) => `Departamento ${i + 1}`);

/** `n` workers and their `n` accounts, with the mix an institution has: most match. */
export function generate(n: number, seed = 7): { accounts: RosterAccount[]; roster: RosterRow[] } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const roster: RosterRow[] = [];
  const accounts: RosterAccount[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${pick(GIVEN)} ${pick(GIVEN)} ${pick(SURNAMES)} ${pick(SURNAMES)}`;
    const department = pick(DEPARTMENTS);
    const r = rnd();
    roster.push({
      employeeId: String(100000 + i),
      name: name.toUpperCase(),
      department: r < 0.02 ? pick(DEPARTMENTS) : department.toUpperCase(),
      contractEndsOn: r > 0.97 ? '2027-01-31' : null,
    });
    const s = rnd();
    accounts.push({
      username: `U${i}`,
      department,
      // 90 % carry the id, 8 % only the name, 2 % someone gone
      ...(s < 0.9
        ? { employeeId: String(100000 + i) }
        : s < 0.98
          ? { name }
          : { employeeId: String(900000 + i) }),
    });
  }
  return { accounts, roster };
}

function time(n: number): { ms: number; findings: number } {
  const { accounts, roster } = generate(n);
  const t0 = performance.now();
  const r = reconcileRoster(accounts, roster, AS_OF)._unsafeUnwrap();
  return { ms: performance.now() - t0, findings: r.findings.length };
}

export async function runOversightBench(): Promise<string> {
  time(1000); // warm-up
  const small = time(10_000);
  const large = time(100_000);
  const ratio = large.ms / small.ms;
  const lines = [
    '### Oversight: reconcileRoster over 10 000 × 10 000 and 100 000 × 100 000 (5.4.10)',
    '',
    '| accounts × roster rows | time | findings |',
    '| --- | --- | --- |',
    `| 10 000 × 10 000 | ${small.ms.toFixed(0)} ms | ${small.findings} |`,
    `| 100 000 × 100 000 | ${large.ms.toFixed(0)} ms | ${large.findings} |`,
    '',
    `Ratio ${ratio.toFixed(1)} for 10× the input (floor ≤ ${FLOOR}: linear, validation included).`,
    '',
  ];
  if (ratio > FLOOR) throw new Error(`reconcileRoster is not linear: ratio ${ratio.toFixed(1)}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runOversightBench());
