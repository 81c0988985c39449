import { describe, expect, it } from 'vitest';
import { baseSeatCap } from '../../src/allowances/caps.js';
import {
  type AllowanceLedger,
  allowanceLedgerSchemaFor,
  applyLedgerEffects,
  departmentUsage,
  EMPTY_LEDGER,
  exitCap,
  grant,
  holdingsOf,
  isAlwaysAllowedSite,
  parseLedger,
  release,
  seatCap,
  transfer,
} from '../../src/allowances/index.js';
import { sitesIn } from '../../src/allowances/sites.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';
import { cyclic } from '../_hostile.js';

// The edges of the allowance ledger that its first tests left open (issue 12's mutation run).

const seat = (department: string, username: string, exception?: { reason: string } | null) =>
  exception === undefined
    ? ({ kind: 'seat', department, username } as const)
    : ({ kind: 'seat', department, username, exception } as const);
const exit = (department: string, username: string) => ({ kind: 'exit', department, username }) as const;
const chain = (ledger: AllowanceLedger, ...inputs: Parameters<typeof grant>[1][]): AllowanceLedger =>
  inputs.reduce((l, i) => grant(l, i)._unsafeUnwrap(), ledger);

/** A policy carrying the registered mark without passing through definePolicy (the package's other copy, or a forgery). */
const forged = (fields: Record<string, unknown>): Policy => {
  const p = { ...SESEQ_POLICY, ...fields };
  Object.defineProperty(p, Symbol.for('seseq-correo.policy'), { value: true });
  return Object.freeze(p) as unknown as Policy;
};
const cyclicPolicy = (): Policy => cyclic(SESEQ_POLICY);

