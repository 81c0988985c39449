import type { ViolationCode } from './codes.js';
import { type Details, is, order, show, val } from './render.js';

/** English messages, one per code. */
export const MESSAGES_EN: Readonly<Record<ViolationCode, (d: Details) => string>> = {
  INVALID_INPUT: (d) => `Invalid input${show(d, 'issues', (v) => `: ${v}`)}.`,
  ABBREVIATED_NAME: (d) =>
    `The name contains an abbreviation${show(d, 'word', (v) => ` ("${v}")`)}; form F01 asks for the full name without abbreviations.`,
  UNSUPPORTED_CHARACTERS: (d) =>
    `The name contains unsupported characters${show(d, 'value', (v) => ` ("${v}")`)}; only Latin letters are accepted.`,
  NAME_TOO_LONG: (d) =>
    `The name is too long${show(d, 'part', (v) => ` (${v})`)}; each part takes at most ${val(d, 'max', '100')} characters.`,
  MISSING_SURNAME: () => 'A surname is missing: a username is built from at least one surname (5.4.3).',
  NO_USERNAME_AVAILABLE: (d) =>
    `No username is left${show(d, 'name', (v) => ` for "${v}"`)}: every candidate is taken, reserved or retired (5.4.3).`,
  MISSING_SIGNATURE: (d) =>
    `The ${show(d, 'signer', (v) => `${signerEn(v)}'s `)}signature is missing from form F01 (8.1, act 3).`,
  MISSING_PREVIOUS_AREA: () => 'A transfer request must name the previous area (F01).',
  MISSING_EXPIRY: () => 'A temporary account must give its expiry date (F01).',
  EXPIRY_NOT_AFTER_REQUEST: (d) =>
    `The expiry date${show(d, 'expiresOn', (v) => ` (${v})`)} must come after the request date${show(d, 'requestedOn', (v) => ` (${v})`)}.`,
  EXTERNAL_MUST_BE_TEMPORARY: (d) =>
    `Accounts for people outside SESEQ${show(d, 'holder', (v) => ` (${v === 'contractor' ? 'contracted companies' : 'advisors, auditors'})`)} can only be temporary (4.10, 4.29).`,
  CONTRACTOR_NEEDS_AUTHORIZATION: () =>
    "An account for a contracted company's staff needs the IT Area's prior authorization (4.29).",
  MISSING_INTERNET_JUSTIFICATION: () => 'An internet request must be fully justified (4.11, 8.1 act 2).',
  MAILBOX_SEAT_LIMIT_REACHED: (d) =>
    `Department${show(d, 'department', (v) => ` "${v}"`)} already holds ${val(d, 'inUse', '?')} of ${val(d, 'cap', '?')} allowed mailboxes: the head and one designee only, unless an operational exception is given (4.9).`,
  INTERNET_EXIT_LIMIT_REACHED: (d) =>
    `Department${show(d, 'department', (v) => ` "${v}"`)} already holds ${val(d, 'inUse', '?')} of ${val(d, 'cap', '?')} internet exits: only two may exist (4.13, 8.1 acts 5–6).`,
  FORBIDDEN_ROLE: (d) =>
    `Role${show(d, 'role', (v) => ` "${v}"`)} may not perform ${show(d, 'event', (v) => `"${v}"`) || 'this action'}${show(d, 'allowed', (v) => `; allowed: ${v}`)}.`,
  INVALID_TRANSITION: (d) =>
    `Event${show(d, 'event', (v) => ` "${v}"`)} does not apply in state${show(d, 'status', (v) => ` "${v}"`)}.`,
  MAILBOX_FULL: () =>
    'The mailbox is over its maximum capacity: incoming mail is rejected until it is emptied (4.18).',
  USERNAME_RETIRED: (d) =>
    `Username${show(d, 'username', (v) => ` "${v}"`)} was deleted for inactivity and will never be created again (4.19).`,
  INVALID_DATE: (d) => {
    if (is(d, 'reason', 'out of range'))
      return `Date outside the years 1000–9999${show(d, 'field', (v) => ` in "${v}"`)}: it cannot be written as YYYY-MM-DD.`;
    const o = order(d);
    return o === null
      ? `Invalid date${show(d, 'value', (v) => ` "${v}"`)}: expected a calendar day YYYY-MM-DD.`
      : `Date out of order${show(d, 'value', (v) => ` "${v}"`)}${show(d, 'field', (v) => ` in "${v}"`)}: it is ${o.after ? 'after' : 'before'} ${o.creation ? "the account's creation" : "the event's day"} (${o.day}).`;
  },
  INVALID_INSTANT: (d) =>
    `Invalid instant${show(d, 'value', (v) => ` "${v}"`)}: expected an ISO 8601 date-time with an offset.`,
  INVALID_POLICY: (d) => `Invalid policy${show(d, 'issues', (v) => `: ${v}`)}.`,
  RESERVED_USERNAME: (d) =>
    `Username${show(d, 'username', (v) => ` "${v}"`)} is reserved for an institutional mailbox.`,
  USERNAME_TAKEN: (d) => `Username${show(d, 'username', (v) => ` "${v}"`)} is already taken (5.4.3).`,
  INVALID_LOG: (d) => `The log does not reproduce the state${show(d, 'reason', (v) => `: ${v}`)}.`,
  NOTHING_TO_RELEASE: (d) =>
    `Nothing to release${show(d, 'department', (v) => ` in "${v}"`)}${show(d, 'holder', (v) => ` for "${v}"`)}.`,
  WEAK_JUSTIFICATION: () =>
    'Sharing invoices, memos, spreadsheets or photos is NOT a need that justifies an email account (4.9).',
  USERNAME_NEEDS_REVIEW: (d) =>
    `The proposed username${show(d, 'username', (v) => ` "${v}"`)} needs a manual review.`,
  CAPACITY_INCREASE_NEEDS_JUSTIFICATION: () =>
    'More capacity is requested by memo, duly justified and signed by the head of the area (4.15).',
  LATE_BOSS_NOTICE: (d) =>
    `The baja was reported ${val(d, 'days', '?')} days after it happened: it must be reported at once, in fewer than 15 days (4.23).`,
  EVENT_OUT_OF_ORDER: (d) =>
    `The event${show(d, 'at', (v) => ` at ${v}`)} is earlier than the last recorded change${show(d, 'last', (v) => ` (${v})`)}: the log never goes back in time.`,
  ALLOWANCE_HELD_ELSEWHERE: (d) =>
    `${show(d, 'username', (v) => `"${v}"`) || 'This username'} already holds ${is(d, 'kind', 'exit') ? 'an internet exit' : 'a mailbox seat'}${show(d, 'heldIn', (v) => ` in "${v}"`)}: an account belongs to one department only (4.20); move it with a transfer.`,
  ACCOUNT_NOT_INACTIVE: (d) =>
    `Account${show(d, 'username', (v) => ` "${v}"`)} is not three months unused${show(d, 'inactiveFrom', (v) => ` (it would be from ${v})`)}: there is nothing to ask the boss about yet (4.19, 8.3-3).`,
  NOT_YET_DUE: (d) =>
    `${show(d, 'event', (v) => `"${v}"`) || 'This step'} is not due${show(d, 'day', (v) => ` on ${v}`)}${show(d, 'due', (v) => `; it falls due on ${v}`)}.`,
  SAME_DEPARTMENT: (d) =>
    `The account already belongs to${show(d, 'department', (v) => ` "${v}"`) || ' that department'}: a transfer goes to another department (8.2-1.B).`,
  TRANSFER_DEPARTMENT_MISMATCH: (d) =>
    `The transfer was reported to${show(d, 'reported', (v) => ` "${v}"`) || ' another department'}, not to${show(d, 'requested', (v) => ` "${v}"`) || ' the one given'}: the account moves only to the area reported (8.2-1.B, 8.2-6).`,
  MISSING_GIVEN_NAME: () =>
    'A given name is missing: form F01 asks for the full name, and a username starts from a given name (5.4.3).',
  USERNAME_NOT_CONFORMING: (d) =>
    `Username${show(d, 'username', (v) => ` "${v}"`)} is not one the rules of 5.4.3 give the person on form F01${show(d, 'expected', (v) => ` (expected: ${v})`)}.`,
  PROVISION_FACTS_MISSING: (d) =>
    `Provisioning${show(d, 'username', (v) => ` "${v}"`)} needs the facts the mail officer checked: whether the username is in use and whether it was retired for inactivity (4.19, 5.4.3).`,
  CAPACITY_OUT_OF_RANGE: (d) =>
    `A capacity${show(d, 'capacityMb', (v) => ` of ${v} MB`)} is outside what the IT area assigns to a mailbox${show(d, 'min', (v) => ` (${v}`)}${show(d, 'max', (v) => ` to ${v} MB)`)} (4.14, 5.4.7).`,
  ALWAYS_ALLOWED_SITES_ONLY: (d) =>
    `The justification only names sites every area may reach${show(d, 'sites', (v) => ` (${v})`)}: they need no internet exit (4.13).`,
  AUTHORIZATION_AFTER_REQUEST: (d) =>
    `The IT area's authorization${show(d, 'authorizedOn', (v) => ` (${v})`)} comes after the request${show(d, 'requestedOn', (v) => ` (${v})`)}: an account for a contracted company's staff must be authorized beforehand (4.29).`,
  ALLOWANCE_HELD_FOR_ANOTHER_REQUEST: (d) =>
    `${show(d, 'username', (v) => `"${v}"`) || 'This user'} already holds ${is(d, 'kind', 'exit') ? 'an internet exit' : 'a mailbox seat'}${show(d, 'department', (v) => ` in "${v}"`)}${show(d, 'heldFor', (v) => ` for request "${v}"`)}: request${show(d, 'subject', (v) => ` "${v}"`)} cannot be granted it again (4.9, 4.13).`,
  UNKNOWN_EFFECT: (d) =>
    `Effect${show(d, 'effect', (v) => ` #${v}`)}${show(d, 'type', (v) => ` "${v}"`)} is no effect of this library: nothing is applied.`,
  NAME_PARTS_DISAGREE: (d) =>
    `The full name${show(d, 'fullName', (v) => ` "${v}"`)} does not agree with its parts${show(d, 'parts', (v) => ` ("${v}")`)}${is(d, 'missing', 'givenNames') ? ': surnames come with the given names' : ''} (F01).`,
};

function signerEn(v: string): string {
  switch (v) {
    case 'director':
      return 'area director';
    case 'requestingBoss':
      return 'requesting boss';
    default: // 'user' reads as itself
      return v;
  }
}
