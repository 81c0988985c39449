import { describe, expect, it } from 'vitest';
import {
  type AllowanceLedger,
  applyLedgerEffects,
  departmentUsage,
  EMPTY_LEDGER,
  exitCap,
  grant,
  holdingsOf,
  parseLedger,
  release,
  seatCap,
  transfer,
} from '../../src/allowances/index.js';
import { describe as say } from '../../src/errors/describe.js';
import { LIBRARY_EFFECT_TYPES } from '../../src/machine/effects.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/policy.js';

const seat = (department: string, username: string, exception?: { reason: string }) =>
  exception === undefined
    ? ({ kind: 'seat', department, username } as const)
    : ({ kind: 'seat', department, username, exception } as const);
const exit = (department: string, username: string) => ({ kind: 'exit', department, username }) as const;

function chain(
  ledger: AllowanceLedger,
  ...steps: ((l: AllowanceLedger) => AllowanceLedger)[]
): AllowanceLedger {
  return steps.reduce((l, s) => s(l), ledger);
}
const g =
  (input: Parameters<typeof grant>[1], policy?: Parameters<typeof grant>[2]) =>
  (l: AllowanceLedger): AllowanceLedger =>
    grant(l, input, policy)._unsafeUnwrap();

describe('caps (4.9, 4.13)', () => {
  it('gives every department two mailbox seats and two internet exits by default (4.9, 4.13)', () => {
    expect(seatCap('Compras')).toBe(2);
    expect(exitCap()).toBe(2);
  });

  it('takes a department seat exception from the policy as an own key only (4.9)', () => {
    const policy = definePolicy({ seatExceptions: { Urgencias: 4, __proto__: 3 } })._unsafeUnwrap();
    expect(seatCap('Urgencias', policy)).toBe(4);
    expect(seatCap('Compras', policy)).toBe(2);
    expect(seatCap('constructor', policy)).toBe(2);
    expect(seatCap('toString', policy)).toBe(2);
  });
});