describe('caps at their edges (4.9, 4.13)', () => {
  it('reads a cap that is not a count as the procedure cap even under a policy carrying the mark (4.9, 4.13)', () => {
    for (const junk of ['two', -1, 1.5, Number.NaN, null]) {
      const p = forged({
        mailboxSeatsPerDepartment: junk,
        internetExitsPerDepartment: junk,
        seatExceptions: { Urgencias: junk },
      });
      expect(seatCap('Compras', p), String(junk)).toBe(2);
      expect(seatCap('Urgencias', p), String(junk)).toBe(2);
      expect(exitCap(p), String(junk)).toBe(2);
      expect(baseSeatCap(p), String(junk)).toBe(2);
    }
    // Zero is a count: a department may be given no seat at all.
    const none = forged({
      mailboxSeatsPerDepartment: 0,
      internetExitsPerDepartment: 0,
      seatExceptions: { U: 0 },
    });
    expect([seatCap('Compras', none), seatCap('U', none), exitCap(none), baseSeatCap(none)]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('answers the procedure caps for an argument it cannot read (SPEC §0, 4.9, 4.13)', () => {
    expect(seatCap('Compras', cyclicPolicy())).toBe(2);
    expect(exitCap(cyclicPolicy())).toBe(2);
  });

  it('takes the base cap and the exception from the policy (4.9)', () => {
    const p = definePolicy({
      mailboxSeatsPerDepartment: 3,
      seatExceptions: { Urgencias: 5 },
    })._unsafeUnwrap();
    expect(baseSeatCap(p)).toBe(3);
    expect(baseSeatCap()).toBe(2);
    expect(seatCap('Urgencias', p)).toBe(5);
    // A department is text: a number never reads a department's exception.
    const numeric = definePolicy({ seatExceptions: { '5': 4 } })._unsafeUnwrap();
    expect(seatCap('5', numeric)).toBe(4);
    expect(seatCap(5 as never, numeric)).toBe(2);
  });
});

describe('grant at its edges (4.9, 4.13)', () => {
  it('refuses a seat at the cap given an explicit null exception (4.9)', () => {
    const two = chain(EMPTY_LEDGER, seat('Compras', 'A'), seat('Compras', 'B'));
    expect(grant(two, seat('Compras', 'C', null))._unsafeUnwrapErr()).toEqual({
      code: 'MAILBOX_SEAT_LIMIT_REACHED',
      clause: '4.9',
      details: { department: 'Compras', inUse: 2, cap: 2 },
    });
  });

  it('marks the seats beyond the base cap with the department exception, not those within it (4.9)', () => {
    const p = definePolicy({
      mailboxSeatsPerDepartment: 1,
      seatExceptions: { Urgencias: 3 },
    })._unsafeUnwrap();
    let l = EMPTY_LEDGER;
    for (const u of ['A', 'B', 'C']) l = grant(l, seat('Urgencias', u), p)._unsafeUnwrap();
    expect(l.departments[0]?.seats.map((s) => s.exception?.kind ?? null)).toEqual([
      null,
      'department',
      'department',
    ]);
  });

  it('names the department and the usage when it refuses a seat or an exit with a policy (4.9, 4.13)', () => {
    const p = definePolicy({ internetExitsPerDepartment: 1 })._unsafeUnwrap();
    const one = grant(EMPTY_LEDGER, exit('Compras', 'A'), p)._unsafeUnwrap();
    expect(grant(one, exit('Compras', 'B'), p)._unsafeUnwrapErr().details).toEqual({
      department: 'Compras',
      inUse: 1,
      cap: 1,
    });
  });

  it('refuses a ledger that is cyclic before reading it, in every operation (SPEC §0)', () => {
    const l = cyclicPolicy() as never;
    const cyclicIssue = ['(root): cyclic'];
    expect(grant(l, seat('Compras', 'A'))._unsafeUnwrapErr().details?.issues).toEqual(cyclicIssue);
    expect(
      release(l, { kind: 'seat', department: 'Compras', username: 'A' })._unsafeUnwrapErr().details?.issues,
    ).toEqual(cyclicIssue);
    expect(transfer(l, { username: 'A', from: 'X', to: 'Y' })._unsafeUnwrapErr().details?.issues).toEqual(
      cyclicIssue,
    );
    expect(departmentUsage(l, 'Compras')._unsafeUnwrapErr().details?.issues).toEqual(cyclicIssue);
    expect(holdingsOf(l, 'A')._unsafeUnwrapErr().details?.issues).toEqual(cyclicIssue);
    expect(parseLedger(l)._unsafeUnwrapErr()[0]?.details?.issues).toEqual(cyclicIssue);
  });

  it('finds the holding of the stamped grant delivered again among the others of the department (4.9)', () => {
    const stamped = (username: string, subject: string) =>
      ({
        type: 'GRANT_SEAT',
        department: 'Compras',
        username,
        exception: null,
        clause: '4.9',
        subject,
        version: 1,
      }) as const;
    const l = applyLedgerEffects(EMPTY_LEDGER, [stamped('A', 'F-1'), stamped('B', 'F-2')])._unsafeUnwrap();
    expect(applyLedgerEffects(l, [stamped('B', 'F-2')])._unsafeUnwrap()).toEqual(l);
  });

  it('refuses with the ledger or the operation named in details.input (SPEC §0)', () => {
    const bad = grant({ departments: 7 } as never, seat('Compras', 'A'))._unsafeUnwrapErr();
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', details: { input: 'ledger' } });
    const badInput = grant(EMPTY_LEDGER, { kind: 'seat', department: '', username: 'A' })._unsafeUnwrapErr();
    expect(badInput).toMatchObject({ code: 'INVALID_INPUT', details: { input: 'operation' } });
    expect(badInput.details?.issues).toEqual(['department: too_small']);
    expect(grant(EMPTY_LEDGER, seat('Compras', 'A'), {} as never)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    expect(
      transfer(EMPTY_LEDGER, { username: 'A', from: 'X', to: 'Y' }, {} as never)._unsafeUnwrapErr().code,
    ).toBe('INVALID_POLICY');
    expect(
      release(EMPTY_LEDGER, { kind: 'seat', department: 'X', username: '1' })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'INVALID_INPUT', details: { input: 'operation' } });
  });
});

describe('release and transfer at their edges (4.9, 4.13, 8.2-9)', () => {
  it('refuses a seat not held with the clause of seats (NOTHING_TO_RELEASE, 4.9)', () => {
    expect(
      release(EMPTY_LEDGER, { kind: 'seat', department: 'Compras', username: 'a' })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'NOTHING_TO_RELEASE',
      clause: '4.9',
      details: { kind: 'seat', department: 'Compras', holder: 'A' },
    });
  });

  it('releases one exit and keeps the department while it holds another (4.13)', () => {
    const l = chain(EMPTY_LEDGER, exit('Compras', 'A'), exit('Compras', 'B'));
    const one = release(l, { kind: 'exit', department: 'Compras', username: 'A' })._unsafeUnwrap();
    expect(one.departments).toEqual([{ department: 'Compras', seats: [], exits: [{ username: 'B' }] }]);
  });

  it('releases only the moved holder’s exit in the old department (8.2-9, 4.13)', () => {
    const l = chain(EMPTY_LEDGER, seat('Compras', 'A'), exit('Compras', 'A'), exit('Compras', 'B'));
    const moved = transfer(l, { username: 'A', from: 'Compras', to: 'Caja' })._unsafeUnwrap();
    expect(moved.departments).toEqual([
      { department: 'Caja', seats: [{ username: 'A', exception: null }], exits: [] },
      { department: 'Compras', seats: [], exits: [{ username: 'B' }] },
    ]);
    expect(
      transfer({ departments: 7 } as never, { username: 'A', from: 'X', to: 'Y' })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      details: { input: 'ledger', issues: ['departments: invalid_type'] },
    });
  });

  it('keeps the seat in place when a transfer is refused, and keeps the exit held elsewhere (8.2-9)', () => {
    const l = chain(EMPTY_LEDGER, seat('Compras', 'A'), exit('Almacén', 'A'));
    const moved = transfer(l, { username: 'A', from: 'Compras', to: 'Caja' })._unsafeUnwrap();
    expect(holdingsOf(moved, 'A')._unsafeUnwrap()).toEqual({ seat: 'Caja', exit: 'Almacén' });
    // The department left with nothing is dropped from the ledger.
    expect(moved.departments.map((d) => d.department)).toEqual(['Almacén', 'Caja']);
    const full = chain(l, seat('Caja', 'X'), seat('Caja', 'Y'));
    const refused = transfer(full, { username: 'A', from: 'Compras', to: 'Caja', exception: null });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'MAILBOX_SEAT_LIMIT_REACHED', clause: '4.9' });
  });
});

