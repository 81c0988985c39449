import { describe, expect, it } from 'vitest';
import { isAccountState } from '../../src/lifecycle/_isAccountState.js';
import {
  accountStateSchema,
  openAccount,
  parseAccountState,
  transitionAccount,
} from '../../src/lifecycle/index.js';
import type { AccountState } from '../../src/lifecycle/types.js';

const open = (over: Record<string, unknown> = {}): AccountState =>
  openAccount({
    id: 'a1',
    username: 'PERLAHL',
    department: 'Compras',
    createdOn: '2026-06-01',
    ...over,
  })._unsafeUnwrap();

const refusedAt = (s: unknown): unknown[] =>
  parseAccountState(s).match(
    () => [],
    (vs) => vs.map((v) => v.details?.path),
  );

const grace = (): AccountState =>
  transitionAccount(open(), {
    type: 'OFFBOARD',
    bajaOn: '2026-12-20',
    cause: 'separation',
    at: '2026-12-20T10:00:00-06:00',
    actor: { role: 'direct-boss', id: 'b' },
  })._unsafeUnwrap().state;

describe('an account state is one the machine can reach (issue 12)', () => {
  it('refuses an external or contractor holder with no expiry, also at openAccount (4.10, 4.29)', () => {
    expect(refusedAt({ ...open(), holder: 'external' })).toContain('expiresOn');
    expect(refusedAt({ ...open(), holder: 'contractor' })).toContain('expiresOn');
    expect(
      openAccount({
        id: 'a',
        username: 'X',
        department: 'C',
        createdOn: '2026-06-01',
        holder: 'external',
      }).isErr(),
    ).toBe(true);
    expect(refusedAt(open({ holder: 'external', expiresOn: '2026-12-20' }))).toEqual([]);
  });

  it('refuses a last access before the account was created (4.19)', () => {
    expect(refusedAt({ ...open(), lastAccessOn: '2026-05-31' })).toContain('lastAccessOn');
    expect(refusedAt({ ...open(), lastAccessOn: '2026-06-01' })).toEqual([]);
  });

  it('refuses a grace period whose dates do not follow from its baja (4.22)', () => {
    const g = grace();
    expect(g).toMatchObject({ status: 'gracePeriod', usableThrough: '2027-01-04', cancelOn: '2027-01-05' });
    expect(refusedAt(g)).toEqual([]);
    expect(refusedAt({ ...g, usableThrough: '9999-12-30', cancelOn: '2027-01-05' })).toContain('cancelOn');
    expect(refusedAt({ ...g, usableThrough: '2026-12-01', cancelOn: '2026-12-02' })).toContain(
      'usableThrough',
    );
  });

  it('the fast check agrees with the schema on each edited state', () => {
    const g = grace();
    for (const s of [
      { ...open(), holder: 'external' },
      { ...open(), lastAccessOn: '2026-05-31' },
      { ...g, usableThrough: '9999-12-30' },
      { ...g, usableThrough: '2026-12-01', cancelOn: '2026-12-02' },
      g,
    ]) {
      expect(isAccountState(s)).toBe(accountStateSchema.safeParse(s).success);
    }
  });

  it('a transition refuses to step past the highest version the schema accepts', () => {
    const top = { ...open(), version: 1_000_000 };
    expect(parseAccountState(top).isOk()).toBe(true);
    const r = transitionAccount(top, {
      type: 'RECORD_ACCESS',
      on: '2026-11-30',
      at: '2026-11-30T10:00:00-06:00',
      actor: { role: 'system', id: 'mail' },
    });
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'version limit reached' },
    });
  });
});
