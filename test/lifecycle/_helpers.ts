import type { AccountState, AnyAccountEvent, OpenAccountInput } from '../../src/lifecycle/index.js';
import { openAccount, transitionAccount } from '../../src/lifecycle/index.js';
import type { Role } from '../../src/machine/types.js';

export const BOSS = { role: 'direct-boss', id: 'jefe-17' } as const;
export const OFFICER = { role: 'mail-officer', id: 'mov-2' } as const;
export const IT_HEAD = { role: 'it-head', id: 'ti-1' } as const;
export const SERVER = { role: 'system', id: 'mail-server' } as const;

/** An account opened on 2026-01-15 in Compras, with internet, unless told otherwise. */
export function open(overrides: Partial<OpenAccountInput> = {}): AccountState {
  return openAccount({
    id: 'cta-1',
    username: 'PERLAHL',
    department: 'Compras',
    createdOn: '2026-01-15',
    internet: true,
    ...overrides,
  })._unsafeUnwrap();
}

/** 10:00 in Querétaro on `day`. */
export const at = (day: string, time = '10:00') => `${day}T${time}:00-06:00`;

type Body<T extends AnyAccountEvent['type']> = Omit<
  Extract<AnyAccountEvent, { type: T }>,
  'type' | 'at' | 'actor'
>;

/** The event `type` on `day` by `actor`. */
export function ev<T extends AnyAccountEvent['type']>(
  type: T,
  day: string,
  body: Body<T>,
  actor: { role: Role; id: string },
  time?: string,
): AnyAccountEvent {
  return { type, at: at(day, time), actor, ...body } as AnyAccountEvent;
}

/** Applies events in order, failing the test on any refusal. */
export function apply(state: AccountState, ...events: AnyAccountEvent[]): AccountState {
  let s = state;
  for (const e of events) s = transitionAccount(s, e)._unsafeUnwrap().state;
  return s;
}
