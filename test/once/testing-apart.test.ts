import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../repo/sources.js';

// seseq-correo/testing needs fast-check, an optional peer dependency: no other entry of the
// built package may load it, or load the testing entry (docs/testing.md).
const DIST = join(ROOT, 'dist');

/** Every file an entry loads, following its relative imports and requires. */
function loaded(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*\(?\s*|require\(\s*)["'](\.{1,2}\/[^"']+)["']/g))
      visit(join(dirname(file), m[1] as string));
  };
  visit(join(DIST, entry));
  return [...seen];
}

const ENTRIES = ['index', 'policy/index', 'errors/index', 'names/index', 'machine/index', 'schedule/index']
  .concat(['allowances/index', 'request/index', 'lifecycle/index', 'review/index'])
  .flatMap((e) => [`${e}.js`, `${e}.cjs`]);

describe('the built package keeps seseq-correo/testing apart', () => {
  it('is built', () => {
    expect(existsSync(join(DIST, 'testing/index.js'))).toBe(true);
    expect(readFileSync(join(DIST, 'testing/index.js'), 'utf8')).toMatch(/from ["']fast-check["']/);
  });

  for (const entry of ENTRIES) {
    it(`${entry} loads neither fast-check nor the testing entry`, () => {
      const files = loaded(entry);
      expect(files.length).toBeGreaterThan(1);
      expect(files.map((f) => relative(DIST, f)).filter((f) => f.startsWith('testing'))).toEqual([]);
      expect(files.filter((f) => /["']fast-check["']/.test(readFileSync(f, 'utf8')))).toEqual([]);
    });
  }
});
