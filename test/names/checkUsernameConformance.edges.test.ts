import { describe, expect, it } from 'vitest';
import { checkUsernameConformance } from '../../src/names/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

// Written from the survivors of `MUTATE=names npx stryker run`: every refusal with its whole
// violation, and the 64-character bound on both sides, of the candidates and of the username.

const check = (name: unknown, username: unknown, policy?: unknown) =>
  checkUsernameConformance(name as never, username as never, policy as never);

describe('checkUsernameConformance at its edges (5.4.6, 5.4.3)', () => {
  it('refuses a username that is not a string with the whole violation (SPEC §0)', () => {
    expect(check('Ana Luna', 5)._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['username: expected a string'] },
    });
  });

  it('refuses a cyclic name as cyclic (SPEC §0)', () => {
    expect(check(cyclic({ givenNames: 'Ana', paternalSurname: 'Luna' }), 'ANALU')._unsafeUnwrapErr()).toEqual(
      CYCLIC_REFUSAL,
    );
  });

  it('refuses a policy readPolicy refuses (INVALID_POLICY)', () => {
    expect(check('Ana Luna', 'ANALU', null)._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_POLICY',
      clause: null,
      details: { issues: ['(root): expected a policy object'] },
    });
  });

  it('expects a candidate of exactly 64 characters, not one of 65 (RFC 5321, 5.4.3)', () => {
    const g62 = 'A'.repeat(62);
    expect(check(`${g62} Eva Luna López`, `${g62}LL`)._unsafeUnwrap()).toEqual({
      conforms: true,
      rule: 'primary',
      expected: [
        { username: `${g62}LL`, rule: 'primary', clause: '5.4.3' },
        { username: 'ALUNAL', rule: 'collision', clause: '5.4.3' },
      ],
    });
    expect(check(`${g62}A Eva Luna López`, 'ALUNAL')._unsafeUnwrap()).toEqual({
      conforms: true,
      rule: 'collision',
      expected: [{ username: 'ALUNAL', rule: 'collision', clause: '5.4.3' }],
    });
  });

  it('never says a username over 64 characters conforms, not even as numbered (5.4.3)', () => {
    const g62 = 'A'.repeat(62);
    expect(check(`${g62} Eva Luna López`, `${g62}LL2`)._unsafeUnwrap()).toMatchObject({
      conforms: false,
      rule: null,
    });
  });

  it('numbers only the first candidate itself, not any username of its length (SPEC §3.2)', () => {
    expect(check('Perla Adriana Hernández Leal', 'XXXXXXX2')._unsafeUnwrap()).toMatchObject({
      conforms: false,
      rule: null,
    });
  });
});
