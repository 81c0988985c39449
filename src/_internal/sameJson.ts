/**
 * @internal Whether `actual` is the same plain JSON value as `expected`, field by field: the
 * same primitives, arrays of the same length with the same items, objects with the same own
 * enumerable keys (a key whose value is `undefined` counts as absent, as JSON writes it).
 * Recursion follows `expected`, which the library built, so a cyclic or deep `actual` costs
 * no more than `expected` does. Never throws on ordinary data; callers guard hostile input.
 */
export function sameJson(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(expected, actual);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    // Stryker disable next-line EqualityOperator: one step more compares undefined with undefined (same lengths)
    for (let i = 0; i < expected.length; i++) if (!sameJson(expected[i], actual[i])) return false;
    return true;
  }
  if (Array.isArray(actual)) return false;
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = definedKeys(e);
  if (keys.length !== definedKeys(a).length) return false;
  for (const k of keys) {
    if (!Object.hasOwn(a, k) || !sameJson(e[k], a[k])) return false;
  }
  return true;
}

function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** @internal The fields of a log entry, in the order they are compared on replay. */
export const LOG_ENTRY_FIELDS = [
  'subject',
  'from',
  'to',
  'version',
  'at',
  'actor',
  'event',
  'clauses',
] as const;

/**
 * @internal The first field of a logged entry that differs from the entry the transition
 * produced, `'(extra field)'` when the logged one has a field a log entry has not, or `null`
 * when they are the same entry.
 */
export function entryDifference(
  produced: Record<string, unknown>,
  logged: Record<string, unknown>,
): string | null {
  for (const f of LOG_ENTRY_FIELDS) if (!sameJson(produced[f], logged[f])) return f;
  for (const k of Object.keys(logged)) {
    if (!(LOG_ENTRY_FIELDS as readonly string[]).includes(k) && logged[k] !== undefined)
      return '(extra field)';
  }
  return null;
}
