import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './sources.js';

// SPEC §0: no clock, no I/O, no randomness, no module-level mutable state inside src/.
const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now()'],
  [/\bnew Date\(\s*\)/, 'new Date() without an argument'],
  [/\bMath\.random\s*\(/, 'Math.random()'],
  [/\bconsole\./, 'console'],
  [/\bprocess\./, 'process'],
  [/from 'node:/, 'a Node built-in module'],
  [/\brequire\s*\(/, 'require()'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
  [/\bcrypto\.random/, 'crypto randomness'],
];

describe('the core is pure (SPEC §0)', () => {
  // The CLI's shell is the one place that reads the process, the clock and files (SPEC §0).
  const files = sourceFiles().filter((f) => f.path !== 'src/cli/bin.ts');

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.path === 'src/cli/run.ts')).toBe(true);
  });

  // The CLI's argument parser is Node's `util.parseArgs`, a pure function of the argv it is given.
  const allowed = (f: { path: string; text: string }): string =>
    f.path === 'src/cli/args.ts' ? f.text.replace("import { parseArgs } from 'node:util';", '') : f.text;

  for (const [pattern, what] of FORBIDDEN) {
    it(`never uses ${what}`, () => {
      const offenders = files.filter((f) => pattern.test(allowed(f))).map((f) => f.path);
      expect(offenders).toEqual([]);
    });
  }

  it('holds no module-level mutable state (no top-level let or var)', () => {
    const offenders: string[] = [];
    for (const f of files) {
      const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, false);
      for (const stmt of sf.statements) {
        if (ts.isVariableStatement(stmt) && !(stmt.declarationList.flags & ts.NodeFlags.Const)) {
          offenders.push(`${f.path}: ${stmt.getText(sf).slice(0, 60)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps no collection at module level that could change (no WeakMap or WeakSet; Map and Set typed read-only)', () => {
    const offenders: string[] = [];
    for (const f of files) {
      const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true);
      for (const stmt of sf.statements) {
        if (!ts.isVariableStatement(stmt)) continue;
        for (const d of stmt.declarationList.declarations) {
          const init = d.initializer;
          if (init === undefined || !ts.isNewExpression(init)) continue;
          const made = init.expression.getText(sf);
          const type = d.type?.getText(sf) ?? '';
          const readOnly =
            (made === 'Map' && type.startsWith('ReadonlyMap')) ||
            (made === 'Set' && type.startsWith('ReadonlySet'));
          if (['Map', 'Set', 'WeakMap', 'WeakSet', 'Array'].includes(made) && !readOnly) {
            offenders.push(`${f.path}: ${d.name.getText(sf)} = new ${made}`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('exports by name only (no default exports)', () => {
    const offenders = files.filter((f) => /^export default /m.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
