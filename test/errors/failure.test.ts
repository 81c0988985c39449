import { describe, expect, it } from 'vitest';
import { type Failure, violation, violationsOf } from '../../src/errors/index.js';
import { openAccount } from '../../src/lifecycle/index.js';
import { generateUsername } from '../../src/names/index.js';

describe('Failure and violationsOf (the README rule: a whole input gives a list, a step gives one)', () => {
  it('gives a step’s one violation as a list of one, and a parse’s list as it is', () => {
    const one = generateUsername('Ma. Soledad Ramírez Trejo', new Set())._unsafeUnwrapErr();
    const many = openAccount({ id: '', holder: 'external' })._unsafeUnwrapErr();
    const failures: Failure[] = [one, many];
    expect(violationsOf(failures[0] as Failure)).toEqual([one]);
    expect(violationsOf(failures[1] as Failure)).toBe(many);
    expect(many.length).toBeGreaterThan(1);
    expect(violationsOf(violation('MISSING_SURNAME', '5.4.3')).map((v) => v.code)).toEqual([
      'MISSING_SURNAME',
    ]);
  });
});
