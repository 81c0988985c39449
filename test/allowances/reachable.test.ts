import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type AllowanceLedger,
  allowanceLedgerSchema,
  allowanceLedgerSchemaFor,
  applyLedgerEffects,
  EMPTY_LEDGER,
  grant,
  parseLedger,
  release,
  transfer,
} from '../../src/allowances/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { SESEQ_POLICY } from '../../src/policy/policy.js';

const seat = (username: string, exception: unknown = null) => ({ username, exception });
const OPERATIONAL = { kind: 'operational', reason: 'Atención de la contingencia', clause: '4.9' } as const;
const DEPARTMENT = { kind: 'department', clause: '4.9' } as const;
const ledgerOf = (seats: unknown[], exits: string[] = [], department = 'Compras') => ({
  departments: [{ department, seats, exits: exits.map((username) => ({ username })) }],
});
const codes = (x: unknown, policy = SESEQ_POLICY) =>
  parseLedger(x, policy).match(
    () => [],
    (vs) => vs.map((v) => `${v.code} ${String(v.details?.path)}`),
  );

const generous = definePolicy({ seatExceptions: { Urgencias: 3 } })._unsafeUnwrap();

describe('a ledger holds only what grants can reach (issue 12)', () => {
  it('refuses three seats with no exception in a department capped at two (4.9)', () => {
    const three = ledgerOf([seat('A'), seat('B'), seat('C')]);
    expect(codes(three)).toEqual(['MAILBOX_SEAT_LIMIT_REACHED departments[0].seats']);
    expect(allowanceLedgerSchema.safeParse(three).success).toBe(false);
    // …and every operation that reads it refuses it rather than build on it.
    const refusal = grant(three as AllowanceLedger, { kind: 'exit', department: 'Compras', username: 'A' });
    expect(refusal._unsafeUnwrapErr().details?.issues).toEqual(['departments[0].seats: custom']);
    expect(applyLedgerEffects(three as AllowanceLedger, [])._unsafeUnwrapErr().details?.issues).toEqual([
      'departments[0].seats: custom',
    ]);
  });

  it('accepts seats beyond the cap that carry the IT head’s operational exception (4.9, 8.1-4.B)', () => {
    expect(codes(ledgerOf([seat('A'), seat('B'), seat('C', OPERATIONAL), seat('D', OPERATIONAL)]))).toEqual(
      [],
    );
  });

  it('accepts a department exception only up to the department’s cap in the policy (4.9)', () => {
    const three = {
      departments: [
        { department: 'Urgencias', seats: [seat('A'), seat('B'), seat('C', DEPARTMENT)], exits: [] },
      ],
    };
    expect(codes(three, generous)).toEqual([]);
    expect(codes(three)).toEqual(['MAILBOX_SEAT_LIMIT_REACHED departments[0].seats']);
    // The operations read the ledger under their own policy.
    const l = three as AllowanceLedger;
    expect(grant(l, { kind: 'exit', department: 'Urgencias', username: 'A' }, generous).isOk()).toBe(true);
    expect(grant(l, { kind: 'exit', department: 'Urgencias', username: 'A' }).isErr()).toBe(true);
    expect(transfer(l, { username: 'C', from: 'Urgencias', to: 'Compras' }, generous).isOk()).toBe(true);
    expect(applyLedgerEffects(l, [], generous).isOk()).toBe(true);
    const four = {
      departments: [
        { ...three.departments[0], seats: [...three.departments[0]!.seats, seat('D', DEPARTMENT)] },
      ],
    };
    expect(codes(four, generous)).toEqual(['MAILBOX_SEAT_LIMIT_REACHED departments[0].seats']);
    // Seats with no exception stay within the base cap even where the department may hold more.
    const bare = {
      departments: [{ department: 'Urgencias', seats: [seat('A'), seat('B'), seat('C')], exits: [] }],
    };
    expect(codes(bare, generous)).toEqual(['MAILBOX_SEAT_LIMIT_REACHED departments[0].seats']);
  });

  it('refuses three internet exits in a department capped at two, under the policy’s cap (4.13)', () => {
    const three = ledgerOf([], ['A', 'B', 'C']);
    expect(codes(three)).toEqual(['INTERNET_EXIT_LIMIT_REACHED departments[0].exits']);
    const wide = definePolicy({ internetExitsPerDepartment: 3 })._unsafeUnwrap();
    expect(codes(three, wide)).toEqual([]);
    expect(allowanceLedgerSchemaFor(wide).safeParse(three).success).toBe(true);
  });

  it('lets release bring a ledger a policy change left over its caps back within them (4.9)', () => {
    const three = ledgerOf([seat('A'), seat('B'), seat('C')]) as AllowanceLedger;
    const released = release(three, { kind: 'seat', department: 'Compras', username: 'C' })._unsafeUnwrap();
    expect(codes(released)).toEqual([]);
  });

  it('refuses a policy parseLedger cannot read (SPEC §2)', () => {
    expect(parseLedger(EMPTY_LEDGER, {} as never)._unsafeUnwrapErr()[0]?.code).toBe('INVALID_POLICY');
  });
});