describe('many departments: the sorted list is searched, not scanned', () => {
  it('finds, adds and drops each of twenty departments in any order', () => {
    const names = Array.from({ length: 20 }, (_, i) => `D${String((i * 7) % 20).padStart(2, '0')}`);
    let l = EMPTY_LEDGER;
    for (const [i, d] of names.entries()) l = grant(l, seat(d, `U${i}`))._unsafeUnwrap();
    expect(l.departments.map((d) => d.department)).toEqual([...names].sort());
    for (const [i, d] of names.entries()) {
      expect(departmentUsage(l, d)._unsafeUnwrap().seatsInUse, d).toBe(1);
      expect(holdingsOf(l, `U${i}`)._unsafeUnwrap().seat).toBe(d);
      // A second seat lands in the same department.
      const two = grant(l, seat(d, `V${i}`))._unsafeUnwrap();
      expect(two.departments.length).toBe(20);
      expect(departmentUsage(two, d)._unsafeUnwrap().seatsInUse).toBe(2);
    }
    for (const [i, d] of names.entries()) {
      l = release(l, { kind: 'seat', department: d, username: `U${i}` })._unsafeUnwrap();
      expect(l.departments.map((x) => x.department)).toEqual(names.slice(i + 1).sort());
    }
    expect(departmentUsage(l, 'D00')._unsafeUnwrap().seatsInUse).toBe(0);
  });
});

