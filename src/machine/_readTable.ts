// What the renderers (toMermaid, toMarkdownTable) read of a machine table, checked first: every
// list a real array of strings, every label a string, and at most MAX_LINES lines to draw. A
// table that is not one renders as '' (their documented answer to what they cannot draw),
// never as a string iterated character by character or a product of lists that takes
// seconds to write out.

/** The most lines (arrows, or rows of the Markdown table) a renderer writes. */
export const MAX_LINES = 10_000;

export type TableText = {
  readonly initial: { readonly status: string; readonly label: string };
  readonly terminal: readonly string[];
  readonly rows: readonly {
    readonly from: readonly string[];
    readonly event: string;
    readonly roles: readonly string[];
    readonly to: readonly string[];
    readonly guards: readonly string[];
    readonly effects: readonly string[];
    readonly clauses: readonly string[];
    readonly summary: { readonly es: string; readonly en: string };
  }[];
};

const strings = (v: unknown): readonly string[] | null =>
  Array.isArray(v) && v.length <= MAX_LINES && v.every((s) => typeof s === 'string') ? v : null;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The table's text, or null when `v` is not a table the renderers can draw. */
export function readTable(v: unknown): TableText | null {
  if (typeof v !== 'object' || v === null) return null;
  const t = v as Record<string, unknown>;
  const initial = t.initial as Record<string, unknown> | null | undefined;
  if (typeof initial !== 'object' || initial === null) return null;
  const status = text(initial.status);
  const label = text(initial.label);
  const terminal = strings(t.terminal);
  if (status === null || label === null || terminal === null) return null;
  if (!Array.isArray(t.rows) || t.rows.length > MAX_LINES) return null;
  const rows: TableText['rows'][number][] = [];
  let lines = terminal.length;
  for (const r of t.rows as unknown[]) {
    if (typeof r !== 'object' || r === null) return null;
    const row = r as Record<string, unknown>;
    const summary = row.summary as Record<string, unknown> | null | undefined;
    const read = {
      from: strings(row.from),
      event: text(row.event),
      roles: strings(row.roles),
      to: strings(row.to),
      guards: strings(row.guards),
      effects: strings(row.effects),
      clauses: strings(row.clauses),
      es: typeof summary === 'object' && summary !== null ? text(summary.es) : null,
      en: typeof summary === 'object' && summary !== null ? text(summary.en) : null,
    };
    const { from, event, roles, to, guards, effects, clauses, es, en } = read;
    if (
      from === null ||
      event === null ||
      roles === null ||
      to === null ||
      guards === null ||
      effects === null ||
      clauses === null ||
      es === null ||
      en === null
    ) {
      return null;
    }
    lines += Math.max(1, from.length * to.length);
    if (lines > MAX_LINES) return null;
    rows.push({ from, event, roles, to, guards, effects, clauses, summary: { es, en } });
  }
  return { initial: { status, label }, terminal, rows };
}
