// The whole 8.1 path (createRequest → APPROVE → AUTHORIZE_INTERNET → PROVISION →
// RESGUARDO_SIGNED) with transitionRequest, against the same machine written for xstate v5 and
// run through its pure `transition()`: the same statuses, role checks and guards, the same
// context updates, the same effects (as actions, returned unexecuted). Floor: ≥ 3× xstate.
// `npx tsx bench/request.ts` prints the section; `npm run bench` collects it.
import { Bench } from 'tinybench';
import { and, assign, initialTransition, setup, transition } from 'xstate';
import { instantToPlainDate } from '../src/_internal/instant.js';
import { seatCap } from '../src/allowances/caps.js';
import type { Actor } from '../src/machine/types.js';
import { SESEQ_POLICY } from '../src/policy/policy.js';
import {
  accountRequestSchema,
  createRequest,
  type RequestEvent,
  requestEventSchema,
  transitionRequest,
} from '../src/request/index.js';
import type { AccountRequestForm } from '../src/request/types.js';
import { form } from '../test/arbitraries/request.js';

const FLOOR = 3;
const policy = SESEQ_POLICY;

// The tests' complete, signed F01, as a temporary account so the path schedules its expiry.
const FORM: AccountRequestForm = form({ condition: 'temporary', expiresOn: '2027-05-31' });
const boss: Actor = { role: 'direct-boss', id: 'jefe-17' };
const itHead: Actor = { role: 'it-head', id: 'ti-1' };
const officer: Actor = { role: 'mail-officer', id: 'mov-2' };
const helpdesk: Actor = { role: 'helpdesk', id: 'mesa-3' };
const EVENTS: RequestEvent[] = [
  { type: 'APPROVE', seatsInUse: 1, at: '2026-11-30T10:00:00-06:00', actor: itHead },
  { type: 'AUTHORIZE_INTERNET', exitsInUse: 1, at: '2026-11-30T11:00:00-06:00', actor: itHead },
  {
    type: 'PROVISION',
    username: 'PERLAHL',
    capacityMb: 2048,
    usernameInUse: false,
    usernameRetired: false,
    at: '2026-11-30T12:00:00-06:00',
    actor: officer,
  },
  { type: 'RESGUARDO_SIGNED', at: '2026-11-30T13:00:00-06:00', actor: helpdesk },
];

/**
 * Ours: the path through the public API. The form and every event go through their zod schemas;
 * the state, at every step, through the schema's hand-written twin (zod when it says no).
 */
function ours(): number {
  const created = createRequest(FORM, '2026-11-30T09:00:00-06:00', boss, policy);
  if (created.isErr()) throw new Error('createRequest refused');
  let state = created.value.state;
  let effects = created.value.effects.length;
  for (const e of EVENTS) {
    const t = transitionRequest(state, e, policy);
    if (t.isErr()) throw new Error(`refused ${e.type}: ${t.error.code}`);
    state = t.value.state;
    effects += t.value.effects.length;
  }
  if (state.status !== 'completed') throw new Error('path did not complete');
  return effects;
}

// The same machine for xstate v5: roles and caps as guards, context as assign, effects as actions.
type Ctx = {
  id: string;
  version: number;
  form: AccountRequestForm;
  internet: 'notRequested' | 'pending' | 'authorized' | 'denied';
  username: string | null;
  updatedAt: string;
  seatException?: { reason: string };
  capacityMb?: number;
};
type XEvent = RequestEvent;
type Effect = Record<string, unknown> & { type: string };

const xMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as XEvent,
    input: {} as { form: AccountRequestForm; at: string },
  },
  guards: {
    itHead: ({ event }) => event.actor.role === 'it-head',
    mailOfficer: ({ event }) => event.actor.role === 'mail-officer',
    directBoss: ({ event }) => event.actor.role === 'direct-boss',
    resguardoHands: ({ context, event }) =>
      event.actor.role === 'mail-officer' ||
      event.actor.role === (context.form.centralOffice ? 'helpdesk' : 'unit-it'),
    seatAvailable: ({ context, event }) =>
      event.type === 'APPROVE' &&
      (event.seatsInUse < seatCap(context.form.user.department, policy) || event.exception !== undefined),
    exitAvailable: ({ event }) =>
      event.type === 'AUTHORIZE_INTERNET' && event.exitsInUse < policy.internetExitsPerDepartment,
    usernameNotReserved: ({ event }) =>
      event.type === 'PROVISION' && !policy.reservedUsernames.includes(event.username),
    internetRequested: ({ context }) => context.form.internet.requested,
  },
  actions: {
    step: assign(({ context, event }) => ({ version: context.version + 1, updatedAt: event.at })),
    effect: (_, _params: Effect) => {},
  },
}).createMachine({
  id: 'request',
  initial: 'submitted',
  context: ({ input }) => ({
    id: input.form.folio,
    version: 1,
    form: input.form,
    internet: input.form.internet.requested ? 'pending' : 'notRequested',
    username: null,
    updatedAt: input.at,
  }),
  entry: {
    type: 'effect',
    params: ({ context }) => ({
      type: 'NOTIFY',
      to: 'it-head',
      template: 'request-received',
      clause: '8.1-3',
      folio: context.id,
    }),
  },
  states: {
    submitted: {
      on: {
        REJECT: {
          guard: 'itHead',
          target: 'rejected',
          actions: [
            'step',
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'NOTIFY',
                to: 'direct-boss',
                folio: context.id,
                clause: '8.1-4.A.1',
              }),
            },
          ],
        },
        APPROVE: [
          {
            guard: and(['itHead', 'seatAvailable', 'internetRequested']),
            target: 'internetReview',
            actions: [
              'step',
              {
                type: 'effect',
                params: ({ context }) => ({
                  type: 'NOTIFY',
                  to: 'mail-officer',
                  template: 'report-internet-exits',
                  folio: context.id,
                  clause: '8.1-5',
                }),
              },
            ],
          },
          {
            guard: and(['itHead', 'seatAvailable']),
            target: 'readyToProvision',
            actions: [
              'step',
              {
                type: 'effect',
                params: ({ context }) => ({
                  type: 'NOTIFY',
                  to: 'mail-officer',
                  template: 'provision-request',
                  folio: context.id,
                  clause: '8.1-8',
                }),
              },
            ],
          },
        ],
        WITHDRAW: { guard: 'directBoss', target: 'withdrawn', actions: ['step'] },
      },
    },
    internetReview: {
      on: {
        AUTHORIZE_INTERNET: {
          guard: and(['itHead', 'exitAvailable']),
          target: 'readyToProvision',
          actions: [
            'step',
            assign({ internet: 'authorized' as const }),
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'NOTIFY',
                to: 'mail-officer',
                template: 'provision-request',
                folio: context.id,
                clause: '8.1-8',
              }),
            },
          ],
        },
        DENY_INTERNET: {
          guard: 'itHead',
          target: 'readyToProvision',
          actions: ['step', assign({ internet: 'denied' as const })],
        },
        WITHDRAW: { guard: 'directBoss', target: 'withdrawn', actions: ['step'] },
      },
    },
    readyToProvision: {
      on: {
        PROVISION: {
          guard: and(['mailOfficer', 'usernameNotReserved']),
          target: 'awaitingResguardo',
          actions: [
            'step',
            assign(({ event }) =>
              event.type === 'PROVISION'
                ? { username: event.username, capacityMb: event.capacityMb ?? 0 }
                : {},
            ),
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'GRANT_SEAT',
                department: context.form.user.department,
                username: context.username,
                exception: null,
                clause: '4.9',
              }),
            },
            {
              type: 'effect',
              params: ({ context, event }) => ({
                type: 'CREATE_MAILBOX',
                username: context.username,
                email: `${String(context.username).toLowerCase()}@${policy.domain}`,
                department: context.form.user.department,
                holder: context.form.user.holder,
                createdOn: instantToPlainDate(event.at, policy.timeZone),
                expiresOn: context.form.expiresOn ?? null,
                internet: context.internet === 'authorized',
                clause: '8.1-9',
              }),
            },
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'GRANT_INTERNET_EXIT',
                department: context.form.user.department,
                username: context.username,
                clause: '8.1-10',
              }),
            },
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'SET_CAPACITY',
                username: context.username,
                capacityMb: context.capacityMb,
                clause: '4.14',
              }),
            },
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'ISSUE_RESGUARDO',
                via: 'helpdesk',
                username: context.username,
                clause: '8.1-11.A',
              }),
            },
          ],
        },
      },
    },
    awaitingResguardo: {
      on: {
        RESGUARDO_SIGNED: {
          guard: 'resguardoHands',
          target: 'completed',
          actions: [
            'step',
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'ARCHIVE_RESGUARDO',
                folio: context.id,
                username: context.username,
                clause: '8.1-13',
              }),
            },
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'NOTIFY',
                to: 'user',
                template: 'read-the-procedure',
                username: context.username,
                clause: '8.1-13',
              }),
            },
            {
              type: 'effect',
              params: ({ context }) => ({
                type: 'SCHEDULE_EXPIRY',
                username: context.username,
                on: context.form.expiresOn,
                clause: '8.1-14',
              }),
            },
          ],
        },
      },
    },
    completed: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

