/**
 * Clause breakers: for every clause the library implements (docs/traceability.md), one or
 * more deliberate, minimal breaks of its rule in the source. `npm run breakers` applies each
 * in turn to a copy of the repository and runs the tests whose names cite the clause; every
 * breaker must make one of them fail. The normal test suite checks that every implemented
 * clause has a breaker and that each `search` occurs exactly once in its file: keep it small,
 * and fix it when the code it breaks moves.
 */
import { implementedClauses } from './traceability.js';

export type Breaker = {
  /** The clause whose tests must catch the break. */
  readonly clause: string;
  /** The file broken, from the repository root. */
  readonly file: string;
  /** Text found exactly once in the file … */
  readonly search: string;
  /** … and what it becomes. */
  readonly replace: string;
  /** What the break does, in a few words. */
  readonly note: string;
};

/** A breaker's stable key in docs/breakers.json. */
export const breakerId = (b: Breaker) => `${b.clause} ${b.file} ${b.search}`;

const REQ = 'src/request/machine.ts';
const ACC = 'src/lifecycle/machine.ts';
const FINDINGS = 'src/request/findings.ts';

const b = (clause: string, file: string, search: string, replace: string, note: string): Breaker => ({
  clause,
  file,
  search,
  replace,
  note,
});

export const BREAKERS: readonly Breaker[] = [
  // Usernames (5.4.3, 5.4.6, 4.16, 4.19, 3.0)
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, not a template
  b('3.0', 'src/names/chooseUsername.ts', '@${domain}`', '@seseq.gob.mx`', 'the address in another domain'),
  b('3.0', 'src/names/toEmail.ts', 'username.toLowerCase()}@', 'username}@', 'the address not lower-cased'),
  b(
    '5.4.3',
    'src/names/usernameCandidates.ts',
    'g0 + p[0] + m[0]',
    'g0 + m[0] + p[0]',
    'primary: surnames swapped',
  ),
  b(
    '5.4.3',
    'src/names/usernameCandidates.ts',
    'g1 + p[0] + m[0]',
    'g0 + p[0] + m[0]',
    'José/María not skipped',
  ),
  b(
    '5.4.3',
    'src/names/usernameCandidates.ts',
    'g0 + s.slice(0, 2)',
    'g0 + s.slice(0, 1)',
    'one surname: one letter',
  ),
  b(
    '5.4.3',
    'src/names/usernameCandidates.ts',
    'head[0] + p + m[0]',
    'head[0] + p + m',
    'collision: whole maternal',
  ),
  b(
    '5.4.3',
    'src/names/compounds.ts',
    'if (entries === undefined) return 0;',
    'return 0;',
    'compound surnames split',
  ),
  b(
    '5.4.3',
    'src/names/parseFullName.ts',
    'kinds[k] === LED && kinds[k - 1] === 0',
    'false',
    'an unknown compound not ambiguous',
  ),
  b(
    '5.4.6',
    'src/names/checkUsernameConformance.ts',
    'return ok({ conforms: true, rule: match.rule, expected });',
    'return ok({ conforms: false, rule: null, expected });',
    'a conforming username refused',
  ),
  b(
    '5.4.6',
    'src/review/_conformance.ts',
    'if (r.value.conforms) return null;',
    'if (r.value.expected) return null;',
    'the review never flags a username',
  ),
  b('4.16', 'src/policy/policy.ts', "    'TODOS',\n", '', 'TODOS no longer reserved'),
  b(
    '4.16',
    'src/names/availability.ts',
    'return a.reservedSet.has(username);',
    'return false;',
    'nothing reserved for usernames',
  ),
  b('4.16', REQ, 'policy.reservedUsernames.includes(username)', 'false', 'PROVISION of a reserved username'),
  b(
    '4.19',
    'src/names/chooseUsername.ts',
    "  if (a.retired !== null && isIn(a.retired, username)) return 'retired';\n  if (isTaken(a, username)) return 'taken';\n  return null;\n}\n\nfunction",
    "  if (isTaken(a, username)) return 'taken';\n  return null;\n}\n\nfunction",
    'a retired username handed out again',
  ),
  b(
    '4.19',
    'src/schedule/inactivityStatus.ts',
    'policy.inactivityThreshold.months)',
    'policy.inactivityThreshold.months + 1)',
    'inactive after four months',
  ),
  b('4.19', ACC, 'if (on > day)', "if (on > '9999-12-31')", 'an access dated after the event accepted'),

  // Requests (8.1, 4.8–4.14, 4.29, F01, F02)
  b(
    '4.8',
    'src/request/createRequest.ts',
    'if (blocking.length > 0) return err(blocking);',
    '',
    'an incomplete F01 accepted',
  ),
  b(
    '8.1-2',
    'src/request/createRequest.ts',
    "status: 'submitted',",
    "status: 'internetReview',",
    'the request not under review',
  ),
  b(
    '8.1-3',
    FINDINGS,
    'if (!Object.hasOwn(signatures, signer) || (signatures as Record<string, unknown>)[signer] === undefined) {',
    'if (false) {',
    'unsigned F01 accepted',
  ),
  b(
    '8.1-3',
    'src/request/createRequest.ts',
    '!(CREATE_REQUEST_ROLES as readonly string[]).includes(who.data.role)',
    "who.data.role === 'system'",
    'anyone files the request',
  ),
  b(
    'F01',
    'src/request/rules.ts',
    "kind === 'transfer' && blank(previousArea)",
    "kind === 'creation' && blank(previousArea)",
    'a transfer without the previous area',
  ),
  b(
    'F01',
    'src/request/rules.ts',
    "condition === 'temporary' && blank(expiresOn)",
    "condition === 'fixed' && blank(expiresOn)",
    'a temporary account without expiry',
  ),
  b(
    '4.25',
    'src/request/rules.ts',
    "code: 'MISSING_PREVIOUS_AREA',",
    "code: 'INVALID_INPUT',",
    'a transfer not told apart',
  ),
  b(
    '4.10',
    FINDINGS,
    "holder !== 'staff' && form.condition !== 'temporary'",
    "holder === 'contractor' && form.condition !== 'temporary'",
    'a fixed account for an external',
  ),
  b(
    '4.29',
    FINDINGS,
    "holder === 'contractor' && form.contractorAuthorization === undefined",
    'false',
    "a contractor without the IT head's authorization",
  ),
  b(
    '4.11',
    'src/request/rules.ts',
    "own(internet, 'requested') === true",
    "own(internet, 'requested') === 'yes'",
    'internet without justification',
  ),
  b(
    '4.9',
    REQ,
    'return e.seatsInUse >= cap;',
    'return e.seatsInUse > cap;',
    'a third seat without exception',
  ),
  b(
    '4.9',
    'src/allowances/caps.ts',
    '? p.mailboxSeatsPerDepartment :',
    '? p.mailboxSeatsPerDepartment + 1 :',
    'three seats per department',
  ),
  b(
    '4.13',
    REQ,
    'if (exitsInUse < cap) return null;',
    'if (exitsInUse <= cap) return null;',
    'a third internet exit',
  ),
  b(
    '8.1-5',
    REQ,
    "'recordSeatException', 'askExitCount',",
    "'recordSeatException',",
    'the exit count never asked',
  ),
  b(
    '8.1-6',
    REQ,
    'const cap = exitCap(policy);',
    'const cap = exitCap(policy) + 1;',
    'three exits authorized',
  ),
  b(
    '8.1-7.A',
    REQ,
    "        internet: 'authorized',",
    "        internet: 'denied',",
    'authorized internet recorded as denied',
  ),
  b('8.1-7.B', REQ, "internet: 'denied',", "internet: 'authorized',", 'denied internet granted'),
  b(
    '8.1-4.A',
    REQ,
    "status: 'rejected', reason",
    "status: 'withdrawn', reason",
    'a rejection ends as withdrawn',
  ),
  b('8.1-4.A.1', REQ, "effects: ['notifyNotViable'],", 'effects: [],', 'the unit not told of a rejection'),
  b(
    '8.1-4.B',
    REQ,
    "status: s.form.internet.requested ? 'internetReview' : 'readyToProvision',",
    "status: 'readyToProvision',",
    'internet never reviewed',
  ),
  b(
    '8.1-8',
    REQ,
    "after.status === 'readyToProvision'",
    "after.status === 'completed'",
    'the mail officer never asked to provision',
  ),
  b('8.1-9', REQ, "type: 'CREATE_MAILBOX',", "type: 'CREATE_ACCOUNT',", 'no mailbox created'),
  b('8.1-10', REQ, "type: 'GRANT_INTERNET_EXIT',", "type: 'GRANT_INTERNET',", 'no internet exit granted'),
  b('8.1-11', REQ, "'setCapacity', 'issueResguardo']", "'setCapacity']", 'no resguardo issued'),
  b(
    '8.1-11.A',
    REQ,
    "{ type: 'ISSUE_RESGUARDO', via: 'helpdesk',",
    "{ type: 'ISSUE_RESGUARDO', via: 'unit-it',",
    'central office resguardo not via the helpdesk',
  ),
  b(
    '8.1-11.B',
    REQ,
    "{ type: 'ISSUE_RESGUARDO', via: 'unit-it',",
    "{ type: 'ISSUE_RESGUARDO', via: 'helpdesk',",
    "a unit's resguardo not via its IT",
  ),
  b(
    '8.1-11.A.1',
    REQ,
    "s.form.centralOffice ? 'helpdesk' : 'unit-it'",
    "s.form.centralOffice ? 'unit-it' : 'unit-it'",
    'central office resguardo from the unit',
  ),
  b(
    '8.1-12',
    REQ,
    "s.form.centralOffice ? 'helpdesk' : 'unit-it'",
    "s.form.centralOffice ? 'helpdesk' : 'helpdesk'",
    "a unit's resguardo from the helpdesk",
  ),
  b('8.1-13', REQ, "{ type: 'ARCHIVE_RESGUARDO',", "{ type: 'ARCHIVE',", 'the resguardo not archived'),
  b(
    '8.1-14',
    REQ,
    "s.form.condition === 'temporary' && s.form.expiresOn !== undefined",
    'false',
    'a temporary account never expires',
  ),
  b('F02', REQ, "guards: ['resguardoInRightHands'],", 'guards: [],', 'F02 from anyone'),
  b('4.14', REQ, "capacityMb, clause: '4.14'", "capacityMb: 0, clause: '4.14'", 'the capacity not set'),
  b(
    '8.2-8',
    REQ,
    "{ type: 'BACKUP_MAILBOX', username, deliverTo: 'direct-boss', clause: '8.2-8' },",
    '',
    'a transfer without backup',
  ),
  b(
    '8.2-9',
    REQ,
    "{ type: 'RESET_PASSWORD', username, reason: 'transfer', clause: '8.2-9' },",
    '',
    'a transfer keeps its password',
  ),
  b(
    '4.7',
    REQ,
    "event: 'PROVISION',\n      roles: ['mail-officer'],",
    "event: 'PROVISION',\n      roles: ['mail-officer', 'direct-boss'],",
    'the boss provisions a mailbox',
  ),
  b(
    '5.3.5',
    REQ,
    "event: 'AUTHORIZE_INTERNET',\n      roles: ['it-head'],",
    "event: 'AUTHORIZE_INTERNET',\n      roles: ['it-head', 'mail-officer'],",
    'the mail officer authorizes internet',
  ),

  // The account (4.19–4.29, 8.2, 8.3)
  b(
    '4.20',
    ACC,
    "status: 'transferPending', transfer };",
    "status: 'active', transfer };",
    'a transfer report changes nothing',
  ),
  b(
    '8.2-1.B',
    ACC,
    'toDepartment === s.department\n',
    "toDepartment === 'never'\n",
    'a transfer to the same department',
  ),
  b(
    '8.2-2',
    ACC,
    "const { toDepartment, effectiveOn } = as(e, 'REPORT_TRANSFER');\n        const day = dayOf(e.at, policy);",
    "const { toDepartment, effectiveOn } = as(e, 'REPORT_TRANSFER');\n        const day = s.createdOn;",
    'the report date lost',
  ),
  b(
    '8.2-4.A',
    ACC,
    "return intoGrace(s, day, { cause: 'baja', since: day }, policy);",
    "return intoGrace(s, s.createdOn, { cause: 'baja', since: day }, policy);",
    'the declined transfer graced from creation',
  ),
  b(
    '8.2-4.B',
    ACC,
    "department: as(e, 'COMPLETE_TRANSFER').toDepartment,",
    'department: s.department,',
    'the account stays in its department',
  ),
  b('8.2-6', ACC, "effects: ['moveMailbox'],", 'effects: [],', 'the mailbox not moved'),
  b(
    '4.21.2',
    ACC,
    "if (as(e, 'SANCTION').permanent) return cancelled(s, day, 'sanction');",
    '',
    'a permanent sanction only suspends',
  ),
  b(
    '4.21.3',
    ACC,
    "return { ...s, status: 'onLeave', leave: { kind, since: dayOf(e.at, policy), until } };",
    "return { ...s, status: 'onLeave', leave: { kind, since: dayOf(e.at, policy), until: null } };",
    'the leave has no end',
  ),
  b(
    '4.21.4',
    ACC,
    "network: reason === 'investigation',",
    'network: false,',
    'investigation keeps network access',
  ),
  b('5.4.15', ACC, "type: 'RESTORE_NETWORK_ACCESS',", "type: 'RESTORE_NETWORK',", 'network never restored'),
  b('4.26', ACC, "mailbox: reason === 'sanction',", 'mailbox: false,', 'a sanction keeps the mailbox'),
  b('4.26', ACC, "guards: ['permanentOnly'],", 'guards: [],', 'a temporary sanction in the grace period'),
  b(
    '4.22',
    'src/schedule/offboardingSchedule.ts',
    'policy.offboardingGraceDays + 1)',
    'policy.offboardingGraceDays + 2)',
    'cancelled a day late',
  ),
  b('4.22', ACC, "template: 'grace-period',", "template: 'grace',", 'the user not told of the grace period'),
  b(
    '4.23',
    'src/schedule/isBossNoticeLate.ts',
    'days >= policy.bossNoticeDeadlineDays',
    'days > policy.bossNoticeDeadlineDays',
    'a notice on day 15 on time',
  ),
  b(
    '4.23',
    ACC,
    "effects: ['backupForBoss', 'announceGrace', 'flagLateNotice'],",
    "effects: ['backupForBoss', 'announceGrace'],",
    'a late notice not flagged',
  ),
  b(
    '4.24',
    'src/schedule/cancellationSchedule.ts',
    'policy.cancellationNoticeDays)',
    'policy.cancellationNoticeDays + 1)',
    'cancelled a day late',
  ),
  b(
    '4.24',
    ACC,
    "template: 'cancellation-confirmation',",
    "template: 'cancellation',",
    'no confirmation mail',
  ),
  b(
    '8.3-6',
    ACC,
    "apply: (s, e, policy) => notice(s, dayOf(e.at, policy), 'request', policy),",
    "apply: (s, e, policy) => notice(s, dayOf(e.at, policy), 'inactivity', policy),",
    'a requested cancellation recorded as inactivity',
  ),
  b(
    '8.3-7',
    'src/lifecycle/machine.ts',
    'cancelOn: plan.isOk() ? plan.value.cancelOn : day,',
    'cancelOn: day,',
    'cancelled at once, no notice',
  ),
  b(
    '8.3-5.B',
    ACC,
    "apply: (s, e, policy) => notice(s, dayOf(e.at, policy), 'inactivity', policy),",
    "apply: (s, e, policy) => notice(s, dayOf(e.at, policy), 'request', policy),",
    'inactivity cancellation recorded as requested',
  ),
  b(
    '8.3-8',
    ACC,
    "e.type === 'NOTICE_ELAPSED' ? '8.3-8'",
    "e.type === 'NOTICE_ELAPSED' ? '8.2-1.A.1'",
    'the backup cites the wrong act',
  ),
  b(
    '8.3-8',
    ACC,
    "effects: ['backupForBoss', 'announceGrace'],\n      clauses: ['4.24',",
    "effects: ['announceGrace'],\n      clauses: ['4.24',",
    'no backup after the notice',
  ),
  b(
    '8.3-9',
    ACC,
    'return intoGrace(s, bajaOn, { cause: closing.cause, since: bajaOn }, policy);',
    'return intoGrace(s, s.createdOn, { cause: closing.cause, since: bajaOn }, policy);',
    'grace counted from creation',
  ),
  b(
    '8.3-10',
    ACC,
    "{ type: 'UPDATE_ACCOUNT_LISTING',",
    "{ type: 'UPDATE_LISTING',",
    'the account listing not updated',
  ),
  b(
    '8.2-1.A',
    ACC,
    'const check = bossNotice(bajaOn, day, policy);',
    'const check = { late: false, days: 0 };',
    'baja lateness never checked',
  ),
  b('8.2-1.A.1', ACC, ": '8.2-1.A.1',", ": '8.3-8',", 'the baja backup cites the wrong act'),
  b(
    '8.2-1.A.2',
    ACC,
    "apply: (s, e, policy) => cancelled(s, dayOf(e.at, policy), s.closing?.cause ?? 'baja'),",
    "apply: (s, e, policy) => cancelled(s, dayOf(e.at, policy), 'sanction'),",
    'the cancellation forgets its cause',
  ),
  b(
    '5.4.14',
    ACC,
    'const bajaOn = s.expiresOn ?? dayOf(e.at, policy);',
    'const bajaOn = dayOf(e.at, policy);',
    'expiry counted from the event',
  ),
  b(
    '4.10',
    ACC,
    "return intoGrace(s, bajaOn, { cause: 'expiry', since: bajaOn }, policy);",
    "return intoGrace(s, bajaOn, { cause: 'baja', since: bajaOn }, policy);",
    'an expiry recorded as a baja',
  ),
  b(
    '4.29',
    'src/lifecycle/_due.ts',
    "{ type: 'EXPIRED', on: s.expiresOn }",
    "{ type: 'EXPIRED', on: s.createdOn }",
    'a contract ends on its first day',
  ),
  b(
    '8.3-3',
    ACC,
    'return status.inactive\n',
    'return !status.inactive\n',
    'inquiry only for active accounts',
  ),
  b('8.3-4', ACC, "template: 'inactivity-inquiry',", "template: 'inquiry',", 'the boss not asked'),
  b(
    '8.3-5',
    ACC,
    'leave: { kind: null, since: dayOf(e.at, policy), until },',
    'leave: { kind: null, since: dayOf(e.at, policy), until: null },',
    "the boss's leave report loses its end",
  ),
  b(
    '8.3-5.A',
    ACC,
    "event: 'LEAVE_ENDED',\n      roles: ['system'],\n      to: ['active'],\n      guards: ['isDue'],",
    "event: 'LEAVE_ENDED',\n      roles: ['system'],\n      to: ['active'],\n      guards: [],",
    'a leave ends before its day',
  ),
  b(
    '8.3-1',
    'src/schedule/nextInactivityReview.ts',
    'inactivityReviewEvery.months)',
    'inactivityReviewEvery.months + 1)',
    'review every five months',
  ),
  b(
    '5.4.4',
    'src/review/reviewAccounts.ts',
    "item(s, 'inactive', '4.19', 'OPEN_INACTIVITY_INQUIRY'",
    "item(s, 'inactive', '4.19', 'NOTIFY_USER'",
    'an unused account not acted on',
  ),
  b(
    '5.4.7',
    'src/review/mailboxUsage.ts',
    'if (usedMb >= capacityMb) return',
    'if (usedMb > capacityMb * 2) return',
    'capacity not a maximum',
  ),
  b(
    '5.4.8',
    'src/review/mailboxUsage.ts',
    'usedMb > capacityMb * warningRatio(policy)',
    'usedMb > capacityMb',
    'no warning above 90 %',
  ),
  b(
    '4.18',
    'src/review/mailboxUsage.ts',
    'if (usedMb >= capacityMb) return',
    'if (usedMb > capacityMb) return',
    'a full mailbox accepts mail',
  ),
  b(
    '4.15',
    'src/review/reviewCapacityIncrease.ts',
    '!r.signedBy.headOfArea ||',
    '',
    "no head's signature needed",
  ),
  b(
    '5.4.12',
    'src/schedule/nextContingencyDrill.ts',
    'contingencyDrillEvery.months)',
    'contingencyDrillEvery.months + 1)',
    'drill every thirteen months',
  ),
  // Issue 8: the seams of the request (SPEC §12).
  b('5.4.3', REQ, 'if (c.value.conforms) return null;', 'return null;', 'PROVISION takes any username'),
  b(
    '4.19',
    REQ,
    'if (p.usernameRetired) return',
    'if (false) return',
    'a retired username provisioned again',
  ),
  b(
    '5.4.7',
    REQ,
    'if (capacityMb >= min && capacityMb <= max) return null;',
    'return null;',
    'any capacity provisioned',
  ),
  b('4.11', REQ, 'if (!wantsMailbox(s)) return [];', '', 'internet alone creates a mailbox'),
  b(
    '4.29',
    FINDINGS,
    'authorization.on > form.requestedOn',
    'authorization.on > form.expiresOn!',
    'authorization after the request accepted',
  ),
  b(
    '4.13',
    'src/request/reviewAccountRequest.ts',
    'sites.every((site) => isAlwaysAllowedSite(site, p))',
    'false',
    'always-allowed sites not noticed',
  ),
  // Oversight (5.4.10, 5.4.14, 8.3-2, 4.20, 5.4.13, 5.3.5)
  b(
    '5.4.10',
    'src/oversight/reconcileRoster.ts',
    "if (onPayroll) find('unidentified'",
    "if (false) find('unidentified'",
    'an account naming nobody passes',
  ),
  b(
    '8.3-2',
    'src/oversight/reconcileRoster.ts',
    "else if (onPayroll) find('notActiveWorker'",
    "else if (false) find('notActiveWorker'",
    'an id nobody on the roster has passes',
  ),
  b(
    '5.4.14',
    'src/oversight/reconcileRoster.ts',
    'ended: ends !== null && ends < asOf',
    'ended: false',
    'ended contracts ignored',
  ),
  b(
    '4.20',
    'src/oversight/reconcileRoster.ts',
    'if (!current.some(',
    'if (false && !current.some(',
    'an unreported transfer passes',
  ),
  b(
    '5.4.13',
    'src/oversight/findApprovalAnomalies.ts',
    'if (end - start + 1 >= burst.threshold) {',
    'if (end - start + 1 > burst.threshold) {',
    'a burst needs one request more',
  ),
  b(
    '5.3.5',
    'src/oversight/findApprovalAnomalies.ts',
    'if (filedAt >= 0 && logs[filedAt]!.actor.id === e.actor.id) {',
    'if (false) {',
    'the filer may approve',
  ),
];

/** The implemented clauses (docs/traceability.md) that no breaker breaks. */
export function missingBreakers(): string[] {
  const broken = new Set(BREAKERS.map((x) => x.clause));
  return [...implementedClauses().keys()].filter((c) => !broken.has(c));
}
