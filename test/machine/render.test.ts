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

  it('draw at most 10 000 lines (arrows and end markers)', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
    const table = (terminal: string[], ...rows: [number, number][]) =>
      ({
        ...REQUEST_MACHINE,
        terminal,
        rows: rows.map(([f, t]) => ({ ...row, from: list(f), to: list(t) })),
      }) as never;
    // 100 × 100 arrows and no end marker: exactly 10 000, drawn.
    expect(toMermaid(table([], [100, 100])).split('\n').length).toBe(10_000 + 3);
    expect(toMarkdownTable(table([], [100, 100]))).not.toBe('');
    // One line more, however it comes: an end marker, or a row with no arrow (a line of the
    // Markdown table).
    expect(toMermaid(table(['x'], [100, 100]))).toBe('');
    expect(toMermaid(table([], [100, 100], [0, 5]))).toBe('');
    expect(toMarkdownTable(table([], [100, 100], [0, 5]))).toBe('');
    expect(toMermaid(table([], [101, 101]))).toBe('');
  });

  it.each([
    ['a table with no initial status', { ...REQUEST_MACHINE, initial: { label: 'x' } }],
    ['a table with no initial label', { ...REQUEST_MACHINE, initial: { status: 'x' } }],
    ['terminal statuses that are not a list', { ...REQUEST_MACHINE, terminal: 'cancelled' }],
    ['rows that are not a list', { ...REQUEST_MACHINE, rows: { 0: REQUEST_MACHINE.rows[0] } }],
    ['no table at all', null],
  ])('draw %s as nothing', (_, t) => {
    expect(toMermaid(t as never)).toBe('');
    expect(toMarkdownTable(t as never)).toBe('');
  });

  it.each(['from', 'roles', 'to', 'guards', 'effects', 'clauses'])(
    'draw a row whose %s is not a list of strings as nothing',
    (k) => {
      for (const bad of ['x', [1], undefined]) {
        expect(toMermaid(withRow({ ...row, [k]: bad }))).toBe('');
        expect(toMarkdownTable(withRow({ ...row, [k]: bad }))).toBe('');
      }
    },
  );

  it.each(['es', 'en'])('draw a row whose %s summary is not text as nothing', (k) => {
    const r = withRow({ ...row, summary: { ...row.summary, [k]: 1 } });
    expect(toMermaid(r)).toBe('');
    expect(toMarkdownTable(r)).toBe('');
  });
});
