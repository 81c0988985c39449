import { describe, expect, it } from 'vitest';
import { type AccountState, openAccount, transitionAccount } from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { reviewAccounts } from '../../src/review/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';

const boss = { role: 'direct-boss', id: 'jefe-17' } as const;
const officer = { role: 'mail-officer', id: 'mov-2' } as const;
const at = (d: string) => `${d}T10:00:00-06:00`;

function account(overrides: Record<string, unknown> = {}): AccountState {
  return openAccount({
    id: 'cta-1',
    username: 'PERLAHL',
    department: 'Compras',
    createdOn: '2026-01-15',
    lastAccessOn: '2026-11-30',
    ...overrides,
  })._unsafeUnwrap();
}

const review = (snapshots: unknown[], asOf = '2027-03-01') => reviewAccounts(snapshots, asOf)._unsafeUnwrap();

describe('reviewAccounts: the four-monthly report (8.3-1…3)', () => {
  it('lists an account three months unused, to ask its boss about (4.19, 5.4.4, 8.3-3, 8.3-4)', () => {
    const r = review([{ account: account() }]);
    expect(r).toMatchObject({ asOf: '2027-03-01', nextReviewOn: '2027-07-01', accounts: 1, clause: '8.3-1' });
    expect(r.items).toEqual([
      {
        accountId: 'cta-1',
        username: 'PERLAHL',
        department: 'Compras',
        finding: 'inactive',
        clause: '4.19',
        action: 'OPEN_INACTIVITY_INQUIRY',
        on: '2027-03-01',
        details: { inactiveFrom: '2027-02-28', lastAccessOn: '2026-11-30' },
      },
    ]);
    expect(review([{ account: account() }], '2027-02-27').items).toEqual([]);
  });

  it('counts an account never used from its creation (4.19)', () => {
    expect(
      review([{ account: account({ lastAccessOn: null, createdOn: '2026-11-30' }) }]).items[0]?.finding,
    ).toBe('inactive');
  });

  it('lists those exempt because on leave, with the day the leave ends (4.21.3, 8.3-5.A)', () => {
    const leave = transitionAccount(account(), {
      type: 'START_LEAVE',
      kind: 'medical',
      until: '2027-03-31',
      at: at('2026-12-15'),
      actor: boss,
    })._unsafeUnwrap().state;
    expect(review([{ account: leave }]).items).toEqual([
      expect.objectContaining({
        finding: 'upcoming',
        action: 'LEAVE_ENDED',
        on: '2027-04-01',
        clause: '4.21.3',
      }),
      expect.objectContaining({
        finding: 'exemptOnLeave',
        clause: '4.21.3',
        action: 'NONE',
        on: '2027-04-01',
        details: { inactiveFrom: '2027-02-28', leaveUntil: '2027-03-31' },
      }),
    ]);
  });

  it('lists temporary accounts expired (due now) and expiring before the next review (4.10, 4.29)', () => {
    const expired = account({
      id: 'ext-1',
      holder: 'external',
      expiresOn: '2027-02-20',
      lastAccessOn: '2027-02-19',
    });
    const soon = account({
      id: 'con-1',
      holder: 'contractor',
      expiresOn: '2027-05-31',
      lastAccessOn: '2027-02-19',
    });
    const later = account({
      id: 'con-2',
      holder: 'contractor',
      expiresOn: '2027-12-31',
      lastAccessOn: '2027-02-19',
    });
    const r = review([{ account: expired }, { account: soon }, { account: later }]);
    expect(r.items.map((i) => [i.accountId, i.finding, i.action, i.on, i.clause])).toEqual([
      ['ext-1', 'due', 'EXPIRED', '2027-02-20', '4.10'],
      ['ext-1', 'upcoming', 'GRACE_ENDED', '2027-03-08', '4.22'],
      ['con-1', 'upcoming', 'EXPIRED', '2027-05-31', '4.29'],
    ]);
  });

  it('lists grace periods and notices that are due, as advanceAccount would apply them (4.22, 4.24)', () => {
    const baja = transitionAccount(account(), {
      type: 'OFFBOARD',
      bajaOn: '2027-02-01',
      cause: 'separation',
      at: at('2027-02-02'),
      actor: boss,
    })._unsafeUnwrap().state;
    const notice = transitionAccount(account({ id: 'cta-2' }), {
      type: 'REQUEST_CANCELLATION',
      at: at('2027-02-27'),
      actor: boss,
    })._unsafeUnwrap().state;
    const r = review([{ account: baja }, { account: notice }]);
    expect(r.items.map((i) => [i.accountId, i.finding, i.action, i.on])).toEqual([
      ['cta-1', 'due', 'GRACE_ENDED', '2027-02-17'],
      ['cta-2', 'due', 'NOTICE_ELAPSED', '2027-03-01'],
      ['cta-2', 'upcoming', 'GRACE_ENDED', '2027-03-17'],
    ]);
    expect(r.counts).toMatchObject({ due: 2, upcoming: 1, inactive: 0 });
  });

  it('lists open inquiries and pending transfers (8.3-5, 8.2-2)', () => {
    const q = transitionAccount(account(), {
      type: 'OPEN_INACTIVITY_INQUIRY',
      at: at('2027-02-28'),
      actor: officer,
    })._unsafeUnwrap().state;
    const t = transitionAccount(account({ id: 'cta-2', lastAccessOn: '2027-02-20' }), {
      type: 'REPORT_TRANSFER',
      toDepartment: 'Almacén',
      at: at('2027-02-25'),
      actor: boss,
    })._unsafeUnwrap().state;
    expect(
      review([{ account: q }, { account: t }]).items.map((i) => [i.finding, i.clause, i.action, i.details]),
    ).toEqual([
      ['inquiryOpen', '8.3-5', 'AWAIT_BOSS_ANSWER', { openedOn: '2027-02-28' }],
      ['transferPending', '8.2-2', 'AWAIT_NEW_AREA', { toDepartment: 'Almacén', reportedOn: '2027-02-25' }],
    ]);
  });

  it('lists mailboxes above 90 % (notify, 5.4.8) and full (incoming rejected, 4.18)', () => {
    const a = account({ lastAccessOn: '2027-02-27' });
    const r = review([
      { account: a, mailbox: { usedMb: 900, capacityMb: 1000 } },
      { account: { ...a, id: 'w' }, mailbox: { usedMb: 950, capacityMb: 1000 } },
      { account: { ...a, id: 'f' }, mailbox: { usedMb: 1000, capacityMb: 1000 } },
    ]);
    expect(r.items.map((i) => [i.accountId, i.finding, i.clause, i.action])).toEqual([
      ['w', 'quotaWarning', '5.4.8', 'NOTIFY_USER'],
      ['f', 'mailboxFull', '4.18', 'NOTIFY_USER'],
    ]);
  });

  it('lists usernames that follow no rule of 5.4.3 when the name is given (5.4.6)', () => {
    const a = account({ lastAccessOn: '2027-02-27' });
    const r = review([
      { account: a, name: 'Perla Adriana Hernández Leal' },
      {
        account: { ...a, id: 'x', username: 'PHL' },
        name: { givenNames: 'Perla Adriana', paternalSurname: 'Hernández', maternalSurname: 'Leal' },
      },
      { account: { ...a, id: 'y' } },
    ]);
    expect(r.items).toEqual([
      expect.objectContaining({
        accountId: 'x',
        finding: 'usernameNotConforming',
        clause: '5.4.6',
        action: 'REVIEW_USERNAME',
        details: { expected: ['PERLAHL', 'PHERNANDEZL'], nameRefused: null },
      }),
    ]);
  });

  it('says nothing of cancelled accounts', () => {
    const c = transitionAccount(account(), {
      type: 'SANCTION',
      permanent: true,
      at: at('2027-01-10'),
      actor: { role: 'it-head', id: 't' },
    })._unsafeUnwrap().state;
    expect(review([{ account: c, mailbox: { usedMb: 2000, capacityMb: 1000 } }]).items).toEqual([]);
  });

  it('refuses the report on the first invalid snapshot, naming its index and path', () => {
    const r = reviewAccounts(
      [{ account: account() }, { account: { ...account(), status: 'gracePeriod' } }],
      '2027-03-01',
    );
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_INPUT', details: { index: 1 } });
    expect(
      reviewAccounts([{ account: account(), extra: 1 }], '2027-03-01')._unsafeUnwrapErr().details?.index,
    ).toBe(0);
    expect(reviewAccounts({}, '2027-03-01')._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    expect(reviewAccounts([], '2027-02-30')._unsafeUnwrapErr().code).toBe('INVALID_DATE');
  });

  it('takes bare account states: an entry without `account` is the account itself (SPEC §8, 8.3-1)', () => {
    const idle = account();
    const other = account({ id: 'cta-2', lastAccessOn: '2027-02-01' });
    const bare = review([idle, other]);
    expect(bare).toEqual(review([{ account: idle }, { account: other }]));
    expect(bare.items.map((i) => [i.accountId, i.finding])).toEqual([['cta-1', 'inactive']]);
    // Mixed with snapshots, in one list.
    expect(
      review([idle, { account: other, mailbox: { usedMb: 1000, capacityMb: 1000 } }]).counts,
    ).toMatchObject({
      inactive: 1,
      mailboxFull: 1,
    });
  });

  it('refuses a bare entry that is no account state, with its index and the path (8.3-1)', () => {
    const e = reviewAccounts(
      [account(), { ...account(), status: 'gracePeriod' }],
      '2027-03-01',
    )._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 'INVALID_INPUT', details: { index: 1 } });
    expect(JSON.stringify(e.details)).toContain('usableThrough');
  });

  it('reviews an empty list', () => {
    expect(reviewAccounts([], '2027-03-01')._unsafeUnwrap()).toMatchObject({
      accounts: 0,
      items: [],
      counts: { due: 0 },
    });
  });
});

