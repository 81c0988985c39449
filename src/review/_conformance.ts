import type { Clause } from '../errors/violation.js';
import { checkUsernameConformance } from '../names/index.js';
import type { Policy } from '../policy/policy.js';
import type { ReviewAction, ReviewName } from './types.js';

/** @internal A `usernameNotConforming` item's fields. */
export type ConformanceFinding = {
  readonly clause: Clause;
  readonly action: ReviewAction;
  readonly details: Readonly<Record<string, string | number | boolean | null | readonly string[]>>;
};

/**
 * @internal Whether a username follows 5.4.3 for its holder's name (the check of 5.4.6):
 * `null` when it does; else the item's fields, with the usernames the rules expect, or the
 * code of the name's refusal (an abbreviated or unreadable name cannot be checked, F01).
 */
export function checkConformance(
  name: ReviewName,
  username: string,
  policy: Policy,
): ConformanceFinding | null {
  const r = checkUsernameConformance(name, username, policy);
  if (r.isErr()) {
    return {
      clause: '5.4.6',
      action: 'REVIEW_USERNAME',
      details: { expected: [], nameRefused: r.error.code },
    };
  }
  if (r.value.conforms) return null;
  return {
    clause: '5.4.6',
    action: 'REVIEW_USERNAME',
    details: { expected: r.value.expected.map((c) => c.username), nameRefused: null },
  };
}
