export { EFFECT_TYPES, parseEffect } from './parseEffect.js';
export type { Effect, Instant, PlainDate } from './types.js';
