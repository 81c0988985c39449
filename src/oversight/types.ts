import type { PlainDate } from '../_internal/plainDate.js';
import type { Clause } from '../errors/violation.js';
import type { AccountStatus } from '../lifecycle/types.js';
import type { Actor } from '../machine/types.js';

/**
 * One row of the institution's roster of active workers, as payroll exports it (5.4.10): an
 * employee id, a full name or both, the department, and the contract's last day where known.
 *
 * @example
 * const row: RosterRow = { employeeId: '10002', name: 'MARIA SOLEDAD RAMIREZ TREJO', department: 'Compras', contractEndsOn: null };
 */
export type RosterRow = {
  readonly employeeId?: string | null;
  readonly name?: string | null;
  readonly department: string;
  /** The contract's last day (temporary contracts, social service, internships: 5.4.14). */
  readonly contractEndsOn?: PlainDate | null;
};

/**
 * One mail account as the reconciliation reads it: the username, the department the account is
 * assigned to and who holds it (an employee id, a full name or both). `status` defaults to
 * `active`; a cancelled account is not looked at, one already closing (`cancellationNotice`,
 * `gracePeriod`) only for identity. External and contractor holders (4.10, 4.29) are not on
 * payroll: their absence from the roster is not a finding.
 *
 * @example
 * const account: RosterAccount = { username: 'SOLEDADRT', department: 'Compras', employeeId: '10002' };
 */
export type RosterAccount = {
  readonly username: string;
  readonly department: string;
  readonly employeeId?: string | null;
  readonly name?: string | null;
  readonly status?: AccountStatus;
  readonly holder?: 'staff' | 'external' | 'contractor';
  readonly id?: string;
};

/**
 * What the reconciliation found about an account.
 *
 * @example
 * const kind: RosterFindingKind = 'departmentMismatch';
 */
export type RosterFindingKind =
  /** Nobody on the roster has the account's employee id or name (5.4.10): file its `OFFBOARD`. */
  | 'notActiveWorker'
  /** The roster says the holder's contract ended before `asOf` (5.4.14): `OFFBOARD` from that day. */
  | 'contractEnded'
  /** The roster puts the holder in another department (4.20): report the transfer. */
  | 'departmentMismatch'
  /** Only the folded name matches, with another id or several people (5.4.10): a person confirms. */
  | 'probableMatch'
  /** The account names nobody that can be looked up (no id, no readable name; 5.4.10). */
  | 'unidentified';

/**
 * The step a finding asks for, with the lifecycle event it leads to where there is one.
 *
 * @example
 * const step: RosterStep = { type: 'OFFBOARD', bajaOn: '2027-01-31', cause: 'contractEnd' };
 */
export type RosterStep =
  | {
      readonly type: 'OFFBOARD';
      readonly bajaOn: PlainDate | null;
      readonly cause: 'separation' | 'contractEnd';
    }
  | { readonly type: 'REPORT_TRANSFER'; readonly toDepartment: string }
  | { readonly type: 'CONFIRM_IDENTITY' };

/**
 * A roster row as a finding cites it: its position in the input and its fields.
 *
 * @example
 * const ref: RosterRef = { index: 2, employeeId: '10003', name: null, department: 'Informática', contractEndsOn: '2027-01-31' };
 */
export type RosterRef = {
  readonly index: number;
  readonly employeeId: string | null;
  readonly name: string | null;
  readonly department: string;
  readonly contractEndsOn: PlainDate | null;
};

/**
 * One line of the reconciliation report.
 *
 * @example
 * reconcileRoster([{ username: 'JGARCIA', department: 'Compras', employeeId: '10099' }], [], '2027-03-01')
 *   ._unsafeUnwrap().findings[0].kind
 * //=> 'notActiveWorker'
 */
export type RosterFinding = {
  readonly kind: RosterFindingKind;
  readonly clause: Clause;
  /** The account's position in the input. */
  readonly accountIndex: number;
  readonly username: string;
  readonly department: string;
  readonly step: RosterStep;
  /** The roster rows behind the finding (none for `notActiveWorker` and `unidentified`). */
  readonly roster: readonly RosterRef[];
};