// Ledgers as grants, releases and transfers leave them, under a policy with a department exception.
const DEPARTMENTS = ['Compras', 'Urgencias'];
const USERS = ['A', 'B', 'C', 'D', 'E'];
const opArb = fc.oneof(
  fc.record({
    op: fc.constant('grant' as const),
    kind: fc.constantFrom('seat' as const, 'exit' as const),
    department: fc.constantFrom(...DEPARTMENTS),
    username: fc.constantFrom(...USERS),
    exception: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('release' as const),
    kind: fc.constantFrom('seat' as const, 'exit' as const),
    department: fc.constantFrom(...DEPARTMENTS),
    username: fc.constantFrom(...USERS),
  }),
  fc.record({
    op: fc.constant('transfer' as const),
    from: fc.constantFrom(...DEPARTMENTS),
    to: fc.constantFrom(...DEPARTMENTS),
    username: fc.constantFrom(...USERS),
    exception: fc.boolean(),
  }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function apply(l: AllowanceLedger, o: Op): AllowanceLedger {
  const reason = { reason: 'operación' };
  const r =
    o.op === 'grant'
      ? grant(
          l,
          o.kind === 'seat'
            ? {
                kind: 'seat',
                department: o.department,
                username: o.username,
                exception: o.exception ? reason : null,
              }
            : { kind: 'exit', department: o.department, username: o.username },
          generous,
        )
      : o.op === 'release'
        ? release(l, { kind: o.kind, department: o.department, username: o.username })
        : transfer(
            l,
            { username: o.username, from: o.from, to: o.to, exception: o.exception ? reason : null },
            generous,
          );
  return r.unwrapOr(l);
}

const ledgersArb = fc.array(opArb, { maxLength: 30 }).map((ops) => {
  const out: AllowanceLedger[] = [EMPTY_LEDGER];
  for (const o of ops) out.push(apply(out[out.length - 1] as AllowanceLedger, o));
  return out;
});

const json = (l: AllowanceLedger) =>
  JSON.parse(JSON.stringify(l)) as { departments: Record<string, unknown>[] };

describe('ledgers: every one the operations produce is accepted, every edit past a cap refused (issue 12)', () => {
  test.prop([ledgersArb])(
    'accepts every ledger grant, release and transfer produce (4.9, 4.13)',
    (ledgers) => {
      for (const l of ledgers) expect(parseLedger(json(l), generous)._unsafeUnwrap()).toEqual(l);
    },
  );

  test.prop([ledgersArb, fc.nat()])(
    'refuses a ledger given one more seat with no exception than a grant would (4.9)',
    (ledgers, pick) => {
      const l = json(ledgers[ledgers.length - 1] as AllowanceLedger);
      const department = DEPARTMENTS[pick % DEPARTMENTS.length] as string;
      const d = l.departments.find((x) => x.department === department) ?? {
        department,
        seats: [],
        exits: [],
      };
      const seats = d.seats as { exception: unknown }[];
      const bare = seats.filter((s) => s.exception === null).length;
      // Seats with no exception up to one past the base cap (2).
      const extra = Array.from({ length: 3 - bare }, (_, i) => seat(`Z${i}`));
      const forged = {
        departments: [
          ...l.departments.filter((x) => x.department !== department),
          { ...d, seats: [...seats, ...extra] },
        ],
      };
      expect(parseLedger(forged, generous).isErr()).toBe(true);
    },
  );

  test.prop([ledgersArb, fc.nat()])(
    'refuses a ledger whose operational exceptions are struck out beyond the cap (4.9, 8.1-4.B)',
    (ledgers, pick) => {
      const l = json(ledgers[ledgers.length - 1] as AllowanceLedger);
      const department = DEPARTMENTS[pick % DEPARTMENTS.length] as string;
      const d = l.departments.find((x) => x.department === department) ?? {
        department,
        seats: [],
        exits: [],
      };
      const seats = d.seats as { username: string; exception: unknown }[];
      // Three seats at least, the added ones under the IT head's exception: accepted as it is…
      const extra = Array.from({ length: Math.max(0, 3 - seats.length) }, (_, i) =>
        seat(`Z${i}`, OPERATIONAL),
      );
      const rest = l.departments.filter((x) => x.department !== department);
      const full = { departments: [...rest, { ...d, seats: [...seats, ...extra] }] };
      expect(parseLedger(full, generous).isOk()).toBe(true);
      // …refused once the exceptions are struck out.
      const stripped = [...seats, ...extra].map((s) => ({ ...s, exception: null }));
      const forged = { departments: [...rest, { ...d, seats: stripped }] };
      expect(parseLedger(forged, generous).isErr()).toBe(true);
    },
  );

  test.prop([ledgersArb, fc.nat()])('refuses a ledger given an exit past the cap (4.13)', (ledgers, pick) => {
    const l = json(ledgers[ledgers.length - 1] as AllowanceLedger);
    const department = DEPARTMENTS[pick % DEPARTMENTS.length] as string;
    const d = l.departments.find((x) => x.department === department) ?? { department, seats: [], exits: [] };
    const exits = d.exits as { username: string }[];
    const extra = Array.from({ length: 3 - exits.length }, (_, i) => ({ username: `Y${i}` }));
    const forged = {
      departments: [
        ...l.departments.filter((x) => x.department !== department),
        { ...d, exits: [...exits, ...extra] },
      ],
    };
    expect(parseLedger(forged, generous).isErr()).toBe(true);
  });
});
