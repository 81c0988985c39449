/**
 * The statuses of the account machine, in the order the docs list them.
 *
 * @example
 * ACCOUNT_STATUSES[0]
 * //=> 'active'
 * ACCOUNT_STATUSES.at(-1)
 * //=> 'cancelled'
 */
export const ACCOUNT_STATUSES = [
  'active',
  'onLeave',
  'suspended',
  'inactivityInquiry',
  'transferPending',
  'cancellationNotice',
  'gracePeriod',
  'cancelled',
] as const;
