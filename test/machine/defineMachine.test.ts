import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { actorSchema, instantSchema } from '../../src/_internal/schemas.js';
import { violation } from '../../src/errors/violation.js';
import { defineMachine } from '../../src/machine/defineMachine.js';
import { toMarkdownTable, toMermaid } from '../../src/machine/toMermaid.js';
import type { MachineTable, Role } from '../../src/machine/types.js';
import { SESEQ_POLICY } from '../../src/policy/policy.js';

// A toy machine: a door that can be opened, closed and locked, and a broken row.
type Door = {
  id: string;
  version: number;
  status: 'open' | 'closed' | 'locked';
  updatedAt?: string;
  knocks: number;
};
type DoorEvent = {
  type: 'OPEN' | 'CLOSE' | 'LOCK' | 'KNOCK' | 'BREAK';
  at: string;
  actor: { role: Role; id: string };
};
type DoorEffect = { type: 'BEEP'; times: number };

const doorSchema = z.strictObject({
  id: z.string(),
  version: z.number(),
  status: z.enum(['open', 'closed', 'locked']),
  updatedAt: z.optional(instantSchema),
  knocks: z.number(),
});
const eventSchema = z.strictObject({
  type: z.enum(['OPEN', 'CLOSE', 'LOCK', 'KNOCK', 'BREAK']),
  at: instantSchema,
  actor: actorSchema,
});

const table: MachineTable<Door, DoorEvent, DoorEffect, 'notTooManyKnocks', 'beep'> = {
  name: 'door',
  initial: { status: 'closed', label: 'build' },
  statuses: ['open', 'closed', 'locked'],
  terminal: ['locked'],
  guards: {
    notTooManyKnocks: (s) => (s.knocks >= 2 ? violation('INVALID_INPUT', 'X.1', { knocks: s.knocks }) : null),
  },
  effects: {
    beep: (_b, after) => [
      { type: 'BEEP', times: after.knocks },
      { type: 'BEEP', times: 0 },
    ],
  },
  rows: [
    {
      from: ['closed'],
      event: 'OPEN',
      roles: ['user'],
      to: ['open'],
      guards: [],
      effects: [],
      clauses: ['1'],
      summary: { es: 'abre', en: 'opens' },
      apply: (s) => ({ ...s, status: 'open' }),
    },
    {
      from: ['open'],
      event: 'CLOSE',
      roles: ['user', 'system'],
      to: ['closed'],
      guards: [],
      effects: [],
      clauses: ['2'],
      summary: { es: 'cierra', en: 'closes' },
      apply: (s) => ({ ...s, status: 'closed' }),
    },
    {
      from: ['closed'],
      event: 'KNOCK',
      roles: ['user'],
      to: ['closed'],
      guards: ['notTooManyKnocks'],
      effects: ['beep'],
      clauses: ['3'],
      summary: { es: 'toca', en: 'knocks' },
      apply: (s) => ({ ...s, knocks: s.knocks + 1 }),
    },
    {
      from: ['closed'],
      event: 'LOCK',
      roles: ['system'],
      to: ['locked'],
      guards: [],
      effects: [],
      clauses: ['4'],
      summary: { es: 'cierra con llave', en: 'locks' },
      apply: (s) => ({ ...s, status: 'locked' }),
    },
    {
      from: ['closed', 'open'],
      event: 'BREAK',
      roles: ['user'],
      to: ['open'],
      guards: [],
      effects: [],
      clauses: ['5'],
      summary: { es: 'rompe', en: 'breaks' },
      apply: (s) => ({ ...s, status: 'locked' }),
    },
  ],
};

// exactOptionalPropertyTypes: zod's optional output (`string | undefined`) is wider than the
// state's `updatedAt?: string`, so the schemas are typed as the machine's own types.
const door = defineMachine(table, {
  state: doorSchema as unknown as z.ZodMiniType<Door>,
  event: eventSchema as unknown as z.ZodMiniType<DoorEvent>,
});
const start: Door = { id: 'D1', version: 1, status: 'closed', knocks: 0 };
const user = { role: 'user' as const, id: 'ana' };
const at = (h: number) => `2026-11-30T${String(h).padStart(2, '0')}:00:00-06:00`;

