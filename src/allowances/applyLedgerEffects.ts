import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuse } from '../_internal/guard.js';
import { issuesToViolation } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import { LIBRARY_EFFECT_TYPES } from '../machine/effects.js';
import type { Policy } from '../policy/policy.js';
import { SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import { departmentOf, holderDepartment, withDepartment } from './_ledger.js';
import { ledgerSchemaOf } from './_validate.js';
import type { LedgerInputEffect } from './effects.js';
import { grantValid } from './grant.js';
import { releaseValid } from './release.js';
import { departmentSchema, usernameSchema } from './schema.js';
import { transferValid } from './transfer.js';
import type { AllowanceLedger, GrantedBy } from './types.js';

const clause = z.string().check(z.maxLength(40));
// The stamp of a machine's effect; a hand-made effect may have none.
const subject = z.optional(z.string().check(z.minLength(1), z.maxLength(200)));
const version = z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)));
const exception = z.nullable(z.strictObject({ reason: z.string().check(z.minLength(1), z.maxLength(5000)) }));

// Stamped effects carry more (subject, version, index): plain objects, extra keys dropped.
const ledgerEffectSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('GRANT_SEAT'),
    department: departmentSchema,
    username: usernameSchema,
    exception,
    subject,
    version,
  }),
  z.object({
    type: z.literal('GRANT_INTERNET_EXIT'),
    department: departmentSchema,
    username: usernameSchema,
    subject,
    version,
  }),
  z.object({
    type: z.literal('MOVE_MAILBOX'),
    username: usernameSchema,
    toDepartment: departmentSchema,
    exception: z.optional(exception),
    subject,
    version,
  }),
  z.object({
    type: z.literal('RELEASE_SEAT'),
    department: departmentSchema,
    username: usernameSchema,
    clause,
  }),
  z.object({
    type: z.literal('RELEASE_INTERNET_EXIT'),
    department: departmentSchema,
    username: usernameSchema,
    clause,
  }),
]);

const LEDGER_TYPES: ReadonlySet<unknown> = new Set([
  'GRANT_SEAT',
  'GRANT_INTERNET_EXIT',
  'MOVE_MAILBOX',
  'RELEASE_SEAT',
  'RELEASE_INTERNET_EXIT',
]);

const KNOWN: ReadonlySet<unknown> = new Set(LIBRARY_EFFECT_TYPES);

/**
 * Applies, in order, the effects that concern the ledger (`GRANT_SEAT`, `GRANT_INTERNET_EXIT`,
 * `MOVE_MAILBOX` of the request machine; `RELEASE_SEAT`, `RELEASE_INTERNET_EXIT` of the account
 * lifecycle) and passes over the library's other effects by their type (`NOTIFY`,
 * `CREATE_MAILBOX`, …). Anything that is no effect of the library (a misspelled type, a value
 * without one) is refused with `UNKNOWN_EFFECT` and its index: a plan the ledger cannot read is
 * not "nothing to change". All or nothing: the first refusal is returned with the effect's
 * position (`details.effect`) and the ledger is left as it was, so the adapter stops before the
 * mail-server side of a plan the ledger does not allow.
 *
 * A stamped grant (with the `subject` and `version` the machine gave it) is recorded on its
 * holding (`grantedBy`): delivered again, the same grant changes nothing; a grant of what the
 * username already holds in that department for another request, or for none the ledger
 * knows, is refused with `ALLOWANCE_HELD_FOR_ANOTHER_REQUEST` (4.9, 4.13).
 *
 * `MOVE_MAILBOX` puts the username's seat in `toDepartment` (moving it with {@link transfer}
 * when the ledger has it elsewhere, granting it when the ledger has none) and releases the
 * internet exit it held in any other department.
 *
 * @example
 * applyLedgerEffects(EMPTY_LEDGER, [
 *   { type: 'GRANT_SEAT', department: 'Compras', username: 'PERLAHL', exception: null, clause: '4.9' },
 *   { type: 'NOTIFY', to: 'user', template: 'welcome', clause: '8.1-13' },
 * ])._unsafeUnwrap().departments[0].seats
 * //=> [{ username: 'PERLAHL', exception: null }]
 */
export function applyLedgerEffects(
  ledger: AllowanceLedger,
  effects: readonly LedgerInputEffect[],
  policy: Policy = SESEQ_POLICY,
): Result<AllowanceLedger, Violation> {
  return guard([ledger, effects, policy], () => applyLedgerEffectsUnguarded(ledger, effects, policy), refuse);
}

