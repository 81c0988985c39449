/**
 * The longest username: the local part of an address is at most 64 octets (RFC 5321
 * §4.5.3.1.1). A longer candidate is skipped. @see 5.4.3
 *
 * @example
 * USERNAME_MAX_LENGTH
 * //=> 64
 */
export const USERNAME_MAX_LENGTH = 64;

/**
 * The longest part of a name (the given names, or one surname), counted in characters after
 * normalisation (letters and single spaces). A longer part is refused with `NAME_TOO_LONG`.
 *
 * @example
 * NAME_PART_MAX_LENGTH
 * //=> 100
 */
export const NAME_PART_MAX_LENGTH = 100;

/**
 * The numbers the `numbered` fallback appends to the first candidate: 2 up to 99. After 99
 * the name has no username left (`NO_USERNAME_AVAILABLE`) and a person must choose one.
 *
 * @example
 * NUMBERED_RANGE
 * //=> { from: 2, to: 99 }
 */
export const NUMBERED_RANGE: { readonly from: number; readonly to: number } = Object.freeze({
  from: 2,
  to: 99,
});
