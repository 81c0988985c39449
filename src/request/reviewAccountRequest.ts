import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { issuesToViolations } from '../_internal/zod.js';
import { exitCap, seatCap } from '../allowances/caps.js';
import { ledgerShapeSchema } from '../allowances/schema.js';
import { isAlwaysAllowedSite, sitesIn } from '../allowances/sites.js';
import type { AllowanceLedger } from '../allowances/types.js';
import { departmentUsage } from '../allowances/usage.js';
import { type Violation, violation } from '../errors/violation.js';
import { isIn, lookupOf } from '../names/taken.js';
import { capacityForPosition } from '../policy/capacity.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import {
  fullNameDefect,
  nameAgreement,
  namePath,
  onF01,
  proposeUsername,
  type Taken,
  type UsernameAssignment,
} from './_names.js';
import { finding, formFindings, isNameDefect } from './findings.js';
import { accountRequestSchema } from './schema.js';
import type { AccountRequestForm, RequestFinding } from './types.js';

/**
 * What the IT head knows when reviewing a request (8.1-4…6): the department's counts, either
 * given (`seatsInUse`, `exitsInUse`) or read from the allowance ledger, and the usernames
 * already taken (the ledger's holders count as taken too).
 *
 * @example
 * const counts: RequestReviewContext = { seatsInUse: 1, exitsInUse: 2, taken: new Set(['PERLAHL']) };
 * const fromLedger: RequestReviewContext = { ledger: EMPTY_LEDGER };
 */
export type RequestReviewContext =
  | { readonly seatsInUse: number; readonly exitsInUse: number; readonly taken?: Taken }
  | { readonly ledger: AllowanceLedger; readonly taken?: Taken };

/**
 * What {@link reviewAccountRequest} finds.
 *
 * @example
 * // form: the F01 in the example of AccountRequestForm
 * const review: AccountRequestReview = reviewAccountRequest(form, { seatsInUse: 2, exitsInUse: 0 })._unsafeUnwrap();
 * [review.blocking, review.findings[0]?.code, review.proposedUsername?.username]
 * //=> [true, 'MAILBOX_SEAT_LIMIT_REACHED', 'PERLAHL']
 */
export type AccountRequestReview = {
  /** Blocking findings first in form order, then advisory ones; each with code and clause. */
  readonly findings: RequestFinding[];
  /** Whether any finding blocks the request as it stands (8.1-4 "¿Procede?"). */
  readonly blocking: boolean;
  /**
   * The username 5.4.3 gives the person, or `null` for a transfer (the account keeps its own,
   * 8.2-6), for internet alone (the exit goes to the account the person has, 4.11), or when
   * none can be given.
   */
  readonly proposedUsername: UsernameAssignment | null;
  /** The capacity the IT area assigns to the form's position (4.14, 5.4.7): {@link capacityForPosition}. */
  readonly proposedCapacityMb: number;
};

const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
const takenSchema = z.exactOptional(
  z.custom<Taken>((t) => lookupOf(t) !== null, {
    message: 'expected a Set, a Map, an iterable of username strings or a predicate',
  }),
);
const countsContextSchema = z.strictObject({ seatsInUse: count, exitsInUse: count, taken: takenSchema });
// The review reads the counts; the caps are its findings' business, not the shape's.
const ledgerContextSchema = z.strictObject({ ledger: ledgerShapeSchema, taken: takenSchema });
/**
 * The context's form is chosen by its `ledger` key, so a refusal names the field at fault
 * (`taken: expected a Set…`, `seatsInUse: …`) instead of zod's bare `invalid_union`.
 */
const contextSchemaOf = (context: unknown) =>
  // Stryker disable next-line ConditionalExpression: the context read is `context ?? counts`, never null
  typeof context === 'object' && context !== null && 'ledger' in context
    ? ledgerContextSchema
    : countsContextSchema;

