import { describe, expect, it } from 'vitest';
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

// The checks of seseq-correo/testing at their edges: what each reports, word for word and fact
// by fact (an adopter's test report is all they read), on input an adapter may really store.

const seat = (username: string, exception: unknown = null) => ({ username, exception });
const exits = (...names: string[]) => names.map((username) => ({ username }));

describe('checkLedgerWithinCaps, each breach with its numbers (4.9, 4.13)', () => {
  it('reports a department over its exit cap with the department, count and cap (4.13, 8.1-6)', () => {
    expect(
      checkLedgerWithinCaps({
        departments: [{ department: 'Compras', seats: [], exits: exits('A', 'B', 'C') }],
      }),
    ).toEqual([
      {
        invariant: 'ledgerWithinCaps',
        clause: '4.13',
        message: 'Compras holds 3 internet exits (cap 2)',
        details: { department: 'Compras', exits: 3, cap: 2 },
      },
    ]);
  });

  it('keeps the exit cap of the policy it is given (4.13)', () => {
    const three = definePolicy({ internetExitsPerDepartment: 3 })._unsafeUnwrap();
    const ledger = { departments: [{ department: 'Compras', seats: [], exits: exits('A', 'B', 'C') }] };
    expect(checkLedgerWithinCaps(ledger, three)).toEqual([]);
  });

  it('reports seats without an exception over the cap, once, with its numbers (4.9)', () => {
    expect(
      checkLedgerWithinCaps({
        departments: [{ department: 'Compras', seats: [seat('A'), seat('B'), seat('C')], exits: [] }],
      }),
    ).toEqual([
      {
        invariant: 'ledgerWithinCaps',
        clause: '4.9',
        message: 'Compras holds 3 seats without an exception (cap 2)',
        details: { department: 'Compras', seats: 3, cap: 2 },
      },
    ]);
  });

  it('counts a department exception as no operational one: over the cap it is a breach (4.9, 8.1-4.B)', () => {
    const department = { kind: 'department', clause: '4.9' };
    expect(
      checkLedgerWithinCaps({
        departments: [
          {
            department: 'Compras',
            seats: [seat('A'), seat('B'), seat('C', department)],
            exits: [],
          },
        ],
      }).map((v) => v.message),
    ).toEqual(['Compras holds 3 seats without an exception (cap 2)']);
  });

  it('reports seats with no exception beyond the base cap where the department may hold more (4.9)', () => {
    const generous = definePolicy({ seatExceptions: { Urgencias: 4 } })._unsafeUnwrap();
    expect(
      checkLedgerWithinCaps(
        { departments: [{ department: 'Urgencias', seats: [seat('A'), seat('B'), seat('C')], exits: [] }] },
        generous,
      ),
    ).toEqual([
      {
        invariant: 'ledgerWithinCaps',
        clause: '4.9',
        message: 'Urgencias holds 3 seats with no exception (cap 2)',
        details: { department: 'Urgencias', seats: 3, cap: 2 },
      },
    ]);
  });

  it('names what makes a ledger unreadable by its codes (4.9)', () => {
    const found = checkLedgerWithinCaps({ departments: 3 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      invariant: 'ledgerWithinCaps',
      clause: '4.9',
      message: 'not a valid allowance ledger',
    });
    expect(found[0]?.details.codes).toEqual(['INVALID_INPUT']);
  });

  it('names each username holding a second seat or exit, with its place (4.9, 4.13)', () => {
    expect(
      checkLedgerWithinCaps({
        departments: [
          {
            department: 'Compras',
            seats: [
              { username: 'A', exception: null },
              { username: 'A', exception: null },
            ],
            exits: [],
          },
          { department: 'X', seats: [], exits: exits('B') },
          { department: 'Y', seats: [], exits: exits('B') },
        ],
      }),
    ).toEqual([
      {
        invariant: 'ledgerWithinCaps',
        clause: '4.9',
        message: 'A already holds a seat in Compras',
        details: { path: 'departments[0].seats[1].username' },
      },
      {
        invariant: 'ledgerWithinCaps',
        clause: '4.13',
        message: 'B already holds an exit in X',
        details: { path: 'departments[2].exits[0].username' },
      },
    ]);
  });

  it('reports every department that breaks a cap, not only the first (4.9, 4.13)', () => {
    expect(
      checkLedgerWithinCaps({
        departments: [
          { department: 'A', seats: [], exits: exits('A1', 'A2', 'A3') },
          { department: 'B', seats: [], exits: exits('B1', 'B2', 'B3') },
        ],
      }).map((v) => v.details.department),
    ).toEqual(['A', 'B']);
  });
});

describe('checkBackupBeforeDelete at its edges (4.22, 8.3-8)', () => {
  it('says which username was deleted without a backup, and where (4.22)', () => {
    expect(checkBackupBeforeDelete([{ type: 'DELETE_MAILBOX', username: 'perlahl' }])).toEqual([
      {
        invariant: 'backupBeforeDelete',
        clause: '4.22',
        message: 'PERLAHL deleted without a backup before it',
        details: { username: 'PERLAHL', position: 0 },
      },
    ]);
  });

  it('reads only own fields: an inherited username or type is no effect (4.22)', () => {
    const inherited = Object.create({ type: 'DELETE_MAILBOX', username: 'A' }) as object;
    const inheritedType = Object.assign(Object.create({ type: 'DELETE_MAILBOX' }) as object, {
      username: 'A',
    });
    expect(checkBackupBeforeDelete([inherited, inheritedType])).toEqual([]);
    const backupInherited = Object.create({ type: 'BACKUP_MAILBOX', username: 'B' }) as object;
    expect(
      checkBackupBeforeDelete([backupInherited, { type: 'DELETE_MAILBOX', username: 'B' }]).map(
        (v) => v.details.username,
      ),
    ).toEqual(['B']);
  });

  it('passes over an effect whose username is no text (4.22)', () => {
    expect(
      checkBackupBeforeDelete([
        { type: 'DELETE_MAILBOX', username: 7 },
        { type: 'DELETE_MAILBOX', username: null },
        { type: 'DELETE_MAILBOX' },
      ]),
    ).toEqual([]);
  });

  it('a backup of another kind of effect does not count (4.22)', () => {
    expect(
      checkBackupBeforeDelete([
        { type: 'CREATE_MAILBOX', username: 'A' },
        { type: 'DELETE_MAILBOX', username: 'A' },
      ]),
    ).toHaveLength(1);
  });
});

