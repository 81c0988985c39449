/** @internal Whether a username (uppercase) is in use; may throw if a consumer's predicate does. */
export type Lookup = (username: string) => boolean;

const NONE: Lookup = () => false;

/**
 * @internal A case-insensitive lookup over a {@link Taken}, or `null` when `taken` is
 * neither a set nor a predicate. A set is folded to uppercase once, here: O(size) per call,
 * then O(1) per candidate. A predicate is asked about the uppercase form, then the
 * lowercase one.
 */
export function lookupOf(taken: unknown): Lookup | null {
  if (typeof taken === 'function') {
    const isTaken = taken as (username: string) => unknown;
    return (u) => Boolean(isTaken(u)) || Boolean(isTaken(u.toLowerCase()));
  }
  if (taken === null || typeof taken !== 'object') return null;
  const set = taken as ReadonlySet<unknown>;
  if (typeof set.has !== 'function') return null;
  if (set.size === 0) return NONE;
  if (typeof (set as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    // A set-like object that cannot be listed: ask it about both usual spellings.
    return (u) => set.has(u) || set.has(u.toLowerCase());
  }
  const upper = new Set<string>();
  for (const entry of set) if (typeof entry === 'string') upper.add(entry.toUpperCase());
  return (u) => upper.has(u);
}
