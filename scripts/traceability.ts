// Builds docs/traceability.md from data: the clauses the machines' rows, guards and effects
// carry (REQUEST_MACHINE, ACCOUNT_MACHINE), the registry of the rules outside them
// (scripts/rules.ts), the test names, the breakers (scripts/breakers.ts) and the result of
// their last run (docs/breakers.json). A clause cited only in a comment counts for nothing.
// A test compares the committed file with this output; `npm run docs` rewrites it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ACCOUNT_MACHINE } from '../src/lifecycle/machine.js';
import type { MachineTable } from '../src/machine/types.js';
import { REQUEST_MACHINE } from '../src/request/machine.js';
import { BREAKERS, type Breaker, breakerId } from './breakers.js';
import { CLAUSES } from './clauses.js';
import { RULES } from './rules.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The clause as a token: `4.1` does not match inside `4.19`, `8.1` matches `8.1-7.A`. */
export const clauseRe = (c: string) => new RegExp(`(?<![\\d.])${escapeRe(c)}(?![\\d]|\\.\\d)`);

// The name of a test or a describe block: the first string literal on a declaring line.
const DECL = /\b(?:it|test|describe)(?:\.prop\(.*\))?\(\s*(['"`])(.*?)\1/;

// A clause as a string literal in a guard's or an effect's code: `'4.16'`, `"8.1-11.A.1"`, `'F02'`.
const CLAUSE_LITERAL = /(['"`])(\d{1,2}(?:\.\d{1,2}){1,2}(?:-\d{1,2}(?:\.[A-Z0-9]{1,2}){0,3})?|F0[12])\1/g;
// Comments, removed before reading a function's code (a clause in a comment is no code).
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:'"`])\/\/[^\n]*/g;

/** The clause literals in a guard's or an effect's code, comments left out. */
function clausesInCode(fn: unknown): string[] {
  const code = String(fn).replace(COMMENTS, '');
  return [...new Set([...code.matchAll(CLAUSE_LITERAL)].map((m) => m[2]!))];
}

/** Where the library applies a clause: a machine's row, guard or effect, or a registered export. */
export type Place = { readonly kind: 'row' | 'guard' | 'effect' | 'export'; readonly where: string };

const MACHINES: readonly MachineTable[] = [
  REQUEST_MACHINE as unknown as MachineTable,
  ACCOUNT_MACHINE as unknown as MachineTable,
];

/** Every implemented clause, each with the places that apply it (data only). */
export function implementedClauses(): Map<string, Place[]> {
  const out = new Map<string, Place[]>();
  const add = (clause: string, place: Place) => {
    const list = out.get(clause) ?? [];
    if (!list.some((p) => p.where === place.where)) list.push(place);
    out.set(clause, list);
  };
  for (const m of MACHINES) {
    for (const row of m.rows) {
      const where = `${m.name} ${row.from.join('/')} → ${row.event}`;
      for (const c of row.clauses) add(c, { kind: 'row', where });
    }
    for (const [name, fn] of Object.entries(m.guards)) {
      for (const c of clausesInCode(fn)) add(c, { kind: 'guard', where: `${m.name} guard \`${name}\`` });
    }
    for (const [name, fn] of Object.entries(m.effects)) {
      for (const c of clausesInCode(fn)) add(c, { kind: 'effect', where: `${m.name} effect \`${name}\`` });
    }
  }
  for (const r of RULES) {
    for (const c of r.clauses) {
      add(c, { kind: 'export', where: `\`${r.exportName}\` (${r.file.replace(/^src\//, '')})` });
    }
  }
  return out;
}

/** Whether a clause is an activity of the procedure's chapter 8 (`8.1-5`, `8.3-7`). */
export const isActivity = (c: string) => /^8\.\d-/.test(c);

/** A test or describe name (`title`, as vitest sees it) and the text its clauses are read in (`n`). */
export type TestName = { f: string; title: string; n: string };

// A range of activities in a name: `8.3-6…10`, `8.1-1…3` (each one is cited).
const RANGE = /(\d\.\d)-(\d{1,2})…(\d{1,2})(?!\d)/g;

/** A name with its activity ranges spelled out: `8.3-6…8` also reads `8.3-6 8.3-7 8.3-8`. */
function withRanges(name: string): string {
  const extra: string[] = [];
  for (const [, head, from, to] of name.matchAll(RANGE)) {
    for (let i = Number(from); i <= Number(to) && i - Number(from) < 20; i++) extra.push(`${head}-${i}`);
  }
  return extra.length === 0 ? name : `${name} (${extra.join(', ')})`;
}

/** Every test and describe name, with its file. */
export function testNames(root: string): TestName[] {
  return files(join(root, 'test')).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line) => DECL.exec(line)?.[2])
      .filter((n): n is string => n !== undefined)
      .map((title) => ({ f: relative(root, f), title, n: withRanges(title) })),
  );
}

/** The test files whose test or describe names cite a clause. */
export function testFilesCiting(clause: string, names: readonly TestName[]): string[] {
  const re = clauseRe(clause);
  return [...new Set(names.filter((t) => re.test(t.n)).map((t) => t.f))];
}

/**
 * A pattern for vitest's test-name filter that selects the tests citing a clause: their own
 * names or their describe blocks' names, exactly as written.
 */
export function testNamePattern(clause: string, names: readonly TestName[]): RegExp {
  const re = clauseRe(clause);
  const titles = [...new Set(names.filter((t) => re.test(t.n)).map((t) => t.title))];
  return new RegExp(titles.length === 0 ? '$^' : titles.map(escapeRe).join('|'));
}

export type Trace = { clause: string; places: Place[]; tests: number; testFiles: string[] };

/** For each clause of the catalogue in scope, where it is applied and which tests name it. */
export function traceClauses(root: string): Trace[] {
  const implemented = implementedClauses();
  const names = testNames(root);
  return CLAUSES.filter((c) => c.scope === 'code').map(({ clause }) => {
    const re = clauseRe(clause);
    const places = [...implemented.entries()].filter(([c]) => re.test(c)).flatMap(([, p]) => p);
    const hits = names.filter((t) => re.test(t.n));
    return {
      clause,
      places: places.filter((p, i) => places.findIndex((q) => q.where === p.where) === i),
      tests: hits.length,
      testFiles: [...new Set(hits.map((h) => h.f))],
    };
  });
}

/** The result of the last `npm run breakers`, as committed in docs/breakers.json. */
export type BreakerRun = {
  readonly seconds: number;
  readonly results: readonly { readonly id: string; readonly clause: string; readonly caught: boolean }[];
};

export function readBreakerRun(root: string): BreakerRun | null {
  const path = join(root, 'docs/breakers.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BreakerRun) : null;
}

/** `caught/total` for the breakers of a clause, from the last run (`?` for one not run). */
function breakerCell(clause: string, run: BreakerRun | null): string {
  const mine: Breaker[] = BREAKERS.filter((b) => b.clause === clause);
  if (mine.length === 0) return '**none**';
  const results = new Map(run?.results.map((r) => [r.id, r]) ?? []);
  const caught = mine.filter((b) => results.get(breakerId(b))?.caught === true).length;
  const notRun = mine.filter((b) => !results.has(breakerId(b))).length;
  return `${caught}/${mine.length}${notRun > 0 ? ` (${notRun} not run)` : ''}`;
}

const SCOPE_EN: Record<string, string> = {
  conduct: "the user's conduct: not decidable from account data",
  organisation: 'an organisational duty with no data to decide on',
  consumer: "enforced by the consumer's network equipment (the library lists the allowed sites)",
};

const shortFile = (f: string) => `\`${f.replace(/^test\//, '')}\``;

export function buildTraceability(root: string): string {
  const traces = new Map(traceClauses(root).map((t) => [t.clause, t]));
  const implemented = implementedClauses();
  const names = testNames(root);
  const run = readBreakerRun(root);
  const rows = CLAUSES.map((c) => {
    const t = traces.get(c.clause);
    if (t === undefined)
      return `| ${c.clause} | ${c.es} | ${c.en} | — | ${c.note ?? SCOPE_EN[c.scope]} | — |`;
    const where = t.places.map((p) => p.where).join('; ') || '**missing**';
    const tests = t.tests > 0 ? `${t.tests} (${t.testFiles.map(shortFile).join(', ')})` : '**none**';
    const own = [...implemented.keys()].filter((k) => clauseRe(c.clause).test(k));
    const breakers = own.some((k) => BREAKERS.some((b) => b.clause === k))
      ? own
          .filter((k) => BREAKERS.some((b) => b.clause === k))
          .map((k) => (k === c.clause ? breakerCell(k, run) : `${k}: ${breakerCell(k, run)}`))
          .join('; ')
      : '**none**';
    return `| ${c.clause} | ${c.es} | ${c.en} | ${where} | ${tests} | ${breakers} |`;
  });
  const activities = [...implemented.keys()]
    .filter(isActivity)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((a) => {
      const places = implemented
        .get(a)!
        .map((p) => p.where)
        .join('; ');
      const re = clauseRe(a);
      const tests = names.filter((t) => re.test(t.n));
      const testCell =
        tests.length > 0
          ? `${tests.length} (${[...new Set(tests.map((t) => t.f))].map(shortFile).join(', ')})`
          : '**none**';
      return `| ${a} | ${places} | ${testCell} | ${breakerCell(a, run)} |`;
    });
  const others = [...implemented.keys()]
    .filter((k) => !isActivity(k))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((k) => `${k} ${breakerCell(k, run)}`);
  const total = BREAKERS.length;
  const caught = run === null ? 0 : run.results.filter((r) => r.caught).length;
  return [
    '# Traceability: clause by clause',
    '',
    '<!-- Generated by scripts/traceability.ts from the machine tables, scripts/rules.ts, scripts/clauses.ts, the test names, scripts/breakers.ts and docs/breakers.json. Do not edit: run `npm run docs`. -->',
    '',
    'Every clause of U430-DP-P09 Rev. A that states a rule, where the library applies it, how many tests',
    'name it, and how many of its **breakers** (deliberate minimal breaks of the rule in the source,',
    '`scripts/breakers.ts`) the tests that cite it caught in the last `npm run breakers`. "Where" is data:',
    'the clauses the machine tables carry in their rows, guards and effects, and the registry of the',
    'rules outside them (`scripts/rules.ts`); a clause cited only in a comment does not count. A clause',
    'the library cannot decide says why. A test fails when this table is stale, when a clause in scope',
    "is applied nowhere, when no test's name cites it, or when an implemented clause has no breaker.",
    '',
    run === null
      ? `Breakers: ${total}, not run yet.`
      : `Breakers: **${caught} of ${run.results.length} caught** in the last run (${total} defined; ${run.seconds} s, one vitest process, 2 cores). Run \`npm run breakers\` before a release; it rewrites \`docs/breakers.json\`.`,
    '',
    '| clause | regla | rule | where (data) | tests naming it | breakers caught |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Activities (chapter 8)',
    '',
    'Each activity the machines apply: the rows, guards and effects that carry it, the tests that cite it',
    'and its breakers caught.',
    '',
    '| activity | code | tests citing it | breakers caught |',
    '| --- | --- | --- | --- |',
    ...activities,
    '',
    '## Every implemented clause and its breakers',
    '',
    others.join(' · '),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(buildTraceability(process.cwd()));
}
