// The two identities the portal derives from the library's data. Each is ONE function, so that
// when the library ships its own (`effectKey`, the account id of a request) only this file
// changes.

/** Which machine produced an effect or a log entry: a request and an account may share an id. */
export type MachineName = 'request' | 'account';

/** An effect as stored: what the library stamps on it (SPEC §10, §11). */
export type StampedEffect = {
  readonly type: string;
  readonly subject: string;
  readonly version: number;
  readonly index: number;
};

/**
 * The effect's idempotency key, unique across both machines: `machine/subject/version/index`.
 * The outbox's primary key, the notifier's and the mail server's deduplication key.
 */
export function effectKey(machine: MachineName, effect: StampedEffect): string {
  return `${machine}/${effect.subject}/${effect.version}/${effect.index}`;
}

/** The id of the account a creation request opens: derived from the folio, so a retry finds it. */
export function accountIdFor(folio: string): string {
  return `cta:${folio}`;
}