describe('departmentUsage and holdingsOf refuse what they cannot read (SPEC §0)', () => {
  it('refuses a ledger, a department, a username or a policy that is not one', () => {
    const invalid = { code: 'INVALID_INPUT', clause: null, details: { issues: [], problems: [] } };
    expect(departmentUsage(EMPTY_LEDGER, 7 as never)._unsafeUnwrapErr()).toEqual(invalid);
    expect(holdingsOf(EMPTY_LEDGER, 7 as never)._unsafeUnwrapErr()).toEqual(invalid);
    expect(departmentUsage({} as never, 'Compras')._unsafeUnwrapErr().details?.issues).toEqual([
      'departments: invalid_type',
    ]);
    expect(holdingsOf({} as never, 'A')._unsafeUnwrapErr().details?.issues).toEqual([
      'departments: invalid_type',
    ]);
    expect(departmentUsage(EMPTY_LEDGER, 'Compras', {} as never)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
  });

  it("reads the department's caps from the policy (4.9, 4.13)", () => {
    const p = definePolicy({
      internetExitsPerDepartment: 3,
      seatExceptions: { Urgencias: 4 },
    })._unsafeUnwrap();
    expect(departmentUsage(EMPTY_LEDGER, 'Urgencias', p)._unsafeUnwrap()).toEqual({
      department: 'Urgencias',
      seatsInUse: 0,
      seatCap: 4,
      exitsInUse: 0,
      exitCap: 3,
    });
  });
});

describe('parseLedger says what is wrong and where (4.9, 4.13, 4.20)', () => {
  const messages = (x: unknown, policy?: Policy) =>
    parseLedger(x, policy)
      ._unsafeUnwrapErr()
      .map((v) => [v.code, v.clause, v.details?.path, v.details?.message]);

  it('names a department listed twice, a seat and an exit held twice', () => {
    expect(
      messages({
        departments: [
          { department: 'A', seats: [{ username: 'X', exception: null }], exits: [{ username: 'Y' }] },
          { department: 'A', seats: [], exits: [] },
          { department: 'B', seats: [{ username: 'X', exception: null }], exits: [{ username: 'Y' }] },
        ],
      }),
    ).toEqual([
      ['INVALID_INPUT', null, 'departments[1].department', 'department listed twice'],
      ['ALLOWANCE_HELD_ELSEWHERE', '4.9', 'departments[2].seats[0].username', 'X already holds a seat in A'],
      [
        'ALLOWANCE_HELD_ELSEWHERE',
        '4.13',
        'departments[2].exits[0].username',
        'Y already holds an exit in A',
      ],
    ]);
  });

  it('says which cap a department is over (4.9, 4.13)', () => {
    const none = { username: 'A', exception: null };
    const dept = (u: string) => ({ username: u, exception: { kind: 'department', clause: '4.9' } });
    const op = (u: string) => ({
      username: u,
      exception: { kind: 'operational', reason: 'r', clause: '4.9' },
    });
    expect(
      messages({
        departments: [
          {
            department: 'Compras',
            seats: [none, { ...none, username: 'B' }, { ...none, username: 'C' }],
            exits: [],
          },
          { department: 'Caja', seats: [dept('D'), dept('E'), dept('F'), op('G')], exits: [] },
          { department: 'Lab', seats: [], exits: [{ username: 'H' }, { username: 'I' }, { username: 'J' }] },
        ],
      }),
    ).toEqual([
      [
        'MAILBOX_SEAT_LIMIT_REACHED',
        '4.9',
        'departments[0].seats',
        '3 seats with no exception: the cap is 2 (4.9)',
      ],
      [
        'MAILBOX_SEAT_LIMIT_REACHED',
        '4.9',
        'departments[1].seats',
        "3 seats without an operational exception: Caja's cap is 2 (4.9)",
      ],
      [
        'INTERNET_EXIT_LIMIT_REACHED',
        '4.13',
        'departments[2].exits',
        '3 internet exits: the cap is 2 (4.13)',
      ],
    ]);
    // Exactly at the caps: accepted.
    const atCaps = {
      departments: [
        {
          department: 'Caja',
          seats: [none, dept('E'), op('G')],
          exits: [{ username: 'H' }, { username: 'I' }],
        },
      ],
    };
    expect(parseLedger(atCaps).isOk()).toBe(true);
  });

  it('reads a policy it refuses as SESEQ’s when it builds a schema (4.9)', () => {
    const three = {
      departments: [
        {
          department: 'Compras',
          exits: [],
          seats: ['A', 'B', 'C'].map((username) => ({ username, exception: null })),
        },
      ],
    };
    expect(allowanceLedgerSchemaFor({} as never).safeParse(three).success).toBe(false);
    const wide = definePolicy({ mailboxSeatsPerDepartment: 3 })._unsafeUnwrap();
    expect(allowanceLedgerSchemaFor(wide).safeParse(three).success).toBe(true);
    expect(parseLedger(three, wide).isOk()).toBe(true);
  });

  it('answers INVALID_INPUT for a ledger it cannot read (SPEC §0)', () => {
    expect(parseLedger(cyclicPolicy())._unsafeUnwrapErr()[0]?.code).toBe('INVALID_INPUT');
  });
});

describe('applyLedgerEffects at its edges (4.9, 4.13, 8.2-9)', () => {
  const grantSeat = (username: string, extra: Record<string, unknown> = {}) =>
    ({
      type: 'GRANT_SEAT',
      department: 'Compras',
      username,
      exception: null,
      clause: '4.9',
      ...extra,
    }) as const;
  const move = (username: string, toDepartment: string, extra: Record<string, unknown> = {}) =>
    ({
      type: 'MOVE_MAILBOX',
      username,
      fromArea: 'X',
      toDepartment,
      exception: null,
      clause: '8.2-9',
      ...extra,
    }) as const;

  it('refuses effects that are not a list, a policy it cannot read, a ledger over its caps (SPEC §0)', () => {
    expect(applyLedgerEffects(EMPTY_LEDGER, 'GRANT_SEAT' as never)._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['effects: expected array'] },
    });
    expect(applyLedgerEffects(EMPTY_LEDGER, [], {} as never)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    const over = {
      departments: [
        { department: 'Lab', seats: [], exits: ['A', 'B', 'C'].map((username) => ({ username })) },
      ],
    };
    expect(applyLedgerEffects(over as never, [])._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_INPUT',
      clause: null,
    });
  });

  it('refuses a cyclic ledger or list of effects before reading it (SPEC §0)', () => {
    const effects: unknown[] = [];
    effects.push(effects);
    expect(applyLedgerEffects(EMPTY_LEDGER, effects as never)._unsafeUnwrapErr().details?.issues).toEqual([
      '(root): cyclic',
    ]);
  });

  it('releases an exit by its effect, naming what it could not release (4.13)', () => {
    const releaseExit = {
      type: 'RELEASE_INTERNET_EXIT',
      department: 'Caja',
      username: 'A',
      clause: '8.2-1.A.2',
    } as const;
    expect(applyLedgerEffects(EMPTY_LEDGER, [releaseExit])._unsafeUnwrapErr()).toEqual({
      code: 'NOTHING_TO_RELEASE',
      clause: '4.13',
      details: { kind: 'exit', department: 'Caja', holder: 'A', effect: 0 },
    });
  });

  it('releases the exit a moved mailbox held in a third department, and only its own (8.2-9, 4.13)', () => {
    const l = chain(EMPTY_LEDGER, seat('Compras', 'A'), exit('Almacén', 'A'), exit('Almacén', 'B'));
    const moved = applyLedgerEffects(l, [move('A', 'Caja')])._unsafeUnwrap();
    expect(holdingsOf(moved, 'A')._unsafeUnwrap()).toEqual({ seat: 'Caja', exit: null });
    expect(holdingsOf(moved, 'B')._unsafeUnwrap()).toEqual({ seat: null, exit: 'Almacén' });
    // Already in place: the seat stays, the exit elsewhere is released all the same.
    const inPlace = chain(EMPTY_LEDGER, seat('Caja', 'A'), exit('Almacén', 'A'), exit('Almacén', 'B'));
    const again = applyLedgerEffects(inPlace, [move('A', 'Caja')])._unsafeUnwrap();
    expect(again.departments).toEqual([
      { department: 'Almacén', seats: [], exits: [{ username: 'B' }] },
      { department: 'Caja', seats: [{ username: 'A', exception: null }], exits: [] },
    ]);
  });

  it('names a type that is not text as null (UNKNOWN_EFFECT)', () => {
    expect(applyLedgerEffects(EMPTY_LEDGER, [{ type: 7 } as never])._unsafeUnwrapErr().details).toEqual({
      effect: 0,
      type: null,
      known: 'LIBRARY_EFFECT_TYPES',
    });
  });

  it('keeps a stamp only when it has both subject and version (4.9)', () => {
    const half = applyLedgerEffects(EMPTY_LEDGER, [
      grantSeat('A', { subject: 'F-1' }),
      grantSeat('B', { version: 2 }),
    ]);
    expect(half._unsafeUnwrap().departments[0]?.seats).toEqual([
      { username: 'A', exception: null },
      { username: 'B', exception: null },
    ]);
  });

  it('refuses the same request at another version (ALLOWANCE_HELD_FOR_ANOTHER_REQUEST, 4.9)', () => {
    const once = applyLedgerEffects(EMPTY_LEDGER, [
      grantSeat('A', { subject: 'F-1', version: 2 }),
    ])._unsafeUnwrap();
    expect(
      applyLedgerEffects(once, [grantSeat('A', { subject: 'F-1', version: 3 })])._unsafeUnwrapErr().details,
    ).toEqual({
      kind: 'seat',
      username: 'A',
      department: 'Compras',
      heldFor: 'F-1',
      heldForVersion: 2,
      subject: 'F-1',
      version: 3,
      effect: 0,
    });
    const stampedExit = {
      type: 'GRANT_INTERNET_EXIT',
      department: 'Compras',
      username: 'A',
      clause: '8.1-10',
      subject: 'F-1',
      version: 1,
    } as const;
    const byHand = grant(EMPTY_LEDGER, exit('Compras', 'A'))._unsafeUnwrap();
    const v = applyLedgerEffects(byHand, [stampedExit])._unsafeUnwrapErr();
    expect(v.details).toMatchObject({ kind: 'exit', heldFor: null, heldForVersion: null });
    const stamped = applyLedgerEffects(EMPTY_LEDGER, [stampedExit])._unsafeUnwrap();
    expect(stamped.departments[0]?.exits).toEqual([
      { username: 'A', grantedBy: { subject: 'F-1', version: 1 } },
    ]);
  });

  it('moves a mailbox the ledger has no seat for by granting it, stamped, with its exception (8.2-9, 4.9)', () => {
    const full = chain(EMPTY_LEDGER, seat('Caja', 'X'), seat('Caja', 'Y'));
    const refused = applyLedgerEffects(full, [move('A', 'Caja')])._unsafeUnwrapErr();
    expect(refused).toMatchObject({ code: 'MAILBOX_SEAT_LIMIT_REACHED', details: { effect: 0 } });
    const granted = applyLedgerEffects(full, [
      move('A', 'Caja', { exception: { reason: 'guardia' }, subject: 'F-3', version: 4 }),
    ])._unsafeUnwrap();
    expect(granted.departments[0]?.seats[2]).toEqual({
      username: 'A',
      exception: { kind: 'operational', reason: 'guardia', clause: '4.9' },
      grantedBy: { subject: 'F-3', version: 4 },
    });
    // An effect without `exception` reads as none.
    const { exception: _e, ...bare } = move('A', 'Caja');
    expect(applyLedgerEffects(full, [bare as never])._unsafeUnwrapErr().code).toBe(
      'MAILBOX_SEAT_LIMIT_REACHED',
    );
  });

  it('refuses a move into a department at its cap, and keeps an exit already held in the new department (8.2-9, 4.13)', () => {
    const l = chain(EMPTY_LEDGER, seat('Compras', 'A'), exit('Caja', 'A'));
    const moved = applyLedgerEffects(l, [move('A', 'Caja')])._unsafeUnwrap();
    expect(holdingsOf(moved, 'A')._unsafeUnwrap()).toEqual({ seat: 'Caja', exit: 'Caja' });
    const full = chain(l, seat('Caja', 'X'), seat('Caja', 'Y'));
    expect(applyLedgerEffects(full, [move('A', 'Caja')])._unsafeUnwrapErr()).toMatchObject({
      code: 'MAILBOX_SEAT_LIMIT_REACHED',
      details: { effect: 0 },
    });
    // A mailbox with no seat anywhere but an exit in another department: granted, the exit released.
    const exitOnly = chain(EMPTY_LEDGER, exit('Compras', 'B'));
    expect(
      holdingsOf(applyLedgerEffects(exitOnly, [move('B', 'Caja')])._unsafeUnwrap(), 'B')._unsafeUnwrap(),
    ).toEqual({
      seat: 'Caja',
      exit: null,
    });
  });
});

