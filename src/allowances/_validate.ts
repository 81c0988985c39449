import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { issuesToViolation } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { allowanceLedgerSchema, allowanceLedgerSchemaFor, ledgerShapeSchema } from './schema.js';
import type { AllowanceLedger } from './types.js';

/**
 * @internal Validates a ledger and an operation's input; the public functions never trust their
 * arguments. With a (read) policy the ledger must be within its caps; without one (`release`,
 * which only removes) its shape and uniqueness are checked.
 */
export function validate<T>(
  ledger: unknown,
  schema: z.ZodMiniType<T>,
  input: unknown,
  policy: Policy | null,
): Result<{ ledger: AllowanceLedger; input: T }, Violation> {
  const l = ledgerSchemaOf(policy).safeParse(ledger);
  if (!l.success) return err(labelled(issuesToViolation(l.error.issues), 'ledger'));
  const i = schema.safeParse(input);
  if (!i.success) return err(labelled(issuesToViolation(i.error.issues), 'operation'));
  return ok({ ledger: l.data, input: i.data });
}

function labelled(v: Violation, input: string): Violation {
  return { ...v, details: { ...v.details, input } };
}

/** @internal The ledger schema for a policy already read: the shape alone for `null`. */
export function ledgerSchemaOf(policy: Policy | null): z.ZodMiniType<AllowanceLedger, unknown> {
  if (policy === null) return ledgerShapeSchema;
  // Stryker disable next-line ConditionalExpression: a cache (allowanceLedgerSchema is allowanceLedgerSchemaFor(SESEQ_POLICY)); `false` builds the same schema again (`true` alone would be killed, but shares the line)
  return policy === SESEQ_POLICY ? allowanceLedgerSchema : allowanceLedgerSchemaFor(policy);
}