describe('checkRetiredNeverProvisioned at its edges (4.19)', () => {
  it('says which username was provisioned again, how and where (4.19)', () => {
    expect(
      checkRetiredNeverProvisioned([
        { type: 'RETIRE_USERNAME', username: 'perlahl' },
        { type: 'CREATE_MAILBOX', username: 'PerlaHL' },
      ]),
    ).toEqual([
      {
        invariant: 'retiredNeverProvisioned',
        clause: '4.19',
        message: 'PERLAHL provisioned again after it was retired',
        details: { username: 'PERLAHL', position: 1, type: 'CREATE_MAILBOX' },
      },
    ]);
  });

  it('passes other effects of a retired username, and effects without a username (4.19)', () => {
    expect(
      checkRetiredNeverProvisioned(
        [
          { type: 'NOTIFY', username: 'A' },
          { type: 'DELETE_MAILBOX', username: 'A' },
          { type: 'RETIRE_USERNAME' },
          { type: 'CREATE_MAILBOX' },
          { type: 'CREATE_MAILBOX', username: 5 },
          Object.create({ type: 'CREATE_MAILBOX', username: 'A' }),
        ],
        ['A'],
      ),
    ).toEqual([]);
  });
});

describe('checkLogNeverGoesBack at its edges (SPEC §1)', () => {
  const entry = (subject: unknown, version: unknown, when: unknown) => ({ subject, version, at: when });

  it('refuses each field that is not what a log entry holds, by position', () => {
    expect(
      checkLogNeverGoesBack([
        entry(1, 1, at(0)),
        entry('F-1', '1', at(0)),
        entry('F-1', 1, 'ayer'),
        entry('F-1', 1, at(0)),
      ]),
    ).toEqual(
      [0, 1, 2].map((position) => ({
        invariant: 'logNeverGoesBack',
        clause: null,
        message: `entry ${position} is not a log entry`,
        details: { position },
      })),
    );
  });

  it('says which version and which instant went back (SPEC §1)', () => {
    expect(checkLogNeverGoesBack([entry('F-1', 3, at(5)), entry('F-1', 2, at(4))])).toEqual([
      {
        invariant: 'logNeverGoesBack',
        clause: null,
        message: 'F-1: version 2 after 3',
        details: { subject: 'F-1', position: 1, reason: 'version' },
      },
      {
        invariant: 'logNeverGoesBack',
        clause: null,
        message: `F-1: ${at(4)} after ${at(5)}`,
        details: { subject: 'F-1', position: 1, reason: 'at' },
      },
    ]);
  });

  it('compares with the last entry read, not the first (SPEC §1)', () => {
    expect(
      checkLogNeverGoesBack([entry('F-1', 1, at(0)), entry('F-1', 5, at(5)), entry('F-1', 3, at(3))]).map(
        (v) => v.details.reason,
      ),
    ).toEqual(['version', 'at']);
  });

  it('compares instants as instants, not as text (SPEC §1)', () => {
    // 10:00 in Querétaro is 16:00Z: later, although it sorts first as text.
    expect(
      checkLogNeverGoesBack([
        entry('F-1', 1, '2026-11-30T15:00:00Z'),
        entry('F-1', 2, '2026-11-30T10:00:00-06:00'),
      ]),
    ).toEqual([]);
  });
});

describe('checkReplayEqualsState at its edges (SPEC §1)', () => {
  const created = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();
  const approved = transitionRequest(created.state, {
    type: 'APPROVE',
    at: at(1),
    actor: IT_HEAD,
    seatsInUse: 0,
  })._unsafeUnwrap();

  it('passes a stored state whose keys are in another order', () => {
    const reordered = Object.fromEntries(Object.entries(approved.state).reverse());
    expect(
      checkReplayEqualsState({
        machine: 'request',
        state: reordered as typeof approved.state,
        log: [created.log, approved.log],
      }),
    ).toEqual([]);
  });

  it('reports a log that does not replay with the subject and the violation', () => {
    const [v] = checkReplayEqualsState({ machine: 'request', state: approved.state, log: [approved.log] });
    expect(v).toMatchObject({
      invariant: 'replayEqualsState',
      clause: null,
      message: `${FORM.folio}: the log does not replay (INVALID_LOG)`,
      details: { subject: FORM.folio, violation: { code: 'INVALID_LOG' } },
    });
  });

  it('reports another state with both states (SPEC §1)', () => {
    expect(checkReplayEqualsState({ machine: 'request', state: approved.state, log: [created.log] })).toEqual(
      [
        {
          invariant: 'replayEqualsState',
          clause: null,
          message: `${FORM.folio}: replay gives another state`,
          details: { subject: FORM.folio, replayed: created.state, stored: approved.state },
        },
      ],
    );
  });

  it('replays an account with the policy it is given', () => {
    const initial = openedAccount();
    const t = accessOn(initial, '2026-12-01');
    expect(
      checkReplayEqualsState({ machine: 'account', initial, state: t.state, log: [t.log] }, {
        nope: 1,
      } as never),
    ).toHaveLength(1);
  });
});
