export { ANOMALY_DEFAULTS, findApprovalAnomalies } from './findApprovalAnomalies.js';
export { reconcileRoster } from './reconcileRoster.js';
export {
  anomalyOptionsSchema,
  requestLogRecordSchema,
  rosterAccountSchema,
  rosterRowSchema,
} from './schema.js';
export type {
  AnomalyKind,
  AnomalyOptions,
  AnomalyReport,
  ApprovalAnomaly,
  RequestLogRecord,
  RosterAccount,
  RosterFinding,
  RosterFindingKind,
  RosterReconciliation,
  RosterRef,
  RosterRow,
  RosterStep,
} from './types.js';
