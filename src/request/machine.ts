import { compareInstants, instantToPlainDate } from '../_internal/instant.js';
import type { PlainDate } from '../_internal/plainDate.js';
import { exitCapOf, seatCapOf } from '../allowances/caps.js';
import { type Violation, violation } from '../errors/violation.js';
import { defineMachine } from '../machine/defineMachine.js';
import type { MachineTable } from '../machine/types.js';
import { capacityRange } from '../policy/capacity.js';
import { dayStartAnywhere } from './_evidence.js';
import { conformance } from './_names.js';
import type { RequestEffect } from './effects.js';
import { requestEventSchema, requestStateSchema } from './schema.js';
import { REQUEST_STATUSES } from './statuses.js';
import type { RequestEvent, RequestState } from './types.js';

type Guards =
  | 'notBeforeRequest'
  | 'seatAvailable'
  | 'exitAvailable'
  | 'usernameNotReserved'
  | 'usernameConforms'
  | 'usernameFree'
  | 'capacityInRange'
  | 'resguardoInRightHands';
type Effects =
  | 'notifyNotViable'
  | 'recordSeatException'
  | 'askExitCount'
  | 'sendForProvisioning'
  | 'provisionMailbox'
  | 'grantInternet'
  | 'setCapacity'
  | 'issueResguardo'
  | 'archiveResguardo'
  | 'askToReadProcedure'
  | 'scheduleExpiry';

/** The kit calls a row's `apply`, guards and effects only with that row's event type. */
type Of<T extends RequestEvent['type']> = Extract<RequestEvent, { type: T }>;
const on = <T extends RequestEvent['type']>(e: RequestEvent): Of<T> => e as Of<T>;

/** Whether the request wants a mailbox; `false` is a request for internet alone (4.11). */
export const wantsMailbox = (s: RequestState): boolean => s.form.mailbox !== false;

/** Whether APPROVE needs its operational exception: the department is at its seat cap (4.9). */
function beyondSeatCap(e: Of<'APPROVE'>, cap: number): boolean {
  return e.seatsInUse >= cap;
}

/**
 * The request machine of 8.1 (and the transfer of 8.2-5…9) as one declarative table (SPEC §4):
 * the transition function, roles, guards, effects, log, replay, the Mermaid diagram and the docs
 * are all derived from it. `createRequest` makes the first state (`submitted`); these rows take it
 * from there. Terminal states (`completed`, `rejected`, `withdrawn`) accept nothing.
 *
 * @example
 * [REQUEST_MACHINE.name, REQUEST_MACHINE.initial.status, REQUEST_MACHINE.terminal]
 * //=> ['request', 'submitted', ['completed', 'rejected', 'withdrawn']]
 * toMermaid(REQUEST_MACHINE).split('\n')[0]
 * //=> 'stateDiagram-v2'
 */
export const REQUEST_MACHINE: MachineTable<
  RequestState,
  RequestEvent,
  RequestEffect,
  Guards,
  Effects,
  'request'