describe('grant (4.9, 4.13)', () => {
  it('grants a seat to the head and to one designee, and refuses a third (4.9)', () => {
    const two = chain(EMPTY_LEDGER, g(seat('Compras', 'PERLAHL')), g(seat('Compras', 'SOLEDADRT')));
    expect(two.departments).toEqual([
      {
        department: 'Compras',
        seats: [
          { username: 'PERLAHL', exception: null },
          { username: 'SOLEDADRT', exception: null },
        ],
        exits: [],
      },
    ]);
    const v = grant(two, seat('Compras', 'JUANAIP'))._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'MAILBOX_SEAT_LIMIT_REACHED',
      clause: '4.9',
      details: { department: 'Compras', inUse: 2, cap: 2 },
    });
    expect(say(v)).toContain('2 de 2');
  });

  it('lets a seat through beyond the cap only with an operational exception, and records it (4.9, 8.1-4.B)', () => {
    const two = chain(EMPTY_LEDGER, g(seat('Compras', 'PERLAHL')), g(seat('Compras', 'SOLEDADRT')));
    const three = grant(two, seat('Compras', 'JUANAIP', { reason: 'guardia nocturna' }))._unsafeUnwrap();
    expect(three.departments[0]?.seats[2]).toEqual({
      username: 'JUANAIP',
      exception: { kind: 'operational', reason: 'guardia nocturna', clause: '4.9' },
    });
  });

  it('ignores an operational exception that is not needed (never an exception silently)', () => {
    const one = grant(EMPTY_LEDGER, seat('Compras', 'PERLAHL', { reason: 'por si acaso' }))._unsafeUnwrap();
    expect(one.departments[0]?.seats[0]?.exception).toBeNull();
  });

  it("uses the department's seat exception from the policy and says so on the seat (4.9)", () => {
    const policy = definePolicy({ seatExceptions: { Urgencias: 3 } })._unsafeUnwrap();
    const three = chain(
      EMPTY_LEDGER,
      g(seat('Urgencias', 'A'), policy),
      g(seat('Urgencias', 'B'), policy),
      g(seat('Urgencias', 'C'), policy),
    );
    expect(three.departments[0]?.seats.map((s) => s.exception)).toEqual([
      null,
      null,
      { kind: 'department', clause: '4.9' },
    ]);
    expect(grant(three, seat('Urgencias', 'D'), policy)._unsafeUnwrapErr().details).toMatchObject({ cap: 3 });
  });

  it('refuses a third internet exit, with no exception possible (4.13, 8.1-6)', () => {
    const two = chain(EMPTY_LEDGER, g(exit('Compras', 'PERLAHL')), g(exit('Compras', 'SOLEDADRT')));
    const v = grant(two, { kind: 'exit', department: 'Compras', username: 'JUANAIP' })._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'INTERNET_EXIT_LIMIT_REACHED',
      clause: '4.13',
      details: { department: 'Compras', inUse: 2, cap: 2 },
    });
    expect(
      grant(two, {
        kind: 'exit',
        department: 'Compras',
        username: 'X',
        exception: { reason: 'r' },
      } as never).isErr(),
    ).toBe(true);
  });

  it('gives internet without a mailbox: the two are requested apart (4.11)', () => {
    const l = grant(EMPTY_LEDGER, exit('Compras', 'PERLAHL'))._unsafeUnwrap();
    expect(l.departments[0]).toEqual({ department: 'Compras', seats: [], exits: [{ username: 'PERLAHL' }] });
  });

  it('changes nothing when the holder already holds it there, and keeps usernames upper-case', () => {
    const one = grant(EMPTY_LEDGER, seat('Compras', 'perlahl'))._unsafeUnwrap();
    expect(one.departments[0]?.seats[0]?.username).toBe('PERLAHL');
    expect(grant(one, seat('Compras', 'PerlaHL'))._unsafeUnwrap()).toEqual(one);
  });

  it('refuses a second seat or exit for the same account in another department (4.20)', () => {
    const one = chain(EMPTY_LEDGER, g(seat('Compras', 'PERLAHL')), g(exit('Compras', 'PERLAHL')));
    const v = grant(one, seat('Almacén', 'PERLAHL'))._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'ALLOWANCE_HELD_ELSEWHERE',
      clause: '4.9',
      details: { kind: 'seat', username: 'PERLAHL', heldIn: 'Compras', department: 'Almacén' },
    });
    expect(grant(one, exit('Almacén', 'PERLAHL'))._unsafeUnwrapErr().clause).toBe('4.13');
    expect(say(v, 'en')).toContain('"Compras"');
  });

  it('never changes the ledger it was given', () => {
    const one = grant(EMPTY_LEDGER, seat('Compras', 'PERLAHL'))._unsafeUnwrap();
    const before = JSON.stringify(one);
    grant(one, seat('Compras', 'SOLEDADRT'))._unsafeUnwrap();
    release(one, { kind: 'seat', department: 'Compras', username: 'PERLAHL' })._unsafeUnwrap();
    expect(JSON.stringify(one)).toBe(before);
    expect(EMPTY_LEDGER).toEqual({ departments: [] });
  });
});

describe('release (8.2-1.A.2, 8.3-10)', () => {
  it('gives the seat back so it can be granted again, and drops an empty department', () => {
    const two = chain(EMPTY_LEDGER, g(seat('Compras', 'A')), g(seat('Compras', 'B')));
    const one = release(two, { kind: 'seat', department: 'Compras', username: 'A' })._unsafeUnwrap();
    expect(grant(one, seat('Compras', 'C')).isOk()).toBe(true);
    const none = release(one, { kind: 'seat', department: 'Compras', username: 'B' })._unsafeUnwrap();
    expect(none).toEqual(EMPTY_LEDGER);
  });

  it('refuses to release what is not held with NOTHING_TO_RELEASE', () => {
    const one = grant(EMPTY_LEDGER, seat('Compras', 'A'))._unsafeUnwrap();
    const v = release(one, { kind: 'exit', department: 'Compras', username: 'A' })._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'NOTHING_TO_RELEASE',
      clause: '4.13',
      details: { kind: 'exit', department: 'Compras', holder: 'A' },
    });
    expect(release(one, { kind: 'seat', department: 'Almacén', username: 'A' })._unsafeUnwrapErr().code).toBe(
      'NOTHING_TO_RELEASE',
    );
  });
});

