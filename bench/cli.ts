// The first answer of the CLI against a bare Node start, side by side: `seseq-correo (dist/cli/index.js)
// usuario "<name>"` must cost at most 1.5× `node -e 0` (issue 11). Runs each 30 times,
// alternating, and compares medians. Needs the build (`npm run build`).
// Also the time of `lote` on 10 000 generated rows (issue 11's closing figure).
// `npx tsx bench/cli.ts` prints the section; `npm run bench` collects it when dist/ exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './_prng.js';

const FLOOR = 1.5;
const RUNS = 30;
const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

function once(args: string[], ok: readonly number[] = [0]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (!ok.includes(r.status ?? -1)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const GIVEN = [
  'María',
  'José',
  'Perla',
  'Soledad',
  'Carlos',
  'Juana',
  'Patricia',
  'Ana',
  'Luis',
  'Rosa',
  'Alejandro',
];
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

/** A people CSV as Excel writes it in Mexico (BOM, `;`, CRLF), `n` rows. */
function peopleCsv(n: number): string {
  const rnd = prng(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const rows = ['Nombre completo;Departamento'];
  for (let i = 0; i < n; i++)
    rows.push(`${pick(GIVEN)} ${pick(GIVEN)} ${pick(SURNAMES)} ${pick(SURNAMES)};Departamento ${i % 400}`);
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function runCliBench(): Promise<string> {
  if (!existsSync(CLI)) return '### CLI start\n\n(dist/cli/index.js not built: run `npm run build` first)\n';
  const bare: number[] = [];
  const cli: number[] = [];
  once(['-e', '0']);
  once([CLI, 'usuario', 'María Soledad Ramírez Trejo']);
  for (let i = 0; i < RUNS; i++) {
    bare.push(once(['-e', '0']));
    cli.push(once([CLI, 'usuario', 'María Soledad Ramírez Trejo']));
  }
  const b = median(bare);
  const c = median(cli);
  const ratio = c / b;
  const dir = mkdtempSync(join(tmpdir(), 'seseq-lote-'));
  const file = join(dir, 'personas.csv');
  writeFileSync(file, peopleCsv(10_000));
  const lote = median([0, 1, 2].map(() => once([CLI, 'lote', file], [0, 1])));
  rmSync(dir, { recursive: true });
  const lines = [
    '### CLI: the first answer against a bare Node start',
    '',
    '| command | median of 30 runs |',
    '| --- | --- |',
    `| \`node -e 0\` | ${b.toFixed(0)} ms |`,
    `| \`seseq-correo usuario "María Soledad Ramírez Trejo"\` | ${c.toFixed(0)} ms |`,
    '',
    `Ratio ${ratio.toFixed(2)} (floor ≤ ${FLOOR}).`,
    '',
    `\`seseq-correo lote\` on 10 000 rows (CSV in, CSV out, the process included): ${lote.toFixed(0)} ms (median of 3).`,
    '',
  ];
  if (ratio > FLOOR) throw new Error(`the CLI's first answer costs ${ratio.toFixed(2)}× a bare node start`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runCliBench());