/**
 * Reviews a form F01 as the IT head does in act 4 of 8.1 ("revisa y analiza. ¿Procede?") and
 * lists the findings, each with its code and clause, `blocking` or `advisory`:
 *
 * - blocking: the F01 rules (`MISSING_PREVIOUS_AREA`, `MISSING_EXPIRY`,
 *   `EXPIRY_NOT_AFTER_REQUEST`, `MISSING_INTERNET_JUSTIFICATION` 4.11, and `INVALID_INPUT` F01
 *   for a fixed account that gives an expiry date); each missing signature
 *   (`MISSING_SIGNATURE` 8.1-3, `details.signer`); an outsider or contractor whose account is
 *   not temporary (`EXTERNAL_MUST_BE_TEMPORARY` 4.10, 4.29); a contractor without the IT
 *   head's authorization (`CONTRACTOR_NEEDS_AUTHORIZATION` 4.29); a name the names module
 *   refuses (`ABBREVIATED_NAME` F01 …); a department at its mailbox seats
 *   (`MAILBOX_SEAT_LIMIT_REACHED` 4.9: only an operational exception at `APPROVE` lets it
 *   through); no username left (`NO_USERNAME_AVAILABLE` 5.4.3);
 * - advisory: a department at its internet exits (`INTERNET_EXIT_LIMIT_REACHED` 4.13: the
 *   mailbox may go on, internet will be denied, 8.1-7.B); functions or a justification that
 *   only cite sharing invoices, memos, spreadsheets or photos (`WEAK_JUSTIFICATION` 4.9); a
 *   proposed username that needs a person's review (`USERNAME_NEEDS_REVIEW`, with the clause of
 *   the rule that gave it: `null` for a numbered one, SPEC §3.2); an internet
 *   justification whose only sites are always allowed (`ALWAYS_ALLOWED_SITES_ONLY` 4.13,
 *   `details.sites`: they need no exit).
 *
 * The request is unknown input: a malformed one is refused with every problem at once. The
 * context may be left out: then the counts are not checked and nothing counts as taken. Every
 * argument is walked before it is read (a cyclic or too-deep one is refused as such, SPEC §0).
 *
 * @example
 * reviewAccountRequest(form, { seatsInUse: 2, exitsInUse: 0 })._unsafeUnwrap().findings.map((f) => f.code)
 * //=> ['MAILBOX_SEAT_LIMIT_REACHED']
 */
export function reviewAccountRequest(
  request: unknown,
  context?: RequestReviewContext,
  policy: Policy = SESEQ_POLICY,
): Result<AccountRequestReview, Violation[]> {
  return guard(
    [request, context, policy],
    () => reviewAccountRequestUnguarded(request, context, policy),
    refuseAll,
  );
}