describe('transfer (8.2-5…9, 4.25)', () => {
  const start = chain(
    EMPTY_LEDGER,
    g(seat('Compras', 'PERLAHL')),
    g(exit('Compras', 'PERLAHL')),
    g(seat('Compras', 'SOLEDADRT')),
  );

  it('moves the seat to the new department and leaves the internet exit behind, released (8.2-9, 4.25)', () => {
    const moved = transfer(start, { username: 'PERLAHL', from: 'Compras', to: 'Almacén' })._unsafeUnwrap();
    expect(moved.departments).toEqual([
      { department: 'Almacén', seats: [{ username: 'PERLAHL', exception: null }], exits: [] },
      { department: 'Compras', seats: [{ username: 'SOLEDADRT', exception: null }], exits: [] },
    ]);
  });

  it('refuses, changing nothing, when the new department is at its seat cap (4.9)', () => {
    const full = chain(start, g(seat('Almacén', 'X')), g(seat('Almacén', 'Y')));
    const v = transfer(full, { username: 'PERLAHL', from: 'Compras', to: 'Almacén' })._unsafeUnwrapErr();
    expect(v.code).toBe('MAILBOX_SEAT_LIMIT_REACHED');
    const excepted = transfer(full, {
      username: 'PERLAHL',
      from: 'Compras',
      to: 'Almacén',
      exception: { reason: 'auditoría' },
    })._unsafeUnwrap();
    expect(excepted.departments[0]?.seats[2]?.exception).toMatchObject({ kind: 'operational' });
  });

  it('refuses with NOTHING_TO_RELEASE when the holder has no seat in the old department (8.2-9)', () => {
    const v = transfer(start, { username: 'PERLAHL', from: 'Almacén', to: 'Compras' })._unsafeUnwrapErr();
    expect(v).toMatchObject({ code: 'NOTHING_TO_RELEASE', clause: '8.2-9' });
  });

  it('changes nothing when both departments are the same', () => {
    expect(transfer(start, { username: 'PERLAHL', from: 'Compras', to: 'Compras' })._unsafeUnwrap()).toEqual(
      start,
    );
  });
});

