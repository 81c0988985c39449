export { defineMachine, type Machine } from './defineMachine.js';
export { toMarkdownTable, toMermaid } from './toMermaid.js';
export type {
  Actor,
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
