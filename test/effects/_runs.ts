import type { Effect } from '../../src/effects/index.js';
import {
  type AccountLogEntry,
  type AccountState,
  advanceAccount,
  openAccount,
  transitionAccount,
} from '../../src/lifecycle/index.js';
import {
  createRequest,
  type RequestEvent,
  type RequestLogEntry,
  type RequestState,
  transitionRequest,
} from '../../src/request/index.js';
import type { AccountRequestForm } from '../../src/request/types.js';
import { at, BOSS, FORM, FREE, form, HELPDESK, IT_HEAD, OFFICER } from '../arbitraries/request.js';

type Body = RequestEvent extends infer E ? (E extends RequestEvent ? Omit<E, 'at' | 'actor'> : never) : never;

/** What a run produced: every state, log entry and effect, in order. */
export type Run<S, L> = { states: S[]; log: L[]; effects: Effect[] };

/** A request from F01 to completed (internet authorized), as the portal drives it. */
export function requestRun(
  f: AccountRequestForm = FORM,
  approve: Body = { type: 'APPROVE', seatsInUse: 1 },
): Run<RequestState, RequestLogEntry> {
  const created = createRequest(f, at(0), BOSS)._unsafeUnwrap();
  const run: Run<RequestState, RequestLogEntry> = {
    states: [created.state],
    log: [created.log],
    effects: [...created.effects],
  };
  const steps: [Body, typeof IT_HEAD][] = [
    [approve, IT_HEAD],
    ...(f.internet.requested
      ? [[{ type: 'AUTHORIZE_INTERNET', exitsInUse: 1 }, IT_HEAD] as [Body, typeof IT_HEAD]]
      : []),
    [{ type: 'PROVISION', username: 'PERLAHL', capacityMb: 2048, ...FREE }, OFFICER],
    [{ type: 'RESGUARDO_SIGNED' }, f.centralOffice ? HELPDESK : OFFICER],
  ];
  steps.forEach(([body, who], i) => {
    const s = run.states.at(-1) as RequestState;
    const t = must(transitionRequest(s, { ...body, at: at(i + 1), actor: who } as RequestEvent), body.type);
    run.states.push(t.state);
    run.log.push(t.log);
    run.effects.push(...t.effects);
  });
  return run;
}

/**
 * The request runs that, together, produce every request effect and NOTIFY template: a
 * temporary creation, a transfer approved beyond the seat cap, and a rejection.
 */
export function requestRuns(): Run<RequestState, RequestLogEntry>[] {
  const created = createRequest(form({ folio: 'SOL-REJ' }), at(0), BOSS)._unsafeUnwrap();
  const rejected = transitionRequest(created.state, {
    type: 'REJECT',
    reason: 'No es viable',
    at: at(1),
    actor: IT_HEAD,
  })._unsafeUnwrap();
  return [
    requestRun(form({ condition: 'temporary', expiresOn: '2027-05-31' })),
    requestRun(form({ kind: 'transfer', previousArea: 'Compras', centralOffice: false }), {
      type: 'APPROVE',
      seatsInUse: 2,
      exception: { reason: 'Guardia de urgencias' },
    }),
    {
      states: [created.state, rejected.state],
      log: [created.log, rejected.log],
      effects: [...created.effects, ...rejected.effects],
    },
  ];
}

/** Unwraps, or fails the test saying what was refused. */
function must<T>(r: { isOk(): boolean; _unsafeUnwrap(): T; _unsafeUnwrapErr(): unknown }, what: string): T {
  if (!r.isOk()) throw new Error(`${what}: ${JSON.stringify(r._unsafeUnwrapErr())}`);
  return r._unsafeUnwrap();
}

const day = (d: string, time = '10:00') => `${d}T${time}:00-06:00`;
const SERVER = { role: 'system', id: 'mail-server' } as const;

/** Account histories that, together, produce every account effect and NOTIFY template. */
export function accountRuns(): Run<AccountState, AccountLogEntry>[] {
  const base = openAccount({
    id: 'cta-1',
    username: 'PERLAHL',
    department: 'Compras',
    createdOn: '2026-01-15',
    internet: true,
  })._unsafeUnwrap();
  const histories: ((s: AccountState) => Run<AccountState, AccountLogEntry>)[] = [
    // Inactivity: inquiry, cancellation (confirmation), notice elapsed, grace, cancelled and retired.
    (s) =>
      drive(
        s,
        [
          { type: 'OPEN_INACTIVITY_INQUIRY', at: day('2026-05-01'), actor: OFFICER },
          { type: 'REQUEST_CANCELLATION', at: day('2026-05-02'), actor: BOSS },
        ],
        '2026-06-30',
      ),
    // A late baja: grace, late notice to the IT head.
    (s) =>
      drive(s, [
        { type: 'OFFBOARD', bajaOn: '2026-03-01', cause: 'separation', at: day('2026-03-20'), actor: BOSS },
      ]),
    // Investigation, a temporary sanction, reinstated; then a transfer.
    (s) =>
      drive(s, [
        { type: 'SUSPEND', reason: 'investigation', until: null, at: day('2026-02-01'), actor: IT_HEAD },
        { type: 'SANCTION', permanent: false, at: day('2026-02-02'), actor: IT_HEAD },
        { type: 'REINSTATE', at: day('2026-02-03'), actor: IT_HEAD },
        { type: 'REPORT_TRANSFER', toDepartment: 'Almacén', at: day('2026-02-04'), actor: BOSS },
        { type: 'COMPLETE_TRANSFER', toDepartment: 'Almacén', at: day('2026-02-05'), actor: OFFICER },
        { type: 'RECORD_ACCESS', on: '2026-02-06', at: day('2026-02-06'), actor: SERVER },
      ]),
  ];
  return histories.map((h) => h(base));
}

function drive(
  s: AccountState,
  events: Parameters<typeof transitionAccount>[1][],
  asOf?: string,
): Run<AccountState, AccountLogEntry> {
  const run: Run<AccountState, AccountLogEntry> = { states: [s], log: [], effects: [] };
  for (const e of events) {
    const t = must(transitionAccount(run.states.at(-1) as AccountState, e), e.type);
    run.states.push(t.state);
    run.log.push(t.log);
    run.effects.push(...t.effects);
  }
  if (asOf !== undefined) {
    const a = must(advanceAccount(run.states.at(-1) as AccountState, asOf), asOf);
    run.states.push(a.state);
    run.log.push(...a.log);
    run.effects.push(...a.effects);
  }
  return run;
}
