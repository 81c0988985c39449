import type { StampedAccountEffect } from '../lifecycle/effects.js';
import type { Stamped } from '../machine/types.js';
import type { RequestEffect } from '../request/effects.js';

/**
 * Every effect the library's machines hand to the consumer's adapters, stamped with the
 * subject's id, the state version that produced it and its index (SPEC §10, §11). Switch on
 * `type`; run each idempotently under the key `subject/version/index`.
 */
export type Effect = Stamped<RequestEffect> | StampedAccountEffect;

export type { Instant } from '../_internal/instant.js';
export type { PlainDate } from '../_internal/plainDate.js';
