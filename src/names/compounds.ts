import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { foldWords, isViolation } from './normalize.js';
import { isParticle } from './particles.js';

/**
 * @internal The known compound surnames (SPEC §12) by their first word, each as its folded
 * words, longest first: what free text is matched against, one map lookup per word.
 */
export type CompoundIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * @internal Indexes a list of compound surnames. Each entry is folded as a name is
 * (`'Ponce de León'` and `'PONCE DE LEON'` are the same); an entry that does not fold, has
 * fewer than two words, or starts with a particle (`de la Cruz` is one unit already) can
 * never match and is left out.
 */
export function compoundIndex(list: readonly string[]): CompoundIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const entry of list) {
    const words = foldWords(entry, 'paternalSurname');
    if (isViolation(words) || words.length < 2 || isParticle(words[0]!)) continue;
    const same = index.get(words[0]!);
    if (same === undefined) index.set(words[0]!, [words]);
    else if (!same.some((w) => w.join(' ') === words.join(' '))) same.push(words);
  }
  for (const entries of index.values()) entries.sort((a, b) => b.length - a.length);
  return index;
}

// The default list, indexed once.
const SESEQ_COMPOUNDS: CompoundIndex = compoundIndex(SESEQ_POLICY.compoundSurnames);

/** @internal The index of a policy's compound surnames; SESEQ's is built once. */
export function compoundsOf(policy: Policy): CompoundIndex {
  return policy.compoundSurnames === SESEQ_POLICY.compoundSurnames
    ? SESEQ_COMPOUNDS
    : compoundIndex(policy.compoundSurnames);
}

/**
 * @internal The length in words of the known compound surname that starts at `words[i]`,
 * or 0: the longest entry whose words are exactly `words[i..]`.
 */
export function compoundAt(words: readonly string[], i: number, index: CompoundIndex): number {
  const entries = index.get(words[i]!);
  if (entries === undefined) return 0;
  outer: for (const entry of entries) {
    if (i + entry.length > words.length) continue;
    for (let k = 1; k < entry.length; k++) if (words[i + k] !== entry[k]) continue outer;
    return entry.length;
  }
  return 0;
}
