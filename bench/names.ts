// Usernames (5.4.3): generateUsername on free-text names, against rfc-facil's
// forNaturalPerson (the nearest published peer: Mexican names in, a code out) on the same
// names and the bare floor of any name folding, `normalize('NFD')` + strip marks +
// uppercase, on the same strings. Floors: ≥ 10× rfc-facil's throughput, ≤ 4× the floor's
// cost. Then assignUsernames on 10 000 and 100 000 names: the time ratio must stay ≤ 11.
// `npx tsx bench/names.ts` prints the section; `npm run bench` collects it.
import { performance } from 'node:perf_hooks';
import RfcFacil from 'rfc-facil';
import { Bench } from 'tinybench';
import { assignUsernames, generateUsername } from '../src/names/index.js';

const PEER_FLOOR = 10;
const COST_CEILING = 4;
const LINEAR_CEILING = 11;
const CORPUS_SIZE = 20_000;
const CHUNK = 500;

/** A seeded PRNG (mulberry32): the corpus is the same on every run and machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Alejandro',
  'Perla',
  'Adriana',
  'Ana',
  'Soledad',
  'Carlos',
  'Juana',
  'Inés',
  'Patricia',
  'Guadalupe',
  'Juan',
  'Luis',
  'Miguel',
  'Ángel',
  'Jesús',
  'Francisco',
  'Javier',
  'Fernando',
  'Ricardo',
  'Eduardo',
  'Sofía',
  'Fernanda',
  'Valeria',
  'Ximena',
  'Regina',
  'Andrea',
  'Daniela',
  'Gabriela',
  'Alejandra',
  'Verónica',
  'Leticia',
  'Rocío',
  'Héctor',
  'Raúl',
  'Óscar',
  'Rubén',
  'Martín',
  'Sebastián',
  'Mateo',
  'Diego',
  'Emiliano',
  'Santiago',
  'Ramón',
  'Concepción',
  'Dolores',
  'Carmen',
  'Rosa',
  'Teresa',
  'Ernesto',
  'Arturo',
  'Jorge',
  'Manuel',
  'Pedro',
  'Roberto',
  'Salvador',
  'Antonio',
  'Yolanda',
  'Citlali',
  'Xóchitl',
  'Itzel',
  'Nayeli',
  'Iñaki',
  'Begoña',
  'Noé',
  'Efraín',
  'Abigail',
];
const SECOND = ['de los Ángeles', 'del Carmen', 'de Jesús', 'de la Luz', 'Guadalupe', 'Fernanda', 'Luis'];
const SURNAMES = [
  'Hernández',
  'García',
  'Martínez',
  'López',
  'González',
  'Pérez',
  'Rodríguez',
  'Sánchez',
  'Ramírez',
  'Cruz',
  'Flores',
  'Gómez',
  'Morales',
  'Vázquez',
  'Reyes',
  'Jiménez',
  'Torres',
  'Díaz',
  'Gutiérrez',
  'Ruiz',
  'Mendoza',
  'Aguilar',
  'Ortiz',
  'Moreno',
  'Castillo',
  'Romero',
  'Álvarez',
  'Méndez',
  'Chávez',
  'Rivera',
  'Juárez',
  'Ramos',
  'Domínguez',
  'Herrera',
  'Medina',
  'Castro',
  'Vargas',
  'Guzmán',
  'Velázquez',
  'Muñoz',
  'Rojas',
  'Contreras',
  'Salazar',
  'Luna',
  'Ortega',
  'Núñez',
  'Trejo',
  'Nájera',
  'Leal',
  'Alvarado',
  'Ibarra',
  'Peña',
  'Olvera',
  'Uribe',
  'Ugalde',
  'Zúñiga',
  'Nieto',
  'Ávila',
  'de la Cruz',
  'de León',
  'del Río',
  'de los Santos',
  'Ponce de León',
  'de la O',
  'Montes de Oca',
  'de la Torre',
  'del Ángel',
  'Pérez-Gómez',
  "D'Angelo",
];

/** A name as its three F01 parts and as the one line of free text. */
type CorpusName = { text: string; given: string; paternal: string; maternal: string };

/** `size` realistic Mexican names, deterministic for a seed. */
export function namesCorpus(size: number, seed = 20261130): CorpusName[] {
  const rnd = prng(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(rnd() * list.length)]!;
  const out: CorpusName[] = [];
  for (let i = 0; i < size; i++) {
    const r = rnd();
    const first = r < 0.12 ? 'José' : r < 0.27 ? 'María' : pick(GIVEN);
    const two = first === 'José' || first === 'María' ? rnd() < 0.9 : rnd() < 0.35;
    const given = two ? `${first} ${rnd() < 0.3 ? pick(SECOND) : pick(GIVEN)}` : first;
    const paternal = pick(SURNAMES);
    const maternal = rnd() < 0.92 ? pick(SURNAMES) : '';
    out.push({ text: [given, paternal, maternal].filter(Boolean).join(' '), given, paternal, maternal });
  }
  return out;
}

