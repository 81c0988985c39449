export { acceptsIncoming, mailboxUsage } from './mailboxUsage.js';
export { reviewAccounts } from './reviewAccounts.js';
export { reviewCapacityIncrease } from './reviewCapacityIncrease.js';
export { reviewSnapshotSchema } from './schema.js';
export type {
  AccountsReview,
  CapacityIncrease,
  CapacityIncreaseRequest,
  MailboxLevel,
  MailboxUsage,
  ReviewAction,
  ReviewEntry,
  ReviewFinding,
  ReviewItem,
  ReviewName,
  ReviewSnapshot,
} from './types.js';
