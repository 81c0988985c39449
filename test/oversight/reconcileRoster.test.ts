import { describe, expect, it } from 'vitest';
import { reconcileRoster } from '../../src/oversight/index.js';

const ASOF = '2027-03-01';
const run = (accounts: unknown, roster: unknown, asOf: unknown = ASOF) =>
  reconcileRoster(accounts, roster, asOf);
const kinds = (accounts: unknown, roster: unknown) =>
  run(accounts, roster)
    ._unsafeUnwrap()
    .findings.map((f) => f.kind);

describe('reconcileRoster (5.4.10, 5.4.14, 8.3-2, 4.20)', () => {
  it('finds nothing when every holder is an active worker of the account department (5.4.10)', () => {
    const r = run(
      [{ username: 'PERLAHL', department: 'Informática', employeeId: '1001' }],
      [{ employeeId: '1001', department: 'INFORMATICA' }],
    )._unsafeUnwrap();
    expect(r).toEqual({ asOf: ASOF, accounts: 1, roster: 1, matched: 1, findings: [] });
  });

  it('reports an account whose holder is on no roster row, with an OFFBOARD to file (5.4.10, 8.3-2)', () => {
    const r = run(
      [{ username: 'perlahl@seseqro.gob.mx', department: 'Informática', employeeId: '1001' }],
      [{ employeeId: '2002', department: 'Informática', name: 'Otra Persona Distinta' }],
    )._unsafeUnwrap();
    expect(r.findings).toEqual([
      {
        kind: 'notActiveWorker',
        clause: '5.4.10',
        accountIndex: 0,
        username: 'PERLAHL',
        department: 'Informática',
        step: { type: 'OFFBOARD', bajaOn: null, cause: 'separation' },
        roster: [],
      },
    ]);
    expect(r.matched).toBe(0);
  });

  it('matches names folded as usernames fold them, so accents and case do not matter (5.4.10, 5.4.3)', () => {
    expect(
      kinds(
        [{ username: 'SOLEDADRT', department: 'Compras', name: 'María Soledad Ramírez Trejo' }],
        [{ name: 'MARIA SOLEDAD RAMIREZ TREJO', department: 'compras' }],
      ),
    ).toEqual([]);
    expect(
      kinds(
        [{ username: 'SOLEDADRT', department: 'Compras', name: 'María Soledad Ramírez' }],
        [{ name: 'MARIA SOLEDAD RAMIREZ TREJO', department: 'compras' }],
      ),
    ).toEqual(['notActiveWorker']);
  });

  it('reports a contract that ended before asOf with an OFFBOARD from its last day (5.4.14)', () => {
    const roster = [{ employeeId: '1001', department: 'Informática', contractEndsOn: '2027-02-15' }];
    const r = run(
      [{ username: 'PERLAHL', department: 'Informática', employeeId: '1001' }],
      roster,
    )._unsafeUnwrap();
    expect(r.findings[0]).toMatchObject({
      kind: 'contractEnded',
      clause: '5.4.14',
      step: { type: 'OFFBOARD', bajaOn: '2027-02-15', cause: 'contractEnd' },
      roster: [{ index: 0, employeeId: '1001', contractEndsOn: '2027-02-15' }],
    });
    // a contract whose last day is asOf has not ended
    expect(
      run(
        [{ username: 'PERLAHL', department: 'Informática', employeeId: '1001' }],
        [{ ...roster[0], contractEndsOn: ASOF }],
      )._unsafeUnwrap().findings,
    ).toEqual([]);
  });

  it('reports an unreported transfer with the roster department as the step (4.20)', () => {
    const r = run(
      [{ username: 'PERLAHL', department: 'Informática', employeeId: '1001' }],
      [{ employeeId: ' 1001 ', department: 'Recursos Humanos' }],
    )._unsafeUnwrap();
    expect(r.findings[0]).toMatchObject({
      kind: 'departmentMismatch',
      clause: '4.20',
      step: { type: 'REPORT_TRANSFER', toDepartment: 'Recursos Humanos' },
    });
    // a transfer already reported is not reported again
    expect(
      kinds(
        [{ username: 'PERLAHL', department: 'Informática', employeeId: '1001', status: 'transferPending' }],
        [{ employeeId: '1001', department: 'Recursos Humanos' }],
      ),
    ).toEqual([]);
  });

  it('leaves to a person a match by name only: another id, or several people (5.4.10)', () => {
    const other = run(
      [
        {
          username: 'PERLAHL',
          department: 'Informática',
          employeeId: '1001',
          name: 'Perla Adriana Hernández Leal',
        },
      ],
      [{ employeeId: '9009', name: 'PERLA ADRIANA HERNANDEZ LEAL', department: 'Informática' }],
    )._unsafeUnwrap();
    expect(other.findings[0]).toMatchObject({
      kind: 'probableMatch',
      clause: '5.4.10',
      step: { type: 'CONFIRM_IDENTITY' },
      roster: [{ employeeId: '9009' }],
    });
    expect(other.matched).toBe(0);
    expect(
      kinds(
        [{ username: 'JUANPL', department: 'Compras', name: 'Juan Pérez López' }],
        [
          { employeeId: '1', name: 'Juan Pérez López', department: 'Compras' },
          { employeeId: '2', name: 'JUAN PEREZ LOPEZ', department: 'Almacén' },
        ],
      ),
    ).toEqual(['probableMatch']);
  });

  it('reports an account that names nobody, and skips cancelled, external and closing ones (5.4.10, 4.10)', () => {
    expect(kinds([{ username: 'ABC', department: 'Compras' }], [])).toEqual(['unidentified']);
    expect(
      kinds(
        [
          { username: 'A', department: 'Compras', employeeId: '1', status: 'cancelled' },
          { username: 'B', department: 'Compras', employeeId: '2', holder: 'external' },
          { username: 'C', department: 'Compras', employeeId: '3', status: 'gracePeriod' },
        ],
        [{ employeeId: '3', department: 'Otra', contractEndsOn: '2026-01-01' }],
      ),
    ).toEqual([]);
  });

  it('refuses malformed input with its index and never throws', () => {
    const bad = run([{ username: 'A', department: 'X' }], [{ department: 'X' }]);
    expect(bad._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_INPUT',
      details: { input: 'roster', index: 0 },
    });
    expect(run('nope', [])._unsafeUnwrapErr().details).toMatchObject({ input: 'accounts' });
    expect(run([], [], '2027-02-30')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    expect(
      run(
        [{ username: '__proto__', department: 'x', name: 'constructor' }],
        [{ name: 'constructor', department: 'y' }],
      ).isOk(),
    ).toBe(true);
  });
});