const floor = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function timeOnce(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** The best of `runs` timings, in milliseconds (the least disturbed by the shared machine). */
function best(runs: number, f: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) min = Math.min(min, timeOnce(f));
  return min;
}

/** Runs every measurement in one process and returns the Markdown section. */
export async function runNamesBench(): Promise<string> {
  const corpus = namesCorpus(CORPUS_SIZE);
  const texts = corpus.map((n) => n.text);
  const empty: ReadonlySet<string> = new Set();
  const refused = texts.filter((t) => generateUsername(t, empty).isErr());
  if (refused.length > 0) throw new Error(`corpus names refused: ${refused.slice(0, 3).join('; ')}`);

  let sink = 0;
  let at = 0;
  const chunk = <T>(list: readonly T[]): readonly T[] => {
    at = at + CHUNK >= list.length ? 0 : at + CHUNK;
    return list.slice(at, at + CHUNK);
  };
  const bench = new Bench({ name: 'usernames', time: 1500, warmupTime: 300 });
  bench.add('seseq-correo generateUsername', () => {
    for (const t of chunk(texts)) {
      const r = generateUsername(t, empty);
      if (r.isOk()) sink += r.value.username.length;
    }
  });
  bench.add('rfc-facil forNaturalPerson', () => {
    for (const n of chunk(corpus)) {
      sink += RfcFacil.forNaturalPerson({
        name: n.given,
        firstLastName: n.paternal,
        secondLastName: n.maternal,
        day: 5,
        month: 8,
        year: 1987,
      }).length;
    }
  });
  bench.add('floor: NFD + strip marks + uppercase', () => {
    for (const t of chunk(texts)) sink += floor(t).length;
  });
  await bench.run();
  const rate = (name: string): number => {
    const r = bench.getTask(name)?.result;
    if (r === undefined || !('period' in r)) throw new Error(`${name}: no result`);
    return (CHUNK * 1000) / r.period;
  };
  const ours = rate('seseq-correo generateUsername');
  const rfc = rate('rfc-facil forNaturalPerson');
  const bare = rate('floor: NFD + strip marks + uppercase');
  const peerRatio = ours / rfc;
  const costRatio = bare / ours;

  const small = namesCorpus(10_000, 7).map((n) => n.text);
  const large = namesCorpus(100_000, 7).map((n) => n.text);
  assignUsernames(small, empty);
  assignUsernames(large, empty);
  const tSmall = best(5, () => {
    sink += assignUsernames(small, empty).length;
  });
  const tLarge = best(3, () => {
    sink += assignUsernames(large, empty).length;
  });
  const linear = tLarge / tSmall;
  const assignedLarge = assignUsernames(large, empty);
  const numbered = assignedLarge.filter((r) => r.isOk() && r.value.rule === 'numbered').length;
  const none = assignedLarge.filter((r) => r.isErr()).length;
  if (sink < 0) throw new Error('unreachable');

  const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
  return [
    '### Usernames (5.4.3)',
    '',
    `${fmt(CORPUS_SIZE)} realistic Mexican full names from a seeded generator (José/María first names, particles such as \`de la Cruz\` and \`Ponce de León\`, accents, ñ, hyphens and apostrophes), as free text for \`generateUsername\` (empty \`taken\`) and the floor, as their three parts for rfc-facil (fixed birth date).`,
    '',
    '| implementation | names/s |',
    '| --- | ---: |',
    `| seseq-correo \`generateUsername\` | ${fmt(ours)} |`,
    `| rfc-facil \`forNaturalPerson\` | ${fmt(rfc)} |`,
    `| floor: \`normalize('NFD')\` + strip marks + \`toUpperCase()\` | ${fmt(bare)} |`,
    '',
    `- Throughput: **${peerRatio.toFixed(1)}×** rfc-facil (floor ≥ ${PEER_FLOOR}×): ${verdict(peerRatio >= PEER_FLOOR)}.`,
    `- Cost: **${costRatio.toFixed(2)}×** the bare floor (ceiling ≤ ${COST_CEILING}×): ${verdict(costRatio <= COST_CEILING)}.`,
    `- \`assignUsernames\`: 10 000 names in ${tSmall.toFixed(1)} ms, 100 000 in ${tLarge.toFixed(1)} ms (${numbered.toLocaleString('en-US')} numbered, ${none.toLocaleString('en-US')} left without a username); ratio **${linear.toFixed(2)}** (ceiling ≤ ${LINEAR_CEILING}): ${verdict(linear <= LINEAR_CEILING)}.`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runNamesBench());
}