describe('applyLedgerEffects (effects of the request machine and of the account lifecycle)', () => {
  it("applies grants and the lifecycle releases in order and passes over the library's other effects (4.9, 4.13)", () => {
    const stamp = { subject: 'F-1', version: 5, index: 0 };
    const l = applyLedgerEffects(EMPTY_LEDGER, [
      {
        type: 'GRANT_SEAT',
        department: 'Compras',
        username: 'PERLAHL',
        exception: null,
        clause: '4.9',
        ...stamp,
      },
      { type: 'CREATE_MAILBOX', username: 'PERLAHL', clause: '8.1-9', ...stamp },
      { type: 'GRANT_INTERNET_EXIT', department: 'Compras', username: 'PERLAHL', clause: '8.1-10', ...stamp },
      { type: 'NOTIFY', to: 'user', template: 't', clause: '8.1-13' },
    ])._unsafeUnwrap();
    expect(holdingsOf(l, 'perlahl')._unsafeUnwrap()).toEqual({ seat: 'Compras', exit: 'Compras' });
    const released = applyLedgerEffects(l, [
      { type: 'BACKUP_MAILBOX', username: 'PERLAHL', deliverTo: 'direct-boss', clause: '4.22' },
      { type: 'RELEASE_INTERNET_EXIT', department: 'Compras', username: 'PERLAHL', clause: '8.2-1.A.2' },
      { type: 'RELEASE_SEAT', department: 'Compras', username: 'PERLAHL', clause: '8.2-1.A.2' },
    ])._unsafeUnwrap();
    expect(released).toEqual(EMPTY_LEDGER);
  });

  it('is all or nothing: the first refusal names the effect and the ledger stays as it was', () => {
    const one = grant(EMPTY_LEDGER, seat('Compras', 'A'))._unsafeUnwrap();
    const v = applyLedgerEffects(one, [
      { type: 'GRANT_SEAT', department: 'Compras', username: 'B', exception: null, clause: '4.9' },
      { type: 'GRANT_SEAT', department: 'Compras', username: 'C', exception: null, clause: '4.9' },
    ])._unsafeUnwrapErr();
    expect(v).toMatchObject({ code: 'MAILBOX_SEAT_LIMIT_REACHED', details: { effect: 1 } });
    expect(one.departments[0]?.seats).toHaveLength(1);
    const bad = applyLedgerEffects(one, [
      { type: 'RELEASE_SEAT', department: 7, username: 'A', clause: '4.9' } as never,
    ]);
    expect(bad._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_INPUT', details: { effect: 0 } });
  });

  it("moves a transferred mailbox's seat and releases its old internet exit (MOVE_MAILBOX, 8.2-9)", () => {
    const start = chain(EMPTY_LEDGER, g(seat('Compras', 'PERLAHL')), g(exit('Compras', 'PERLAHL')));
    const move = {
      type: 'MOVE_MAILBOX',
      username: 'PERLAHL',
      fromArea: 'Dirección Administrativa',
      toDepartment: 'Almacén',
      exception: null,
      clause: '8.2-9',
    } as const;
    const moved = applyLedgerEffects(start, [move])._unsafeUnwrap();
    expect(holdingsOf(moved, 'PERLAHL')._unsafeUnwrap()).toEqual({ seat: 'Almacén', exit: null });
    // Applied again, or after the lifecycle already released the old seat: the seat ends up in place.
    expect(applyLedgerEffects(moved, [move])._unsafeUnwrap()).toEqual(moved);
    const released = applyLedgerEffects(start, [
      { type: 'RELEASE_SEAT', department: 'Compras', username: 'PERLAHL', clause: '8.2-1.A.2' },
      move,
    ])._unsafeUnwrap();
    expect(holdingsOf(released, 'PERLAHL')._unsafeUnwrap()).toEqual({ seat: 'Almacén', exit: null });
  });
});

describe('departmentUsage and holdingsOf', () => {
  it('counts a department against its caps (8.1-5, 8.1-6)', () => {
    const l = chain(EMPTY_LEDGER, g(seat('Compras', 'A')), g(exit('Compras', 'A')), g(exit('Compras', 'B')));
    expect(departmentUsage(l, 'Compras')._unsafeUnwrap()).toEqual({
      department: 'Compras',
      seatsInUse: 1,
      seatCap: 2,
      exitsInUse: 2,
      exitCap: 2,
    });
  });
});

describe('parseLedger (plain JSON, __proto__ as data)', () => {
  it('round-trips a ledger through JSON and sorts departments by key', () => {
    const l = chain(
      EMPTY_LEDGER,
      g(seat('Zacatecas', 'A')),
      g(seat('Almacén', 'B')),
      g(exit('Compras', 'C')),
    );
    expect(l.departments.map((d) => d.department)).toEqual(['Almacén', 'Compras', 'Zacatecas']);
    expect(parseLedger(JSON.parse(JSON.stringify(l)))._unsafeUnwrap()).toEqual(l);
    const shuffled = { departments: [...l.departments].reverse() };
    expect(JSON.stringify(parseLedger(shuffled)._unsafeUnwrap())).toBe(JSON.stringify(l));
  });

  it('keeps departments called __proto__, constructor and prototype as plain data', () => {
    const l = chain(
      EMPTY_LEDGER,
      g(seat('__proto__', 'A')),
      g(exit('constructor', 'B')),
      g(seat('prototype', 'C')),
      g(seat('__proto__', 'D')),
    );
    expect(grant(l, seat('__proto__', 'E'))._unsafeUnwrapErr().code).toBe('MAILBOX_SEAT_LIMIT_REACHED');
    expect(departmentUsage(l, '__proto__')._unsafeUnwrap().seatsInUse).toBe(2);
    expect(departmentUsage(l, 'toString')._unsafeUnwrap().seatsInUse).toBe(0);
    expect(parseLedger(JSON.parse(JSON.stringify(l)))._unsafeUnwrap()).toEqual(l);
    expect(({} as Record<string, unknown>).A).toBeUndefined();
  });

  it('refuses own __proto__ and constructor keys, a department listed twice, and a username held twice', () => {
    const proto = JSON.parse('{"departments":[],"__proto__":{"polluted":true}}');
    expect(parseLedger(proto)._unsafeUnwrapErr()[0]?.code).toBe('INVALID_INPUT');
    const inner = JSON.parse(
      '{"departments":[{"department":"A","seats":[],"exits":[],"constructor":{"prototype":{"polluted":true}}}]}',
    );
    expect(parseLedger(inner).isErr()).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const twice = {
      departments: [
        { department: 'A', seats: [], exits: [{ username: 'X' }] },
        { department: 'A', seats: [], exits: [] },
      ],
    };
    expect(parseLedger(twice).isErr()).toBe(true);
    const held = {
      departments: [
        { department: 'A', seats: [{ username: 'X', exception: null }], exits: [] },
        { department: 'B', seats: [{ username: 'x', exception: null }], exits: [] },
      ],
    };
    const v = parseLedger(held)._unsafeUnwrapErr();
    expect(v).toEqual([expect.objectContaining({ code: 'ALLOWANCE_HELD_ELSEWHERE', clause: '4.9' })]);
    expect(v[0]?.details?.path).toBe('departments[1].seats[0].username');
  });

  it('refuses a junk ledger in every operation with INVALID_INPUT', () => {
    for (const junk of [null, 1, 'x', {}, { departments: {} }, JSON.parse('{"__proto__":[]}')]) {
      expect(grant(junk as never, seat('A', 'B'))._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
      expect(release(junk as never, { kind: 'seat', department: 'A', username: 'B' }).isErr()).toBe(true);
      expect(transfer(junk as never, { username: 'B', from: 'A', to: 'C' }).isErr()).toBe(true);
      expect(applyLedgerEffects(junk as never, []).isErr()).toBe(true);
    }
  });
});

describe('applyLedgerEffects refuses what it does not understand (4.9, 4.13)', () => {
  const stamp = (subject: string, version: number) => ({ subject, version, index: 0 });
  const grantSeat = (username: string, subject: string, version: number) =>
    ({
      type: 'GRANT_SEAT',
      department: 'Compras',
      username,
      exception: null,
      clause: '4.9',
      ...stamp(subject, version),
    }) as const;

  it('refuses a type that is no effect of the library, naming its index, and applies nothing (UNKNOWN_EFFECT)', () => {
    const v = applyLedgerEffects(EMPTY_LEDGER, [
      grantSeat('PERLAHL', 'F-1', 5),
      { type: 'GRANT_SEATS', department: 'Compras', username: 'X' } as never,
    ])._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'UNKNOWN_EFFECT',
      clause: null,
      details: { effect: 1, type: 'GRANT_SEATS', known: 'LIBRARY_EFFECT_TYPES' },
    });
    for (const junk of ['not an effect', null, 42, {}, { type: 7 }]) {
      expect(applyLedgerEffects(EMPTY_LEDGER, [junk as never])._unsafeUnwrapErr()).toMatchObject({
        code: 'UNKNOWN_EFFECT',
        details: { effect: 0 },
      });
    }
  });

  it('passes over every other effect of the library by its type (SPEC §11)', () => {
    const others = LIBRARY_EFFECT_TYPES.filter(
      (t) =>
        ![
          'GRANT_SEAT',
          'GRANT_INTERNET_EXIT',
          'MOVE_MAILBOX',
          'RELEASE_SEAT',
          'RELEASE_INTERNET_EXIT',
        ].includes(t),
    );
    expect(others).toHaveLength(16);
    expect(
      applyLedgerEffects(
        EMPTY_LEDGER,
        others.map((type) => ({ type }) as never),
      )._unsafeUnwrap(),
    ).toEqual(EMPTY_LEDGER);
  });

  it('takes the same stamped grant delivered again as nothing to change (4.9)', () => {
    const once = applyLedgerEffects(EMPTY_LEDGER, [grantSeat('PERLAHL', 'F-1', 5)])._unsafeUnwrap();
    expect(once.departments[0]?.seats).toEqual([
      { username: 'PERLAHL', exception: null, grantedBy: { subject: 'F-1', version: 5 } },
    ]);
    expect(applyLedgerEffects(once, [grantSeat('PERLAHL', 'F-1', 5)])._unsafeUnwrap()).toEqual(once);
    expect(parseLedger(JSON.parse(JSON.stringify(once)))._unsafeUnwrap()).toEqual(once);
  });

  it('refuses a grant of a seat the username holds for another request (ALLOWANCE_HELD_FOR_ANOTHER_REQUEST, 4.9)', () => {
    const once = applyLedgerEffects(EMPTY_LEDGER, [grantSeat('PERLAHL', 'F-1', 5)])._unsafeUnwrap();
    const v = applyLedgerEffects(once, [grantSeat('PERLAHL', 'F-2', 5)])._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'ALLOWANCE_HELD_FOR_ANOTHER_REQUEST',
      clause: '4.9',
      details: {
        kind: 'seat',
        username: 'PERLAHL',
        department: 'Compras',
        heldFor: 'F-1',
        heldForVersion: 5,
        subject: 'F-2',
        version: 5,
        effect: 0,
      },
    });
    expect(say(v)).toContain('F-1');
    // A seat the ledger cannot tie to a request (granted by hand) is not this request's either.
    const byHand = grant(EMPTY_LEDGER, {
      kind: 'seat',
      department: 'Compras',
      username: 'PERLAHL',
    })._unsafeUnwrap();
    expect(applyLedgerEffects(byHand, [grantSeat('PERLAHL', 'F-1', 5)])._unsafeUnwrapErr().code).toBe(
      'ALLOWANCE_HELD_FOR_ANOTHER_REQUEST',
    );
    // An unstamped grant keeps 0.1.0's reading: what is held is held.
    const { subject: _s, version: _v, index: _i, ...plain } = grantSeat('PERLAHL', 'F-2', 5);
    expect(applyLedgerEffects(once, [plain])._unsafeUnwrap()).toEqual(once);
  });

  it('refuses an exit held for another request too (ALLOWANCE_HELD_FOR_ANOTHER_REQUEST, 4.13)', () => {
    const exitOf = (subject: string) =>
      ({
        type: 'GRANT_INTERNET_EXIT',
        department: 'Compras',
        username: 'PERLAHL',
        clause: '8.1-10',
        ...stamp(subject, 3),
      }) as const;
    const once = applyLedgerEffects(EMPTY_LEDGER, [exitOf('F-1')])._unsafeUnwrap();
    expect(applyLedgerEffects(once, [exitOf('F-1')])._unsafeUnwrap()).toEqual(once);
    expect(applyLedgerEffects(once, [exitOf('F-9')])._unsafeUnwrapErr()).toMatchObject({
      code: 'ALLOWANCE_HELD_FOR_ANOTHER_REQUEST',
      clause: '4.13',
    });
  });
});

describe('caps from a malformed hand-made policy (4.9, 4.13)', () => {
  it('never lift a limit: a cap that is not a count reads as the procedure cap of 2 (4.9, 4.13)', () => {
    for (const junk of ['two', Number.NaN, -1, 1.5, null, Number.POSITIVE_INFINITY]) {
      const policy = {
        ...SESEQ_POLICY,
        mailboxSeatsPerDepartment: junk,
        internetExitsPerDepartment: junk,
      } as unknown as Policy;
      expect(seatCap('Compras', policy)).toBe(2);
      expect(exitCap(policy)).toBe(2);
    }
    // Even a well-formed hand-made one: only definePolicy's results are read (readPolicy).
    const handMade = { ...SESEQ_POLICY, internetExitsPerDepartment: 3, mailboxSeatsPerDepartment: 0 };
    expect(exitCap(handMade)).toBe(2);
    const three = definePolicy({
      internetExitsPerDepartment: 3,
      mailboxSeatsPerDepartment: 0,
    })._unsafeUnwrap();
    expect(exitCap(three)).toBe(3);
    expect(seatCap('Compras', three)).toBe(0);
  });
});
