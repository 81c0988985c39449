import { describe, expect, it } from 'vitest';
import { ACCOUNT_MACHINE } from '../../src/lifecycle/index.js';
import type { AnyMachineTable, Role } from '../../src/machine/index.js';
import { CREATE_REQUEST_ROLES, REQUEST_MACHINE } from '../../src/request/index.js';

const IT_AREA: readonly Role[] = ['it-head', 'mail-officer', 'system'];
const tables: readonly AnyMachineTable[] = [REQUEST_MACHINE, ACCOUNT_MACHINE];

describe('who may do what, read off the machine tables (SPEC §1)', () => {
  it('lets only the IT area (or its scheduler) create, change, suspend or cancel an account (4.7, 5.4.5)', () => {
    for (const t of tables) {
      for (const row of t.rows) {
        const creates = row.event === 'PROVISION';
        const cancels = row.to.includes('cancelled');
        // A row suspends when it leads into `suspended` from another status (a baja announced
        // ahead for a suspended account leaves it suspended: that suspends nothing).
        const suspends = row.to.includes('suspended') && row.from.some((f) => f !== 'suspended');
        if (creates || cancels || suspends) {
          expect(
            row.roles.filter((r) => !IT_AREA.includes(r)),
            `${t.name} ${row.event}`,
          ).toEqual([]);
        }
      }
    }
  });

  it('lets only the head of IT approve, reject or decide on internet (5.3.5, 8.1-4, 8.1-7)', () => {
    for (const row of REQUEST_MACHINE.rows) {
      if (['APPROVE', 'REJECT', 'AUTHORIZE_INTERNET', 'DENY_INTERNET'].includes(row.event)) {
        expect(row.roles).toEqual(['it-head']);
      }
    }
  });

  it('lets the requesting boss start a request and ask in writing for a cancellation (8.1-1…3, 4.24)', () => {
    expect(REQUEST_MACHINE.initial.status).toBe('submitted');
    // The unit's IT officer may file F01 on the head's behalf (5.5.1).
    expect(CREATE_REQUEST_ROLES).toEqual(['direct-boss', 'unit-it']);
    const cancellation = ACCOUNT_MACHINE.rows.filter((r) => r.event === 'REQUEST_CANCELLATION');
    expect(cancellation.length).toBeGreaterThan(0);
    for (const row of cancellation) expect(row.roles).toEqual(['direct-boss']);
  });

  it('lets the user and the unit report a baja or a transfer, as the boss does (F01 note, 8.2-1.B, SPEC §12)', () => {
    for (const event of ['OFFBOARD', 'REPORT_TRANSFER']) {
      const rows = ACCOUNT_MACHINE.rows.filter((r) => r.event === event);
      expect(rows.length, event).toBeGreaterThan(0);
      for (const row of rows) {
        expect([...row.roles].sort(), event).toEqual(['direct-boss', 'mail-officer', 'unit-it', 'user']);
      }
    }
  });

  it('moves an account by time only through the system role', () => {
    for (const row of ACCOUNT_MACHINE.rows) {
      if (
        [
          'NOTICE_ELAPSED',
          'GRACE_ENDED',
          'EXPIRED',
          'LEAVE_ENDED',
          'SUSPENSION_ENDED',
          'BAJA_REACHED',
        ].includes(row.event)
      ) {
        expect(row.roles).toEqual(['system']);
      }
    }
  });
});
