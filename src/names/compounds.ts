import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { foldWords, isViolation } from './normalize.js';

/**
 * @internal The known compound surnames (SPEC §12) by their first word, each as its folded
 * words, longest first: what free text is matched against, one map lookup per word.
 */
export type CompoundIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * @internal Indexes a list of compound surnames. Each entry is folded as a name is
 * (`'Ponce de León'` and `'PONCE DE LEON'` are the same); an entry that does not fold or has
 * fewer than two words is left out. An entry that starts with a particle (`de la Cruz` is one
 * unit already) is kept but never looked up, and a repeated entry only repeats a match.
 */
export function compoundIndex(list: readonly string[]): CompoundIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const entry of list) {
    // Stryker disable next-line StringLiteral: the part only names a violation, and such an entry is left out
    const words = foldWords(entry, 'paternalSurname');
    if (isViolation(words) || words.length < 2) continue;
    const same = index.get(words[0]!);
    if (same === undefined) index.set(words[0]!, [words]);
    else same.push(words);
  }
  for (const entries of index.values()) entries.sort((a, b) => b.length - a.length);
  return index;
}

// The default list, indexed once.
const SESEQ_COMPOUNDS: CompoundIndex = compoundIndex(SESEQ_POLICY.compoundSurnames);

/** @internal The index of a policy's compound surnames; SESEQ's is built once. */
export function compoundsOf(policy: Policy): CompoundIndex {
  // Stryker disable next-line ConditionalExpression: a cache; SESEQ's index built anew is the same
  return policy.compoundSurnames === SESEQ_POLICY.compoundSurnames
    ? SESEQ_COMPOUNDS
    : compoundIndex(policy.compoundSurnames);
}

/**
 * @internal The length in words of the known compound surname that starts at `words[i]`,
 * or 0: the longest entry whose words are exactly `words[i..]` (past the end of `words`
 * nothing matches).
 */
export function compoundAt(words: readonly string[], i: number, index: CompoundIndex): number {
  const entries = index.get(words[i]!);
  if (entries === undefined) return 0;
  outer: for (const entry of entries) {
    for (let k = 1; k < entry.length; k++) if (words[i + k] !== entry[k]) continue outer;
    return entry.length;
  }
  return 0;
}
