export { type AccountAdvance, advanceAccount } from './advanceAccount.js';
export { createAccount, OPEN_ACCOUNT_CLAUSES } from './createAccount.js';
export type {
  AccountEffect,
  DisableMailboxEffect,
  EnableMailboxEffect,
  RestoreNetworkAccessEffect,
  StampedAccountEffect,
  SuspendNetworkAccessEffect,
  UpdateAccountListingEffect,
} from './effects.js';
export type { AccountLogEntry, AccountOpenEvent } from './log.js';
export { ACCOUNT_MACHINE } from './machine.js';
export { nextDeadline } from './nextDeadline.js';
export { type OpenAccountInput, openAccount } from './openAccount.js';
export { parseAccountLogEntry } from './parseAccountLogEntry.js';
export { replayAccount } from './replayAccount.js';
export {
  accountEventSchema,
  accountStateSchema,
  parseAccountEvent,
  parseAccountState,
} from './schema.js';
export { ACCOUNT_STATUSES } from './statuses.js';
export { type AccountTransition, transitionAccount } from './transitionAccount.js';
export type {
  AccountClosing,
  AccountEvent,
  AccountEventType,
  AccountHolder,
  AccountInquiry,
  AccountLeave,
  AccountScheduledBaja,
  AccountState,
  AccountStatus,
  AccountSuspension,
  AccountSystemEvent,
  AccountTransfer,
  AnyAccountEvent,
  BajaReason,
  CancellationCause,
  LeaveKind,
  ResumableStatus,
  SuspensionResume,
  SystemEventType,
} from './types.js';
