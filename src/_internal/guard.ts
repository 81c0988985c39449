import { err, type Result } from 'neverthrow';
import { type Violation, violation } from '../errors/violation.js';

/**
 * The sizes a public function accepts in an argument that comes from outside. Beyond them the
 * input is refused at once with `INVALID_INPUT` (SPEC §0: never throws, never hangs), before
 * any validation runs: the validator's recursion and its issue lists grow with the input.
 */
export const INPUT_LIMITS = Object.freeze({
  /** Nesting of objects and arrays (the deepest state the library writes is under 10). */
  depth: 64,
  /** Entries of one array (zod overflows its stack on some 200 000-entry arrays). */
  arrayEntries: 100_000,
  /** Objects, arrays and values in one argument, counted as the walk meets them. */
  nodes: 1_000_000,
});

const refusal = (why: string): Violation => violation('INVALID_INPUT', null, { issues: [`(root): ${why}`] });

/** @internal The violation of an argument whose reading threw (a getter, a Proxy trap, a stack). */
export const UNREADABLE: Violation = Object.freeze(refusal('unreadable input')) as Violation;

/**
 * @internal Why `value` cannot be read as plain data within {@link INPUT_LIMITS}, or `null`.
 * A cheap walk over own enumerable keys (functions, sets and maps are leaves): a cycle,
 * nesting deeper than the limit, an array longer than the limit or with holes (a sparse
 * array of length 10⁶ is refused at its first hole, not read 10⁶ times), too many nodes.
 * May throw when the value's getters or traps do: callers run it under {@link guard}.
 */
export function inputProblem(value: unknown, limits: typeof INPUT_LIMITS = INPUT_LIMITS): string | null {
  // Most arguments are a string, a number, a Set or undefined: answered without allocating.
  if (value === null || typeof value !== 'object' || value instanceof Set || value instanceof Map)
    return null;
  let nodes = 0;
  const path = new Set<object>();
  const walk = (v: unknown, depth: number): string | null => {
    if (v === null || typeof v !== 'object') return null;
    if (++nodes > limits.nodes) return `more than ${limits.nodes} values`;
    if (depth > limits.depth) return `nested deeper than ${limits.depth}`;
    if (path.has(v)) return 'cyclic';
    if (v instanceof Set || v instanceof Map) return null;
    path.add(v);
    if (Array.isArray(v)) {
      if (v.length > limits.arrayEntries) return `an array of more than ${limits.arrayEntries} entries`;
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return 'an array with holes';
        const p = walk(v[i], depth + 1);
        if (p !== null) return p;
      }
    } else {
      for (const k of Object.keys(v)) {
        const p = walk((v as Record<string, unknown>)[k], depth + 1);
        if (p !== null) return p;
      }
    }
    path.delete(v);
    return null;
  };
  return walk(value, 0);
}

/**
 * @internal Runs a public function's body so that it never throws: the arguments are first
 * checked with {@link inputProblem} (each one given in `inspect`), then the body runs; an
 * exception from either (the input's own getters and traps included) becomes `fallback`
 * called with an `INVALID_INPUT` violation.
 */
export function guard<T>(
  inspect: readonly unknown[],
  body: () => T,
  fallback: (v: Violation) => NoInfer<T>,
): T {
  try {
    for (const arg of inspect) {
      const problem = inputProblem(arg);
      if (problem !== null) return fallback(refusal(problem));
    }
    return body();
  } catch {
    return fallback(UNREADABLE);
  }
}

/** @internal The fallback of a function returning `Result<T, Violation>`. */
export const refuse = <T>(v: Violation): Result<T, Violation> => err(v);
/** @internal The fallback of a function returning `Result<T, Violation[]>`. */
export const refuseAll = <T>(v: Violation): Result<T, Violation[]> => err([v]);