function applyLedgerEffectsUnguarded(
  ledger: AllowanceLedger,
  effects: readonly unknown[],
  policy: Policy = SESEQ_POLICY,
): Result<AllowanceLedger, Violation> {
  const read = readPolicy(policy);
  if (read.isErr()) return err(read.error);
  const p = read.value;
  const l = ledgerSchemaOf(p).safeParse(ledger);
  if (!l.success) return err({ ...issuesToViolation(l.error.issues), clause: null });
  if (!Array.isArray(effects))
    return err(violation('INVALID_INPUT', null, { issues: ['effects: expected array'] }));
  let next = l.data;
  for (let i = 0; i < effects.length; i++) {
    const raw: unknown = effects[i];
    // A primitive has no `type` of its own (`(42).type` is undefined): only null and undefined need the `?.`.
    const type = (raw as { type?: unknown } | null | undefined)?.type;
    if (!KNOWN.has(type)) {
      return err(
        violation('UNKNOWN_EFFECT', null, {
          effect: i,
          type: typeof type === 'string' ? type : null,
          known: 'LIBRARY_EFFECT_TYPES',
        }),
      );
    }
    if (!LEDGER_TYPES.has(type)) continue;
    const parsed = ledgerEffectSchema.safeParse(raw);
    if (!parsed.success) {
      const v = issuesToViolation(parsed.error.issues);
      return err({ ...v, details: { ...v.details, effect: i } });
    }
    const r = applyOne(next, parsed.data, p);
    if (r.isErr()) return err({ ...r.error, details: { ...r.error.details, effect: i } });
    next = r.value;
  }
  return ok(next);
}

function applyOne(
  ledger: AllowanceLedger,
  e: z.output<typeof ledgerEffectSchema>,
  policy: Policy,
): Result<AllowanceLedger, Violation> {
  switch (e.type) {
    case 'GRANT_SEAT':
      return grantValid(
        ledger,
        { kind: 'seat', department: e.department, username: e.username, exception: e.exception },
        policy,
        stampOf(e),
      );
    case 'GRANT_INTERNET_EXIT':
      return grantValid(
        ledger,
        { kind: 'exit', department: e.department, username: e.username },
        policy,
        stampOf(e),
      );
    case 'RELEASE_SEAT':
      return releaseValid(ledger, { kind: 'seat', department: e.department, username: e.username });
    case 'RELEASE_INTERNET_EXIT':
      return releaseValid(ledger, { kind: 'exit', department: e.department, username: e.username });
    case 'MOVE_MAILBOX':
      return move(ledger, e.username, e.toDepartment, e.exception ?? null, policy, stampOf(e));
  }
}

/** The effect's stamp, when it has one. */
function stampOf(e: { subject?: string | undefined; version?: number | undefined }): GrantedBy | undefined {
  return e.subject === undefined || e.version === undefined
    ? undefined
    : { subject: e.subject, version: e.version };
}

function move(
  ledger: AllowanceLedger,
  username: string,
  to: string,
  exception: { reason: string } | null,
  policy: Policy,
  by: GrantedBy | undefined,
): Result<AllowanceLedger, Violation> {
  const from = holderDepartment(ledger, 'seat', username);
  let next = ledger;
  if (from === null) {
    const g = grantValid(next, { kind: 'seat', department: to, username, exception }, policy, by);
    if (g.isErr()) return g;
    next = g.value;
  } else {
    // A seat already in `to`: transferValid changes nothing.
    const t = transferValid(next, { username, from, to, exception }, policy);
    if (t.isErr()) return t;
    next = t.value;
  }
  // Stryker disable next-line StringLiteral: holderDepartment reads any kind but 'seat' as exits
  const exitIn = holderDepartment(next, 'exit', username);
  // Stryker disable next-line ConditionalExpression: `exitIn !== null` only narrows the type (departmentOf(null) is an empty department, whose filtered exits change nothing); `exitIn !== to` → true would be killed, but shares the line
  if (exitIn !== null && exitIn !== to) {
    const d = departmentOf(next, exitIn);
    next = withDepartment(next, { ...d, exits: d.exits.filter((x) => x.username !== username) });
  }
  return ok(next);
}
