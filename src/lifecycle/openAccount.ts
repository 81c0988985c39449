import { err, ok, type Result } from 'neverthrow';
import { guard, refuseAll } from '../_internal/guard.js';
import { plainDateToInstant } from '../_internal/instant.js';
import { issuesToViolations } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { openAccountInputSchema } from './schema.js';
import type { AccountState } from './types.js';

/**
 * What {@link openAccount} reads: an account as the mail server creates (or an import finds) it.
 *
 * @example
 * const input: OpenAccountInput = { id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15', internet: true };
 * openAccount(input).map((a) => [a.status, a.version, a.holder])
 * //=> ok(['active', 1, 'staff'])
 */
export type OpenAccountInput = {
  id: string;
  username: string;
  department: string;
  holder?: 'staff' | 'external' | 'contractor';
  createdOn: string;
  lastAccessOn?: string | null;
  expiresOn?: string | null;
  internet?: boolean;
};

/**
 * The first state of an account's life: `active`, version 1.
 *
 * The input comes from outside (the request machine's `CREATE_MAILBOX` effect, or an import
 * of the existing accounts), so it is validated and every problem is reported at once, each
 * with its path: an account for people outside SESEQ must be temporary, with an expiry date
 * (advisors, auditors 4.10; contracted companies 4.29: `EXTERNAL_MUST_BE_TEMPORARY`); the
 * expiry comes after the creation (`EXPIRY_NOT_AFTER_REQUEST`, F01); nobody used the account
 * before it existed (`INVALID_DATE`). The username is kept upper-case (5.4.3); `holder`
 * defaults to `staff`, `internet` to `false`, `lastAccessOn` and `expiresOn` to `null`.
 * `updatedAt` is the first instant of `createdOn` in the policy's zone, so no event can be
 * dated before the account existed.
 *
 * @param input - `{ id, username, department, holder?, createdOn, lastAccessOn?, expiresOn?, internet? }`
 * @param policy - defaults to {@link SESEQ_POLICY}
 *
 * @example
 * openAccount({ id: 'a1', username: 'perlahl', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap().status
 * //=> 'active'
 * openAccount({ id: 'a2', username: 'AUDITOR', department: 'Compras', holder: 'external', createdOn: '2026-01-15' })._unsafeUnwrapErr()[0].code
 * //=> 'EXTERNAL_MUST_BE_TEMPORARY' (4.10)
 */
export function openAccount(input: unknown, policy?: Policy): Result<AccountState, Violation[]> {
  return guard([input, policy], () => openAccountUnguarded(input, policy), refuseAll);
}

function openAccountUnguarded(input: unknown, policy?: Policy): Result<AccountState, Violation[]> {
  const p = readPolicy(policy);
  if (p.isErr()) return err([p.error]);
  const parsed = openAccountInputSchema.safeParse(input);
  if (!parsed.success) return err(issuesToViolations(parsed.error.issues));
  const i = parsed.data;
  const holder = i.holder ?? 'staff';
  const expiresOn = i.expiresOn ?? null;
  const lastAccessOn = i.lastAccessOn ?? null;
  const problems: Violation[] = [];
  if (holder !== 'staff' && expiresOn === null) {
    problems.push(
      violation('EXTERNAL_MUST_BE_TEMPORARY', holder === 'contractor' ? '4.29' : '4.10', {
        holder,
        path: 'expiresOn',
      }),
    );
  }
  // Stryker disable next-line ConditionalExpression: `expiresOn !== null` → true is equivalent (`null <= day` is false)
  if (expiresOn !== null && expiresOn <= i.createdOn) {
    problems.push(
      violation('EXPIRY_NOT_AFTER_REQUEST', 'F01', {
        expiresOn,
        requestedOn: i.createdOn,
        path: 'expiresOn',
      }),
    );
  }
  // Stryker disable next-line ConditionalExpression: `lastAccessOn !== null` → true is equivalent (`null < day` is false)
  if (lastAccessOn !== null && lastAccessOn < i.createdOn) {
    problems.push(
      violation('INVALID_DATE', null, {
        field: 'lastAccessOn',
        value: lastAccessOn,
        reason: `before creation ${i.createdOn}`,
        path: 'lastAccessOn',
      }),
    );
  }
  if (problems.length > 0) return err(problems);
  // No try/catch for an unknown time zone: readPolicy refuses it first (decision MC2), and
  // guard turns any throw into a refusal.
  const updatedAt = plainDateToInstant(i.createdOn, p.value.timeZone);
  return ok({
    id: i.id,
    version: 1,
    status: 'active',
    username: i.username,
    department: i.department,
    holder,
    createdOn: i.createdOn,
    lastAccessOn,
    expiresOn,
    internet: i.internet ?? false,
    usableThrough: null,
    cancelOn: null,
    cancellation: null,
    updatedAt,
  });
}
