import { describe, expect, it } from 'vitest';
import { ACCOUNT_MACHINE } from '../../src/lifecycle/index.js';
import { itKeepsMachineDocs } from '../docs/machineDocs.js';

// The diagram and the rows tables in the docs are generated from the table; `UPDATE_DOCS=1
// npx vitest run test/lifecycle/docs.test.ts` rewrites them.
describe('the lifecycle docs are generated from ACCOUNT_MACHINE (STYLE: docs are generated)', () => {
  itKeepsMachineDocs(ACCOUNT_MACHINE, 'lifecycle', 'test/lifecycle/docs.test.ts');

  it('every status has a row, every row names a clause and a summary in both languages', () => {
    for (const status of ACCOUNT_MACHINE.statuses) {
      if (ACCOUNT_MACHINE.terminal.includes(status)) continue;
      expect(ACCOUNT_MACHINE.rows.some((r) => r.from.includes(status))).toBe(true);
    }
    for (const row of ACCOUNT_MACHINE.rows) {
      expect(row.clauses.length).toBeGreaterThan(0);
      expect(row.summary.es.length).toBeGreaterThan(10);
      expect(row.summary.en.length).toBeGreaterThan(10);
    }
  });

  it('declares one row per status and event (the kit finds exactly one)', () => {
    const keys = ACCOUNT_MACHINE.rows.flatMap((r) => r.from.map((f) => `${f} ${r.event}`));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
