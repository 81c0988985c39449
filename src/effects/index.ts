export {
  type AsyncEffectHandlers,
  dispatchEffect,
  dispatchEffects,
  dispatchEffectsAsync,
  type EffectHandlers,
} from './dispatch.js';
export { accountIdFor, openAccountFromRequest } from './fromRequest.js';
export { EFFECT_TYPES, parseEffect } from './parseEffect.js';
export type { Effect, Instant, PlainDate } from './types.js';
