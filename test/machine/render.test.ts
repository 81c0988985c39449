import { describe, expect, it } from 'vitest';
import { ACCOUNT_MACHINE, REQUEST_MACHINE, toMarkdownTable, toMermaid } from '../../src/index.js';

// Found by the fuzz at 10⁴ calls per export: a row whose `to` was a megabyte string was iterated
// character by character (a million arrows, over a second). The renderers read the table first.
describe('toMermaid and toMarkdownTable on what is not a table (issue 12)', () => {
  const row = REQUEST_MACHINE.rows[0]!;
  const withRow = (r: unknown) => ({ ...REQUEST_MACHINE, rows: [r] }) as never;

  it('draw a real table as before', () => {
    expect(toMermaid(REQUEST_MACHINE).split('\n')[0]).toBe('stateDiagram-v2');
    expect(toMarkdownTable(ACCOUNT_MACHINE).split('\n').length).toBe(ACCOUNT_MACHINE.rows.length + 3);
  });

  it('draw a list given as a string as nothing, at once', () => {
    const big = withRow({ ...row, to: 'x'.repeat(1 << 20) });
    const t = performance.now();
    expect(toMermaid(big)).toBe('');
    expect(toMarkdownTable(big)).toBe('');
    expect(performance.now() - t).toBeLessThan(1_000);
  });

  it.each([
    ['a list holding a number', { ...row, roles: ['it-head', 1] }],
    ['a missing summary', { ...row, summary: undefined }],
    ['an event that is not text', { ...row, event: 7 }],
    ['a row that is not an object', null],
  ])('draw %s as nothing', (_, r) => {
    expect(toMermaid(withRow(r))).toBe('');
    expect(toMarkdownTable(withRow(r))).toBe('');
  });

  it('draw at most 10 000 arrows', () => {
    const many = Array.from({ length: 101 }, (_, i) => `s${i}`);
    const wide = withRow({ ...row, from: many, to: many });
    expect(toMermaid(wide)).toBe('');
    const fits = withRow({ ...row, from: many.slice(0, 99), to: many.slice(0, 100) });
    expect(toMermaid(fits).split('\n').length).toBeGreaterThan(9_900);
  });
});