> = {
  name: 'request',
  initial: { status: 'submitted', label: 'createRequest (direct-boss, unit-it) §8.1-3 §5.5.1 §F01' },
  statuses: REQUEST_STATUSES,
  terminal: ['completed', 'rejected', 'withdrawn'],
  guards: {
    notBeforeRequest: (s, e) => {
      // The approval is dated (issue 12): never before the day of the request, in any zone.
      const first = dayStartAnywhere(s.form.requestedOn);
      return compareInstants(e.at, first) < 0
        ? violation('EVENT_OUT_OF_ORDER', null, { at: e.at, last: s.form.requestedOn })
        : null;
    },
    seatAvailable: (s, e, policy) => {
      // Internet alone uses no seat (4.11): the person's mailbox is already counted.
      if (!wantsMailbox(s)) return null;
      const approve = on<'APPROVE'>(e);
      const department = s.form.user.department;
      const cap = seatCapOf(department, policy);
      if (!beyondSeatCap(approve, cap) || approve.exception !== undefined) return null;
      return violation('MAILBOX_SEAT_LIMIT_REACHED', '4.9', {
        department,
        inUse: approve.seatsInUse,
        cap,
        exceptionPossible: true,
      });
    },
    exitAvailable: (s, e, policy) => {
      const { exitsInUse } = on<'AUTHORIZE_INTERNET'>(e);
      const cap = exitCapOf(policy);
      if (exitsInUse < cap) return null;
      return violation('INTERNET_EXIT_LIMIT_REACHED', '4.13', {
        department: s.form.user.department,
        inUse: exitsInUse,
        cap,
        acts: ['8.1-5', '8.1-6', '8.1-7.A'],
      });
    },
    usernameNotReserved: (_s, e, policy) => {
      const { username } = on<'PROVISION'>(e);
      return policy.reservedUsernames.includes(username)
        ? violation('RESERVED_USERNAME', '4.16', { username })
        : null;
    },
    usernameConforms: (s, e, policy) => {
      // A transfer moves the account with its own username, which may predate 5.4.3 (8.2-6);
      // internet alone goes to the account the person already has (4.11).
      if (s.form.kind === 'transfer' || !wantsMailbox(s)) return null;
      const { username } = on<'PROVISION'>(e);
      const c = conformance(s.form, username, policy);
      // conformance refuses a name this policy cannot read on F01, as createRequest does.
      if (c.isErr()) return c.error;
      if (c.value.conforms) return null;
      return violation('USERNAME_NOT_CONFORMING', '5.4.3', {
        username,
        expected: c.value.expected.map((x) => x.username),
      });
    },
    usernameFree: (s, e) => {
      if (s.form.kind === 'transfer' || !wantsMailbox(s)) return null;
      const p = on<'PROVISION'>(e);
      // The facts travel in the event, like APPROVE's counts: the log shows what was checked.
      if (p.usernameInUse === undefined || p.usernameRetired === undefined) {
        return violation('PROVISION_FACTS_MISSING', '4.19', {
          username: p.username,
          missing: [
            ...(p.usernameInUse === undefined ? ['usernameInUse'] : []),
            ...(p.usernameRetired === undefined ? ['usernameRetired'] : []),
          ],
        });
      }
      if (p.usernameRetired) return violation('USERNAME_RETIRED', '4.19', { username: p.username });
      if (p.usernameInUse) return violation('USERNAME_TAKEN', '5.4.3', { username: p.username });
      return null;
    },
    capacityInRange: (s, e, policy) => {
      // 5.4.7: "la capacidad mínima o máxima"; the range is the policy's (4.14).
      const { capacityMb } = on<'PROVISION'>(e);
      if (!wantsMailbox(s)) {
        return capacityMb === undefined
          ? null
          : violation('INVALID_INPUT', '4.11', {
              path: 'capacityMb',
              issues: ['capacityMb: a request for internet alone assigns no capacity'],
            });
      }
      if (capacityMb === undefined) {
        return violation('INVALID_INPUT', '4.14', {
          path: 'capacityMb',
          issues: ['capacityMb: a new or moved mailbox is given its capacity'],
        });
      }
      const { min, max } = capacityRange(policy);
      if (capacityMb >= min && capacityMb <= max) return null;
      return violation('CAPACITY_OUT_OF_RANGE', '5.4.7', { capacityMb, min, max });
    },
    resguardoInRightHands: (s, e): Violation | null => {
      // F02 comes back through the helpdesk for the central office (8.1-11.A.1), through the
      // unit's IT elsewhere (8.1-12); the mail officer receives it either way (8.1-13).
      const { role } = e.actor;
      const expected = s.form.centralOffice ? 'helpdesk' : 'unit-it';
      if (role === 'mail-officer' || role === expected) return null;
      return violation('FORBIDDEN_ROLE', s.form.centralOffice ? '8.1-11.A.1' : '8.1-12', {
        machine: 'request',
        status: s.status,
        event: e.type,
        role,
        allowed: [expected, 'mail-officer'],
      });
    },
  },
  effects: {
    notifyNotViable: (s, after) =>
      after.status !== 'rejected'
        ? []
        : [
            {
              type: 'NOTIFY',
              to: 'direct-boss',
              template: 'request-not-viable',
              clause: '8.1-4.A.1',
              data: { folio: s.id, reason: after.reason ?? after.observation ?? null },
            },
          ],
    recordSeatException: (s, after, e, policy) => {
      if (after.seatException === undefined) return [];
      const department = s.form.user.department;
      return [
        {
          type: 'RECORD_SEAT_EXCEPTION',
          folio: s.id,
          department,
          seatsInUse: on<'APPROVE'>(e).seatsInUse,
          cap: seatCapOf(department, policy),
          reason: after.seatException.reason,
          clause: '4.9',
        },
      ];
    },
    askExitCount: (s, after) =>
      after.status === 'internetReview'
        ? [
            {
              type: 'NOTIFY',
              to: 'mail-officer',
              template: 'report-internet-exits',
              clause: '8.1-5',
              data: { folio: s.id, department: s.form.user.department },
            },
          ]
        : [],
    sendForProvisioning: (s, after) =>
      after.status === 'readyToProvision'
        ? [
            {
              type: 'NOTIFY',
              to: 'mail-officer',
              template: 'provision-request',
              clause: '8.1-8',
              data: { folio: s.id, internet: after.internet },
            },
          ]
        : [],
    provisionMailbox: (s, after, e, policy) => {
      const username = after.username as string;
      const { form } = s;
      if (!wantsMailbox(s)) return [];
      const exception = s.seatException ?? null;
      if (form.kind === 'transfer') {
        // 8.2-6: a transfer is not a baja and an alta; the mailbox is backed up for the previous
        // boss (8.2-8), moved (8.2-9) and its password changed (8.2-9).
        return [
          { type: 'BACKUP_MAILBOX', username, deliverTo: 'direct-boss', clause: '8.2-8' },
          {
            type: 'MOVE_MAILBOX',
            username,
            // F01 gives every transfer its previous area (MISSING_PREVIOUS_AREA).
            fromArea: form.previousArea as string,
            toDepartment: form.user.department,
            exception,
            clause: '8.2-9',
          },
          { type: 'RESET_PASSWORD', username, reason: 'transfer', clause: '8.2-9' },
        ];
      }
      return [
        { type: 'GRANT_SEAT', department: form.user.department, username, exception, clause: '4.9' },
        {
          type: 'CREATE_MAILBOX',
          username,
          email: `${username.toLowerCase()}@${policy.domain}`,
          department: form.user.department,
          holder: form.user.holder,
          createdOn: instantToPlainDate(e.at, policy.timeZone),
          // F01 gives every temporary account its expiry date (MISSING_EXPIRY), a fixed one none.
          expiresOn: form.condition === 'temporary' ? (form.expiresOn as PlainDate) : null,
          internet: after.internet === 'authorized',
          clause: '8.1-9',
        },
      ];
    },
    grantInternet: (s, after) =>
      after.internet === 'authorized'
        ? [
            {
              type: 'GRANT_INTERNET_EXIT',
              department: s.form.user.department,
              username: after.username as string,
              clause: '8.1-10',
            },
          ]
        : [],
    setCapacity: (_s, after, e) => {
      const { capacityMb } = on<'PROVISION'>(e);
      return capacityMb === undefined
        ? []
        : [{ type: 'SET_CAPACITY', username: after.username as string, capacityMb, clause: '4.14' }];
    },
    issueResguardo: (s, after) => [
      s.form.centralOffice
        ? { type: 'ISSUE_RESGUARDO', via: 'helpdesk', username: after.username as string, clause: '8.1-11.A' }
        : { type: 'ISSUE_RESGUARDO', via: 'unit-it', username: after.username as string, clause: '8.1-11.B' },
    ],
    archiveResguardo: (s) => [
      { type: 'ARCHIVE_RESGUARDO', folio: s.id, username: s.username as string, clause: '8.1-13' },
    ],
    askToReadProcedure: (s) => [
      {
        type: 'NOTIFY',
        to: 'user',
        template: 'read-the-procedure',
        clause: '8.1-13',
        data: { username: s.username, procedure: 'U430-DP-P09' },
      },
    ],
    scheduleExpiry: (s) =>
      // F01 gives every temporary account its expiry date (MISSING_EXPIRY).
      wantsMailbox(s) && s.form.condition === 'temporary'
        ? [
            {
              type: 'SCHEDULE_EXPIRY',
              username: s.username as string,
              on: s.form.expiresOn as PlainDate,
              clause: '8.1-14',
            },
          ]
        : [],
  },
  rows: [
    {
      from: ['submitted'],
      event: 'REJECT',
      roles: ['it-head'],
      to: ['rejected'],
      guards: [],
      effects: ['notifyNotViable'],
      clauses: ['8.1-4.A', '8.1-4.A.1'],
      summary: {
        es: 'No procede: se informa a la Unidad Administrativa que la solicitud no es viable.',
        en: 'Not viable: the unit is told by e-mail that the request does not proceed.',
      },
      apply: (s, e) => ({ ...s, status: 'rejected', reason: on<'REJECT'>(e).reason }),
    },
    {
      from: ['submitted'],
      event: 'APPROVE',
      roles: ['it-head'],
      to: ['internetReview', 'readyToProvision'],
      guards: ['notBeforeRequest', 'seatAvailable'],
      effects: ['recordSeatException', 'askExitCount', 'sendForProvisioning'],
      clauses: ['8.1-4.B', '4.9'],
      summary: {
        es: 'Procede: revisa internet si se pidió; con el departamento en su tope de cuentas, solo con excepción operativa registrada.',
        en: 'Proceeds: internet is reviewed if asked for; a department at its seat cap needs a recorded operational exception.',
      },
      apply: (s, e, policy) => {
        const approve = on<'APPROVE'>(e);
        const cap = seatCapOf(s.form.user.department, policy);
        const next: RequestState = {
          ...s,
          status: s.form.internet.requested ? 'internetReview' : 'readyToProvision',
          approval: { at: e.at, actor: e.actor, seatsInUse: approve.seatsInUse, seatCap: cap },
        };
        if (wantsMailbox(s) && beyondSeatCap(approve, cap)) {
          // seatAvailable has refused a mailbox at its cap without the exception (4.9).
          const { reason } = approve.exception as NonNullable<Of<'APPROVE'>['exception']>;
          next.seatException = { reason };
        }
        return next;
      },
    },
    {
      from: ['internetReview'],
      event: 'AUTHORIZE_INTERNET',
      roles: ['it-head'],
      to: ['readyToProvision'],
      guards: ['exitAvailable'],
      effects: ['sendForProvisioning'],
      clauses: ['8.1-7.A', '8.1-5', '8.1-6', '4.13'],
      summary: {
        es: 'Autoriza internet si el departamento tiene menos de dos salidas.',
        en: 'Authorizes internet when the department holds fewer than two exits.',
      },
      apply: (s, e, policy) => ({
        ...s,
        status: 'readyToProvision',
        internet: 'authorized',
        internetDecision: {
          at: e.at,
          actor: e.actor,
          exitsInUse: on<'AUTHORIZE_INTERNET'>(e).exitsInUse,
          exitCap: exitCapOf(policy),
        },
      }),
    },
    {
      from: ['internetReview'],
      event: 'DENY_INTERNET',
      roles: ['it-head'],
      to: ['readyToProvision', 'rejected'],
      guards: [],
      effects: ['sendForProvisioning', 'notifyNotViable'],
      clauses: ['8.1-7.B', '4.11'],
      summary: {
        es: 'No justifica internet: se anota la observación y el correo sigue su trámite; una solicitud solo de internet no procede.',
        en: 'Internet not justified: the observation is noted and the mailbox goes on; a request for internet alone is not viable.',
      },
      apply: (s, e) => ({
        ...s,
        status: wantsMailbox(s) ? 'readyToProvision' : 'rejected',
        internet: 'denied',
        internetDecision: { at: e.at, actor: e.actor },
        observation: on<'DENY_INTERNET'>(e).observation,
      }),
    },
    {
      from: ['readyToProvision'],
      event: 'PROVISION',
      roles: ['mail-officer'],
      to: ['awaitingResguardo'],
      guards: ['usernameNotReserved', 'usernameConforms', 'usernameFree', 'capacityInRange'],
      effects: ['provisionMailbox', 'grantInternet', 'setCapacity', 'issueResguardo'],
      clauses: ['8.1-9', '8.1-10', '8.1-11', '5.4.3', '4.19', '4.14', '5.4.7', '8.2-9'],
      summary: {
        es: 'Genera la cuenta con un nombre de usuario que 5.4.3 da a la persona, libre y no eliminado (o, por cambio de adscripción, respalda, mueve y cambia la contraseña), da internet si se autorizó, asigna capacidad y emite el resguardo F02.',
        en: 'Creates the mailbox under a username 5.4.3 gives the person, not in use nor retired (for a transfer: backs it up, moves it, resets its password), grants internet if authorized, sets capacity, issues resguardo F02.',
      },
      apply: (s, e) => {
        const p = on<'PROVISION'>(e);
        const next: RequestState = {
          ...s,
          status: 'awaitingResguardo',
          username: p.username,
          provisioning: { at: e.at, actor: e.actor },
        };
        if (p.capacityMb !== undefined) next.capacityMb = p.capacityMb;
        return next;
      },
    },
    {
      from: ['awaitingResguardo'],
      event: 'RESGUARDO_SIGNED',
      roles: ['helpdesk', 'unit-it', 'mail-officer'],
      to: ['completed'],
      guards: ['resguardoInRightHands'],
      effects: ['archiveResguardo', 'askToReadProcedure', 'scheduleExpiry'],
      clauses: ['8.1-12', '8.1-13', '8.1-14', 'F02'],
      summary: {
        es: 'Resguardo firmado: se archiva, se pide al usuario leer el procedimiento y una cuenta temporal queda vigilada hasta su expiración.',
        en: 'Resguardo signed: archived, the user is asked to read the procedure, a temporary account is watched until it expires.',
      },
      apply: (s, e) => ({ ...s, status: 'completed', resguardoSigned: { at: e.at, actor: e.actor } }),
    },
    {
      from: ['submitted', 'internetReview'],
      event: 'WITHDRAW',
      roles: ['direct-boss'],
      to: ['withdrawn'],
      guards: [],
      effects: [],
      clauses: ['8.1-3'],
      summary: {
        es: 'El jefe inmediato retira la solicitud mientras sigue en revisión.',
        en: 'The direct boss withdraws the request while it is still under review.',
      },
      apply: (s, e) => {
        const { reason } = on<'WITHDRAW'>(e);
        return reason === undefined ? { ...s, status: 'withdrawn' } : { ...s, status: 'withdrawn', reason };
      },
    },
  ],
};

/** @internal The request machine compiled by the kit. */
export const requestMachine = defineMachine(REQUEST_MACHINE, {
  state: requestStateSchema,
  event: requestEventSchema,
});