/**
 * The reconciliation of accounts with the roster (5.4.10, 5.4.14, 8.3-2, 4.20), as data.
 *
 * @example
 * reconcileRoster([], [], '2027-03-01')._unsafeUnwrap()
 * //=> { asOf: '2027-03-01', accounts: 0, roster: 0, matched: 0, findings: [] }
 */
export type RosterReconciliation = {
  readonly asOf: PlainDate;
  readonly accounts: number;
  readonly roster: number;
  /** Accounts matched to a worker on the roster by id or by a unique name. */
  readonly matched: number;
  readonly findings: readonly RosterFinding[];
};

/**
 * A request log entry as stored (SPEC §11 `LogEntry`), the event read by its `type` and the
 * fields the anomalies look at. Unknown keys are kept and ignored.
 *
 * @example
 * // a RequestLogEntry of the request module is one
 * const record: RequestLogRecord = createRequest(form, at, actor)._unsafeUnwrap().log;
 */
export type RequestLogRecord = {
  readonly at: string;
  readonly actor: Actor;
  readonly subject: string;
  readonly version: number;
  readonly event: { readonly type: string; readonly [key: string]: unknown };
  readonly from: string | null;
  readonly to: string;
  readonly clauses: readonly string[];
};

/**
 * What {@link findApprovalAnomalies} looks for, each thresholds configurable.
 *
 * @example
 * const options: AnomalyOptions = { asOf: '2027-03-01', stalledAfterDays: 30, burst: { windowDays: 7, threshold: 10 } };
 */
export type AnomalyOptions = {
  /** The day of the report: a request not terminal whose last entry is older is stalled. */
  readonly asOf: PlainDate;
  /** Days a request may sit in one status before it is reported stalled; default 15. */
  readonly stalledAfterDays?: number;
  /** A burst: at least `threshold` requests from one area within `windowDays`; default 5 in 7. */
  readonly burst?: { readonly windowDays: number; readonly threshold: number };
};

/**
 * The kinds of anomaly of 5.4.13.
 *
 * @example
 * const kind: AnomalyKind = 'segregationOfDuties';
 */
export type AnomalyKind =
  /** The same person filed and approved (or authorized internet for) a request (5.3.5, 8.1-3, 8.1-4). */
  | 'segregationOfDuties'
  /** A `PROVISION` with no `APPROVE` before it in the request's log (8.1-4.B, 8.1-9). */
  | 'provisionedWithoutApproval'
  /** An entry the procedure's order does not allow: a step the machine has no row for, a gap or a repeated version (8.1). */
  | 'outOfOrder'
  /** Internet authorized with the department's exits already at the cap (4.13, 8.1-5, 8.1-6). */
  | 'exitOverCap'
  /** A seat granted at the cap with no operational exception or a blank reason (4.9, 8.1-4.B). */
  | 'seatExceptionWithoutReason'
  /** A username provisioned that no rule of 5.4.3 gives the form's person (5.4.3, 5.4.6). */
  | 'usernameNotConforming'
  /** A request that has sat in one status longer than `stalledAfterDays` (8.1). */
  | 'stalled'
  /** Unusually many requests from one area in a short window (5.4.13). */
  | 'burst';

/**
 * One anomaly: its kind and clause, the request (or area) and the log entries behind it.
 *
 * @example
 * const a: ApprovalAnomaly = { kind: 'stalled', clause: '8.1', subject: 'F01-2027-0003', entries: [8],
 *   details: { status: 'submitted', since: '2027-01-15', days: 45 } };
 */
export type ApprovalAnomaly = {
  readonly kind: AnomalyKind;
  readonly clause: Clause;
  /** The request's id, or the area for a `burst`. */
  readonly subject: string;
  /** Positions in the input array of the entries behind the finding. */
  readonly entries: readonly number[];
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
};

/**
 * The anomaly report of 5.4.13.
 *
 * @example
 * findApprovalAnomalies([], { asOf: '2027-03-01' })._unsafeUnwrap()
 * //=> { asOf: '2027-03-01', entries: 0, requests: 0, anomalies: [] }
 */
export type AnomalyReport = {
  readonly asOf: PlainDate;
  readonly entries: number;
  readonly requests: number;
  readonly anomalies: readonly ApprovalAnomaly[];
};
