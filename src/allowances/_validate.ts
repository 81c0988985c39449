import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { issuesToViolation } from '../_internal/zod.js';
import type { Violation } from '../errors/violation.js';
import { allowanceLedgerSchema } from './schema.js';
import type { AllowanceLedger } from './types.js';

/** @internal Validates a ledger and an operation's input; the public functions never trust their arguments. */
export function validate<T>(
  ledger: unknown,
  schema: z.ZodMiniType<T>,
  input: unknown,
): Result<{ ledger: AllowanceLedger; input: T }, Violation> {
  const l = allowanceLedgerSchema.safeParse(ledger);
  if (!l.success) return err(labelled(issuesToViolation(l.error.issues), 'ledger'));
  const i = schema.safeParse(input);
  if (!i.success) return err(labelled(issuesToViolation(i.error.issues), 'operation'));
  return ok({ ledger: l.data, input: i.data });
}

function labelled(v: Violation, input: string): Violation {
  return { ...v, details: { ...v.details, input } };
}
