import { guard } from '../_internal/guard.js';

/**
 * The idempotency key of a stamped effect, unique across the library:
 * `machine/subject/version/index`, e.g. `request/SOL-2026-0042/4/1` or `account/A-17/9/0`.
 *
 * `machine` is the table's name (`'request'` or `'account'`, never containing `/`), `subject`
 * the request's folio or the account's id as given, `version` the state version the transition
 * produced and `index` the effect's position in that transition's list. A request and an
 * account may share an id; their keys still differ by `machine`. The key is read from the right
 * (the last two segments are integers), so a subject containing `/` cannot make two effects
 * collide. An adapter stores the key of every effect it has carried out (an outbox, a unique
 * index) and skips one it has seen: effects are delivered at least once and carried out once.
 *
 * @param effect - any effect the machines return (`Effect`), or anything stamped the same way
 * @returns the key, as a string (`''` for something that cannot be read)
 *
 * @example
 * effectKey({ machine: 'account', subject: 'A-17', version: 9, index: 0, type: 'BACKUP_MAILBOX' })
 * //=> 'account/A-17/9/0'
 */
export function effectKey(effect: {
  readonly machine: string;
  readonly subject: string;
  readonly version: number;
  readonly index: number;
}): string {
  // Anything that cannot be read as an effect (null, a Symbol, a throwing getter) has no key.
  return guard(
    // Stryker disable next-line ArrayDeclaration: nothing to inspect; a string in the list is never a problem
    [],
    () => `${effect.machine}/${effect.subject}/${effect.version}/${effect.index}`,
    () => '',
  );
}