describe('defineMachine (the machine kit)', () => {
  it('applies a row: new status, version + 1, updatedAt, one log entry with the clauses', () => {
    const t = door.transition(start, { type: 'OPEN', at: at(9), actor: user }, SESEQ_POLICY)._unsafeUnwrap();
    expect(t.state).toEqual({ id: 'D1', version: 2, status: 'open', knocks: 0, updatedAt: at(9) });
    expect(t.log).toEqual({
      at: at(9),
      actor: user,
      subject: 'D1',
      version: 2,
      event: { type: 'OPEN', at: at(9), actor: user },
      from: 'closed',
      to: 'open',
      clauses: ['1'],
    });
  });

  it('refuses an event the state does not accept with INVALID_TRANSITION, naming state and event', () => {
    const v = door
      .transition(start, { type: 'CLOSE', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('INVALID_TRANSITION');
    expect(v.details).toMatchObject({ status: 'closed', event: 'CLOSE', machine: 'door' });
  });

  it('refuses a role the table does not allow with FORBIDDEN_ROLE', () => {
    const v = door
      .transition(start, { type: 'LOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('FORBIDDEN_ROLE');
    expect(v.details).toMatchObject({ role: 'user', allowed: ['system'] });
  });

  it('refuses an event earlier than the last transition (the log never goes back)', () => {
    const t = door.transition(start, { type: 'OPEN', at: at(10), actor: user }, SESEQ_POLICY)._unsafeUnwrap();
    const v = door
      .transition(t.state, { type: 'CLOSE', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('EVENT_OUT_OF_ORDER');
  });

  it('runs the named guards and stamps effects with the machine name, subject, version and index', () => {
    const one = door
      .transition(start, { type: 'KNOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    expect(one.effects).toEqual([
      { type: 'BEEP', times: 1, machine: 'door', subject: 'D1', version: 2, index: 0 },
      { type: 'BEEP', times: 0, machine: 'door', subject: 'D1', version: 2, index: 1 },
    ]);
    const two = door
      .transition(one.state, { type: 'KNOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    const v = door
      .transition(two.state, { type: 'KNOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v).toEqual({ code: 'INVALID_INPUT', clause: 'X.1', details: { knocks: 2 } });
  });

  it('refuses a row whose apply reaches a target the table does not declare', () => {
    const v = door
      .transition(start, { type: 'BREAK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('INVALID_TRANSITION');
    expect(v.details?.reason).toMatch(/undeclared target locked/);
  });

  it('validates state and event and never throws on junk', () => {
    for (const junk of [
      null,
      1,
      'x',
      {},
      { ...start, status: 'ajar' },
      JSON.parse('{"__proto__":{"x":1}}'),
    ]) {
      const r = door.transition(junk, { type: 'OPEN', at: at(9), actor: user }, SESEQ_POLICY);
      expect(r._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
      const e = door.transition(start, junk, SESEQ_POLICY);
      expect(e._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    }
    const noOffset = door.transition(
      start,
      { type: 'OPEN', at: '2026-11-30T09:00:00', actor: user },
      SESEQ_POLICY,
    );
    expect(noOffset._unsafeUnwrapErr().details?.issues).toEqual(['at: custom']);
  });

  it('replays a log to the same state, and refuses a log that does not fit', () => {
    const a = door.transition(start, { type: 'OPEN', at: at(9), actor: user }, SESEQ_POLICY)._unsafeUnwrap();
    const b = door
      .transition(a.state, { type: 'CLOSE', at: at(10), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    const c = door
      .transition(b.state, { type: 'KNOCK', at: at(11), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    const log = JSON.parse(JSON.stringify([a.log, b.log, c.log]));
    expect(JSON.stringify(door.replay(start, log, SESEQ_POLICY)._unsafeUnwrap())).toBe(
      JSON.stringify(c.state),
    );
    expect(door.replay(start, [b.log], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe('INVALID_LOG');
    expect(door.replay(start, [{ ...a.log, to: 'locked' }], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe(
      'INVALID_LOG',
    );
    expect(door.replay(start, [{ ...a.log, subject: 'D2' }], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe(
      'INVALID_LOG',
    );
    expect(door.replay(start, [null], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe('INVALID_LOG');
  });

  it('treats a status or event named __proto__ as a miss', () => {
    const v = door.transition(start, { type: '__proto__', at: at(9), actor: user }, SESEQ_POLICY);
    expect(v._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});

describe('toMermaid and toMarkdownTable (diagrams derived from the table)', () => {
  it('draws one arrow per row, source and target, with roles and clauses', () => {
    expect(toMermaid(table)).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> closed : build',
        '  closed --> open : OPEN (user) §1',
        '  open --> closed : CLOSE (user, system) §2',
        '  closed --> closed : KNOCK (user) §3',
        '  closed --> locked : LOCK (system) §4',
        '  closed --> open : BREAK (user) §5',
        '  open --> open : BREAK (user) §5',
        '  locked --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('lists the rows with guards, effects and summaries in either language', () => {
    const en = toMarkdownTable(table, 'en');
    expect(en).toContain('| closed | `KNOCK` | user | closed | notTooManyKnocks | beep | 3 | knocks |');
    expect(toMarkdownTable(table, 'es-MX')).toContain('| toca |');
  });
});
