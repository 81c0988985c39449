import { describe, expect, it } from 'vitest';
import { departmentKey, idKey, nameKey } from '../../src/oversight/_keys.js';
import { reconcileRoster } from '../../src/oversight/index.js';
import {
  isRosterAccount,
  isRosterRow,
  rosterAccountSchema,
  rosterRowSchema,
} from '../../src/oversight/schema.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

const ASOF = '2027-03-01';
const run = (accounts: unknown, roster: unknown, policy?: never) =>
  reconcileRoster(accounts, roster, ASOF, policy);
const findings = (accounts: unknown, roster: unknown, policy?: never) =>
  run(accounts, roster, policy)._unsafeUnwrap().findings;
const PERLA = { username: 'PERLAHL', department: 'Informática', employeeId: '1001' };

describe('reconcileRoster: each finding at its edge (5.4.10, 5.4.14, 4.20)', () => {
  it('offboards from the last day of the holder’s latest contract, all of them over (5.4.14)', () => {
    const roster = [
      { employeeId: '1001', department: 'Informática', contractEndsOn: '2027-01-31' },
      { employeeId: '1001', department: 'Informática', contractEndsOn: '2027-02-15' },
      { employeeId: '1001', department: 'Informática', contractEndsOn: '2026-12-31' },
    ];
    expect(findings([PERLA], roster)).toEqual([
      {
        kind: 'contractEnded',
        clause: '5.4.14',
        accountIndex: 0,
        username: 'PERLAHL',
        department: 'Informática',
        step: { type: 'OFFBOARD', bajaOn: '2027-02-15', cause: 'contractEnd' },
        roster: roster.map((r, index) => ({ index, name: null, ...r })),
      },
    ]);
    // One current contract is enough.
    expect(findings([PERLA], [...roster, { employeeId: '1001', department: 'Informática' }])).toEqual([]);
  });

  it('moves to the department of a current contract, not of an ended one (4.20)', () => {
    const roster = [
      { employeeId: '1001', department: 'Compras', contractEndsOn: '2027-01-31' },
      { employeeId: '1001', department: 'Almacén', contractEndsOn: '2027-12-31' },
    ];
    expect(findings([PERLA], roster)).toEqual([
      expect.objectContaining({
        kind: 'departmentMismatch',
        step: { type: 'REPORT_TRANSFER', toDepartment: 'Almacén' },
        roster: [
          { index: 1, employeeId: '1001', name: null, department: 'Almacén', contractEndsOn: '2027-12-31' },
        ],
      }),
    ]);
    expect(findings([PERLA], [...roster, { employeeId: '1001', department: ' INFORMATICA ' }])).toEqual([]);
  });

  it('reads a row’s blank id or name as none, trimmed in the report (5.4.10)', () => {
    const r = findings(
      [{ ...PERLA, employeeId: null, name: 'Perla Adriana Hernández Leal' }],
      [{ employeeId: '  ', name: ' Perla Adriana Hernández Leal ', department: 'Almacén' }],
    );
    expect(r[0]?.roster).toEqual([
      {
        index: 0,
        employeeId: null,
        name: 'Perla Adriana Hernández Leal',
        department: 'Almacén',
        contractEndsOn: null,
      },
    ]);
  });

  it('matches one person on several rows with the same id by name, and asks when ids differ or are missing (5.4.10)', () => {
    const account = { username: 'JUANPL', department: 'Compras', name: 'Juan Pérez López' };
    const row = (employeeId: string | null) => ({
      employeeId,
      name: 'Juan Pérez López',
      department: 'Compras',
    });
    const r = run([account], [row('7'), row(' 7 ')])._unsafeUnwrap();
    expect([r.matched, r.findings]).toEqual([1, []]);
    expect(findings([account], [row(null), row(null)]).map((f) => f.kind)).toEqual(['probableMatch']);
    expect(findings([account], [row('7'), row(null)]).map((f) => f.kind)).toEqual(['probableMatch']);
    expect(findings([account], [row(null)])).toEqual([]);
  });

  it('does not look a contractor or an external up by name either, and reports no one unidentified (4.10, 4.29)', () => {
    for (const holder of ['contractor', 'external']) {
      expect(
        findings(
          [
            { username: 'A', department: 'Compras', name: 'Juan Pérez López', holder },
            { username: 'B', department: 'Compras', holder },
            { username: 'C', department: 'Compras', employeeId: '9', holder },
          ],
          [],
        ),
      ).toEqual([]);
    }
    expect(
      findings([{ username: 'A', department: 'Compras', name: 'Juan Pérez López', holder: 'staff' }], []).map(
        (f) => [f.kind, f.step, f.roster],
      ),
    ).toEqual([['notActiveWorker', { type: 'OFFBOARD', bajaOn: null, cause: 'separation' }, []]]);
  });

  it('matches a closing account’s holder and stops there (5.4.10, 4.24)', () => {
    const r = run(
      [{ ...PERLA, status: 'cancellationNotice' }],
      [{ employeeId: '1001', department: 'Otra', contractEndsOn: '2026-01-01' }],
    )._unsafeUnwrap();
    expect([r.matched, r.findings]).toEqual([1, []]);
    const s = run(
      [{ ...PERLA, status: 'suspended' }],
      [{ employeeId: '1001', department: 'Otra' }],
    )._unsafeUnwrap();
    expect(s.findings.map((f) => f.kind)).toEqual(['departmentMismatch']);
  });

  it('strips the policy’s domain from a username in any case, and only that domain (5.4.10)', () => {
    const user = (username: string, policy?: never) =>
      findings([{ username, department: 'Informática', employeeId: '1' }], [], policy)[0]?.username;
    expect(user('PerlaHL@SESEQRO.gob.mx')).toBe('PERLAHL');
    expect(user(' perlahl ')).toBe('PERLAHL');
    expect(user('perlahl@otro.mx')).toBe('PERLAHL@OTRO.MX');
    const p = definePolicy({ domain: 'otro.mx' })._unsafeUnwrap() as never;
    expect(user('PerlaHL@Otro.MX', p)).toBe('PERLAHL');
  });

  it('refuses a hand-made policy, and input whose getters throw once read, never throwing', () => {
    expect(run([PERLA], [], {} as never)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    let reads = 0;
    const flaky = Object.defineProperty({ department: 'X' }, 'username', {
      enumerable: true,
      get() {
        reads++;
        if (reads > 1) throw new Error('boom');
        return 'A';
      },
    });
    expect(run([flaky], [])._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): unreadable input'] },
    });
  });

  it('names which input is refused and where (5.4.10)', () => {
    expect(run([PERLA, { username: '' }], [])._unsafeUnwrapErr().details).toMatchObject({
      input: 'accounts',
      index: 1,
    });
    expect(run([], 'x')._unsafeUnwrapErr().details).toMatchObject({ input: 'roster' });
    expect(run([], 'x')._unsafeUnwrapErr().details).not.toHaveProperty('index');
    expect(
      run([], [{ department: 'X', name: 'Ana' }, { department: 'X' }])._unsafeUnwrapErr().details,
    ).toMatchObject({
      input: 'roster',
      index: 1,
    });
  });
});

