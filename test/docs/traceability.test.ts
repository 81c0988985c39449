import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKERS, breakerId, missingBreakers } from '../../scripts/breakers.js';
import { RULES } from '../../scripts/rules.js';
import { buildTraceability, implementedClauses, traceClauses } from '../../scripts/traceability.js';
import { ROOT } from '../repo/sources.js';

const PATH = join(ROOT, 'docs/traceability.md');

describe('the clause-by-clause traceability table (docs/traceability.md)', () => {
  it('finds every clause in scope applied by a machine row, guard, effect or registered export, and named by a test', () => {
    const gaps = traceClauses(ROOT)
      .filter((t) => t.places.length === 0 || t.tests === 0)
      .map((t) => `${t.clause}: ${t.places.length} places, ${t.tests} tests`);
    expect(gaps).toEqual([]);
  });

  it('reads the registry of rules outside the machines from real exports', async () => {
    const missing: string[] = [];
    for (const r of RULES) {
      const module = (await import(join(ROOT, r.file))) as Record<string, unknown>;
      if (module[r.exportName] === undefined) missing.push(`${r.file}#${r.exportName}`);
    }
    expect(missing).toEqual([]);
  });

  it('does not count a clause cited only in a comment', () => {
    // 4.7 and 5.3.5 appear in a comment of src/machine/types.ts; they count through the
    // registry entries (the rows' roles, findApprovalAnomalies), not through the comment.
    const implemented = implementedClauses();
    expect(new Set(implemented.get('5.3.5')?.map((p) => p.kind))).toEqual(new Set(['export']));
    expect(implemented.has('5.4.5')).toBe(false);
  });

  it('is not stale (UPDATE_DOCS=1 rewrites it)', () => {
    const built = buildTraceability(ROOT);
    if (process.env.UPDATE_DOCS) writeFileSync(PATH, built);
    expect(readFileSync(PATH, 'utf8')).toBe(built);
  });
});

describe('the clause breakers (scripts/breakers.ts; the full run is `npm run breakers`)', () => {
  it('has at least one breaker for every implemented clause', () => {
    expect(missingBreakers()).toEqual([]);
  });

  it('breaks only implemented clauses, each breaker once', () => {
    const implemented = implementedClauses();
    expect(BREAKERS.filter((b) => !implemented.has(b.clause)).map((b) => b.clause)).toEqual([]);
    const ids = BREAKERS.map(breakerId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds each breaker's search text exactly once in its file, and changes it", () => {
    const bad = BREAKERS.filter((b) => {
      const text = readFileSync(join(ROOT, b.file), 'utf8');
      return text.split(b.search).length !== 2 || b.search === b.replace;
    }).map((b) => `${b.clause} ${b.file}: ${JSON.stringify(b.search)}`);
    expect(bad).toEqual([]);
  });
});
