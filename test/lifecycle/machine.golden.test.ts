import { describe, expect, it } from 'vitest';
import {
  type AccountState,
  type AnyAccountEvent,
  advanceAccount,
  transitionAccount,
} from '../../src/lifecycle/index.js';
import { apply, BOSS, ev, IT_HEAD, OFFICER, open, SERVER } from './_helpers.js';

// The whole outcome of each kind of transition, state and effects, pinned as the rows give it
// today (ACCOUNT_MACHINE, SPEC §6; mutation testing, issue 12). The stamps every effect carries
// (machine, subject, version, index) are checked by lifecycle.prop.test.ts and left out here.

type Out = { state: AccountState; effects: Record<string, unknown>[] };

function step(s: AccountState, e: AnyAccountEvent): Out {
  const t = transitionAccount(s, e)._unsafeUnwrap();
  return {
    state: t.state,
    effects: t.effects.map(({ machine: _m, subject: _s, version: _v, index: _i, ...rest }) => rest),
  };
}

const effectsOf = (o: Out) => o.effects;

describe('the effects of each transition, in full (4.19–4.29, 8.2, 8.3)', () => {
  it('inactivity: the boss is asked, the cancellation confirmed, the mailbox backed up, deleted and its username retired (4.19, 8.3-3…10)', () => {
    const idle = open({ lastAccessOn: '2026-02-01' });
    const inquiry = step(idle, ev('OPEN_INACTIVITY_INQUIRY', '2026-06-01', {}, OFFICER));
    expect(inquiry.state.inquiry).toEqual({ openedOn: '2026-06-01', inactiveFrom: '2026-05-01' });
    expect(effectsOf(inquiry)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.3-4",
          "data": {
            "inactiveFrom": "2026-05-01",
            "lastAccessOn": "2026-02-01",
            "username": "PERLAHL",
          },
          "template": "inactivity-inquiry",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
    const notice = step(inquiry.state, ev('REQUEST_CANCELLATION', '2026-06-05', {}, BOSS));
    expect(notice.state).toMatchInlineSnapshot(`
      {
        "cancelOn": "2026-06-07",
        "cancellation": null,
        "closing": {
          "cause": "inactivity",
          "previous": "inactivityInquiry",
          "since": "2026-06-05",
        },
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "inquiry": {
          "inactiveFrom": "2026-05-01",
          "openedOn": "2026-06-01",
        },
        "internet": true,
        "lastAccessOn": "2026-02-01",
        "status": "cancellationNotice",
        "updatedAt": "2026-06-05T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 3,
      }
    `);
    expect(effectsOf(notice)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.24",
          "data": {
            "cancelOn": "2026-06-07",
            "cause": "inactivity",
            "username": "PERLAHL",
          },
          "template": "cancellation-confirmation",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
    const grace = step(notice.state, {
      type: 'NOTICE_ELAPSED',
      at: '2026-06-07T00:00:00-06:00',
      actor: SERVER,
    });
    expect(grace.state).toMatchInlineSnapshot(`
      {
        "cancelOn": "2026-06-23",
        "cancellation": null,
        "closing": {
          "bajaOn": "2026-06-07",
          "cause": "inactivity",
          "since": "2026-06-07",
        },
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": "2026-02-01",
        "status": "gracePeriod",
        "updatedAt": "2026-06-07T00:00:00-06:00",
        "usableThrough": "2026-06-22",
        "username": "PERLAHL",
        "version": 4,
      }
    `);
    expect(effectsOf(grace)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.3-8",
          "deliverTo": "direct-boss",
          "type": "BACKUP_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.22",
          "data": {
            "cancelOn": "2026-06-23",
            "usableThrough": "2026-06-22",
            "username": "PERLAHL",
          },
          "template": "grace-period",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
    const gone = step(grace.state, { type: 'GRACE_ENDED', at: '2026-06-23T08:00:00-06:00', actor: SERVER });
    expect(gone.state).toMatchInlineSnapshot(`
      {
        "cancelOn": "2026-06-23",
        "cancellation": {
          "cause": "inactivity",
          "on": "2026-06-23",
        },
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": "2026-02-01",
        "status": "cancelled",
        "updatedAt": "2026-06-23T08:00:00-06:00",
        "usableThrough": "2026-06-22",
        "username": "PERLAHL",
        "version": 5,
      }
    `);
    expect(effectsOf(gone)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.3-8",
          "deliverTo": "direct-boss",
          "type": "BACKUP_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.19",
          "type": "DELETE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "8.2-1.A.2",
          "department": "Compras",
          "type": "RELEASE_SEAT",
          "username": "PERLAHL",
        },
        {
          "clause": "8.2-1.A.2",
          "department": "Compras",
          "type": "RELEASE_INTERNET_EXIT",
          "username": "PERLAHL",
        },
        {
          "clause": "4.19",
          "type": "RETIRE_USERNAME",
          "username": "PERLAHL",
        },
        {
          "change": "seatAvailable",
          "clause": "8.3-10",
          "department": "Compras",
          "type": "UPDATE_ACCOUNT_LISTING",
          "username": "PERLAHL",
        },
        {
          "clause": "4.19",
          "data": {
            "cause": "inactivity",
            "on": "2026-06-23",
            "username": "PERLAHL",
          },
          "template": "account-cancelled",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
  });

  it('a request without internet: no exit to release, no username retired (4.24, 4.22, 8.2-1.A.2)', () => {
    const s = open({ internet: false });
    const notice = step(s, ev('REQUEST_CANCELLATION', '2026-06-05', {}, BOSS));
    const grace = step(notice.state, {
      type: 'NOTICE_ELAPSED',
      at: '2026-06-07T09:00:00-06:00',
      actor: SERVER,
    });
    const gone = step(grace.state, { type: 'GRACE_ENDED', at: '2026-06-23T00:00:00-06:00', actor: SERVER });
    expect(gone.state.cancellation).toEqual({ on: '2026-06-23', cause: 'request' });
    expect(effectsOf(gone)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.3-8",
          "deliverTo": "direct-boss",
          "type": "BACKUP_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.22",
          "type": "DELETE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "8.2-1.A.2",
          "department": "Compras",
          "type": "RELEASE_SEAT",
          "username": "PERLAHL",
        },
        {
          "change": "seatAvailable",
          "clause": "8.3-10",
          "department": "Compras",
          "type": "UPDATE_ACCOUNT_LISTING",
          "username": "PERLAHL",
        },
        {
          "clause": "4.22",
          "data": {
            "cause": "request",
            "on": "2026-06-23",
            "username": "PERLAHL",
          },
          "template": "account-cancelled",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
  });

  it('a permanent sanction cancels at once with its own clauses; a temporary one disables the mailbox once (4.21.2, 4.26)', () => {
    const s = open();
    const permanent = step(s, ev('SANCTION', '2026-06-05', { permanent: true }, IT_HEAD));
    expect(permanent.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": {
          "cause": "sanction",
          "on": "2026-06-05",
        },
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "status": "cancelled",
        "updatedAt": "2026-06-05T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 2,
      }
    `);
    expect(effectsOf(permanent)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.26",
          "deliverTo": "direct-boss",
          "type": "BACKUP_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.21.2",
          "type": "DELETE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "8.2-1.A.2",
          "department": "Compras",
          "type": "RELEASE_SEAT",
          "username": "PERLAHL",
        },
        {
          "clause": "8.2-1.A.2",
          "department": "Compras",
          "type": "RELEASE_INTERNET_EXIT",
          "username": "PERLAHL",
        },
        {
          "change": "seatAvailable",
          "clause": "8.3-10",
          "department": "Compras",
          "type": "UPDATE_ACCOUNT_LISTING",
          "username": "PERLAHL",
        },
        {
          "clause": "4.21.2",
          "data": {
            "cause": "sanction",
            "on": "2026-06-05",
            "username": "PERLAHL",
          },
          "template": "account-cancelled",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
    const temporary = step(s, ev('SANCTION', '2026-06-05', { permanent: false }, IT_HEAD));
    expect(temporary.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "status": "suspended",
        "suspension": {
          "mailbox": true,
          "network": false,
          "reason": "sanction",
          "resume": "active",
          "since": "2026-06-05",
          "until": null,
        },
        "updatedAt": "2026-06-05T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 2,
      }
    `);
    expect(effectsOf(temporary)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.26",
          "type": "DISABLE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.26",
          "data": {
            "username": "PERLAHL",
          },
          "template": "mailbox-disabled",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
    const again = step(temporary.state, ev('SANCTION', '2026-06-06', { permanent: false }, IT_HEAD));
    expect(again.effects).toEqual([]);
    expect(again.state.suspension).toEqual(temporary.state.suspension);
    const lifted = step(temporary.state, ev('REINSTATE', '2026-06-20', {}, IT_HEAD));
    expect(lifted.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "resumedOn": "2026-06-20",
        "status": "active",
        "updatedAt": "2026-06-20T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 3,
      }
    `);
    expect(effectsOf(lifted)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.26",
          "type": "ENABLE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.26",
          "data": {
            "username": "PERLAHL",
          },
          "template": "suspension-ended",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
  });

  it('an investigation suspends the network and tells the superior; a sanction on top adds the mailbox; both are restored (4.21.4, 5.4.15, 4.26)', () => {
    const onLeave = apply(open(), ev('START_LEAVE', '2026-06-01', { until: null, kind: 'medical' }, BOSS));
    const inv = step(
      onLeave,
      ev('SUSPEND', '2026-06-05', { reason: 'investigation', until: '2026-06-30' }, IT_HEAD),
    );
    expect(inv.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "leave": {
          "kind": "medical",
          "since": "2026-06-01",
          "until": null,
        },
        "status": "suspended",
        "suspension": {
          "mailbox": false,
          "network": true,
          "reason": "investigation",
          "resume": "onLeave",
          "since": "2026-06-05",
          "until": "2026-06-30",
        },
        "updatedAt": "2026-06-05T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 3,
      }
    `);
    expect(effectsOf(inv)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.21.4",
          "type": "SUSPEND_NETWORK_ACCESS",
          "username": "PERLAHL",
        },
        {
          "clause": "5.4.15",
          "data": {
            "username": "PERLAHL",
          },
          "template": "network-access-suspended",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
    const twice = step(
      inv.state,
      ev('SUSPEND', '2026-06-06', { reason: 'investigation', until: '2026-06-20' }, IT_HEAD),
    );
    expect(twice.effects).toEqual([]);
    expect(twice.state.suspension).toEqual(inv.state.suspension);
    const longer = step(
      inv.state,
      ev('SUSPEND', '2026-06-06', { reason: 'investigation', until: '2026-07-20' }, IT_HEAD),
    );
    expect(longer.state.suspension?.until).toBe('2026-07-20');
    const open_ = step(
      inv.state,
      ev('SUSPEND', '2026-06-06', { reason: 'investigation', until: null }, IT_HEAD),
    );
    expect(open_.state.suspension?.until).toBeNull();
    const sanctioned = step(
      inv.state,
      ev('SUSPEND', '2026-06-07', { reason: 'sanction', until: '2026-06-10' }, IT_HEAD),
    );
    expect(sanctioned.state.suspension).toMatchInlineSnapshot(`
      {
        "mailbox": true,
        "network": true,
        "reason": "sanction",
        "resume": "onLeave",
        "since": "2026-06-05",
        "until": "2026-06-30",
      }
    `);
    expect(effectsOf(sanctioned)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.26",
          "type": "DISABLE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.26",
          "data": {
            "username": "PERLAHL",
          },
          "template": "mailbox-disabled",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
    const bySanction = step(inv.state, ev('SANCTION', '2026-06-07', { permanent: false }, IT_HEAD));
    expect(bySanction.state.suspension).toMatchInlineSnapshot(`
      {
        "mailbox": true,
        "network": true,
        "reason": "sanction",
        "resume": "onLeave",
        "since": "2026-06-05",
        "until": "2026-06-30",
      }
    `);
    expect(effectsOf(bySanction)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.26",
          "type": "DISABLE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.26",
          "data": {
            "username": "PERLAHL",
          },
          "template": "mailbox-disabled",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
    const lifted = step(sanctioned.state, ev('REINSTATE', '2026-06-08', {}, OFFICER));
    expect(lifted.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "leave": {
          "kind": "medical",
          "since": "2026-06-01",
          "until": null,
        },
        "resumedOn": "2026-06-08",
        "status": "onLeave",
        "updatedAt": "2026-06-08T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 5,
      }
    `);
    expect(effectsOf(lifted)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.21.4",
          "type": "RESTORE_NETWORK_ACCESS",
          "username": "PERLAHL",
        },
        {
          "clause": "4.26",
          "type": "ENABLE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.26",
          "data": {
            "username": "PERLAHL",
          },
          "template": "suspension-ended",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
    const ended = step(inv.state, {
      type: 'SUSPENSION_ENDED',
      at: '2026-07-01T00:00:00-06:00',
      actor: SERVER,
    });
    expect(ended.state.status).toBe('onLeave');
    expect(effectsOf(ended)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.21.4",
          "type": "RESTORE_NETWORK_ACCESS",
          "username": "PERLAHL",
        },
        {
          "clause": "4.21.4",
          "data": {
            "username": "PERLAHL",
          },
          "template": "suspension-ended",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
  });

  it('a suspension of a leave that ended meanwhile returns to active (4.21.3, 4.21.4)', () => {
    const onLeave = apply(
      open(),
      ev('START_LEAVE', '2026-06-01', { until: '2026-06-10', kind: 'vacation' }, BOSS),
    );
    const inv = apply(
      onLeave,
      ev('SUSPEND', '2026-06-05', { reason: 'investigation', until: null }, IT_HEAD),
    );
    const back = step(inv, ev('REINSTATE', '2026-06-10', {}, IT_HEAD));
    expect(back.state.status).toBe('onLeave');
    const over = step(inv, ev('REINSTATE', '2026-06-11', {}, IT_HEAD));
    expect(over.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "resumedOn": "2026-06-11",
        "status": "active",
        "updatedAt": "2026-06-11T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 4,
      }
    `);
  });

  it('an expiry backs up under 4.22 and announces the grace (4.10, 4.29, 4.22)', () => {
    const s = open({ holder: 'contractor', expiresOn: '2026-06-30' });
    const [expired] = advanceAccount(s, '2026-06-30')._unsafeUnwrap().log;
    expect(expired?.event.type).toBe('EXPIRED');
    const out = step(s, { type: 'EXPIRED', at: '2026-06-30T00:00:00-06:00', actor: SERVER });
    expect(out.state).toMatchInlineSnapshot(`
      {
        "cancelOn": "2026-07-16",
        "cancellation": null,
        "closing": {
          "bajaOn": "2026-06-30",
          "cause": "expiry",
          "since": "2026-06-30",
        },
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": "2026-06-30",
        "holder": "contractor",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "status": "gracePeriod",
        "updatedAt": "2026-06-30T00:00:00-06:00",
        "usableThrough": "2026-07-15",
        "username": "PERLAHL",
        "version": 2,
      }
    `);
    expect(effectsOf(out)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.22",
          "deliverTo": "direct-boss",
          "type": "BACKUP_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.22",
          "data": {
            "cancelOn": "2026-07-16",
            "usableThrough": "2026-07-15",
            "username": "PERLAHL",
          },
          "template": "grace-period",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
  });

  it('a transfer: reported late it is flagged, completed it moves the mailbox and tells the user (4.23, 8.2-9, 4.13)', () => {
    const reported = step(
      open(),
      ev('REPORT_TRANSFER', '2026-06-20', { toDepartment: 'Almacén', effectiveOn: '2026-06-01' }, BOSS),
    );
    expect(reported.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "status": "transferPending",
        "transfer": {
          "effectiveOn": "2026-06-01",
          "lateNotice": {
            "days": 19,
          },
          "reportedOn": "2026-06-20",
          "toDepartment": "Almacén",
        },
        "updatedAt": "2026-06-20T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 2,
      }
    `);
    expect(effectsOf(reported)).toMatchInlineSnapshot(`
      [
        {
          "clause": "4.23",
          "data": {
            "days": 19,
            "effectiveOn": "2026-06-01",
            "toDepartment": "Almacén",
            "username": "PERLAHL",
          },
          "template": "late-transfer-notice",
          "to": "it-head",
          "type": "NOTIFY",
        },
      ]
    `);
    const done = step(
      reported.state,
      ev('COMPLETE_TRANSFER', '2026-06-22', { toDepartment: 'Almacén' }, OFFICER),
    );
    expect(done.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Almacén",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": false,
        "lastAccessOn": null,
        "resumedOn": "2026-06-22",
        "status": "active",
        "updatedAt": "2026-06-22T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 3,
      }
    `);
    expect(effectsOf(done)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.2-9",
          "exception": null,
          "fromArea": "Compras",
          "toDepartment": "Almacén",
          "type": "MOVE_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "8.2-9",
          "data": {
            "department": "Almacén",
            "username": "PERLAHL",
          },
          "template": "transfer-completed",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
    const declined = step(reported.state, ev('NEW_AREA_DECLINES', '2026-06-22', {}, BOSS));
    expect(declined.state).toMatchInlineSnapshot(`
      {
        "cancelOn": "2026-07-08",
        "cancellation": null,
        "closing": {
          "bajaOn": "2026-06-22",
          "cause": "baja",
          "since": "2026-06-22",
        },
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "status": "gracePeriod",
        "updatedAt": "2026-06-22T10:00:00-06:00",
        "usableThrough": "2026-07-07",
        "username": "PERLAHL",
        "version": 3,
      }
    `);
    expect(effectsOf(declined)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.2-1.A.1",
          "deliverTo": "direct-boss",
          "type": "BACKUP_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.22",
          "data": {
            "cancelOn": "2026-07-08",
            "usableThrough": "2026-07-07",
            "username": "PERLAHL",
          },
          "template": "grace-period",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
  });

  it('a request IT cannot confirm is withdrawn, the boss told where the account is (8.3-7)', () => {
    const onLeave = apply(
      open(),
      ev('START_LEAVE', '2026-06-01', { until: '2026-06-10', kind: 'unpaid' }, BOSS),
    );
    const notice = apply(onLeave, ev('REQUEST_CANCELLATION', '2026-06-05', {}, BOSS));
    const back = step(
      notice,
      ev('CANCELLATION_NOT_CONFIRMED', '2026-06-06', { reason: 'sin firma' }, IT_HEAD),
    );
    expect(back.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "leave": {
          "kind": "unpaid",
          "since": "2026-06-01",
          "until": "2026-06-10",
        },
        "status": "onLeave",
        "updatedAt": "2026-06-06T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 4,
      }
    `);
    expect(effectsOf(back)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.3-7",
          "data": {
            "status": "onLeave",
            "username": "PERLAHL",
          },
          "template": "cancellation-withdrawn",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
    const over = step(
      notice,
      ev('CANCELLATION_NOT_CONFIRMED', '2026-06-11', { reason: 'sin firma' }, IT_HEAD),
    );
    expect(over.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "resumedOn": "2026-06-11",
        "status": "active",
        "updatedAt": "2026-06-11T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 4,
      }
    `);
    expect(effectsOf(over)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.3-7",
          "data": {
            "status": "active",
            "username": "PERLAHL",
          },
          "template": "cancellation-withdrawn",
          "to": "direct-boss",
          "type": "NOTIFY",
        },
      ]
    `);
  });

  it('a baja announced ahead changes nothing but its record, and starts the grace on its day (4.22)', () => {
    const ahead = step(
      open(),
      ev('OFFBOARD', '2026-06-01', { bajaOn: '2026-06-15', cause: 'contractEnd' }, BOSS),
    );
    expect(ahead.state).toMatchInlineSnapshot(`
      {
        "cancelOn": null,
        "cancellation": null,
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "scheduledBaja": {
          "on": "2026-06-15",
          "reason": "contractEnd",
          "reportedOn": "2026-06-01",
        },
        "status": "active",
        "updatedAt": "2026-06-01T10:00:00-06:00",
        "usableThrough": null,
        "username": "PERLAHL",
        "version": 2,
      }
    `);
    expect(ahead.effects).toEqual([]);
    const reached = step(ahead.state, {
      type: 'BAJA_REACHED',
      at: '2026-06-15T00:00:00-06:00',
      actor: SERVER,
    });
    expect(reached.state).toMatchInlineSnapshot(`
      {
        "cancelOn": "2026-07-01",
        "cancellation": null,
        "closing": {
          "bajaOn": "2026-06-15",
          "cause": "baja",
          "reason": "contractEnd",
          "since": "2026-06-15",
        },
        "createdOn": "2026-01-15",
        "department": "Compras",
        "expiresOn": null,
        "holder": "staff",
        "id": "cta-1",
        "internet": true,
        "lastAccessOn": null,
        "status": "gracePeriod",
        "updatedAt": "2026-06-15T00:00:00-06:00",
        "usableThrough": "2026-06-30",
        "username": "PERLAHL",
        "version": 3,
      }
    `);
    expect(effectsOf(reached)).toMatchInlineSnapshot(`
      [
        {
          "clause": "8.2-1.A.1",
          "deliverTo": "direct-boss",
          "type": "BACKUP_MAILBOX",
          "username": "PERLAHL",
        },
        {
          "clause": "4.22",
          "data": {
            "cancelOn": "2026-07-01",
            "usableThrough": "2026-06-30",
            "username": "PERLAHL",
          },
          "template": "grace-period",
          "to": "user",
          "type": "NOTIFY",
        },
      ]
    `);
  });
});
