/** The statuses of the account machine, in the order the docs list them. */
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
