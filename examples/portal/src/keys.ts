// The identities the portal derives from the library's data come from the library: the
// effect's key (`effectKey`) here, the account id of a request (`accountIdFor`, its folio) where
// the account is opened.
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
