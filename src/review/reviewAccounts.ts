import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { invalidDate } from '../_internal/invalidDate.js';
import { addMonths, isPlainDate, type PlainDate } from '../_internal/plainDate.js';
import { issuesToViolation } from '../_internal/zod.js';
import { type Clause, type Violation, violation } from '../errors/violation.js';
import { dayAfter, withCalendar } from '../lifecycle/_dates.js';
import { dueOn } from '../lifecycle/_due.js';
import { dateMemo } from '../lifecycle/_isAccountState.js';
import { advanceSteps } from '../lifecycle/advanceAccount.js';
import { inactivitySince } from '../lifecycle/machine.js';
import type { AccountState, SystemEventType } from '../lifecycle/types.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { checkConformance } from './_conformance.js';
import { mailboxUsage } from './mailboxUsage.js';
import { entrySchema, isReviewEntry } from './schema.js';
import type { AccountsReview, ReviewAction, ReviewEntry, ReviewFinding, ReviewItem } from './types.js';

/** The clause behind a time-caused step, for the report. */
function stepClause(type: SystemEventType, s: AccountState): Clause {
  switch (type) {
    case 'EXPIRED':
      return s.holder === 'contractor' ? '4.29' : s.holder === 'external' ? '4.10' : '5.4.14';
    case 'NOTICE_ELAPSED':
      return '4.24';
    case 'GRACE_ENDED':
      // Stryker disable next-line OptionalChaining: equivalent, the state check requires `closing` in the grace period
      return s.closing?.cause === 'inactivity' ? '4.19' : '4.22';
    case 'LEAVE_ENDED':
      return '4.21.3';
    case 'SUSPENSION_ENDED':
      // Stryker disable next-line OptionalChaining: equivalent, SUSPENSION_ENDED is due only from a suspension's `until`
      return s.suspension?.reason === 'sanction' ? '4.26' : '4.21.4';
    case 'BAJA_REACHED':
      return '4.22';
  }
}

/**
 * The four-monthly review of every account (8.3-1…3), as a pure function over snapshots.
 *
 * For each account (`{ account, mailbox?, name? }`, see {@link ReviewSnapshot}, or the bare
 * `AccountState`: an entry without `account` is the account itself) it lists, each item with
 * its clause, the next action and its date:
 * - `due`: the steps time has made due by `asOf`, exactly those `advanceAccount(account, asOf)`
 *   applies (it is the same computation: expiries of temporary accounts 4.10/4.29/5.4.14,
 *   notices that elapsed 4.24, grace periods over 4.22, leaves and suspensions that ended);
 * - `upcoming`: the next such step if it falls before the next review (`nextReviewOn`), e.g. a
 *   temporary account about to expire;
 * then, on the account as of `asOf`: `inactive` (three months unused, 4.19, 8.3-3: open an
 * inquiry with the boss, 8.3-4), `exemptOnLeave` (4.21.3, 8.3-5.A), `inquiryOpen` (8.3-5),
 * `transferPending` (8.2-2), `quotaWarning` (above 90 %, 5.4.8), `mailboxFull` (incoming mail
 * rejected, 4.18), and `usernameNotConforming` when a name is given (5.4.3, 5.4.6).
 * Cancelled accounts give nothing. Linear in the number of snapshots; each is validated by a
 * hand-written check, and the schema explains the first one refused (`INVALID_INPUT` with its
 * `index`).
 *
 * @param accounts - an array of {@link ReviewSnapshot}s or bare account states ({@link ReviewEntry})
 * @param asOf - the day of the report
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * // an account last used 2026-11-30, reviewed on 2027-03-01
 * reviewAccounts([{ account }], '2027-03-01')._unsafeUnwrap().items[0]
 * //=> { accountId: 'a1', username: 'PERLAHL', department: 'Compras', finding: 'inactive',
 * //     clause: '4.19', action: 'OPEN_INACTIVITY_INQUIRY', on: '2027-03-01',
 * //     details: { inactiveFrom: '2027-02-28', lastAccessOn: '2026-11-30' } }
 */
export function reviewAccounts(
  accounts: unknown,
  asOf: unknown,
  policy?: Policy,
): Result<AccountsReview, Violation> {
  return guard([asOf, policy], () => reviewAccountsUnguarded(accounts, asOf, policy), refuse);
}

function reviewAccountsUnguarded(
  accounts: unknown,
  asOf: unknown,
  policy?: Policy,
): Result<AccountsReview, Violation> {
  const p = readPolicy(policy);
  if (p.isErr()) return err(p.error);
  if (!isPlainDate(asOf)) return err(invalidDate(asOf, 'asOf'));
  if (!Array.isArray(accounts)) {
    return err(violation('INVALID_INPUT', null, { issues: ['(root): expected an array of snapshots'] }));
  }
  const memo = dateMemo();
  for (let i = 0; i < accounts.length; i++) {
    if (!isReviewEntry(accounts[i], memo)) return err(refusal(accounts[i], i));
  }
  const nextReviewOn = addMonths(asOf, p.value.inactivityReviewEvery.months);
  if (!isPlainDate(nextReviewOn)) return err(invalidDate(nextReviewOn, 'nextReviewOn', 'out of range'));
  // The policy passed readPolicy, so its time zone is one definePolicy checked.
  return reviewValid(accounts as ReviewEntry[], asOf, nextReviewOn, withCalendar(p.value), p.value);
}

