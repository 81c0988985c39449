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

const PARTICLES: ReadonlySet<unknown> = new Set(NAME_PARTICLES);

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
  // Set.has never throws, whatever `word` is (a Proxy's traps are not called): no guard needed.
  return PARTICLES.has(word);
}
