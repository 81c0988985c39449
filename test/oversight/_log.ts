import { createRequest, transitionRequest } from '../../src/request/index.js';
import type { RequestLogEntry } from '../../src/request/log.js';
import type { AccountRequestForm, RequestEvent } from '../../src/request/types.js';
import { FORM } from '../arbitraries/request.js';

type Step = Record<string, unknown> & { type: string; at: string; actor: { role: string; id: string } };

/** A real request log: `createRequest` then each step through `transitionRequest`. */
export function requestLog(
  steps: readonly Step[],
  over: { form?: Partial<AccountRequestForm>; at?: string; by?: string } = {},
): RequestLogEntry[] {
  const form = { ...FORM, ...over.form };
  const c = createRequest(form, over.at ?? '2026-12-01T10:00:00-06:00', {
    role: 'direct-boss',
    id: over.by ?? 'jefe-7',
  })._unsafeUnwrap();
  let state = c.state;
  const log: RequestLogEntry[] = [c.log];
  for (const step of steps) {
    const t = transitionRequest(state, step as unknown as RequestEvent)._unsafeUnwrap();
    state = t.state;
    log.push(t.log);
  }
  return log;
}

export const HEAD = { role: 'it-head', id: 'ti-1' } as const;
export const OFFICER = { role: 'mail-officer', id: 'mo-1' } as const;

/** The whole happy path of 8.1 for {@link FORM} (internet requested, authorized). */
export const FULL_PATH: Step[] = [
  { type: 'APPROVE', seatsInUse: 0, at: '2026-12-02T10:00:00-06:00', actor: HEAD },
  { type: 'AUTHORIZE_INTERNET', exitsInUse: 0, at: '2026-12-02T11:00:00-06:00', actor: HEAD },
  {
    type: 'PROVISION',
    usernameInUse: false,
    usernameRetired: false,
    username: 'PERLAHL',
    capacityMb: 1024,
    at: '2026-12-03T10:00:00-06:00',
    actor: OFFICER,
  },
  { type: 'RESGUARDO_SIGNED', at: '2026-12-04T10:00:00-06:00', actor: { role: 'helpdesk', id: 'mda-1' } },
];