function reviewAccountRequestUnguarded(
  request: unknown,
  context?: RequestReviewContext,
  policy: Policy = SESEQ_POLICY,
): Result<AccountRequestReview, Violation[]> {
  const read = readPolicy(policy);
  if (read.isErr()) return err([read.error]);
  const p = read.value;
  // The F01 rules become findings here, so the shape alone decides what is malformed.
  const parsed = accountRequestSchema.safeParse(request);
  if (!parsed.success) {
    const malformed = issuesToViolations(parsed.error.issues).filter((v) => !isFormRule(v));
    if (malformed.length > 0) return err(malformed);
  }
  const form = (parsed.success ? parsed.data : request) as AccountRequestForm;
  const given = context ?? { seatsInUse: 0, exitsInUse: 0 };
  const ctx = contextSchemaOf(given).safeParse(given);
  if (!ctx.success) {
    return err(
      issuesToViolations(ctx.error.issues).map((v) => ({
        ...v,
        details: { ...v.details, input: 'context' },
      })),
    );
  }
  const c = ctx.data;
  const counted = context !== undefined && context !== null;
  const findings = formFindings(form);

  const holders = 'ledger' in c ? holderNames(c.ledger) : new Set<string>();
  const taken = combineTaken(holders, c.taken);
  const name = proposeUsername(form, taken, p);
  if (name.isErr() && isNameDefect(name.error)) {
    findings.push(finding(onF01(name.error), 'blocking', namePath(form)));
  }
  // The full name beside the parts is read too, as createRequest reads it (F01).
  const whole = fullNameDefect(form);
  if (whole !== null) findings.push(finding(whole, 'blocking', 'user.fullName'));
  const disagreement = nameAgreement(form);
  if (disagreement !== null) {
    // nameAgreement always names the field it is about in `details.path`.
    findings.push(finding(disagreement, 'blocking', String(disagreement.details!.path)));
  }

  if (counted) {
    const department = form.user.department;
    const usage =
      'ledger' in c
        ? departmentUsage(c.ledger, department, p)._unsafeUnwrap()
        : {
            seatsInUse: c.seatsInUse,
            exitsInUse: c.exitsInUse,
            seatCap: seatCap(department, p),
            exitCap: exitCap(p),
          };
    // Internet alone uses no seat: the person's mailbox is already counted (4.11).
    if (form.mailbox !== false && usage.seatsInUse >= usage.seatCap) {
      findings.push(
        finding(
          violation('MAILBOX_SEAT_LIMIT_REACHED', '4.9', {
            department,
            inUse: usage.seatsInUse,
            cap: usage.seatCap,
            exceptionPossible: true,
          }),
          'blocking',
          'user.department',
        ),
      );
    }
    if (form.internet.requested && usage.exitsInUse >= usage.exitCap) {
      findings.push(
        finding(
          violation('INTERNET_EXIT_LIMIT_REACHED', '4.13', {
            department,
            inUse: usage.exitsInUse,
            cap: usage.exitCap,
            consequence: 'internet denied (8.1-7.B)',
          }),
          'advisory',
          'internet.requested',
        ),
      );
    }
  }

  // 4.13: the always-allowed sites need no exit; a justification that names only them asks for nothing.
  if (form.internet.requested && typeof form.internet.justification === 'string') {
    const sites = sitesIn(form.internet.justification);
    if (sites.length > 0 && sites.every((site) => isAlwaysAllowedSite(site, p))) {
      findings.push(
        finding(
          violation('ALWAYS_ALLOWED_SITES_ONLY', '4.13', { sites }),
          'advisory',
          'internet.justification',
        ),
      );
    }
  }

  let proposedUsername: UsernameAssignment | null = null;
  if (form.kind === 'creation' && form.mailbox !== false) {
    if (name.isOk()) {
      proposedUsername = name.value;
      if (name.value.needsReview) {
        findings.push(
          finding(
            violation('USERNAME_NEEDS_REVIEW', name.value.clause, {
              username: name.value.username,
              rule: name.value.rule,
            }),
            'advisory',
            'user.fullName',
          ),
        );
      }
    } else if (!isNameDefect(name.error)) {
      findings.push(finding(name.error, 'blocking', 'user.fullName'));
    }
  }

  const ordered = [
    ...findings.filter((f) => f.severity === 'blocking'),
    ...findings.filter((f) => f.severity === 'advisory'),
  ];
  return ok({
    findings: ordered,
    blocking: ordered.some((f) => f.severity === 'blocking'),
    proposedUsername,
    proposedCapacityMb: capacityForPosition(form.user.position, p),
  });
}

/**
 * The F01 rules of rules.ts, which the review reports as findings: every breach under clause
 * F01 (`MISSING_PREVIOUS_AREA`, `MISSING_EXPIRY`, `EXPIRY_NOT_AFTER_REQUEST`, a fixed account
 * with an expiry date as `INVALID_INPUT`) and the missing internet justification (4.11). The
 * other 4.11 breaches (what a request asks for) and every shape issue are malformed input.
 */
function isFormRule(v: Violation): boolean {
  return v.clause === 'F01' || v.code === 'MISSING_INTERNET_JUSTIFICATION';
}

function holderNames(ledger: AllowanceLedger): Set<string> {
  const names = new Set<string>();
  for (const d of ledger.departments) {
    for (const s of d.seats) names.add(s.username);
    for (const x of d.exits) names.add(x.username);
  }
  return names;
}

function combineTaken(holders: ReadonlySet<string>, taken: Taken | undefined): Taken {
  // Read as the names module reads it: the context schema has checked it, so only a `taken`
  // left out reads as none.
  const lookup = lookupOf(taken);
  if (lookup === null) return holders;
  return (username: string) => holders.has(username.toUpperCase()) || isIn(lookup, username.toUpperCase());
}
