import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/allowances/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

// Written from the survivors of `MUTATE=allowances npx stryker run --mutate src/allowances/schema.ts`:
// which cap a department's seats break, in the violation's own words, and the canonical order
// of a ledger's departments.

const seat = (username: string, exception: unknown = null) => ({ username, exception });
const DEPARTMENT = { kind: 'department', clause: '4.9' };

describe('a ledger over its seat caps says which cap (4.9)', () => {
  const urgencias = definePolicy({ seatExceptions: { Urgencias: 3 } })._unsafeUnwrap();

  it('names the department cap when the bare seats are exactly at the base cap (4.9)', () => {
    const ledger = {
      departments: [
        {
          department: 'Urgencias',
          seats: [seat('A'), seat('B'), seat('C', DEPARTMENT), seat('D', DEPARTMENT)],
          exits: [],
        },
      ],
    };
    expect(parseLedger(ledger, urgencias)._unsafeUnwrapErr()).toMatchObject([
      {
        code: 'MAILBOX_SEAT_LIMIT_REACHED',
        clause: '4.9',
        details: {
          path: 'departments[0].seats',
          message: "4 seats without an operational exception: Urgencias's cap is 3 (4.9)",
        },
      },
    ]);
  });

  it('names the base cap when one bare seat is too many (4.9)', () => {
    const ledger = {
      departments: [{ department: 'Urgencias', seats: [seat('A'), seat('B'), seat('C')], exits: [] }],
    };
    expect(parseLedger(ledger, urgencias)._unsafeUnwrapErr()).toMatchObject([
      {
        code: 'MAILBOX_SEAT_LIMIT_REACHED',
        details: { message: '3 seats with no exception: the cap is 2 (4.9)' },
      },
    ]);
  });
});

describe("a ledger's departments come back in code-unit order (canonical JSON)", () => {
  it('sorts any order of departments the same way', () => {
    const names = [
      'Urgencias',
      'Almacén',
      'Compras',
      'Zacatecas',
      'Dirección',
      'almacén',
      'Bienes',
      'Caja',
      'Ñandú',
      'Enfermería',
      'Farmacia',
      'Gestión',
    ];
    const expected = [...names].sort();
    // Long enough that the sort merges runs, in an order with runs both ways.
    const many = Array.from({ length: 200 }, (_, i) => `D${String((i * 7919) % 200).padStart(3, '0')}`);
    const zigzag = [...many.filter((_, i) => i % 2 === 0), ...many.filter((_, i) => i % 2 === 1).reverse()];
    expect(
      parseLedger({ departments: zigzag.map((department) => ({ department, seats: [], exits: [] })) })
        ._unsafeUnwrap()
        .departments.map((d) => d.department),
    ).toEqual([...many].sort());
    for (const order of [names, [...names].reverse(), [...expected].reverse(), expected]) {
      const ledger = { departments: order.map((department) => ({ department, seats: [], exits: [] })) };
      expect(
        parseLedger(ledger)
          ._unsafeUnwrap()
          .departments.map((d) => d.department),
      ).toEqual(expected);
    }
  });
});
