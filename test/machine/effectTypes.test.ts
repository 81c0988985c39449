import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Effect } from '../../src/effects/index.js';
import { LIBRARY_EFFECT_TYPES, type LibraryEffectType } from '../../src/machine/effects.js';

describe("the list of the library's effect types (SPEC §11)", () => {
  it('is exactly the union of the effects the machines produce', () => {
    // A compile error here means an effect was added to a machine but not to the list, or the other way.
    expectTypeOf<LibraryEffectType>().toEqualTypeOf<Effect['type']>();
    expect(new Set(LIBRARY_EFFECT_TYPES).size).toBe(LIBRARY_EFFECT_TYPES.length);
  });
});
