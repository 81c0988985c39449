import { describe, expect, it } from 'vitest';
import { transitionAccount } from '../../src/lifecycle/index.js';
import { ev, open } from './_helpers.js';

// Issue 8, the account at the seams (SPEC §12): who reports, bajas ahead of their date,
// investigations in every status, late transfers, confirmations that fail.

const USER = { role: 'user', id: 'perla' } as const;
const UNIT = { role: 'unit-it', id: 'enlace-3' } as const;

describe('who reports a baja or a transfer (F01 note, 8.2-1.B, SPEC §12)', () => {
  it('takes a baja reported by the user or the unit, late by the event day whoever reports (4.23, 8.2-1.B)', () => {
    for (const actor of [USER, UNIT]) {
      const onTime = transitionAccount(
        open(),
        ev('OFFBOARD', '2026-12-15', { bajaOn: '2026-12-01', cause: 'separation' }, actor),
      )._unsafeUnwrap();
      expect(onTime.state.status).toBe('gracePeriod');
      expect(onTime.state.closing?.lateNotice).toBeUndefined();
      const late = transitionAccount(
        open(),
        ev('OFFBOARD', '2026-12-16', { bajaOn: '2026-12-01', cause: 'separation' }, actor),
      )._unsafeUnwrap();
      expect(late.state.closing?.lateNotice).toEqual({ days: 15 });
      expect(late.log.actor).toEqual(actor);
    }
  });

  it('takes a transfer reported by the user or the unit (F01 note, 8.2-1.B)', () => {
    for (const actor of [USER, UNIT]) {
      const t = transitionAccount(
        open(),
        ev('REPORT_TRANSFER', '2026-03-02', { toDepartment: 'Jurídico' }, actor),
      )._unsafeUnwrap();
      expect(t.state).toMatchObject({ status: 'transferPending', transfer: { toDepartment: 'Jurídico' } });
    }
  });
});
