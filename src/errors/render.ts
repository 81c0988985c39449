/** A violation's details as the message builders see them. */
export type Details = Readonly<Record<string, unknown>>;

const MAX_SHOWN = 80;

/**
 * Renders one detail for a message, or `''` when it is absent. Values are shown as text,
 * cut to 80 characters so that a 1 MB input never becomes a 1 MB message; arrays are joined.
 */
export function show(d: Details, key: string, wrap: (value: string) => string): string {
  if (!Object.hasOwn(d, key)) return '';
  const raw = d[key];
  if (raw === undefined || raw === null) return '';
  const text = Array.isArray(raw) ? raw.map(String).join(', ') : String(raw);
  return wrap(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);
}
