import type { Effect } from '../effects/index.js';

/**
 * @internal The idempotency key of an effect, in the one place `seseq-correo/testing` computes it.
 * `subject/version/index` (SPEC §10); the worlds of the conformance property give requests and
 * accounts ids that cannot collide, so the key is unique there.
 */
export const keyOf = (effect: Effect): string => `${effect.subject}/${effect.version}/${effect.index}`;

/** @internal The account id a world derives from its request's folio. */
export const accountIdFor = (folio: string): string => `cuenta-${folio}`;