describe('reviewAccounts: each finding with its clause and day (8.3-1…3)', () => {
  const itHead = { role: 'it-head', id: 't' } as const;
  const recent = (o: Record<string, unknown> = {}) => account({ lastAccessOn: '2027-02-20', ...o });
  const step = (s: AccountState, e: Record<string, unknown>) =>
    transitionAccount(s, { at: at('2027-02-21'), ...e } as never)._unsafeUnwrap().state;
  const rows = (r: ReturnType<typeof review>) =>
    r.items.map((i) => [i.accountId, i.finding, i.action, i.on, i.clause]);

  it('names the clause of each step time made due (4.19, 4.21.4, 4.22, 4.24, 4.26, 5.4.14)', () => {
    const inquiry = transitionAccount(account({ id: 'inq', lastAccessOn: '2026-10-01' }), {
      type: 'OPEN_INACTIVITY_INQUIRY',
      at: at('2027-02-01'),
      actor: officer,
    })._unsafeUnwrap().state;
    const r = review([
      step(recent({ id: 'inv' }), {
        type: 'SUSPEND',
        reason: 'investigation',
        until: '2027-02-25',
        actor: itHead,
      }),
      step(recent({ id: 'san' }), {
        type: 'SUSPEND',
        reason: 'sanction',
        until: '2027-02-25',
        actor: itHead,
      }),
      step(recent({ id: 'baja' }), {
        type: 'OFFBOARD',
        bajaOn: '2027-02-26',
        cause: 'separation',
        actor: boss,
      }),
      transitionAccount(inquiry, {
        type: 'REQUEST_CANCELLATION',
        at: at('2027-02-02'),
        actor: boss,
      })._unsafeUnwrap().state,
      recent({ id: 'staff', expiresOn: '2027-02-25' }),
    ]);
    expect(rows(r)).toEqual([
      ['inv', 'due', 'SUSPENSION_ENDED', '2027-02-26', '4.21.4'],
      ['san', 'due', 'SUSPENSION_ENDED', '2027-02-26', '4.26'],
      ['baja', 'due', 'BAJA_REACHED', '2027-02-26', '4.22'],
      ['baja', 'upcoming', 'GRACE_ENDED', '2027-03-14', '4.22'],
      ['inq', 'due', 'NOTICE_ELAPSED', '2027-02-04', '4.24'],
      ['inq', 'due', 'GRACE_ENDED', '2027-02-20', '4.19'],
      ['staff', 'due', 'EXPIRED', '2027-02-25', '5.4.14'],
      ['staff', 'upcoming', 'GRACE_ENDED', '2027-03-13', '4.22'],
    ]);
    expect(r.counts).toEqual({
      due: 6,
      upcoming: 2,
      inactive: 0,
      exemptOnLeave: 0,
      inquiryOpen: 0,
      transferPending: 0,
      quotaWarning: 0,
      mailboxFull: 0,
      usernameNotConforming: 0,
    });
  });

  it('lists an upcoming step on the day of the next review, not the day after (8.3-1)', () => {
    const on = (expiresOn: string) => rows(review([recent({ id: 'c', holder: 'contractor', expiresOn })]));
    expect(on('2027-07-01')).toEqual([['c', 'upcoming', 'EXPIRED', '2027-07-01', '4.29']]);
    expect(on('2027-07-02')).toEqual([]);
  });

  it('lists an account inactive from the very day its three months are over (4.19, 8.3-3)', () => {
    expect(rows(review([account()], '2027-02-28'))).toEqual([
      ['cta-1', 'inactive', 'OPEN_INACTIVITY_INQUIRY', '2027-02-28', '4.19'],
    ]);
    expect(review([account()], '2027-02-27').items).toEqual([]);
  });

  it('dates an open-ended leave’s exemption to the next review (4.21.3, 8.3-5.A)', () => {
    const leave = transitionAccount(account(), {
      type: 'START_LEAVE',
      kind: 'medical',
      until: null,
      at: at('2026-12-15'),
      actor: boss,
    })._unsafeUnwrap().state;
    expect(review([leave]).items).toEqual([
      expect.objectContaining({
        finding: 'exemptOnLeave',
        on: '2027-07-01',
        details: { inactiveFrom: '2027-02-28', leaveUntil: null },
      }),
    ]);
    expect(review([leave], '2027-02-27').items).toEqual([]);
  });

  it('reads the thresholds and the review period from the policy (4.19, 8.3-1)', () => {
    const p = definePolicy({
      inactivityReviewEvery: { months: 2 },
      inactivityThreshold: { months: 2 },
    })._unsafeUnwrap();
    const r = reviewAccounts([account()], '2027-01-30', p)._unsafeUnwrap();
    expect(r.nextReviewOn).toBe('2027-03-30');
    expect(r.items.map((i) => [i.finding, i.details])).toEqual([
      ['inactive', { inactiveFrom: '2027-01-30', lastAccessOn: '2026-11-30' }],
    ]);
  });

  it('reports a name it cannot check with the refusal’s code (5.4.6, F01)', () => {
    expect(review([{ account: recent(), name: 'P. Hernández' }]).items).toEqual([
      expect.objectContaining({
        finding: 'usernameNotConforming',
        clause: '5.4.6',
        action: 'REVIEW_USERNAME',
        details: { expected: [], nameRefused: 'ABBREVIATED_NAME' },
      }),
    ]);
  });

  it('refuses a hand-made policy, a report beyond the last date, and hostile input, never throwing', () => {
    expect(reviewAccounts([account()], '2027-03-01', {} as never)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    expect(reviewAccounts([account()], '9999-12-01')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'nextReviewOn', reason: 'out of range' },
    });
    expect(reviewAccounts({}, '2027-03-01')._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): expected an array of snapshots'] },
    });
    const throwing = Object.defineProperty({}, 'account', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(reviewAccounts([throwing], '2027-03-01')._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});

describe('reviewAccounts: more edges (8.3-1…3)', () => {
  it('reports the mailbox’s amounts with its finding (4.18, 5.4.8)', () => {
    const a = account({ lastAccessOn: '2027-02-27' });
    expect(
      review([
        { account: a, mailbox: { usedMb: 950, capacityMb: 1000 } },
        { account: { ...a, id: 'f' }, mailbox: { usedMb: 1000, capacityMb: 1000 } },
      ]).items.map((i) => [i.finding, i.on, i.details]),
    ).toEqual([
      ['quotaWarning', '2027-03-01', { usedMb: 950, capacityMb: 1000 }],
      ['mailboxFull', '2027-03-01', { usedMb: 1000, capacityMb: 1000 }],
    ]);
  });

  it('lists an account on leave as exempt from the very day its three months are over (4.21.3, 8.3-5.A)', () => {
    const leave = transitionAccount(account(), {
      type: 'START_LEAVE',
      kind: 'medical',
      until: null,
      at: at('2026-12-15'),
      actor: boss,
    })._unsafeUnwrap().state;
    expect(review([leave], '2027-02-28').items.map((i) => [i.finding, i.on])).toEqual([
      ['exemptOnLeave', '2027-06-28'],
    ]);
  });

  it('refuses the report when a due step would take an account past its last version, naming the index', () => {
    const worn = { ...account({ holder: 'contractor', expiresOn: '2027-02-01' }), version: 1_000_000_000 };
    expect(reviewAccounts([account(), worn], '2027-03-01')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'version limit reached', index: 1 },
    });
  });

  it('refuses an entry that is no object with its index (8.3-1)', () => {
    for (const entry of [1, 'cta-1', null, []]) {
      expect(reviewAccounts([account(), entry], '2027-03-01')._unsafeUnwrapErr()).toMatchObject({
        code: 'INVALID_INPUT',
        details: { index: 1 },
      });
    }
  });

  it('says which argument is refused: the day, or a cyclic one before it is read', () => {
    expect(reviewAccounts([], '2027-02-30')._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_DATE',
      details: { field: 'asOf', value: '2027-02-30' },
    });
    const c = cyclic();
    for (const r of [reviewAccounts([], c), reviewAccounts([], '2027-03-01', c as never)]) {
      expect(r._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    }
  });
});
