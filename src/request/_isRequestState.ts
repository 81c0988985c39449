import { isInstant } from '../_internal/instant.js';
import { ROLES } from '../_internal/schemas.js';
import { evidenceBreaches } from './_evidence.js';
import { EMAIL } from './schema.js';
import { REQUEST_STATUSES } from './statuses.js';
import type { RequestState } from './types.js';

// A hand-written twin of `requestStateSchema` for `transitionRequest`, where the zod parse of
// the state (the form above all) was most of a step's cost. It accepts exactly the inputs
// the schema accepts as they are: same keys (unknown keys refused), types, enums, lengths,
// dates, and the rules of the form and of the state. Inputs the schema would accept only by
// changing them (a lower-case username it upper-cases, an object that is not a plain one) are
// refused here and left to the schema, so the caller's result never depends on which path it
// took; a property test holds the two together. Dates are read digit by digit; isInstant's
// slice aside, nothing is allocated per call, and nothing is remembered between calls.

type Obj = Record<string, unknown>;

const STATE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'version',
  'status',
  'form',
  'internet',
  'username',
  'updatedAt',
  'seatException',
  'observation',
  'capacityMb',
  'reason',
  'approval',
  'internetDecision',
  'provisioning',
  'resguardoSigned',
]);
const APPROVAL_KEYS: ReadonlySet<string> = new Set(['at', 'actor', 'seatsInUse', 'seatCap']);
const DECISION_KEYS: ReadonlySet<string> = new Set(['at', 'actor', 'exitsInUse', 'exitCap']);
const STAMP_KEYS: ReadonlySet<string> = new Set(['at', 'actor']);
const ACTOR_KEYS: ReadonlySet<string> = new Set(['role', 'id']);
const ROLE_NAMES: ReadonlySet<unknown> = new Set(ROLES);
const FORM_KEYS: ReadonlySet<string> = new Set([
  'folio',
  'requestedOn',
  'area',
  'director',
  'requestingBoss',
  'kind',
  'previousArea',
  'condition',
  'expiresOn',
  'user',
  'mailbox',
  'internet',
  'centralOffice',
  'signatures',
  'contractorAuthorization',
]);
const CONTACT_KEYS: ReadonlySet<string> = new Set(['name', 'email']);
const USER_KEYS: ReadonlySet<string> = new Set([
  'fullName',
  'givenNames',
  'paternalSurname',
  'maternalSurname',
  'department',
  'position',
  'functions',
  'holder',
]);
const INTERNET_KEYS: ReadonlySet<string> = new Set(['requested', 'justification']);
const SIGNATURE_KEYS: ReadonlySet<string> = new Set(['director', 'requestingBoss', 'user']);
const AUTHORIZATION_KEYS: ReadonlySet<string> = new Set(['by', 'on']);
const REASON_KEYS: ReadonlySet<string> = new Set(['reason']);

const STATUSES: ReadonlySet<unknown> = new Set(REQUEST_STATUSES);
// The username schema accepts letters and digits in either case and upper-cases them; only
// the upper-case form is already what it returns.
const USERNAME = /^[A-Z][A-Z0-9]{0,63}$/;
const NOT_BLANK = /\S/;

/**
 * A plain object (a literal or `JSON.parse`'s) whose enumerable keys, own or inherited, are
 * all in `keys`: what a zod strict object accepts, minus the objects it would copy into a
 * plain one. Required keys need no presence check: their validators refuse `undefined`.
 */
function isRecordOf(x: unknown, keys: ReadonlySet<string>): x is Obj {
  if (x === null || typeof x !== 'object' || Object.getPrototypeOf(x) !== Object.prototype) return false;
  for (const k in x) if (!keys.has(k)) return false;
  return true;
}

// A non-digit counts as -1e6: whatever digits surround it, its number is negative.
const NOT_A_DIGIT = -1_000_000;
const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NOT_A_DIGIT;
};

/**
 * @internal `isPlainDate` of src/_internal/plainDate.ts (what the schema asks of a date: a real
 * calendar day `YYYY-MM-DD`, years 1000–9999) without its match array and `Date`: most of this
 * check's cost was those. A property test holds the two together.
 */
