import { describe, expect, it } from 'vitest';
import { EFFECT_TYPES, parseEffect } from '../../src/effects/index.js';
import { accountRuns, requestRuns } from './_runs.js';

const all = () => [...requestRuns(), ...accountRuns()].flatMap((r) => r.effects);
const paths = (r: ReturnType<typeof parseEffect>) => r._unsafeUnwrapErr().map((v) => v.details?.path);

describe('parseEffect (what an adapter stores and loads back, SPEC §11)', () => {
  it('loads back every effect both machines produce, as it was', () => {
    const effects = all();
    expect(new Set(effects.map((e) => e.type))).toEqual(
      new Set([...EFFECT_TYPES.request, ...EFFECT_TYPES.account]),
    );
    for (const e of effects) {
      expect(parseEffect(JSON.parse(JSON.stringify(e)))._unsafeUnwrap()).toEqual(e);
    }
  });

  it('reports every problem at once, each with its path (SPEC §11)', () => {
    const [e] = all();
    const broken = { ...e, machine: 'mailer', version: 0, index: -1, extra: 1 };
    expect(paths(parseEffect(broken))).toEqual(expect.arrayContaining(['machine', 'version', 'index', '']));
    expect(paths(parseEffect(broken)).length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a type the stamped machine never produces (SPEC §11)', () => {
    const del = all().find((e) => e.type === 'DELETE_MAILBOX');
    expect(parseEffect(del)._unsafeUnwrap().machine).toBe('account');
    expect(paths(parseEffect({ ...del, machine: 'request' }))).toEqual(['type']);
  });

  it('refuses what is not an effect, and a __proto__ key, without polluting anything', () => {
    expect(paths(parseEffect(null))).toEqual(['']);
    expect(paths(parseEffect({ type: 'LAUNCH' }))).toEqual(['type']);
    const [e] = all();
    const poisoned = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(e).slice(1)}`);
    expect(parseEffect(poisoned).isErr()).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