describe('always-allowed sites at their edges (4.13)', () => {
  const allowed = (site: string) => isAlwaysAllowedSite(site);

  it('strips a scheme of up to ten characters, a user, a port, a path, a query, a fragment (4.13)', () => {
    for (const site of [
      'abcdefghij://salud.gob.mx',
      '://salud.gob.mx',
      'ftp://user@salud.gob.mx',
      '@salud.gob.mx',
      'salud.gob.mx/a/b:c',
      'salud.gob.mx?a=b/c',
      'salud.gob.mx#top',
      'salud.gob.mx:443',
      'salud.gob.mx..',
      'www.salud.gob.mx',
      'a-0.z9.salud.gob.mx',
      `salud.gob.mx/${'a'.repeat(2048 - 13)}`,
    ]) {
      expect(allowed(site), site).toBe(true);
    }
  });

  it('refuses what does not read as a host under an allowed one (4.13)', () => {
    for (const site of [
      'abcdefghijk://salud.gob.mx',
      '.salud.gob.mx',
      'x..salud.gob.mx',
      'www.',
      'wwwsalud.gob.mx',
      'salud.gob.mxwww.',
      'a,b.salud.gob.mx',
      'a`b.salud.gob.mx',
      'a{b.salud.gob.mx',
      'a_b.salud.gob.mx',
      'a/b.salud.gob.mx',
      `${'a'.repeat(241)}.salud.gob.mx`,
      `salud.gob.mx/${'a'.repeat(2049 - 13)}`,
    ]) {
      expect(allowed(site), site.slice(0, 40)).toBe(false);
    }
    // 253 characters is a host; 254 is not.
    expect(allowed(`${'a'.repeat(240)}.salud.gob.mx`)).toBe(true);
  });

  it('refuses under a policy it cannot read, and skips an entry that names no host (4.13)', () => {
    expect(isAlwaysAllowedSite('salud.gob.mx', {} as never)).toBe(false);
    const p = forged({ alwaysAllowedSites: [5, 'nodot', 'salud.gob.mx'] });
    expect(isAlwaysAllowedSite('www.salud.gob.mx', p)).toBe(true);
    expect(isAlwaysAllowedSite('evil.null', p)).toBe(false);
    expect(isAlwaysAllowedSite('x.nodot', p)).toBe(false);
  });

  it('finds sites whose last label has two letters or more, and only in the first 20 000 characters', () => {
    expect(sitesIn('a.b x.co y.ca www.example.az z.m1 q.mz Lic.: sat.gob.mx:')).toEqual([
      'x.co',
      'y.ca',
      'example.az',
      'q.mz',
      'sat.gob.mx',
    ]);
    // A site written before a no-break space and a full stop or a colon (text pasted from a word processor).
    expect(sitesIn('sat.gob.mx\u00a0. x.co\u00a0:')).toEqual(['sat.gob.mx', 'x.co']);
    expect(sitesIn(`${'x '.repeat(10_000)}sat.gob.mx`)).toEqual([]);
    expect(sitesIn(`${'x '.repeat(9_990)}sat.gob.mx`)).toEqual(['sat.gob.mx']);
  });
});