function refusal(snapshot: unknown, index: number): Violation {
  const r = entrySchema(snapshot).safeParse(snapshot);
  // Stryker disable next-line StringLiteral: unreachable, the fast check refuses only what the schema refuses (review.prop.test.ts)
  const v = r.success ? violation('INVALID_INPUT', null) : issuesToViolation(r.error.issues);
  return { ...v, details: { ...v.details, index } };
}

type Details = ReviewItem['details'];

/** One report line; always the same shape, so a million of them stay cheap. */
function item(
  s: AccountState,
  finding: ReviewFinding,
  clause: Clause,
  action: ReviewAction,
  on: PlainDate,
  details: Details,
): ReviewItem {
  return {
    accountId: s.id,
    username: s.username,
    department: s.department,
    finding,
    clause,
    action,
    on,
    details,
  };
}

function reviewValid(
  snapshots: readonly ReviewEntry[],
  asOf: PlainDate,
  nextReviewOn: PlainDate,
  policy: Policy,
  // The policy as given: the public functions called below read it through readPolicy, which
  // knows a definePolicy result, not the memoising copy.
  given: Policy,
): Result<AccountsReview, Violation> {
  const items: ReviewItem[] = [];
  // Many accounts share a last-access day: the month arithmetic is done once per day.
  const inactiveFromCache = new Map<PlainDate, PlainDate>();
  const inactiveFrom = (since: PlainDate): PlainDate => {
    let d = inactiveFromCache.get(since);
    // Stryker disable next-line ConditionalExpression: equivalent, `true` only recomputes the cached day
    if (d === undefined) {
      d = addMonths(since, policy.inactivityThreshold.months);
      inactiveFromCache.set(since, d);
    }
    return d;
  };

  for (let i = 0; i < snapshots.length; i++) {
    const entry = snapshots[i] as ReviewEntry;
    // An entry without `account` is the account itself (SPEC §8), with no mailbox or name.
    const snap = 'account' in entry ? entry : undefined;
    let s = snap === undefined ? (entry as AccountState) : snap.account;
    if (s.status === 'cancelled') continue;

    // Stryker disable next-line ConditionalExpression: equivalent, with nothing due advanceSteps takes no step and nothing comes next (a fast path)
    if (dueOn(s, policy) !== null) {
      const steps = advanceSteps(s, asOf, policy);
      if (steps.isErr()) return err({ ...steps.error, details: { ...steps.error.details, index: i } });
      for (const step of steps.value.steps) {
        items.push(item(s, 'due', stepClause(step.type, step.before), step.type, step.on, null));
      }
      s = steps.value.state;
      if (s.status === 'cancelled') continue;
      const next = dueOn(s, policy);
      if (next !== null && next.on <= nextReviewOn) {
        items.push(item(s, 'upcoming', stepClause(next.type, s), next.type, next.on, null));
      }
    }

    switch (s.status) {
      case 'active': {
        const from = inactiveFrom(inactivitySince(s));
        if (asOf >= from) {
          items.push(
            item(s, 'inactive', '4.19', 'OPEN_INACTIVITY_INQUIRY', asOf, {
              inactiveFrom: from,
              lastAccessOn: s.lastAccessOn,
            }),
          );
        }
        break;
      }
      case 'onLeave': {
        const from = inactiveFrom(inactivitySince(s));
        if (asOf >= from) {
          // Stryker disable next-line OptionalChaining: equivalent, the state check requires `leave` on leave
          const until = s.leave?.until ?? null;
          items.push(
            item(s, 'exemptOnLeave', '4.21.3', 'NONE', dayAfter(until) ?? nextReviewOn, {
              inactiveFrom: from,
              leaveUntil: until,
            }),
          );
        }
        break;
      }
      case 'inactivityInquiry':
        items.push(
          item(s, 'inquiryOpen', '8.3-5', 'AWAIT_BOSS_ANSWER', asOf, {
            // Stryker disable next-line OptionalChaining: equivalent, the state check requires `inquiry` in an inquiry
            openedOn: s.inquiry?.openedOn ?? null,
          }),
        );
        break;
      case 'transferPending':
        items.push(
          item(s, 'transferPending', '8.2-2', 'AWAIT_NEW_AREA', asOf, {
            // Stryker disable OptionalChaining: equivalent, the state check requires `transfer` while one is pending
            toDepartment: s.transfer?.toDepartment ?? null,
            reportedOn: s.transfer?.reportedOn ?? null,
            // Stryker restore OptionalChaining
          }),
        );
        break;
    }

    const mailbox = snap?.mailbox;
    if (mailbox !== undefined) {
      const level = mailboxUsage(mailbox.usedMb, mailbox.capacityMb, given);
      if (level !== 'ok') {
        const full = level === 'full';
        items.push(
          item(s, full ? 'mailboxFull' : 'quotaWarning', full ? '4.18' : '5.4.8', 'NOTIFY_USER', asOf, {
            usedMb: mailbox.usedMb,
            capacityMb: mailbox.capacityMb,
          }),
        );
      }
    }

    if (snap?.name !== undefined) {
      const c = checkConformance(snap.name, s.username, given);
      if (c !== null) items.push(item(s, 'usernameNotConforming', c.clause, c.action, asOf, c.details));
    }
  }

  // A literal, not a module-level list: one line per finding, checked complete by the type.
  const counts: Record<ReviewFinding, number> = {
    due: 0,
    upcoming: 0,
    inactive: 0,
    exemptOnLeave: 0,
    inquiryOpen: 0,
    transferPending: 0,
    quotaWarning: 0,
    mailboxFull: 0,
    usernameNotConforming: 0,
  };
  for (const it of items) counts[it.finding]++;
  return ok({ asOf, nextReviewOn, accounts: snapshots.length, items, counts, clause: '8.3-1' });
}