describe('the roster keys: what tells people and departments apart (5.4.10, 4.20)', () => {
  it('folds names as usernames do, and has no key for a blank or unreadable one (SPEC §3.1)', () => {
    expect(nameKey('María Soledad Ramírez Trejo')).toBe(nameKey('MARIA  SOLEDAD RAMIREZ TREJO'));
    expect(nameKey('María Soledad Ramírez Trejo')).not.toBeNull();
    for (const blank of [null, undefined, '', '   ', 'J. P. L.']) expect(nameKey(blank)).toBeNull();
  });

  it('trims and upper-cases ids, and has no key for a blank one', () => {
    expect(idKey(' ab-1 ')).toBe('AB-1');
    for (const blank of [null, undefined, '', '  ']) expect(idKey(blank)).toBeNull();
  });

  it('ignores accents, case and spacing of departments, not digits', () => {
    expect(departmentKey('  Informática   Central ')).toBe('INFORMATICA CENTRAL');
    expect(departmentKey('Jurisdicción 1')).not.toBe(departmentKey('Jurisdicción 2'));
  });
});

describe('the roster schemas: the fast checks accept what the schemas accept (5.4.10)', () => {
  const row = (x: unknown) => {
    expect(isRosterRow(x)).toBe(rosterRowSchema.safeParse(x).success);
    return isRosterRow(x);
  };
  const account = (x: unknown) => {
    expect(isRosterAccount(x)).toBe(rosterAccountSchema.safeParse(x).success);
    return isRosterAccount(x);
  };

  it('bounds every field of a roster row', () => {
    const base = { employeeId: '1', department: 'X' };
    expect(row(base)).toBe(true);
    expect(row({ name: 'Ana', department: 'X' })).toBe(true);
    expect(row({ department: 'X' })).toBe(false);
    expect(row({ employeeId: ' ', name: ' ', department: 'X' })).toBe(false);
    expect(row({ employeeId: null, name: null, department: 'X' })).toBe(false);
    expect(row({ ...base, department: '' })).toBe(false);
    expect(row({ ...base, department: 'x'.repeat(200) })).toBe(true);
    expect(row({ ...base, department: 'x'.repeat(201) })).toBe(false);
    expect(row({ ...base, employeeId: 'x'.repeat(100) })).toBe(true);
    expect(row({ ...base, employeeId: 'x'.repeat(101) })).toBe(false);
    expect(row({ ...base, name: 'x'.repeat(500) })).toBe(true);
    expect(row({ ...base, name: 'x'.repeat(501) })).toBe(false);
    expect(row({ ...base, name: 1 })).toBe(false);
    expect(row({ ...base, contractEndsOn: '2027-02-28' })).toBe(true);
    expect(row({ ...base, contractEndsOn: null })).toBe(true);
    expect(row({ ...base, contractEndsOn: '2027-02-30' })).toBe(false);
    expect(row({ ...base, employeeId: 1 })).toBe(false);
    expect(row([base])).toBe(false);
    expect(row(null)).toBe(false);
  });

  it('bounds every field of an account', () => {
    const base = { username: 'A', department: 'X' };
    expect(account(base)).toBe(true);
    expect(account({ ...base, username: '' })).toBe(false);
    expect(account({ ...base, username: 'x'.repeat(200) })).toBe(true);
    expect(account({ ...base, username: 'x'.repeat(201) })).toBe(false);
    expect(account({ ...base, department: '' })).toBe(false);
    expect(account({ ...base, department: 'x'.repeat(201) })).toBe(false);
    expect(account({ ...base, employeeId: null, name: null })).toBe(true);
    expect(account({ ...base, employeeId: 'x'.repeat(101) })).toBe(false);
    expect(account({ ...base, name: 'x'.repeat(500) })).toBe(true);
    expect(account({ ...base, name: 'x'.repeat(501) })).toBe(false);
    expect(account({ ...base, status: 'onLeave' })).toBe(true);
    expect(account({ ...base, status: null })).toBe(false);
    expect(account({ ...base, status: 'retired' })).toBe(false);
    expect(account({ ...base, holder: 'contractor' })).toBe(true);
    expect(account({ ...base, holder: null })).toBe(false);
    expect(account({ ...base, holder: 'intern' })).toBe(false);
    expect(account({ ...base, id: 'cta-1' })).toBe(true);
    expect(account({ ...base, id: '' })).toBe(false);
    expect(account({ ...base, id: null })).toBe(false);
    expect(account({ ...base, id: 'x'.repeat(201) })).toBe(false);
    expect(account([base])).toBe(false);
    expect(account(null)).toBe(false);
  });
});

