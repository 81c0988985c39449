/**
 * The rules the library applies outside the two machines' tables (names, schedules,
 * allowances, the request form, the review), as data: which clauses, which export of which
 * file. With the clauses the machines' rows, guards and effects carry, this is what
 * docs/traceability.md calls "implemented"; a clause cited only in a comment is not. The
 * traceability test checks that each export exists, and scripts/breakers.ts breaks each
 * clause on purpose.
 */
export type RuleEntry = {
  /** The clauses the export applies. */
  readonly clauses: readonly string[];
  /** The source file, from the repository root. */
  readonly file: string;
  /** The named export that applies them. */
  readonly exportName: string;
  /** What it does, in one line (English). */
  readonly rule: string;
};

export const RULES: readonly RuleEntry[] = [
  {
    clauses: ['5.4.3'],
    file: 'src/names/usernameCandidates.ts',
    exportName: 'usernameCandidates',
    rule: 'the usernames of 5.4.3 for a name, in rule order',
  },
  {
    clauses: ['5.4.3', 'F01'],
    file: 'src/names/parseFullName.ts',
    exportName: 'parseFullName',
    rule: "F01's one line read as a name (no abbreviations; compound surnames)",
  },
  {
    clauses: ['5.4.3', '4.16', '4.19', '3.0'],
    file: 'src/names/generateUsername.ts',
    exportName: 'generateUsername',
    rule: 'the first available username (not reserved, retired or taken) and its address',
  },
  {
    clauses: ['4.16', '4.19'],
    file: 'src/names/checkUsernameAvailability.ts',
    exportName: 'checkUsernameAvailability',
    rule: 'whether a hand-picked username may be given',
  },
  {
    clauses: ['5.4.6'],
    file: 'src/names/checkUsernameConformance.ts',
    exportName: 'checkUsernameConformance',
    rule: 'which rule of 5.4.3 produced a username',
  },
  {
    clauses: ['3.0'],
    file: 'src/names/toEmail.ts',
    exportName: 'toEmail',
    rule: 'username@seseqro.gob.mx, lower-cased',
  },
  {
    clauses: ['4.8', '8.1-2', '8.1-3', 'F01', '4.10', '4.29', '4.11'],
    file: 'src/request/createRequest.ts',
    exportName: 'createRequest',
    rule: 'a request only through a complete, signed F01',
  },
  {
    clauses: ['4.25', 'F01'],
    file: 'src/request/schema.ts',
    exportName: 'accountRequestSchema',
    rule: 'a transfer is a new F01 naming the previous area',
  },
  {
    clauses: ['4.9', '4.13'],
    file: 'src/allowances/grant.ts',
    exportName: 'grant',
    rule: 'the allowance ledger: two seats and two exits per department',
  },
  {
    clauses: ['4.7', '5.3.5'],
    file: 'src/request/machine.ts',
    exportName: 'REQUEST_MACHINE',
    rule: "the rows' roles: IT acts on accounts, its head alone authorizes",
  },
  {
    clauses: ['4.19', '5.4.4', '8.3-3'],
    file: 'src/schedule/inactivityStatus.ts',
    exportName: 'inactivityStatus',
    rule: 'three months without access',
  },
  {
    clauses: ['4.23'],
    file: 'src/schedule/isBossNoticeLate.ts',
    exportName: 'isBossNoticeLate',
    rule: 'a baja reported in fewer than 15 days',
  },
  {
    clauses: ['4.22', '8.3-9'],
    file: 'src/schedule/offboardingSchedule.ts',
    exportName: 'offboardingSchedule',
    rule: '15 calendar days usable after a baja',
  },
  {
    clauses: ['4.24', '8.3-7'],
    file: 'src/schedule/cancellationSchedule.ts',
    exportName: 'cancellationSchedule',
    rule: 'the confirmation two days before a cancellation',
  },
  {
    clauses: ['8.3-1'],
    file: 'src/schedule/nextInactivityReview.ts',
    exportName: 'nextInactivityReview',
    rule: 'the access report every four months',
  },
  {
    clauses: ['5.4.12'],
    file: 'src/schedule/nextContingencyDrill.ts',
    exportName: 'nextContingencyDrill',
    rule: 'the contingency drill once a year',
  },
  {
    clauses: ['5.4.8', '4.18', '5.4.7'],
    file: 'src/review/mailboxUsage.ts',
    exportName: 'mailboxUsage',
    rule: 'warn above 90 % of the capacity; a full mailbox rejects mail',
  },
  {
    clauses: ['4.15'],
    file: 'src/review/reviewCapacityIncrease.ts',
    exportName: 'reviewCapacityIncrease',
    rule: "more capacity only by the head's justified memo",
  },
  {
    clauses: ['8.3-1', '5.4.4', '5.4.6', '5.4.8', '4.18'],
    file: 'src/review/reviewAccounts.ts',
    exportName: 'reviewAccounts',
    rule: 'the periodic review of every account',
  },
  {
    clauses: ['5.4.10', '5.4.14', '8.3-2', '4.20'],
    file: 'src/oversight/reconcileRoster.ts',
    exportName: 'reconcileRoster',
    rule: 'account holders against the roster of active workers: not on it, contract ended, another department',
  },
  {
    clauses: ['5.4.13', '5.3.5'],
    file: 'src/oversight/findApprovalAnomalies.ts',
    exportName: 'findApprovalAnomalies',
    rule: 'anomalies in the approval process: segregation of duties, order, caps, 5.4.3, stalled, bursts',
  },
];
