import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_MACHINE } from '../../src/lifecycle/index.js';
import { toMarkdownTable, toMermaid } from '../../src/machine/toMermaid.js';
import type { MachineTable } from '../../src/machine/types.js';

// The diagram and the rows tables in the docs are generated from ACCOUNT_MACHINE. A stale doc
// fails here; `UPDATE_DOCS=1 npx vitest run test/lifecycle/docs.test.ts` rewrites them.
const UPDATE = process.env.UPDATE_DOCS === '1';
const MMD = new URL('../../docs/lifecycle.mmd', import.meta.url);
const MD = new URL('../../docs/lifecycle.md', import.meta.url);
const table = ACCOUNT_MACHINE as unknown as MachineTable;

function replaceBlock(doc: string, name: string, body: string): string {
  const start = `<!-- generated:${name}:start (UPDATE_DOCS=1 npx vitest run test/lifecycle/docs.test.ts) -->`;
  const end = `<!-- generated:${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/lifecycle.md lacks the ${name} markers`);
  return `${doc.slice(0, from)}${start}\n${body}${end}${doc.slice(to + end.length)}`;
}

describe('the lifecycle docs are generated from ACCOUNT_MACHINE (STYLE: docs are generated)', () => {
  const mermaid = toMermaid(table);

  it('docs/lifecycle.mmd is toMermaid(ACCOUNT_MACHINE)', () => {
    if (UPDATE) writeFileSync(MMD, mermaid);
    expect(readFileSync(MMD, 'utf8')).toBe(mermaid);
  });

  it('docs/lifecycle.md holds the same diagram and the rows table in English and Spanish', () => {
    const expected = (doc: string) => {
      let next = replaceBlock(doc, 'mermaid', `\`\`\`mermaid\n${mermaid}\`\`\`\n`);
      next = replaceBlock(next, 'rows-en', toMarkdownTable(table, 'en'));
      return replaceBlock(next, 'rows-es', toMarkdownTable(table, 'es-MX'));
    };
    const doc = readFileSync(MD, 'utf8');
    if (UPDATE) writeFileSync(MD, expected(doc));
    const now = readFileSync(MD, 'utf8');
    expect(now).toBe(expected(now));
  });

  it('every status has a row, every row names a clause and a summary in both languages', () => {
    for (const status of ACCOUNT_MACHINE.statuses) {
      if (ACCOUNT_MACHINE.terminal.includes(status)) continue;
      expect(ACCOUNT_MACHINE.rows.some((r) => r.from.includes(status))).toBe(true);
    }
    for (const row of ACCOUNT_MACHINE.rows) {
      expect(row.clauses.length).toBeGreaterThan(0);
      expect(row.summary.es.length).toBeGreaterThan(10);
      expect(row.summary.en.length).toBeGreaterThan(10);
    }
  });

  it('declares one row per status and event (the kit finds exactly one)', () => {
    const keys = ACCOUNT_MACHINE.rows.flatMap((r) => r.from.map((f) => `${f} ${r.event}`));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
