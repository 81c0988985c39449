import { expect, describe as group, it } from 'vitest';
import { describe, type Violation } from '../../src/errors/index.js';
import { openAccount, parseAccountState } from '../../src/lifecycle/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

const base = { id: 'cta-1', username: 'perlahl', department: 'Compras', createdOn: '2026-01-15' };

group('openAccount: the first state of an account', () => {
  it('opens an active account at version 1 with the SPEC §11 fields and defaults', () => {
    expect(openAccount(base)._unsafeUnwrap()).toEqual({
      id: 'cta-1',
      version: 1,
      status: 'active',
      username: 'PERLAHL',
      department: 'Compras',
      holder: 'staff',
      createdOn: '2026-01-15',
      lastAccessOn: null,
      expiresOn: null,
      internet: false,
      usableThrough: null,
      cancelOn: null,
      cancellation: null,
      updatedAt: '2026-01-15T00:00:00.000-06:00',
    });
  });

  it('requires an expiry for advisors and auditors (4.10) and contracted staff (4.29)', () => {
    expect(openAccount({ ...base, holder: 'external' })._unsafeUnwrapErr()).toEqual([
      {
        code: 'EXTERNAL_MUST_BE_TEMPORARY',
        clause: '4.10',
        details: { holder: 'external', path: 'expiresOn' },
      },
    ]);
    expect(
      openAccount({ ...base, holder: 'contractor', expiresOn: null })._unsafeUnwrapErr()[0],
    ).toMatchObject({
      code: 'EXTERNAL_MUST_BE_TEMPORARY',
      clause: '4.29',
    });
    expect(openAccount({ ...base, holder: 'contractor', expiresOn: '2026-06-30' }).isOk()).toBe(true);
  });

  it('refuses an expiry on or before the creation date (F01)', () => {
    expect(openAccount({ ...base, expiresOn: '2026-01-15' })._unsafeUnwrapErr()).toEqual([
      {
        code: 'EXPIRY_NOT_AFTER_REQUEST',
        clause: 'F01',
        details: { expiresOn: '2026-01-15', requestedOn: '2026-01-15', path: 'expiresOn' },
      },
    ]);
    expect(openAccount({ ...base, expiresOn: '2026-01-16' }).isOk()).toBe(true);
  });

  it('refuses a last access before the account existed; one on its first day is fine', () => {
    expect(openAccount({ ...base, lastAccessOn: '2026-01-14' })._unsafeUnwrapErr()).toEqual([
      {
        code: 'INVALID_DATE',
        clause: null,
        details: {
          field: 'lastAccessOn',
          value: '2026-01-14',
          reason: 'before creation 2026-01-15',
          path: 'lastAccessOn',
        },
      },
    ]);
    expect(openAccount({ ...base, lastAccessOn: '2026-01-15' })._unsafeUnwrap().lastAccessOn).toBe(
      '2026-01-15',
    );
  });

  it('says why such a last access is refused: out of order, not a bad day (SPEC §9)', () => {
    const [v] = openAccount({ ...base, lastAccessOn: '2026-01-14' })._unsafeUnwrapErr();
    expect(describe(v as Violation)).toBe(
      'Fecha fuera de orden «2026-01-14» en «lastAccessOn»: es anterior a la creación de la cuenta (2026-01-15).',
    );
    expect(describe(v as Violation, 'en')).toBe(
      'Date out of order "2026-01-14" in "lastAccessOn": it is before the account\'s creation (2026-01-15).',
    );
  });

  it('refuses a policy that is not one, and walks its input before reading it (SPEC §0)', () => {
    expect(
      openAccount(base, {} as never)
        ._unsafeUnwrapErr()
        .map((v) => v.code),
    ).toEqual(['INVALID_POLICY']);
    expect(openAccount(cyclic(base))._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });

  it('reports every problem at once, each with its path', () => {
    const r = openAccount({
      id: '',
      username: '1X',
      department: 'Compras',
      createdOn: '2026-02-30',
      extra: 1,
    });
    const paths = r._unsafeUnwrapErr().map((v) => v.details?.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'username', 'createdOn']));
    expect(r._unsafeUnwrapErr().every((v) => v.code === 'INVALID_INPUT')).toBe(true);
  });

  it('returns a state its own schema accepts', () => {
    const s = openAccount({
      ...base,
      holder: 'external',
      expiresOn: '2026-06-30',
      internet: true,
    })._unsafeUnwrap();
    expect(parseAccountState(JSON.parse(JSON.stringify(s)))._unsafeUnwrap()).toEqual(s);
  });

  it('never throws on hostile input', () => {
    for (const bad of [
      null,
      undefined,
      1,
      'x',
      [],
      { __proto__: { id: 'x' } },
      JSON.parse('{"__proto__":{"a":1}}'),
    ]) {
      expect(openAccount(bad).isErr()).toBe(true);
    }
  });
});
