// The scheduler job: the accounts whose next deadline has come (an indexed column the store
// keeps from `nextDeadline`) are brought to the day with `advanceAccount`, each committed like
// any command. Running it twice for a day finds nothing due the second time.
import { advanceStep } from './commands.js';
import type { Db } from './db.js';
import type { PortalViolation } from './store.js';

export type SchedulerReport = {
  advanced: number;
  refused: { account: string; violations: readonly PortalViolation[] }[];
};

export async function runScheduler(db: Db, asOf: string): Promise<SchedulerReport> {
  const report: SchedulerReport = { advanced: 0, refused: [] };
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM accounts WHERE next_deadline IS NOT NULL AND next_deadline <= $1 ORDER BY next_deadline, id',
    [asOf],
  );
  for (const { id } of rows) {
    const outcome = await advanceStep(db, id, asOf);
    if (!outcome.ok) report.refused.push({ account: id, violations: outcome.violations });
    else if (outcome.applied) report.advanced++;
  }
  return report;
}
