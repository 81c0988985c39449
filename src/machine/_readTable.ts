// What the renderers (toMermaid, toMarkdownTable) read of a machine table, checked first: every
// list a real array of strings, every label a string, and at most MAX_LINES lines to draw. A
// table that is not one renders as '' (their documented answer to what they cannot draw),
// never as a string iterated character by character or a product of lists that takes
// seconds to write out. Reading a field of null or undefined throws, and the renderers' guard
// answers that with the same ''.

/** The most lines (arrows and end markers, or rows of the Markdown table) a renderer writes. */
export const MAX_LINES = 10_000;

type List = readonly string[];
export type TableText = {
  readonly initial: { readonly status: string; readonly label: string };
  readonly terminal: List;
  readonly rows: readonly {
    readonly from: List;
    readonly event: string;
    readonly roles: List;
    readonly to: List;
    readonly guards: List;
    readonly effects: List;
    readonly clauses: List;
    readonly summary: { readonly es: string; readonly en: string };
  }[];
};

// The guard in front of every renderer has already bounded arrays (100 000 entries, no holes).
const isList = (v: unknown): v is List => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The table's text, or null when `v` is not a table the renderers can draw. */
export function readTable(v: unknown): TableText | null {
  const t = v as { initial: { status: unknown; label: unknown }; terminal: unknown; rows: unknown };
  const { status, label } = t.initial;
  const { terminal, rows } = t;
  if (typeof status !== 'string' || typeof label !== 'string' || !isList(terminal) || !Array.isArray(rows)) {
    return null;
  }
  let lines = terminal.length;
  const read: TableText['rows'][number][] = [];
  for (const row of rows as Record<string, unknown>[]) {
    const { from, event, roles, to, guards, effects, clauses } = row;
    const { es, en } = row.summary as { es: unknown; en: unknown };
    if (
      !(
        isList(from) &&
        isList(roles) &&
        isList(to) &&
        isList(guards) &&
        isList(effects) &&
        isList(clauses)
      ) ||
      typeof event !== 'string' ||
      typeof es !== 'string' ||
      typeof en !== 'string'
    ) {
      return null;
    }
    lines += Math.max(1, from.length * to.length);
    if (lines > MAX_LINES) return null;
    read.push({ from, event, roles, to, guards, effects, clauses, summary: { es, en } });
  }
  return { initial: { status, label }, terminal, rows: read };
}
