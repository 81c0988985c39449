import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './sources.js';

type Found = { path: string; source: string; flags: string };

function regexLiterals(): Found[] {
  const found: Found[] = [];
  for (const f of sourceFiles()) {
    const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        found.push({ path: f.path, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe('every regular expression in src/ is linear (security)', () => {
  const literals = regexLiterals();

  it('finds the regular expressions', () => {
    expect(literals.length).toBeGreaterThan(3);
  });

  it('builds none at run time (no new RegExp in src/)', () => {
    const offenders = sourceFiles()
      .filter((f) => /\bnew RegExp\s*\(|\bRegExp\s*\(/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  for (const r of literals) {
    it(`/${r.source}/${r.flags} in ${r.path} has no super-linear backtracking`, () => {
      const diagnostics = checkSync(r.source, r.flags, { timeout: 10_000 });
      expect(diagnostics.status, JSON.stringify(diagnostics)).toBe('safe');
    });
  }
});
