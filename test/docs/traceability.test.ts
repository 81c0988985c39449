import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTraceability, traceClauses } from '../../scripts/traceability.js';
import { ROOT } from '../repo/sources.js';

const PATH = join(ROOT, 'docs/traceability.md');

describe('the clause-by-clause traceability table (docs/traceability.md)', () => {
  it('finds every clause in scope applied in src/ and named by at least one test', () => {
    const gaps = traceClauses(ROOT)
      .filter((t) => t.sources.length === 0 || t.tests === 0)
      .map((t) => `${t.clause}: ${t.sources.length} sources, ${t.tests} tests`);
    expect(gaps).toEqual([]);
  });

  it('is not stale (UPDATE_DOCS=1 rewrites it)', () => {
    const built = buildTraceability(ROOT);
    if (process.env.UPDATE_DOCS) writeFileSync(PATH, built);
    expect(readFileSync(PATH, 'utf8')).toBe(built);
  });
});
