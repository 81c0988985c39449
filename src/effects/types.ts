import type { StampedAccountEffect } from '../lifecycle/effects.js';
import type { StampedRequestEffect } from '../request/effects.js';

/**
 * Every effect the library's machines hand to the consumer's adapters, stamped with the
 * machine that produced it (`'request'` or `'account'`), the subject's id, the state version
 * that produced it and its index (SPEC §10, §11). Switch on `type` (or `machine`, then `type`);
 * run each idempotently under its `effectKey(effect)`, `machine/subject/version/index`.
 *
 * @example
 * const effect: Effect = {
 *   type: 'DELETE_MAILBOX', username: 'PERLAHL', clause: '4.22', machine: 'account', subject: 'a1', version: 3, index: 1,
 * };
 * effect.machine === 'account' && effect.type === 'DELETE_MAILBOX' ? effectKey(effect) : null
 * //=> 'account/a1/3/1'
 */
export type Effect = StampedRequestEffect | StampedAccountEffect;

export type { Instant } from '../_internal/instant.js';
export type { PlainDate } from '../_internal/plainDate.js';
