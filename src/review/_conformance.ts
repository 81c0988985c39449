import type { Clause } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import type { ReviewAction, ReviewName } from './types.js';

/** @internal A `usernameNotConforming` item's fields, or `null` when the username conforms. */
export type ConformanceFinding = {
  readonly clause: Clause;
  readonly action: ReviewAction;
  readonly details: Readonly<Record<string, string | number | boolean | null | readonly string[]>>;
};

/**
 * @internal Whether a username follows 5.4.3 for its holder's name (5.4.6). Pending the names
 * module's `checkUsernameConformance`: until it lands, nothing is reported.
 */
export function checkConformance(
  _name: ReviewName,
  _username: string,
  _policy: Policy,
): ConformanceFinding | null {
  return null;
}
