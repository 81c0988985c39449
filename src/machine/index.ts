export { defineMachine, type Machine } from './defineMachine.js';
export { effectKey } from './effectKey.js';
export type {
  BackupMailboxEffect,
  CommonEffect,
  DeleteMailboxEffect,
  IssueResguardoEffect,
  LibraryEffectType,
  NotifyEffect,
  ReleaseInternetExitEffect,
  ReleaseSeatEffect,
  RetireUsernameEffect,
} from './effects.js';
export { LIBRARY_EFFECT_TYPES } from './effects.js';
export { toMarkdownTable, toMermaid } from './toMermaid.js';
export type {
  Actor,
  AnyMachineTable,
  AnyRow,
  EffectBuilder,
  EffectDraft,
  Guard,
  LogEntry,
  MachineEvent,
  MachineState,
  MachineTable,
  Role,
  Row,
  Stamped,
  Transition,
} from './types.js';
