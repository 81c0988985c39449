// The two identities the portal derives from the library's data, each in ONE place: the
// effect's key comes from the library (`effectKey`); the account id of a request is the
// portal's own until the library ships one.
import { effectKey as libraryEffectKey } from 'seseq-correo';

/** Which machine produced an effect or a log entry: a request and an account may share an id. */
export type MachineName = 'request' | 'account';

/** An effect as stored: what the library stamps on it (SPEC §10, §11). */
export type StampedEffect = {
  readonly type: string;
  readonly machine: MachineName;
  readonly subject: string;
  readonly version: number;
  readonly index: number;
};

/**
 * The effect's idempotency key, unique across both machines: `machine/subject/version/index`.
 * The outbox's primary key, the notifier's and the mail server's deduplication key.
 */
export function effectKey(effect: StampedEffect): string {
  return libraryEffectKey(effect);
}

/** The id of the account a creation request opens: derived from the folio, so a retry finds it. */
export function accountIdFor(folio: string): string {
  return `cta:${folio}`;
}
