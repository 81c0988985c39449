import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/effects/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { createRequest } from '../../src/request/index.js';
import { memoryExecutor } from '../../src/testing/index.js';
import { at, BOSS, FORM } from '../arbitraries/request.js';
import { accessOn, openedAccount } from './_account.js';

// What the in-memory reference executor promises on its own, effect by effect (docs/testing.md):
// each effect carried out once by its key, nothing the ledger refuses, no deletion without a
// backup (4.22), no mailbox for a retired username (4.19), and the subjects as they were stored.

let next = 0;
/** A stamped effect with a key of its own (`account/a1/<version>/0`). */
const stamp = (draft: Record<string, unknown>, subject = 'a1'): Effect =>
  ({ ...draft, machine: 'account', subject, version: ++next, index: 0 }) as unknown as Effect;

const create = (username: string) =>
  stamp({
    type: 'CREATE_MAILBOX',
    username,
    email: `${username.toLowerCase()}@seseqro.gob.mx`,
    department: 'Compras',
    holder: 'staff',
    createdOn: '2026-12-02',
    expiresOn: null,
    internet: false,
    clause: '8.1-9',
  });
const backup = (username: string) =>
  stamp({ type: 'BACKUP_MAILBOX', username, deliverTo: 'direct-boss', clause: '8.2-1.A.1' });
const remove = (username: string) => stamp({ type: 'DELETE_MAILBOX', username, clause: '4.22' });
const retire = (username: string) => stamp({ type: 'RETIRE_USERNAME', username, clause: '4.19' });
const seat = (username: string, department = 'Compras') =>
  stamp({ type: 'GRANT_SEAT', department, username, exception: null, clause: '4.9' });
const exit = (username: string, department = 'Compras') =>
  stamp({ type: 'GRANT_INTERNET_EXIT', department, username, clause: '8.1-10' });

describe('memoryExecutor, the reference executor (docs/testing.md)', () => {
  it('carries an effect out once however often it is delivered, by its key', () => {
    const ex = memoryExecutor();
    const e = create('PERLAHL');
    ex.execute(e);
    ex.execute(e);
    ex.execute({ ...e } as Effect);
    expect(ex.read().performed).toEqual([e]);
    expect(ex.mailboxes.get('PERLAHL')).toEqual({ active: true, backups: 0 });
  });

  it('refuses to delete a mailbox that was never backed up, and one it does not know (4.22)', () => {
    const ex = memoryExecutor();
    ex.execute(create('PERLAHL'));
    const early = remove('PERLAHL');
    ex.execute(early);
    ex.execute(remove('NADIE'));
    expect(ex.read().performed.map((e) => e.type)).toEqual(['CREATE_MAILBOX']);
    expect(ex.mailboxes.get('PERLAHL')).toEqual({ active: true, backups: 0 });
    expect(ex.mailboxes.has('NADIE')).toBe(false);
    // A refused effect is not remembered as done: delivered again after the backup, it is carried out.
    ex.execute(backup('PERLAHL'));
    ex.execute(early);
    expect(ex.read().performed.map((e) => e.type)).toEqual([
      'CREATE_MAILBOX',
      'BACKUP_MAILBOX',
      'DELETE_MAILBOX',
    ]);
    expect(ex.mailboxes.get('PERLAHL')).toEqual({ active: false, backups: 1 });
  });

  it('counts backups, also of a mailbox it did not create (4.22, 8.3-8)', () => {
    const ex = memoryExecutor();
    ex.execute(backup('PERLAHL'));
    ex.execute(backup('PERLAHL'));
    expect(ex.mailboxes.get('PERLAHL')).toEqual({ active: true, backups: 2 });
    ex.execute(create('OTRO'));
    ex.execute(backup('OTRO'));
    ex.execute(remove('OTRO'));
    ex.execute(backup('OTRO'));
    expect(ex.mailboxes.get('OTRO')).toEqual({ active: false, backups: 2 });
  });

  it('never creates a mailbox for a retired username (4.19)', () => {
    const ex = memoryExecutor();
    ex.execute(retire('PERLAHL'));
    ex.execute(create('PERLAHL'));
    ex.execute(create('OTRO'));
    expect(ex.retired).toEqual(new Set(['PERLAHL']));
    expect(ex.mailboxes.has('PERLAHL')).toBe(false);
    expect(ex.read().performed.map((e) => [e.type, 'username' in e ? e.username : null])).toEqual([
      ['RETIRE_USERNAME', 'PERLAHL'],
      ['CREATE_MAILBOX', 'OTRO'],
    ]);
  });

  it('keeps the ledger, and carries out nothing the ledger refuses (4.9, 4.13)', () => {
    const ex = memoryExecutor();
    ex.execute(seat('A'));
    ex.execute(seat('B'));
    ex.execute(seat('C'));
    ex.execute(exit('A'));
    expect(ex.read().performed.map((e) => ('username' in e ? e.username : null))).toEqual(['A', 'B', 'A']);
    const ledger = ex.read().ledger;
    expect(
      ledger?.departments.map((d) => [
        d.department,
        d.seats.map((s) => s.username),
        d.exits.map((x) => x.username),
      ]),
    ).toEqual([['Compras', ['A', 'B'], ['A']]]);
  });

  it('keeps the caps of the policy it is given (4.9)', () => {
    const roomy = definePolicy({ seatExceptions: { Compras: 3 } })._unsafeUnwrap();
    const ex = memoryExecutor(roomy);
    for (const u of ['A', 'B', 'C']) ex.execute(seat(u));
    expect(ex.read().performed).toHaveLength(3);
  });

  it('answers a copy of what it did, not its own list', () => {
    const ex = memoryExecutor();
    ex.execute(create('PERLAHL'));
    const first = ex.read();
    (first.performed as Effect[]).length = 0;
    expect(ex.read().performed).toHaveLength(1);
  });

  it('stores each subject with its first state and its log, entry by entry (SPEC §1)', () => {
    const ex = memoryExecutor();
    expect(ex.read().subjects).toEqual([]);
    const created = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();
    ex.store({ machine: 'request', state: created.state, log: created.log, effects: created.effects });
    const initial = openedAccount();
    ex.store({ machine: 'account', state: initial, log: null, effects: [] });
    const access = accessOn(initial, '2026-12-01');
    ex.store({ machine: 'account', state: access.state, log: access.log, effects: [] });
    const again = accessOn(access.state, '2026-12-02');
    ex.store({ machine: 'account', state: again.state, log: again.log, effects: [] });
    ex.store({ machine: 'account', state: again.state, log: null, effects: [] });
    expect(ex.read().subjects).toEqual([
      { machine: 'request', state: created.state, log: [created.log] },
      { machine: 'account', initial, state: again.state, log: [access.log, again.log] },
    ]);
  });

  it('starts a subject first stored with a log entry from that entry', () => {
    const ex = memoryExecutor();
    const initial = openedAccount('a2');
    const access = accessOn(initial, '2026-12-01');
    ex.store({ machine: 'account', state: access.state, log: access.log, effects: [] });
    expect(ex.read().subjects).toEqual([
      { machine: 'account', initial: access.state, state: access.state, log: [access.log] },
    ]);
  });
});
