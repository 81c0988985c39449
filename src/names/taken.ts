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

const NONE: Lookup = Object.freeze({ kind: 'none' });

/**
 * @internal The {@link Lookup} of a `taken` (or `retired`), or `null` when it is neither a
 * set nor a predicate. A set is folded to uppercase once, here: O(size) per call, then O(1)
 * per candidate; a set already empty costs nothing.
 */
export function lookupOf(taken: unknown): Lookup | null {
  if (typeof taken === 'function') return { kind: 'predicate', test: taken as (u: string) => unknown };
  if (taken === null || typeof taken !== 'object') return null;
  const set = taken as ReadonlySet<unknown>;
  if (typeof set.has !== 'function') return null;
  if (set.size === 0) return NONE;
  if (typeof (set as Iterable<unknown>)[Symbol.iterator] !== 'function') return { kind: 'set-like', set };
  const upper = new Set<string>();
  for (const entry of set) if (typeof entry === 'string') upper.add(entry.toUpperCase());
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
    case 'set':
      return lookup.set.has(username);
    case 'set-like':
      return lookup.set.has(username) || lookup.set.has(username.toLowerCase());
    case 'predicate':
      return Boolean(lookup.test(username)) || Boolean(lookup.test(username.toLowerCase()));
  }
}
