import { describe, expect, it } from 'vitest';
import { advanceAccount, transitionAccount } from '../../src/lifecycle/index.js';
import { apply, BOSS, ev, open, SERVER } from './_helpers.js';

// Rules the clause breakers (scripts/breakers.ts) showed no test caught.
describe('clauses a break of which must show (scripts/breakers.ts)', () => {
  it('tells the user how long the account stays usable after a baja (4.22)', () => {
    const t = transitionAccount(
      open(),
      ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS),
    )._unsafeUnwrap();
    expect(t.effects).toContainEqual(
      expect.objectContaining({
        type: 'NOTIFY',
        to: 'user',
        template: 'grace-period',
        clause: '4.22',
        data: { username: 'PERLAHL', usableThrough: '2027-01-04', cancelOn: '2027-01-05' },
      }),
    );
  });

  it('updates the account listing when the account is cancelled (8.3-10)', () => {
    const grace = apply(
      open(),
      ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS),
    );
    const r = advanceAccount(grace, '2027-01-05')._unsafeUnwrap();
    expect(r.state.status).toBe('cancelled');
    expect(r.effects.map((e) => e.type)).toContain('UPDATE_ACCOUNT_LISTING');
  });

  it('counts the grace of an expired contract from its expiry, even when time moves on late (5.4.14, 4.10)', () => {
    const temporary = open({ holder: 'external', expiresOn: '2026-06-30' });
    const t = transitionAccount(temporary, ev('EXPIRED', '2026-07-05', {}, SERVER))._unsafeUnwrap();
    expect(t.state).toMatchObject({
      status: 'gracePeriod',
      usableThrough: '2026-07-15',
      cancelOn: '2026-07-16',
    });
  });

  it('does not end a leave before its day (NOT_YET_DUE, 8.3-5.A, 4.21.3)', () => {
    const leave = apply(
      open(),
      ev('START_LEAVE', '2026-05-01', { kind: 'unpaid', until: '2026-06-30' }, BOSS),
    );
    expect(
      transitionAccount(leave, ev('LEAVE_ENDED', '2026-06-15', {}, SERVER))._unsafeUnwrapErr().code,
    ).toBe('NOT_YET_DUE');
  });
});
