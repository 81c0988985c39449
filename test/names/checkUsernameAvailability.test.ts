import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/errors/describe.js';
import { checkUsernameAvailability } from '../../src/names/index.js';

describe('checkUsernameAvailability (5.4.3, 4.19, 4.16)', () => {
  it('accepts a free username in any case and gives its canonical uppercase form', () => {
    expect(checkUsernameAvailability('perlahl2', new Set(['PERLAHL']))._unsafeUnwrap()).toBe('PERLAHL2');
  });

  it('refuses a taken username (USERNAME_TAKEN, 5.4.3)', () => {
    expect(checkUsernameAvailability('PerlaHL', new Set(['perlahl']))._unsafeUnwrapErr()).toEqual({
      code: 'USERNAME_TAKEN',
      clause: '5.4.3',
      details: { username: 'PERLAHL' },
    });
  });

  it('refuses a username deleted for inactivity, never to be created again (USERNAME_RETIRED, 4.19)', () => {
    const v = checkUsernameAvailability('soledadrt', new Set(), undefined, {
      retired: new Set(['SOLEDADRT']),
    });
    expect(v._unsafeUnwrapErr()).toMatchObject({ code: 'USERNAME_RETIRED', clause: '4.19' });
    expect(say(v._unsafeUnwrapErr())).toContain('no se volverá a crear');
  });

  it('refuses a role mailbox (RESERVED_USERNAME, 4.16)', () => {
    expect(checkUsernameAvailability('postmaster', new Set())._unsafeUnwrapErr().code).toBe(
      'RESERVED_USERNAME',
    );
  });

  it('refuses the group mailbox TODOS and the role mailboxes of SPEC §2, in any case (RESERVED_USERNAME, 4.16)', () => {
    for (const role of ['TODOS', 'todos', 'POSTMASTER', 'ABUSE', 'ADMIN']) {
      expect(checkUsernameAvailability(role, new Set())._unsafeUnwrapErr(), role).toMatchObject({
        code: 'RESERVED_USERNAME',
        clause: '4.16',
      });
    }
  });

  it('refuses what cannot be a username (INVALID_INPUT)', () => {
    for (const bad of ['', 'perla.hl', 'ñandú', '2PERLA', 'A'.repeat(65), null, 7]) {
      expect(checkUsernameAvailability(bad, new Set())._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    }
    expect(
      checkUsernameAvailability('ANA', () => {
        throw new Error('x');
      })._unsafeUnwrapErr().code,
    ).toBe('INVALID_INPUT');
  });
});
