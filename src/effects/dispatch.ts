import type { Effect } from './types.js';

/**
 * One handler per effect type of `F` (by default every {@link Effect}): each receives its own
 * member of the union, already narrowed. A missing handler is a compile error naming the type.
 *
 * @example
 * const handlers: EffectHandlers<string, StampedAccountEffect> = {
 *   NOTIFY: (e) => `mail ${e.template} to ${e.to}`, BACKUP_MAILBOX: (e) => `back up ${e.username}`,
 *   DELETE_MAILBOX: (e) => `delete ${e.username}`, RETIRE_USERNAME: (e) => `retire ${e.username}`,
 *   RELEASE_SEAT: (e) => `free a seat of ${e.department}`, RELEASE_INTERNET_EXIT: (e) => `free an exit of ${e.department}`,
 *   UPDATE_ACCOUNT_LISTING: (e) => `list ${e.username}`, MOVE_MAILBOX: (e) => `move ${e.username}`,
 *   SUSPEND_NETWORK_ACCESS: (e) => `suspend ${e.username}`, RESTORE_NETWORK_ACCESS: (e) => `restore ${e.username}`,
 *   DISABLE_MAILBOX: (e) => `disable ${e.username}`, ENABLE_MAILBOX: (e) => `enable ${e.username}`,
 * };
 */
export type EffectHandlers<R, F extends Effect = Effect> = {
  readonly [T in F['type']]: (effect: Extract<F, { readonly type: T }>) => R;
};

/**
 * {@link EffectHandlers} whose handlers may return a promise (a database, a mail server).
 *
 * @example
 * // every handler may return a promise: dispatchEffectsAsync awaits each before the next
 * const handlers: Partial<AsyncEffectHandlers<string>> = {
 *   DELETE_MAILBOX: async (e) => `deleted ${e.username}`,
 *   NOTIFY: (e) => `mailed ${e.template}`, // a plain value is fine too
 * };
 */
export type AsyncEffectHandlers<R, F extends Effect = Effect> = EffectHandlers<R | PromiseLike<R>, F>;

/**
 * Carries out effects by their type: calls, in order, the handler for each effect's `type`
 * and returns what each call returned, in the same order. Exhaustive: `handlers` must have one
 * function per effect type `effects` can hold (every {@link Effect} type, or only the request's
 * when given `transitionRequest`'s effects), and the compiler names the one that is missing.
 * Each handler gets its effect narrowed, without a cast. The library never runs an effect
 * itself; a handler that throws stops the loop, and the exception is the adopter's. From
 * untyped code, something that is not an effect, or a type without a function handler, calls
 * nothing and gives `undefined` in its place (and `effects` that is not a list, or a list with
 * holes, calls nothing and gives `[]`).
 *
 * @param effects - effects as a transition returned them (or as `parseEffect` loaded them)
 * @param handlers - `{ NOTIFY: (e) => …, DELETE_MAILBOX: (e) => …, … }`
 * @returns the handlers' results, one per effect, in order
 *
 * @example
 * dispatchEffects(t.effects, { NOTIFY: (e) => `mail ${e.template}`, BACKUP_MAILBOX: (e) => `backup ${e.username}`, … })
 * //=> ['backup PERLAHL', 'mail grace-started']
 */
export function dispatchEffects<F extends Effect, R>(
  effects: readonly F[],
  handlers: EffectHandlers<R, F>,
): R[] {
  // Untyped callers (JavaScript, a fuzzer) may pass anything: no list, no calls.
  const [list, n] = listOf(effects);
  const results: R[] = [];
  for (let i = 0; i < n; i++) results.push(dispatchEffect(entryAt(list, i) as F, handlers));
  return results;
}

/**
 * {@link dispatchEffects} for one effect: the result of its type's handler.
 *
 * @example
 * dispatchEffect(effect, handlers)
 * //=> what handlers[effect.type](effect) returned
 */
export function dispatchEffect<F extends Effect, R>(effect: F, handlers: EffectHandlers<R, F>): R {
  // The correlation between `effect.type` and its handler is the mapped type's; TypeScript
  // cannot see it through an index, so the cast is here once, not in every adopter's code.
  const handler = handlerOf(effect, handlers);
  // Only untyped code can get here without an effect or its handler: nothing is called.
  if (typeof handler !== 'function') return undefined as R;
  return (handler as (e: F) => R)(effect);
}

/**
 * {@link dispatchEffects} with handlers that may be async: each call is awaited before the next
 * starts (effects are ordered: a backup before its deletion), and the results come back in
 * order. A rejection stops the loop and rejects the returned promise; carry effects out at
 * least once and idempotently by `effectKey`, so the adopter can retry from the start.
 *
 * @example
 * await dispatchEffectsAsync(t.effects, { DELETE_MAILBOX: async (e) => server.delete(e.username), … })
 * //=> the results, in order
 */
export async function dispatchEffectsAsync<F extends Effect, R>(
  effects: readonly F[],
  handlers: AsyncEffectHandlers<R, F>,
): Promise<R[]> {
  // Only a handler's promise is awaited: an effect with no handler, or a handler that answers a
  // plain value, costs no turn of the event loop (a list of 10⁵ entries is not 10⁵ turns).
  const [list, n] = listOf(effects);
  const results: R[] = [];
  for (let i = 0; i < n; i++) {
    const result: unknown = dispatchEffect(entryAt(list, i) as F, handlers);
    results.push((isThenable(result) ? await result : result) as R);
  }
  return results;
}

// The list to dispatch and its length, read once: `effects` itself when it is an array without
// holes, else `[]` (nothing is called). A hole is refused at once, before any handler runs: no
// transition and no JSON gives one, and a sparse array of length 10⁶ is not walked 10⁶ times.
// A Proxy whose trap throws is no list either.
function listOf(effects: unknown): readonly [readonly unknown[], number] {
  if (!Array.isArray(effects)) return [[], 0];
  try {
    const n = effects.length;
    for (let i = 0; i < n; i++) if (!(i in effects)) return [[], 0];
    return [effects, n];
  } catch {
    return [[], 0];
  }
}

// One entry of the list, or `undefined` (no effect, so no call) where reading it threw (a
// getter, a Proxy's trap).
function entryAt(list: readonly unknown[], i: number): unknown {
  try {
    return list[i];
  } catch {
    return undefined;
  }
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    (typeof v === 'object' || typeof v === 'function') &&
    v !== null &&
    typeof (v as { then?: unknown }).then === 'function'
  );
}

// The handler for an effect's type, read without throwing: a getter or a proxy trap that throws
// (untyped callers) means no handler. The handler's own exceptions are not caught.
function handlerOf(effect: unknown, handlers: unknown): unknown {
  // No effect (a hole, `null`) means no handler, without the cost of an exception; `null` or
  // `undefined` handlers throw below, and mean no handler too. A primitive has no own handler of
  // a string type (what a string's indexes give is no function).
  let handler: unknown;
  if (effect === null || effect === undefined) return handler;
  try {
    const type: unknown = (effect as { type?: unknown }).type;
    if (typeof type === 'string' && Object.hasOwn(handlers as object, type)) {
      handler = (handlers as Record<string, unknown>)[type];
    }
  } catch {
    // a getter or a trap that threw: no handler
  }
  return handler;
}
