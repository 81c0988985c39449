import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  type AllowanceLedger,
  applyLedgerEffects,
  departmentUsage,
  EMPTY_LEDGER,
  grant,
  holdingsOf,
  parseLedger,
  release,
  seatCap,
  transfer,
} from '../../src/allowances/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const policy = definePolicy({ seatExceptions: { Urgencias: 3, __proto__x: 1 } })._unsafeUnwrap();
const DEPARTMENTS = ['Compras', 'Urgencias', '__proto__', 'constructor'];
const USERS = ['A', 'B', 'C', 'D', 'E', 'F'];

const department = fc.constantFrom(...DEPARTMENTS);
const username = fc.constantFrom(...USERS);
const op = fc.oneof(
  fc.record({
    op: fc.constant('grant' as const),
    kind: fc.constantFrom('seat' as const, 'exit' as const),
    department,
    username,
    exception: fc.option(fc.constant({ reason: 'operación' }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('release' as const),
    kind: fc.constantFrom('seat' as const, 'exit' as const),
    department,
    username,
  }),
  fc.record({ op: fc.constant('transfer' as const), from: department, to: department, username }),
);

function run(ledger: AllowanceLedger, o: { op: string } & Record<string, unknown>) {
  if (o.op === 'grant') {
    const input =
      o.kind === 'seat' && o.exception !== undefined
        ? {
            kind: 'seat' as const,
            department: o.department as string,
            username: o.username as string,
            exception: o.exception as { reason: string },
          }
        : { kind: o.kind as 'seat', department: o.department as string, username: o.username as string };
    return grant(ledger, input, policy);
  }
  if (o.op === 'release') {
    return release(ledger, {
      kind: o.kind as 'seat',
      department: o.department as string,
      username: o.username as string,
    });
  }
  return transfer(
    ledger,
    { username: o.username as string, from: o.from as string, to: o.to as string },
    policy,
  );
}

describe('the allowance ledger, always (4.9, 4.13)', () => {
  test.prop([fc.array(op, { maxLength: 40 })])(
    'never holds more seats than the cap plus recorded operational exceptions, nor more exits than two (4.9, 4.13)',
    (ops) => {
      let ledger = EMPTY_LEDGER;
      for (const o of ops) {
        const before = JSON.stringify(ledger);
        const r = run(ledger, o as never);
        if (r.isErr()) {
          // A refused operation changes nothing.
          expect(JSON.stringify(ledger)).toBe(before);
          continue;
        }
        ledger = r.value;
        for (const d of ledger.departments) {
          const operational = d.seats.filter((s) => s.exception?.kind === 'operational').length;
          expect(d.seats.length).toBeLessThanOrEqual(seatCap(d.department, policy) + operational);
          expect(d.exits.length).toBeLessThanOrEqual(2);
          expect(d.seats.length + d.exits.length).toBeGreaterThan(0);
        }
        for (const u of USERS) {
          const seats = ledger.departments.filter((d) => d.seats.some((s) => s.username === u));
          expect(seats.length).toBeLessThanOrEqual(1);
        }
        // Read back under the policy it was built with: Urgencias may hold 3 seats with no
        // exception, which SESEQ's own policy (a cap of 2) refuses (G14).
        expect(JSON.stringify(parseLedger(JSON.parse(JSON.stringify(ledger)), policy)._unsafeUnwrap())).toBe(
          JSON.stringify(ledger),
        );
      }
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('A');
    },
  );

  test.prop([fc.array(op, { maxLength: 20 }), department, username])(
    'a transfer leaves no internet exit behind in the old department (8.2-9)',
    (ops, to, u) => {
      let ledger = EMPTY_LEDGER;
      for (const o of ops) ledger = run(ledger, o as never).unwrapOr(ledger);
      const before = holdingsOf(ledger, u)._unsafeUnwrap();
      if (before.seat === null) return;
      const r = transfer(ledger, { username: u, from: before.seat, to }, policy);
      if (r.isErr()) return;
      const after = holdingsOf(r.value, u)._unsafeUnwrap();
      expect(after.seat).toBe(to);
      if (to !== before.seat) expect(after.exit === before.seat).toBe(false);
    },
  );
});

describe('the allowance functions never throw (SPEC §0)', () => {
  test.prop([fc.anything(), fc.anything(), fc.anything()])('on any input', (a, b, c) => {
    expect(() => grant(a as never, b as never, c as never)).not.toThrow();
    expect(() => release(a as never, b as never)).not.toThrow();
    expect(() => transfer(a as never, b as never, c as never)).not.toThrow();
    expect(() => applyLedgerEffects(a as never, b as never, c as never)).not.toThrow();
    expect(() => applyLedgerEffects(EMPTY_LEDGER, [b, c] as never)).not.toThrow();
    expect(() => parseLedger(a)).not.toThrow();
    expect(() => departmentUsage(a as never, b as never, c as never)).not.toThrow();
    expect(() => holdingsOf(a as never, b as never)).not.toThrow();
    expect(() => seatCap(a as never, c as never)).not.toThrow();
  });
});
