export { applyLedgerEffects } from './applyLedgerEffects.js';
export { exitCap, seatCap } from './caps.js';
export type {
  GrantInternetExitEffect,
  GrantSeatEffect,
  LedgerEffect,
  LedgerInputEffect,
  MoveMailboxEffect,
} from './effects.js';
export { type GrantInput, grant } from './grant.js';
export { type ReleaseInput, release } from './release.js';
export { allowanceLedgerSchema, allowanceLedgerSchemaFor, parseLedger } from './schema.js';
export { isAlwaysAllowedSite, needsInternetExit } from './sites.js';
export { type TransferInput, transfer } from './transfer.js';
export {
  type AllowanceKind,
  type AllowanceLedger,
  type DepartmentAllowance,
  EMPTY_LEDGER,
  type ExitHolding,
  type GrantedBy,
  type SeatException,
  type SeatHolding,
} from './types.js';
export { type DepartmentUsage, departmentUsage, holdingsOf } from './usage.js';
