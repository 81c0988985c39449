/**
 * @internal A case-insensitive view of a {@link Taken}, as data (no closure is built per
 * call): nothing, a set of uppercase usernames, a set-like object that cannot be listed,
 * or a consumer's predicate.
 */
export type Lookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'set'; readonly set: ReadonlySet<string> }
  | { readonly kind: 'set-like'; readonly set: { has(value: unknown): boolean } }
  | { readonly kind: 'predicate'; readonly test: (username: string) => unknown };

/** The most entries a `taken` (or `retired`) that is listed, not asked, may have. */
export const MAX_TAKEN_ENTRIES = 1_000_000;

/**
 * @internal The {@link Lookup} of a `taken` (or `retired`), or `null` when it is none of what
 * {@link Taken} allows, so that it is refused rather than read as empty:
 * - a function: a predicate, asked about each candidate;
 * - a `Set` of strings, an array or any other iterable of strings (a string itself is not):
 *   folded to uppercase once, here (O(size) per call, then O(1) per candidate);
 * - a `Map`: its keys, as `Map.prototype.has` reads them (usernames to anything);
 * - an object with a `has` method that cannot be listed: asked, as a predicate is.
 * An entry that is not a string, or more than `limit` ({@link MAX_TAKEN_ENTRIES}) of them, refuses it.
 */
export function lookupOf(taken: unknown, limit = MAX_TAKEN_ENTRIES): Lookup | null {
  if (typeof taken === 'function') return { kind: 'predicate', test: taken as (u: string) => unknown };
  if (taken === null || typeof taken !== 'object') return null;
  const entries: Iterable<unknown> | null =
    taken instanceof Map
      ? taken.keys()
      : typeof (taken as Iterable<unknown>)[Symbol.iterator] === 'function'
        ? (taken as Iterable<unknown>)
        : null;
  if (entries === null) {
    const has = (taken as { has?: unknown }).has;
    return typeof has === 'function'
      ? { kind: 'set-like', set: taken as { has(value: unknown): boolean } }
      : null;
  }
  const upper = new Set<string>();
  let n = 0;
  for (const entry of entries) {
    if (typeof entry !== 'string' || ++n > limit) return null;
    upper.add(entry.toUpperCase());
  }
  return { kind: 'set', set: upper };
}

/**
 * @internal Whether an uppercase username is in a lookup. A predicate is asked about the
 * uppercase form, then the lowercase one; a set-like object the same. May throw when a
 * consumer's predicate does.
 */
export function isIn(lookup: Lookup, username: string): boolean {
  switch (lookup.kind) {
    case 'none':
      return false;
    // Stryker disable next-line ConditionalExpression: equivalent, a set read as set-like also asks the lowercase form, which an uppercased set never holds
    case 'set':
      return lookup.set.has(username);
    case 'set-like':
      return lookup.set.has(username) || lookup.set.has(username.toLowerCase());
    case 'predicate':
      return Boolean(lookup.test(username)) || Boolean(lookup.test(username.toLowerCase()));
  }
}
