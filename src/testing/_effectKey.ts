import type { Effect } from '../effects/index.js';
import { effectKey } from '../machine/effectKey.js';

/**
 * @internal The idempotency key of an effect, in the one place `seseq-correo/testing` computes
 * it: the library's own `effectKey` (`machine/subject/version/index`, unique across machines).
 */
export const keyOf = (effect: Effect): string => effectKey(effect);

/** @internal The account id a world derives from its request's folio. */
export const accountIdFor = (folio: string): string => `cuenta-${folio}`;