export function isDay(x: unknown): boolean {
  if (typeof x !== 'string' || x.length !== 10 || x.charCodeAt(4) !== 45 || x.charCodeAt(7) !== 45) {
    return false;
  }
  const y = digit(x, 0) * 1000 + digit(x, 1) * 100 + digit(x, 2) * 10 + digit(x, 3);
  const m = digit(x, 5) * 10 + digit(x, 6);
  const d = digit(x, 8) * 10 + digit(x, 9);
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  if (m === 2) return d <= (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** Zod measures a string's length in code points: a surrogate pair counts once. */
function fits(s: string, max: number): boolean {
  const units = s.length;
  if (units <= max) return true;
  if (units > 2 * max) return false;
  let n = units;
  for (let i = 0; i < units - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n <= max;
}

/** `filled(max)` of the schema: text of at most `max` characters, not only blanks. */
const isFilled = (x: unknown, max: number): x is string =>
  typeof x === 'string' && fits(x, max) && NOT_BLANK.test(x);

const isText = (x: unknown, max: number): x is string => typeof x === 'string' && fits(x, max);

// `Number.isInteger` is false for anything that is not a number: no `typeof` before it.
const isWhole = (x: unknown, min: number, max: number): x is number =>
  Number.isInteger(x) && (x as number) >= min && (x as number) <= max;

const isContact = (x: unknown): boolean =>
  isRecordOf(x, CONTACT_KEYS) &&
  isFilled(x.name, 200) &&
  typeof x.email === 'string' &&
  fits(x.email, 254) &&
  EMAIL.test(x.email);

const isUser = (x: unknown): boolean =>
  isRecordOf(x, USER_KEYS) &&
  isFilled(x.fullName, 300) &&
  optionalFilled(x, 'givenNames', 300) &&
  optionalFilled(x, 'paternalSurname', 300) &&
  optionalFilled(x, 'maternalSurname', 300) &&
  isFilled(x.department, 200) &&
  isFilled(x.position, 200) &&
  isFilled(x.functions, 5000) &&
  (x.holder === 'staff' || x.holder === 'external' || x.holder === 'contractor');

/** `actorSchema`: a role of SPEC §1 and an id of 1 to 200 characters. */
const isActor = (x: unknown): boolean =>
  isRecordOf(x, ACTOR_KEYS) &&
  ROLE_NAMES.has(x.role) &&
  typeof x.id === 'string' &&
  x.id.length > 0 &&
  fits(x.id, 200);

/** A step's evidence: `at` and `actor`, and no key but `keys`. */
const isStamp = (x: unknown, keys: ReadonlySet<string>): x is Obj =>
  isRecordOf(x, keys) && isInstant(x.at) && isActor(x.actor);

const isCount = (x: unknown): boolean => isWhole(x, 0, 1_000_000);
const optionalCount = (o: Obj, key: string): boolean => !(key in o) || isCount(o[key]);

/** The evidence fields' shapes (`approval`, `internetDecision`, `provisioning`, `resguardoSigned`). */
function hasEvidenceShapes(x: Obj): boolean {
  if ('approval' in x) {
    const a = x.approval;
    if (!isStamp(a, APPROVAL_KEYS) || !isCount(a.seatsInUse) || !isCount(a.seatCap)) return false;
  }
  if ('internetDecision' in x) {
    const d = x.internetDecision;
    if (!isStamp(d, DECISION_KEYS) || !optionalCount(d, 'exitsInUse') || !optionalCount(d, 'exitCap'))
      return false;
  }
  if ('provisioning' in x && !isStamp(x.provisioning, STAMP_KEYS)) return false;
  return !('resguardoSigned' in x) || isStamp(x.resguardoSigned, STAMP_KEYS);
}

/** An `exactOptional` field: absent, or present and valid (`undefined` refused). */
const optionalDate = (o: Obj, key: string): boolean => !(key in o) || isDay(o[key]);
const optionalFilled = (o: Obj, key: string, max: number): boolean => !(key in o) || isFilled(o[key], max);

/** `blank` of the form rules, for a field already known absent or a string. */
const isBlank = (o: Obj, key: string): boolean => !(key in o) || (o[key] as string).trim() === '';

/** `accountRequestSchema`: the shape of the form, then its rules (rules.ts) on the valid shape. */
function isForm(f: unknown): f is Obj {
  if (!isRecordOf(f, FORM_KEYS)) return false;
  if (!isFilled(f.folio, 200) || !isDay(f.requestedOn) || !isFilled(f.area, 200)) return false;
  if (!isContact(f.director) || !isContact(f.requestingBoss)) return false;
  const kind = f.kind;
  if (kind !== 'creation' && kind !== 'transfer') return false;
  if ('previousArea' in f && !isText(f.previousArea, 200)) return false;
  const condition = f.condition;
  if (condition !== 'fixed' && condition !== 'temporary') return false;
  if (!optionalDate(f, 'expiresOn') || !isUser(f.user)) return false;
  const internet = f.internet;
  if (!isRecordOf(internet, INTERNET_KEYS) || typeof internet.requested !== 'boolean') return false;
  if ('justification' in internet && !isText(internet.justification, 5000)) return false;
  if (typeof f.centralOffice !== 'boolean') return false;
  if ('mailbox' in f && typeof f.mailbox !== 'boolean') return false;
  const signatures = f.signatures;
  if (!isRecordOf(signatures, SIGNATURE_KEYS)) return false;
  if (
    !optionalDate(signatures, 'director') ||
    !optionalDate(signatures, 'requestingBoss') ||
    !optionalDate(signatures, 'user')
  ) {
    return false;
  }
  if ('contractorAuthorization' in f) {
    const a = f.contractorAuthorization;
    if (!isRecordOf(a, AUTHORIZATION_KEYS) || !isFilled(a.by, 200) || !isDay(a.on)) return false;
  }
  // The rules of rules.ts, where their clauses are: a transfer names the previous area; a
  // temporary account expires after the request date, a fixed one has no expiry; an internet
  // request is justified.
  if (kind === 'transfer' && isBlank(f, 'previousArea')) return false;
  if (f.mailbox === false && (!internet.requested || kind === 'transfer')) return false;
  if (condition === 'temporary') {
    if (!('expiresOn' in f) || (f.expiresOn as string) <= (f.requestedOn as string)) return false;
  } else if ('expiresOn' in f) {
    return false;
  }
  return !(internet.requested && isBlank(internet, 'justification'));
}

/**
 * @internal Whether `x` is a {@link RequestState} that `requestStateSchema` accepts and returns
 * unchanged, without building zod's issues. On `false` ask the schema: it explains the refusal
 * (with paths) or returns the normalised state.
 */
export function isRequestState(x: unknown): x is RequestState {
  if (!isRecordOf(x, STATE_KEYS)) return false;
  const form = x.form;
  if (!isFilled(x.id, 200) || !isWhole(x.version, 1, 1_000_000) || !STATUSES.has(x.status)) return false;
  if (!isForm(form)) return false;
  const internet = x.internet;
  const username = x.username;
  if (username !== null && (typeof username !== 'string' || !USERNAME.test(username))) return false;
  if ('updatedAt' in x && !isInstant(x.updatedAt)) return false;
  if ('seatException' in x) {
    const e = x.seatException;
    if (!isRecordOf(e, REASON_KEYS) || !isFilled(e.reason, 5000)) return false;
  }
  if (!optionalFilled(x, 'observation', 5000) || !optionalFilled(x, 'reason', 5000)) return false;
  if ('capacityMb' in x && !isWhole(x.capacityMb, 1, 10_000_000)) return false;
  if (!hasEvidenceShapes(x)) return false;
  // The state is one the machine reaches: the folio is its id, it was created signed,
  // it has a username exactly once provisioned, and `internet` agrees with the form and status.
  if (x.id !== form.folio) return false;
  const signatures = form.signatures as Obj;
  if (!('director' in signatures && 'requestingBoss' in signatures && 'user' in signatures)) return false;
  const status = x.status;
  const provisioned = status === 'awaitingResguardo' || status === 'completed';
  if ((username !== null) !== provisioned) return false;
  if (!internetAgrees(form, status, internet, provisioned)) return false;
  // The evidence of each step (src/request/_evidence.ts, shared with the schema).
  let broken = false;
  evidenceBreaches(x as RequestState, () => {
    broken = true;
  });
  return !broken;
}

function internetAgrees(form: Obj, status: unknown, internet: unknown, provisioned: boolean): boolean {
  if (!(form.internet as Obj).requested) return internet === 'notRequested';
  if (provisioned || status === 'readyToProvision') return internet === 'authorized' || internet === 'denied';
  // Stryker disable next-line ConditionalExpression: evidenceBreaches (below) also asks 'pending' of every status not rejected, provisioned or ready
  if (status === 'rejected' && form.mailbox === false) return internet === 'pending' || internet === 'denied';
  return internet === 'pending';
}
