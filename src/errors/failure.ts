import type { Violation } from './violation.js';

/**
 * Any failure the library returns: one {@link Violation} (a step: `transitionRequest`,
 * `transitionAccount`, `advanceAccount`, the replays, the names) or a list of them (reading a
 * whole input: `createRequest`, `openAccount`, `definePolicy`, the parsers, every problem at
 * once). For adopters who handle both in one place, with {@link violationsOf}.
 *
 * @example
 * const one: Failure = { code: 'MISSING_SURNAME', clause: '5.4.3' };
 * const many: Failure = [{ code: 'MISSING_SIGNATURE', clause: '8.1-3' }, { code: 'MISSING_EXPIRY', clause: 'F01' }];
 * violationsOf(many).length
 * //=> 2
 */
export type Failure = Violation | readonly Violation[];

/**
 * The violations of a {@link Failure}, as a list: the list itself, or the one violation in a
 * list of one.
 *
 * @param failure - what a `Result`'s error holds
 * @returns the violations, in order
 *
 * @example
 * violationsOf({ code: 'MISSING_SURNAME', clause: '5.4.3' }).map((v) => v.code)
 * //=> ['MISSING_SURNAME']
 */
export function violationsOf(failure: Failure): readonly Violation[] {
  return Array.isArray(failure) ? (failure as readonly Violation[]) : [failure as Violation];
}
