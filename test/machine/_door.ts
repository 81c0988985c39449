import * as z from 'zod/mini';
import { actorSchema, instantSchema } from '../../src/_internal/schemas.js';
import { violation } from '../../src/errors/violation.js';
import { defineMachine } from '../../src/machine/defineMachine.js';
import type { MachineTable, Role } from '../../src/machine/types.js';

// A toy machine: a door that can be opened, closed and locked, and a broken row.
export type Door = {
  id: string;
  version: number;
  status: 'open' | 'closed' | 'locked';
  updatedAt?: string;
  knocks: number;
};
export type DoorEvent = {
  type: 'OPEN' | 'CLOSE' | 'LOCK' | 'KNOCK' | 'BREAK';
  at: string;
  actor: { role: Role; id: string };
};
type DoorEffect = { type: 'BEEP'; times: number };

export const doorSchema = z.strictObject({
  id: z.string(),
  version: z.number(),
  status: z.enum(['open', 'closed', 'locked']),
  updatedAt: z.optional(instantSchema),
  knocks: z.number(),
});
export const eventSchema = z.strictObject({
  type: z.enum(['OPEN', 'CLOSE', 'LOCK', 'KNOCK', 'BREAK']),
  at: instantSchema,
  actor: actorSchema,
});

export const table: MachineTable<Door, DoorEvent, DoorEffect, 'notTooManyKnocks', 'beep'> = {
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
export const door = defineMachine(table, {
  state: doorSchema as unknown as z.ZodMiniType<Door>,
  event: eventSchema as unknown as z.ZodMiniType<DoorEvent>,
});
export const start: Door = { id: 'D1', version: 1, status: 'closed', knocks: 0 };
export const user = { role: 'user' as const, id: 'ana' };
export const at = (h: number) => `2026-11-30T${String(h).padStart(2, '0')}:00:00-06:00`;
