/** A violation's details as the message builders see them. */
export type Details = Readonly<Record<string, unknown>>;

const MAX_SHOWN = 80;

function text(raw: unknown): string {
  switch (typeof raw) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(raw);
    default:
      // Objects, symbols and functions are not values a message should echo. One level of
      // list only: a nested, deep or cyclic array is not read further.
      return Array.isArray(raw) ? raw.slice(0, 20).map(item).join(', ') : '…';
  }
}

function item(raw: unknown): string {
  return Array.isArray(raw) ? '…' : text(raw);
}

/**
 * Renders one detail for a message, or `''` when it is absent. Values are shown as text,
 * cut to 80 characters so that a 1 MB input never becomes a 1 MB message; arrays are joined.
 */
export function show(d: Details, key: string, wrap: (value: string) => string): string {
  if (!Object.hasOwn(d, key)) return '';
  const raw = d[key];
  if (raw === undefined || raw === null) return '';
  const shown = text(raw);
  return wrap(shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}…` : shown);
}

/** A detail shown bare inside a sentence (a count, a limit), or `fallback` when absent. */
export function val(d: Details, key: string, fallback: string): string {
  return show(d, key, (v) => v) || fallback;
}

/** Whether a detail, as shown, is exactly `value`: the details that choose a wording. */
export function is(d: Details, key: string, value: string): boolean {
  return show(d, key, (v) => v) === value;
}

/**
 * The order a date breaks, read from an `INVALID_DATE`'s `reason` (`before creation 2025-03-01`,
 * `after the event's day 2025-03-01`, `before the event's day …`), or `null` for any other
 * reason. The pattern is anchored and has no nested quantifier: linear.
 */
export function order(
  d: Details,
): { readonly after: boolean; readonly creation: boolean; readonly day: string } | null {
  // Stryker disable next-line StringLiteral: any fallback the pattern does not match reads as no reason
  const m = /^(before|after) (creation|the event's day) (\d{4}-\d{2}-\d{2})$/.exec(val(d, 'reason', ''));
  return m === null ? null : { after: m[1] === 'after', creation: m[2] === 'creation', day: m[3] as string };
}
