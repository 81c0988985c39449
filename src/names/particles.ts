import { guard } from '../_internal/guard.js';
/**
 * Particles: short words that join a name without being its material (SPEC §3.1). They are
 * dropped both for initials and for full names (`'de la Cruz'` → `'CRUZ'`), unless a part is
 * nothing but particles, in which case they are its material (`'Del'` → `'DEL'`).
 * @see 5.4.3
 *
 * @example
 * NAME_PARTICLES.includes('DE')
 * //=> true
 */
export const NAME_PARTICLES: readonly string[] = Object.freeze([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'Y',
  'E',
  'DA',
  'DAS',
  'DO',
  'DOS',
  'DI',
  'DU',
  'DELLA',
  'VAN',
  'VON',
  'DER',
  'DEN',
  'MC',
  'MAC',
]);

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
// A cheap first test before hashing the word: the longest particle, and their first
// letters as a bit mask over A–Z.
const LONGEST = Math.max(...NAME_PARTICLES.map((p) => p.length));
const FIRST_LETTERS = NAME_PARTICLES.reduce((mask, p) => mask | (1 << (p.charCodeAt(0) - 65)), 0);

/**
 * Whether a normalised word (uppercase, no accents) is a particle of {@link NAME_PARTICLES}.
 *
 * @example
 * isParticle('LOS')
 * //=> true
 * isParticle('CRUZ')
 * //=> false
 */
export function isParticle(word: string): boolean {
  return guard(
    [word],
    () => isParticleUnguarded(word),
    () => false,
  );
}

function isParticleUnguarded(word: string): boolean {
  if (word.length > LONGEST) return false;
  const bit = word.charCodeAt(0) - 65;
  return bit >= 0 && bit < 26 && ((FIRST_LETTERS >> bit) & 1) === 1 && PARTICLES.has(word);
}
