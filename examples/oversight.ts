// The example of docs/oversight.md, run by test/docs/oversight.test.ts.
// example:start
import { findApprovalAnomalies, reconcileRoster } from '../src/oversight/index.js';

// 5.4.10, 5.4.14, 4.20: the accounts against payroll's roster of active workers
const accounts = [
  { username: 'SOLEDADRT', department: 'Compras', employeeId: '10002' },
  { username: 'CARLOSPJ', department: 'Informática', employeeId: '10003' },
  { username: 'JGARCIA', department: 'Compras', employeeId: '10099' },
  { username: 'LUISCG', department: 'Jurídico', name: 'Luis Ángel de la Cruz Gómez' },
];
const roster = [
  { employeeId: '10002', name: 'MARIA SOLEDAD RAMIREZ TREJO', department: 'Recursos Humanos' },
  {
    employeeId: '10003',
    name: 'JOSE CARLOS PEREZ JUAREZ',
    department: 'INFORMATICA',
    contractEndsOn: '2027-01-31',
  },
  { name: 'LUIS ANGEL DE LA CRUZ GOMEZ', department: 'Jurídico' },
];
const reconciliation = reconcileRoster(accounts, roster, '2027-03-01')._unsafeUnwrap();
const steps = reconciliation.findings.map((f) => `${f.username} ${f.kind} (${f.clause}) → ${f.step.type}`);
//=> SOLEDADRT departmentMismatch (4.20) → REPORT_TRANSFER
//=> CARLOSPJ contractEnded (5.4.14) → OFFBOARD
//=> JGARCIA notActiveWorker (5.4.10) → OFFBOARD

// 5.4.13: the request logs as stored (RequestLogEntry[]), here none
const anomalies = findApprovalAnomalies([], { asOf: '2027-03-01', stalledAfterDays: 30 })._unsafeUnwrap();
//=> { asOf: '2027-03-01', entries: 0, requests: 0, anomalies: [] }
// example:end

/** What the example computes, for the test. */
export function runOversightExample(): { steps: string[]; anomalies: unknown } {
  return { steps, anomalies };
}
