import type { Instant } from '../_internal/instant.js';
import type { PlainDate } from '../_internal/plainDate.js';
import type { ViolationCode } from '../errors/codes.js';
import type { Clause } from '../errors/violation.js';
import type { Actor } from '../machine/types.js';

/**
 * A person on form F01: a name and an e-mail address.
 *
 * @example
 * const director: Contact = { name: 'Ana María Juárez López', email: 'ajuarezl@seseqro.gob.mx' };
 */
export type Contact = { name: string; email: string };

/** Who the account is for: SESEQ staff, an outsider such as an advisor or auditor (4.10), or a contractor's employee (4.29). */
export type Holder = 'staff' | 'external' | 'contractor';

/**
 * Form F01 "Solicitud de correo electrónico e internet" (U430-DP-P09-F01), as data (SPEC §11).
 * Read it from unknown input with {@link parseAccountRequest}.
 *
 * @example
 * const form: AccountRequestForm = {
 *   folio: 'F01-2026-0001', requestedOn: '2026-11-30', area: 'Dirección de Planeación',
 *   director: { name: 'Ana María Juárez López', email: 'ajuarezl@seseqro.gob.mx' },
 *   requestingBoss: { name: 'Alejandro Hernández Núñez', email: 'alejandrohn@seseqro.gob.mx' },
 *   kind: 'creation', condition: 'fixed',
 *   user: { fullName: 'Perla Adriana Hernández Leal', department: 'Informática', position: 'Analista de sistemas',
 *     functions: 'Administración de la red de la unidad y soporte a los usuarios', holder: 'staff' },
 *   internet: { requested: true, justification: 'Consulta de la normatividad federal en línea' },
 *   centralOffice: true,
 *   signatures: { director: '2026-11-30', requestingBoss: '2026-11-30', user: '2026-11-30' },
 * };
 * parseAccountRequest(form).isOk()
 * //=> true
 */
export type AccountRequestForm = {
  /** The request's id, chosen by the consumer. */
  folio: string;
  /** "Día Mes Año". */
  requestedOn: PlainDate;
  /** "Área". */
  area: string;
  /** "Director de Área". */
  director: Contact;
  /** "Jefe inmediato que solicita". */
  requestingBoss: Contact;
  /**
   * "Creación | Cambio de adscripción". A transfer is the new boss's F01 for a person who
   * already has an account (4.25): the account is moved, not created again (8.2-6).
   */
  kind: 'creation' | 'transfer';
  /** "Área anterior donde prestaba sus servicios": required for a transfer (F01). */
  previousArea?: string;
  /** "Fija | Temporal". */
  condition: 'fixed' | 'temporary';
  /** "Para temporal indique la fecha de expiración": required when temporary, after `requestedOn` (F01). */
  expiresOn?: PlainDate;
  user: {
    /** "Nombre completo y sin abreviaturas". */
    fullName: string;
    /**
     * The name's parts, when the unit gives them (SPEC §12): given names, then each surname.
     * When `givenNames` is given the parts rule (the username is proposed and checked from
     * them, not from reading `fullName`), and `fullName` must agree with them: the same
     * letters once accents, case, particles and spacing are set aside (`NAME_PARTS_DISAGREE`).
     */
    givenNames?: string;
    paternalSurname?: string;
    maternalSurname?: string;
    /** The allowance ledger's key (4.9, 4.13). */
    department: string;
    position: string;
    functions: string;
    holder: Holder;
  };
  /**
   * Whether a mailbox is wanted (default `true`). `false` is a request for internet alone
   * ("La solicitud para contar con internet se realizará de forma independiente", 4.11): for a
   * person who already has an account; it needs `internet.requested`, uses no seat and creates
   * no mailbox, and its exit goes to the account's username named at `PROVISION`.
   */
  mailbox?: boolean;
  /** "Requiere internet": a request needs its justification (4.11, 4.12, 8.1-2). */
  internet: { requested: boolean; justification?: string };
  /** The account is for the central-office building: F02 goes through the helpdesk (8.1-11). */
  centralOffice: boolean;
  /** The three signatures of act 3, each with its date. */
  signatures: { director?: PlainDate; requestingBoss?: PlainDate; user?: PlainDate };
  /** The IT head's prior authorization for a contractor's account (4.29). */
  contractorAuthorization?: { by: string; on: PlainDate };
};

/**
 * Where a request is in procedure 8.1.
 *
 * @example
 * const status: RequestStatus = 'awaitingResguardo'; // F02 issued, waiting for its signature (8.1-11…13)
 */
export type RequestStatus =
  | 'submitted'
  | 'internetReview'
  | 'readyToProvision'
  | 'awaitingResguardo'
  | 'completed'
  | 'rejected'
  | 'withdrawn';

/**
 * A request's state: plain JSON, stored by the consumer and loaded back with {@link parseRequestState}.
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const state: RequestState = createRequest(form, '2026-11-30T09:00:00-06:00', { role: 'direct-boss', id: 'jefe-17' })._unsafeUnwrap().state;
 * [state.id, state.version, state.status, state.internet, state.username]
 * //=> ['F01-2026-0001', 1, 'submitted', 'pending', null]
 */