describe('reconcileRoster: more edges (5.4.10)', () => {
  it('says why a row is refused', () => {
    expect(JSON.stringify(run([], [{ department: 'X' }])._unsafeUnwrapErr().details)).toContain(
      'an employee id or a name is required',
    );
  });

  it('accepts an empty id beside a name, and an empty name beside an id (5.4.10)', () => {
    expect(isRosterRow({ employeeId: '', name: 'Ana', department: 'X' })).toBe(true);
    expect(rosterRowSchema.safeParse({ employeeId: '', name: 'Ana', department: 'X' }).success).toBe(true);
    expect(isRosterRow({ employeeId: '1', name: '', department: 'X' })).toBe(true);
    expect(isRosterAccount({ username: 'A', department: 'X', employeeId: '', name: '' })).toBe(true);
    expect(
      rosterAccountSchema.safeParse({ username: 'A', department: 'X', employeeId: '', name: '' }).success,
    ).toBe(true);
  });

  it('refuses cyclic arguments before reading them', () => {
    const c = cyclic();
    for (const r of [
      reconcileRoster([c], [], ASOF),
      reconcileRoster([], [c], ASOF),
      reconcileRoster([], [], c),
      reconcileRoster([], [], ASOF, c as never),
    ]) {
      expect(r._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    }
  });

  it('reads no name key from a blank name (5.4.10)', () => {
    expect(
      findings(
        [{ username: 'A', department: 'X', name: '  ' }],
        [{ employeeId: '1', name: '   ', department: 'X' }],
      ).map((f) => f.kind),
    ).toEqual(['unidentified']);
  });
});