function theirs(): number {
  let [snapshot, actions] = initialTransition(xMachine, { form: FORM, at: '2026-11-30T09:00:00-06:00' });
  let effects = actions.length;
  for (const e of EVENTS) {
    [snapshot, actions] = transition(xMachine, snapshot, e);
    effects += actions.length;
  }
  if (snapshot.value !== 'completed') throw new Error(`xstate path ended in ${String(snapshot.value)}`);
  return effects;
}

/** xstate with the same edge validation as ours: the form and every event through their zod schemas. */
function theirsValidated(): number {
  if (!accountRequestSchema.safeParse(FORM).success) throw new Error('form refused');
  let [snapshot, actions] = initialTransition(xMachine, { form: FORM, at: '2026-11-30T09:00:00-06:00' });
  let effects = actions.length;
  for (const e of EVENTS) {
    if (!requestEventSchema.safeParse(e).success) throw new Error('event refused');
    [snapshot, actions] = transition(xMachine, snapshot, e);
    effects += actions.length;
  }
  if (snapshot.value !== 'completed') throw new Error(`xstate path ended in ${String(snapshot.value)}`);
  return effects;
}

/** Runs both in the same process and returns the Markdown section. */
export async function runRequestBench(): Promise<string> {
  ours();
  theirs();
  const bench = new Bench({ name: 'request 8.1 path', time: 2000, warmupTime: 500 });
  let sink = 0;
  bench.add('seseq-correo transitionRequest', () => {
    sink += ours();
  });
  bench.add('xstate v5 transition()', () => {
    sink += theirs();
  });
  bench.add('xstate v5 transition() + zod edge', () => {
    sink += theirsValidated();
  });
  await bench.run();
  const rate = (name: string): number => {
    const r = bench.getTask(name)?.result;
    if (r === undefined || !('period' in r)) throw new Error(`${name}: no result`);
    return 1000 / r.period;
  };
  const us = rate('seseq-correo transitionRequest');
  const them = rate('xstate v5 transition()');
  const validated = rate('xstate v5 transition() + zod edge');
  const ratio = us / them;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  if (sink < 0) throw new Error('unreachable');
  return [
    '### Request machine: the whole 8.1 path',
    '',
    'createRequest → APPROVE → AUTHORIZE_INTERNET → PROVISION → RESGUARDO_SIGNED, each step validated (the form and events by zod, the state by its allocation-free twin of the schema, nothing remembered between calls) and logged, against the same machine in xstate v5 (`transition()`, guards, `assign`, effects as actions).',
    '',
    '| implementation | paths/s |',
    '| --- | ---: |',
    `| seseq-correo \`transitionRequest\` | ${fmt(us)} |`,
    `| xstate v5 pure \`transition()\` | ${fmt(them)} |`,
    `| xstate v5 pure \`transition()\` + the same zod validation of the form and events | ${fmt(validated)} |`,
    '',
    `Ratio: **${ratio.toFixed(2)}×** bare xstate (floor ≥ ${FLOOR}×): ${ratio >= FLOOR ? 'met' : 'NOT MET'}; ${(us / validated).toFixed(2)}× xstate with the same edge validation.`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runRequestBench());
}
