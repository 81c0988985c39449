import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { toMarkdownTable, toMermaid } from '../../src/machine/toMermaid.js';
import type { MachineTable } from '../../src/machine/types.js';

/**
 * The checks that keep a machine's docs generated from its table (STYLE: "a test fails when a
 * generated doc is stale"): the `.mmd` file is `toMermaid(table)`, and the Markdown page holds
 * the same diagram and the rows table in English and Spanish between `generated:` markers.
 * `UPDATE_DOCS=1` rewrites them instead.
 */
export function itKeepsMachineDocs(machine: unknown, doc: 'requests' | 'lifecycle', testFile: string): void {
  const table = machine as MachineTable;
  const update = process.env.UPDATE_DOCS === '1';
  const mmd = new URL(`../../docs/${doc}.mmd`, import.meta.url);
  const md = new URL(`../../docs/${doc}.md`, import.meta.url);
  const mermaid = toMermaid(table);

  const replaceBlock = (text: string, name: string, body: string): string => {
    const start = `<!-- generated:${name}:start (UPDATE_DOCS=1 npx vitest run ${testFile}) -->`;
    const end = `<!-- generated:${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/${doc}.md lacks the ${name} markers`);
    return `${text.slice(0, from)}${start}\n${body}${end}${text.slice(to + end.length)}`;
  };

  it(`docs/${doc}.mmd is toMermaid(${table.name} table)`, () => {
    if (update) writeFileSync(mmd, mermaid);
    expect(readFileSync(mmd, 'utf8')).toBe(mermaid);
  });

  it(`docs/${doc}.md holds the same diagram and the rows table in English and Spanish`, () => {
    const expected = (text: string) => {
      const withDiagram = replaceBlock(text, 'mermaid', `\`\`\`mermaid\n${mermaid}\`\`\`\n`);
      const withEnglish = replaceBlock(withDiagram, 'rows-en', toMarkdownTable(table, 'en'));
      return replaceBlock(withEnglish, 'rows-es', toMarkdownTable(table, 'es-MX'));
    };
    if (update) writeFileSync(md, expected(readFileSync(md, 'utf8')));
    const now = readFileSync(md, 'utf8');
    expect(now).toBe(expected(now));
  });
}
