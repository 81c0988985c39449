import * as z from 'zod/mini';
import { type DateMemo, isAccountState } from '../lifecycle/_isAccountState.js';
import { accountStateSchema } from '../lifecycle/schema.js';
import type { ReviewEntry, ReviewSnapshot } from './types.js';

const MAX_MB = 1e12;
const nameText = z.string().check(z.maxLength(300));

/**
 * The zod schema of a {@link ReviewSnapshot}; unknown keys refused.
 *
 * @example
 * const account = openAccount({ id: 'a1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' })._unsafeUnwrap();
 * reviewSnapshotSchema.safeParse({ account, mailbox: { usedMb: 10, capacityMb: 1000 } }).success
 * //=> true
 * reviewSnapshotSchema.safeParse({ account, quota: 1000 }).success
 * //=> false
 */
export const reviewSnapshotSchema = z.strictObject({
  account: accountStateSchema,
  mailbox: z.exactOptional(
    z.strictObject({
      usedMb: z.number().check(z.minimum(0), z.maximum(MAX_MB)),
      capacityMb: z.number().check(z.gt(0), z.maximum(MAX_MB)),
    }),
  ),
  name: z.exactOptional(
    z.union([
      z.string().check(z.minLength(1), z.maxLength(500)),
      z.strictObject({
        givenNames: nameText,
        paternalSurname: z.exactOptional(z.nullable(nameText)),
        maternalSurname: z.exactOptional(z.nullable(nameText)),
      }),
    ]),
  ),
});

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const SNAPSHOT_KEYS: ReadonlySet<string> = new Set(['account', 'mailbox', 'name']);
const MAILBOX_KEYS: ReadonlySet<string> = new Set(['usedMb', 'capacityMb']);
const NAME_KEYS: ReadonlySet<string> = new Set(['givenNames', 'paternalSurname', 'maternalSurname']);

function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

const isMb = (n: unknown, min0: boolean): boolean =>
  typeof n === 'number' && (min0 ? n >= 0 : n > 0) && n <= MAX_MB; // NaN fails both comparisons
const isNameText = (x: unknown): boolean => typeof x === 'string' && x.length <= 300;
const isOptionalNameText = (o: Obj, k: string): boolean => !(k in o) || o[k] === null || isNameText(o[k]);

/**
 * @internal Whether `x` is a review entry: a snapshot ({@link isReviewSnapshot}) or, without an
 * `account` key, a bare account state.
 */
export function isReviewEntry(x: unknown, memo?: DateMemo): x is ReviewEntry {
  if (isObject(x) && !('account' in x)) return isAccountState(x, memo);
  return isReviewSnapshot(x, memo);
}

/** @internal The schema that explains a refused entry: the state's for a bare account. */
export function entrySchema(x: unknown): typeof reviewSnapshotSchema | typeof accountStateSchema {
  return isObject(x) && !('account' in x) ? accountStateSchema : reviewSnapshotSchema;
}

/**
 * @internal Whether {@link reviewSnapshotSchema} accepts `x`, without building zod's issues:
 * the review's fast path over a million snapshots; the schema explains a refusal.
 */
export function isReviewSnapshot(x: unknown, memo?: DateMemo): x is ReviewSnapshot {
  if (!isObject(x) || !onlyKeys(x, SNAPSHOT_KEYS) || !isAccountState(x.account, memo)) return false;
  if ('mailbox' in x) {
    const m = x.mailbox;
    if (!isObject(m) || !onlyKeys(m, MAILBOX_KEYS) || !isMb(m.usedMb, true) || !isMb(m.capacityMb, false))
      return false;
  }
  if ('name' in x) {
    const n = x.name;
    if (typeof n === 'string') return n.length >= 1 && n.length <= 500;
    if (!isObject(n) || !onlyKeys(n, NAME_KEYS) || !isNameText(n.givenNames)) return false;
    if (!isOptionalNameText(n, 'paternalSurname') || !isOptionalNameText(n, 'maternalSurname')) return false;
  }
  return true;
}
