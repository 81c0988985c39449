import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMarkdownTable, toMermaid } from '../../src/machine/toMermaid.js';
import type { MachineTable } from '../../src/machine/types.js';
import { REQUEST_MACHINE } from '../../src/request/index.js';

// The diagram and the rows table in the docs are generated from REQUEST_MACHINE. A stale doc
// fails here; `UPDATE_DOCS=1 npx vitest run test/request/docs.test.ts` rewrites them.
const UPDATE = process.env.UPDATE_DOCS === '1';
const MMD = new URL('../../docs/requests.mmd', import.meta.url);
const MD = new URL('../../docs/requests.md', import.meta.url);
const table = REQUEST_MACHINE as unknown as MachineTable;

function block(name: string, body: string): { start: string; end: string; text: string } {
  const start = `<!-- generated:${name}:start (UPDATE_DOCS=1 npx vitest run test/request/docs.test.ts) -->`;
  const end = `<!-- generated:${name}:end -->`;
  return { start, end, text: `${start}\n${body}${end}` };
}

function replaceBlock(doc: string, name: string, body: string): string {
  const b = block(name, body);
  const from = doc.indexOf(b.start);
  const to = doc.indexOf(b.end);
  if (from < 0 || to < from) throw new Error(`docs/requests.md lacks the ${name} markers`);
  return `${doc.slice(0, from)}${b.text}${doc.slice(to + b.end.length)}`;
}

describe('the request docs are generated from REQUEST_MACHINE (STYLE: docs are generated)', () => {
  const mermaid = toMermaid(table);

  it('docs/requests.mmd is toMermaid(REQUEST_MACHINE)', () => {
    if (UPDATE) writeFileSync(MMD, mermaid);
    expect(readFileSync(MMD, 'utf8')).toBe(mermaid);
  });

  it('docs/requests.md holds the same diagram and the rows table in English and Spanish', () => {
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
});