export type RequestState = {
  /** = `form.folio`. */
  id: string;
  /** 1 after {@link createRequest}, + 1 per transition. */
  version: number;
  status: RequestStatus;
  form: AccountRequestForm;
  internet: 'notRequested' | 'pending' | 'authorized' | 'denied';
  /** Set by `PROVISION`. */
  username: string | null;
  /** The instant of the last change (the machine kit refuses an earlier event). */
  updatedAt?: Instant;
  /** The operational exception `APPROVE` used because the department was at its seat cap (4.9, 8.1-4.B). */
  seatException?: { reason: string };
  /** The IT head's observation when internet was denied (8.1-7.B). */
  observation?: string;
  /** The capacity `PROVISION` assigned (4.14, 8.1-10). */
  capacityMb?: number;
  /** Why the request was rejected (8.1-4.A) or withdrawn. */
  reason?: string;
  /**
   * Set by `APPROVE` (8.1-4.B, 4.9): when, by whom, the seats the department held as the event
   * said, and the seat cap the policy gave the department then. Present in every status past
   * approval (`internetReview` … `completed`), absent in `submitted`; a state at or over the
   * cap for a mailbox carries `seatException`, one under it does not.
   */
  approval?: RequestStamp & { seatsInUse: number; seatCap: number };
  /**
   * Set by `AUTHORIZE_INTERNET` (with the exits in use and the cap, 4.13, 8.1-7.A) or
   * `DENY_INTERNET` (without them, 8.1-7.B): present exactly when `internet` is decided.
   */
  internetDecision?: RequestStamp & { exitsInUse?: number; exitCap?: number };
  /** Set by `PROVISION` (8.1-9): present exactly in `awaitingResguardo` and `completed`. */
  provisioning?: RequestStamp;
  /** Set by `RESGUARDO_SIGNED` (8.1-12, 8.1-13): present exactly in `completed`. */
  resguardoSigned?: RequestStamp;
};

/**
 * When a step of a request was taken and by whom: the evidence a {@link RequestState} past that
 * step carries (issue 12), copied from the event's `at` and `actor`.
 *
 * @example
 * const stamp: RequestStamp = { at: '2026-12-01T10:00:00-06:00', actor: { role: 'it-head', id: 'ti-1' } };
 */
export type RequestStamp = { at: Instant; actor: Actor };

/**
 * What happens to a request, with when and who (SPEC §11).
 *
 * @example
 * const approve: RequestEvent = { type: 'APPROVE', seatsInUse: 1, at: '2026-12-01T10:00:00-06:00', actor: { role: 'it-head', id: 'ti-1' } };
 * const provision: RequestEvent = {
 *   type: 'PROVISION', username: 'PERLAHL', capacityMb: 2048, at: '2026-12-02T09:00:00-06:00', actor: { role: 'mail-officer', id: 'mov-2' },
 * };
 */
export type RequestEvent = { at: Instant; actor: Actor } & (
  | { type: 'REJECT'; reason: string }
  | { type: 'APPROVE'; seatsInUse: number; exception?: { reason: string } }
  | { type: 'AUTHORIZE_INTERNET'; exitsInUse: number }
  | { type: 'DENY_INTERNET'; observation: string }
  | {
      type: 'PROVISION';
      username: string;
      /** The new or moved mailbox's capacity (4.14, 5.4.7); left out for a request for internet alone. */
      capacityMb?: number;
      /**
       * What the mail officer found when checking the username against the mail server and
       * the "listado de cuentas que pueden ser ocupadas": another account already has it
       * (5.4.3). Required for a creation (`PROVISION_FACTS_MISSING` without it); a transfer
       * keeps the account's own username and needs no facts.
       */
      usernameInUse?: boolean;
      /** What the mail officer found: the username was deleted for inactivity and is never created again (4.19). Required for a creation. */
      usernameRetired?: boolean;
    }
  | { type: 'RESGUARDO_SIGNED' }
  | { type: 'WITHDRAW'; reason?: string }
);

/**
 * The type of a {@link RequestEvent}.
 *
 * @example
 * const type: RequestEventType = 'AUTHORIZE_INTERNET';
 */
export type RequestEventType = RequestEvent['type'];

/**
 * One finding of {@link reviewAccountRequest}: a violation (`describe()` renders it) that is
 * either `blocking` (the request cannot go on as it stands) or `advisory` (the IT head should
 * know). `path` names the form field when there is one.
 *
 * @example
 * const finding: RequestFinding = {
 *   code: 'MAILBOX_SEAT_LIMIT_REACHED', clause: '4.9', severity: 'blocking', path: 'user.department',
 *   details: { department: 'Informática', inUse: 2, cap: 2, exceptionPossible: true },
 * };
 */
export type RequestFinding = {
  code: ViolationCode;
  clause: Clause | null;
  severity: 'blocking' | 'advisory';
  path?: string;
  details?: Record<string, unknown>;
};
