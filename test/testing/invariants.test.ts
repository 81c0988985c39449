import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER } from '../../src/allowances/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { createRequest, transitionRequest } from '../../src/request/index.js';
import {
  checkBackupBeforeDelete,
  checkLedgerWithinCaps,
  checkLogNeverGoesBack,
  checkReplayEqualsState,
  checkRetiredNeverProvisioned,
} from '../../src/testing/index.js';
import { at, BOSS, FORM, IT_HEAD } from '../arbitraries/request.js';
import { accessOn, openedAccount } from './_account.js';

const seat = (username: string, exception: unknown = null) => ({ username, exception });

describe('checkLedgerWithinCaps (4.9, 4.13)', () => {
  it('passes an empty ledger and one at its caps', () => {
    expect(checkLedgerWithinCaps(EMPTY_LEDGER)).toEqual([]);
    expect(
      checkLedgerWithinCaps({
        departments: [
          {
            department: 'Compras',
            seats: [seat('A'), seat('B')],
            exits: [{ username: 'A' }, { username: 'B' }],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('finds a department above its seat cap without an exception (4.9)', () => {
    const found = checkLedgerWithinCaps({
      departments: [{ department: 'Compras', seats: [seat('A'), seat('B'), seat('C')], exits: [] }],
    });
    expect(found.map((v) => [v.invariant, v.clause, v.details.seats])).toEqual([
      ['ledgerWithinCaps', '4.9', 3],
    ]);
  });

  it('finds seats beyond the base cap with no exception where the policy lets the department hold more (4.9)', () => {
    const generous = definePolicy({ seatExceptions: { Urgencias: 3 } })._unsafeUnwrap();
    const department = { kind: 'department', clause: '4.9' };
    const marked = {
      department: 'Urgencias',
      seats: [seat('A'), seat('B'), seat('C', department)],
      exits: [],
    };
    expect(checkLedgerWithinCaps({ departments: [marked] }, generous)).toEqual([]);
    const bare = { ...marked, seats: [seat('A'), seat('B'), seat('C')] };
    expect(
      checkLedgerWithinCaps({ departments: [bare] }, generous).map((v) => [
        v.clause,
        v.details.seats,
        v.details.cap,
      ]),
    ).toEqual([['4.9', 3, 2]]);
  });

  it('accepts seats beyond the cap that carry the operational exception (4.9, 8.1-4.B)', () => {
    const operational = { kind: 'operational', reason: 'urgencias', clause: '4.9' };
    expect(
      checkLedgerWithinCaps({
        departments: [
          { department: 'Compras', seats: [seat('A'), seat('B'), seat('C', operational)], exits: [] },
        ],
      }),
    ).toEqual([]);
  });

  it('finds a department above its exit cap (4.13, 8.1-6)', () => {
    const found = checkLedgerWithinCaps({
      departments: [
        {
          department: 'Compras',
          seats: [],
          exits: [{ username: 'A' }, { username: 'B' }, { username: 'C' }],
        },
      ],
    });
    expect(found.map((v) => v.clause)).toEqual(['4.13']);
  });

  it('finds a username holding two seats, and never throws on junk (4.20)', () => {
    const twice = checkLedgerWithinCaps({
      departments: [
        { department: 'A', seats: [seat('X')], exits: [] },
        { department: 'B', seats: [seat('X')], exits: [] },
      ],
    });
    expect(twice).toHaveLength(1);
    for (const junk of [null, 1, 'x', { departments: 3 }, JSON.parse('{"__proto__":{"departments":[]}}')])
      expect(checkLedgerWithinCaps(junk).map((v) => v.invariant)).toEqual(['ledgerWithinCaps']);
  });
});

describe('checkBackupBeforeDelete (4.22, 8.3-8)', () => {
  it('passes a backup then a deletion, case-insensitively', () => {
    expect(
      checkBackupBeforeDelete([
        { type: 'BACKUP_MAILBOX', username: 'perlahl' },
        { type: 'DELETE_MAILBOX', username: 'PERLAHL' },
      ]),
    ).toEqual([]);
  });

  it('finds a deletion before the backup, or of another username’s backup', () => {
    expect(
      checkBackupBeforeDelete([
        { type: 'DELETE_MAILBOX', username: 'A' },
        { type: 'BACKUP_MAILBOX', username: 'A' },
        { type: 'BACKUP_MAILBOX', username: 'B' },
        { type: 'DELETE_MAILBOX', username: 'C' },
        null,
        'junk',
      ]).map((v) => [v.details.username, v.details.position]),
    ).toEqual([
      ['A', 0],
      ['C', 3],
    ]);
  });
});

describe('checkRetiredNeverProvisioned (4.19)', () => {
  it('finds a mailbox or a seat for a username after it was retired, not before', () => {
    expect(
      checkRetiredNeverProvisioned([
        { type: 'CREATE_MAILBOX', username: 'A' },
        { type: 'RETIRE_USERNAME', username: 'A' },
        { type: 'GRANT_SEAT', username: 'a' },
        { type: 'CREATE_MAILBOX', username: 'B' },
      ]).map((v) => [v.details.type, v.details.position]),
    ).toEqual([['GRANT_SEAT', 2]]);
  });

  it('knows the usernames retired before', () => {
    expect(checkRetiredNeverProvisioned([{ type: 'CREATE_MAILBOX', username: 'B' }], ['b'])).toHaveLength(1);
  });
});

describe('checkLogNeverGoesBack (SPEC §1)', () => {
  const entry = (subject: string, version: number, minute: number) => ({ subject, version, at: at(minute) });

  it('passes a log whose subjects interleave, each going forward', () => {
    expect(
      checkLogNeverGoesBack([entry('F-1', 1, 0), entry('a1', 5, 0), entry('F-1', 2, 0), entry('a1', 6, 9)]),
    ).toEqual([]);
  });

  it('finds a version that goes back or repeats, and an instant that goes back', () => {
    expect(
      checkLogNeverGoesBack([entry('F-1', 2, 5), entry('F-1', 2, 6), entry('F-1', 3, 4), { nope: true }]).map(
        (v) => v.details.reason ?? 'shape',
      ),
    ).toEqual(['version', 'at', 'shape']);
  });
});

describe('checkReplayEqualsState (SPEC §1)', () => {
  const created = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();
  const approved = transitionRequest(created.state, {
    type: 'APPROVE',
    at: at(1),
    actor: IT_HEAD,
    seatsInUse: 0,
  })._unsafeUnwrap();

  it('passes a request whose log replays to its state', () => {
    expect(
      checkReplayEqualsState({ machine: 'request', state: approved.state, log: [created.log, approved.log] }),
    ).toEqual([]);
  });

  it('finds a state the log does not give, and a log that does not replay', () => {
    const other = checkReplayEqualsState({ machine: 'request', state: approved.state, log: [created.log] });
    expect(other.map((v) => v.message)).toEqual([`${FORM.folio}: replay gives another state`]);
    const broken = checkReplayEqualsState({ machine: 'request', state: approved.state, log: [approved.log] });
    expect(broken[0]?.details.violation).toMatchObject({ code: 'INVALID_LOG' });
  });

  it('replays an account from the state it opened with', () => {
    const initial = openedAccount();
    const t = accessOn(initial, '2026-12-01');
    expect(checkReplayEqualsState({ machine: 'account', initial, state: t.state, log: [t.log] })).toEqual([]);
    expect(
      checkReplayEqualsState({ machine: 'account', initial, state: initial, log: [t.log] }),
    ).toHaveLength(1);
  });
});
