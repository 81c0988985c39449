import { describe, expect, it } from 'vitest';
import { type AccountState, type AnyAccountEvent, transitionAccount } from '../../src/lifecycle/index.js';
import { apply, BOSS, ev, IT_HEAD, OFFICER, open, SERVER } from './_helpers.js';

// Each guard of ACCOUNT_MACHINE at its edge: the last day it accepts and the first it
// refuses, with the whole violation (code, clause, details) as callers read it (SPEC §6,
// mutation testing, issue 12).

const refusal = (s: AccountState, e: AnyAccountEvent) => transitionAccount(s, e)._unsafeUnwrapErr();
const accepts = (s: AccountState, e: AnyAccountEvent) => transitionAccount(s, e).isOk();

describe('the guards of the account machine, at their edges', () => {
  it('an access is dated neither after the event nor before the account existed (4.19)', () => {
    const s = open();
    expect(accepts(s, ev('RECORD_ACCESS', '2026-03-01', { on: '2026-03-01' }, SERVER))).toBe(true);
    expect(accepts(s, ev('RECORD_ACCESS', '2026-03-01', { on: '2026-01-15' }, SERVER))).toBe(true);
    expect(
      refusal(s, ev('RECORD_ACCESS', '2026-03-01', { on: '2026-03-02' }, SERVER)),
    ).toMatchInlineSnapshot(`
      {
        "clause": "4.19",
        "code": "INVALID_DATE",
        "details": {
          "field": "on",
          "reason": "after the event's day 2026-03-01",
          "value": "2026-03-02",
        },
      }
    `);
    expect(
      refusal(s, ev('RECORD_ACCESS', '2026-03-01', { on: '2026-01-14' }, SERVER)),
    ).toMatchInlineSnapshot(`
      {
        "clause": "4.19",
        "code": "INVALID_DATE",
        "details": {
          "field": "on",
          "reason": "before creation 2026-01-15",
          "value": "2026-01-14",
        },
      }
    `);
  });

  it('a later access moves the last access on, an earlier one does not (4.19)', () => {
    const s = apply(open(), ev('RECORD_ACCESS', '2026-03-01', { on: '2026-02-20' }, SERVER));
    expect(apply(s, ev('RECORD_ACCESS', '2026-03-02', { on: '2026-02-10' }, SERVER)).lastAccessOn).toBe(
      '2026-02-20',
    );
    expect(apply(s, ev('RECORD_ACCESS', '2026-03-02', { on: '2026-02-25' }, SERVER)).lastAccessOn).toBe(
      '2026-02-25',
    );
  });

  it('a leave or a suspension does not end before the day it starts (4.21.3, 4.21.4)', () => {
    const s = open();
    expect(accepts(s, ev('START_LEAVE', '2026-03-01', { until: '2026-03-01', kind: 'vacation' }, BOSS))).toBe(
      true,
    );
    expect(accepts(s, ev('START_LEAVE', '2026-03-01', { until: null, kind: 'vacation' }, BOSS))).toBe(true);
    expect(
      refusal(s, ev('START_LEAVE', '2026-03-01', { until: '2026-02-28', kind: 'vacation' }, BOSS)),
    ).toMatchInlineSnapshot(`
      {
        "clause": null,
        "code": "INVALID_DATE",
        "details": {
          "field": "until",
          "reason": "before the event's day 2026-03-01",
          "value": "2026-02-28",
        },
      }
    `);
    expect(
      refusal(s, ev('SUSPEND', '2026-03-01', { reason: 'investigation', until: '2026-02-28' }, IT_HEAD))
        .details,
    ).toMatchObject({ field: 'until', value: '2026-02-28' });
  });

  it('an inquiry only once the account is three months idle, counted from creation, last access or return (4.19, 8.3-3, 4.21.3)', () => {
    const s = open();
    expect(refusal(s, ev('OPEN_INACTIVITY_INQUIRY', '2026-04-14', {}, OFFICER))).toMatchInlineSnapshot(`
      {
        "clause": "8.3-3",
        "code": "ACCOUNT_NOT_INACTIVE",
        "details": {
          "inactiveFrom": "2026-04-15",
          "username": "PERLAHL",
        },
      }
    `);
    expect(accepts(s, ev('OPEN_INACTIVITY_INQUIRY', '2026-04-15', {}, OFFICER))).toBe(true);
    const back = apply(
      s,
      ev('START_LEAVE', '2026-03-01', { until: null, kind: 'vacation' }, BOSS),
      ev('END_LEAVE', '2026-05-01', {}, BOSS),
    );
    expect(refusal(back, ev('OPEN_INACTIVITY_INQUIRY', '2026-07-31', {}, OFFICER)).details).toEqual({
      username: 'PERLAHL',
      inactiveFrom: '2026-08-01',
    });
    expect(accepts(back, ev('OPEN_INACTIVITY_INQUIRY', '2026-08-01', {}, OFFICER))).toBe(true);
  });

  it('an access during the inquiry closes it unless the account is still idle (4.19, 8.3-3)', () => {
    const q = apply(open(), ev('OPEN_INACTIVITY_INQUIRY', '2026-06-01', {}, OFFICER));
    const stillIdle = apply(q, ev('RECORD_ACCESS', '2026-06-02', { on: '2026-02-01' }, SERVER));
    expect([stillIdle.status, stillIdle.inquiry]).toEqual([
      'inactivityInquiry',
      { openedOn: '2026-06-01', inactiveFrom: '2026-04-15' },
    ]);
    const edge = apply(q, ev('RECORD_ACCESS', '2026-06-02', { on: '2026-03-02' }, SERVER));
    expect(edge.status).toBe('inactivityInquiry');
    const used = apply(q, ev('RECORD_ACCESS', '2026-06-02', { on: '2026-03-03' }, SERVER));
    expect([used.status, used.inquiry, used.lastAccessOn]).toEqual(['active', undefined, '2026-03-03']);
  });

  it('a baja is not dated before the account existed, nor where its grace cannot be written (4.22)', () => {
    const s = open();
    expect(
      accepts(s, ev('OFFBOARD', '2026-03-01', { bajaOn: '2026-01-15', cause: 'separation' }, BOSS)),
    ).toBe(true);
    expect(
      refusal(s, ev('OFFBOARD', '2026-03-01', { bajaOn: '2026-01-14', cause: 'separation' }, BOSS)),
    ).toMatchInlineSnapshot(`
      {
        "clause": "4.22",
        "code": "INVALID_DATE",
        "details": {
          "field": "bajaOn",
          "reason": "before creation 2026-01-15",
          "value": "2026-01-14",
        },
      }
    `);
    expect(
      refusal(s, ev('OFFBOARD', '2026-03-01', { bajaOn: '9999-12-31', cause: 'separation' }, BOSS)).code,
    ).toBe('INVALID_DATE');
  });

  it('a transfer goes to another department, not dated before the account, and completes where reported (8.2-1.B, 4.23, 8.2-6)', () => {
    const s = open();
    expect(
      refusal(s, ev('REPORT_TRANSFER', '2026-03-01', { toDepartment: 'Compras' }, BOSS)),
    ).toMatchInlineSnapshot(`
      {
        "clause": "8.2-1.B",
        "code": "SAME_DEPARTMENT",
        "details": {
          "department": "Compras",
        },
      }
    `);
    expect(
      refusal(
        s,
        ev('REPORT_TRANSFER', '2026-03-01', { toDepartment: 'Almacén', effectiveOn: '2026-01-14' }, BOSS),
      ),
    ).toMatchInlineSnapshot(`
      {
        "clause": "4.23",
        "code": "INVALID_DATE",
        "details": {
          "field": "effectiveOn",
          "reason": "before creation 2026-01-15",
          "value": "2026-01-14",
        },
      }
    `);
    expect(
      accepts(
        s,
        ev('REPORT_TRANSFER', '2026-03-01', { toDepartment: 'Almacén', effectiveOn: '2026-01-15' }, BOSS),
      ),
    ).toBe(true);
    const pending = apply(s, ev('REPORT_TRANSFER', '2026-03-01', { toDepartment: 'Almacén' }, BOSS));
    expect(
      refusal(pending, ev('COMPLETE_TRANSFER', '2026-03-02', { toDepartment: 'Jurídico' }, OFFICER)),
    ).toMatchInlineSnapshot(`
      {
        "clause": "8.2-6",
        "code": "TRANSFER_DEPARTMENT_MISMATCH",
        "details": {
          "reported": "Almacén",
          "requested": "Jurídico",
        },
      }
    `);
    expect(
      refusal(pending, ev('COMPLETE_TRANSFER', '2026-03-02', { toDepartment: 'Compras' }, OFFICER)).code,
    ).toBe('SAME_DEPARTMENT');
  });

  it('a time-caused step only once due, naming what is due and when (SPEC §6)', () => {
    const g = apply(
      open(),
      ev('OFFBOARD', '2026-03-01', { bajaOn: '2026-03-01', cause: 'separation' }, BOSS),
    );
    expect(
      refusal(g, { type: 'GRACE_ENDED', at: '2026-03-16T23:59:59-06:00', actor: SERVER }),
    ).toMatchInlineSnapshot(`
      {
        "clause": null,
        "code": "NOT_YET_DUE",
        "details": {
          "day": "2026-03-16",
          "due": "2026-03-17",
          "dueEvent": "GRACE_ENDED",
          "event": "GRACE_ENDED",
        },
      }
    `);
    expect(accepts(g, { type: 'GRACE_ENDED', at: '2026-03-17T00:00:00-06:00', actor: SERVER })).toBe(true);
    expect(
      refusal(open(), { type: 'EXPIRED', at: '2026-03-17T00:00:00-06:00', actor: SERVER }).details,
    ).toEqual({
      event: 'EXPIRED',
      day: '2026-03-17',
      due: null,
      dueEvent: null,
    });
    const l = apply(open(), ev('START_LEAVE', '2026-03-01', { until: '2026-03-05', kind: 'vacation' }, BOSS));
    expect(refusal(l, { type: 'EXPIRED', at: '2026-03-10T00:00:00-06:00', actor: SERVER }).details).toEqual({
      event: 'EXPIRED',
      day: '2026-03-10',
      due: '2026-03-06',
      dueEvent: 'LEAVE_ENDED',
    });
  });

  it('on its way out an account takes only an investigation, a permanent sanction, and a REINSTATE of a suspension in course (4.26, 4.21.4)', () => {
    const g = apply(
      open(),
      ev('OFFBOARD', '2026-03-01', { bajaOn: '2026-03-01', cause: 'separation' }, BOSS),
    );
    expect(
      refusal(g, ev('SUSPEND', '2026-03-02', { reason: 'sanction', until: null }, IT_HEAD)),
    ).toMatchInlineSnapshot(`
      {
        "clause": "4.26",
        "code": "INVALID_TRANSITION",
        "details": {
          "event": "SUSPEND",
          "reason": "a temporary sanction does not apply to an account already on its way out",
          "status": "gracePeriod",
        },
      }
    `);
    expect(refusal(g, ev('SANCTION', '2026-03-02', { permanent: false }, IT_HEAD))).toMatchInlineSnapshot(`
      {
        "clause": "4.26",
        "code": "INVALID_TRANSITION",
        "details": {
          "event": "SANCTION",
          "reason": "a temporary sanction does not apply to an account already on its way out",
          "status": "gracePeriod",
        },
      }
    `);
    expect(refusal(g, ev('REINSTATE', '2026-03-02', {}, IT_HEAD))).toMatchInlineSnapshot(`
      {
        "clause": "4.21.4",
        "code": "INVALID_TRANSITION",
        "details": {
          "event": "REINSTATE",
          "reason": "no suspension in course",
          "status": "gracePeriod",
        },
      }
    `);
    const n = apply(open(), ev('REQUEST_CANCELLATION', '2026-03-01', {}, BOSS));
    expect(refusal(n, ev('REINSTATE', '2026-03-02', {}, IT_HEAD)).details).toMatchObject({
      status: 'cancellationNotice',
    });
    expect(accepts(g, ev('SANCTION', '2026-03-02', { permanent: true }, IT_HEAD))).toBe(true);
  });
});
