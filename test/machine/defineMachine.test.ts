import { describe, expect, it } from 'vitest';
import { toMarkdownTable, toMermaid } from '../../src/machine/toMermaid.js';
import { SESEQ_POLICY } from '../../src/policy/policy.js';
import { at, door, start, table, user } from './_door.js';

describe('defineMachine (the machine kit)', () => {
  it('applies a row: new status, version + 1, updatedAt, one log entry with the clauses', () => {
    const t = door.transition(start, { type: 'OPEN', at: at(9), actor: user }, SESEQ_POLICY)._unsafeUnwrap();
    expect(t.state).toEqual({ id: 'D1', version: 2, status: 'open', knocks: 0, updatedAt: at(9) });
    expect(t.log).toEqual({
      at: at(9),
      actor: user,
      subject: 'D1',
      version: 2,
      event: { type: 'OPEN', at: at(9), actor: user },
      from: 'closed',
      to: 'open',
      clauses: ['1'],
    });
  });

  it('refuses an event the state does not accept with INVALID_TRANSITION, naming state and event', () => {
    const v = door
      .transition(start, { type: 'CLOSE', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('INVALID_TRANSITION');
    expect(v.details).toMatchObject({ status: 'closed', event: 'CLOSE', machine: 'door' });
  });

  it('refuses a role the table does not allow with FORBIDDEN_ROLE', () => {
    const v = door
      .transition(start, { type: 'LOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('FORBIDDEN_ROLE');
    expect(v.details).toMatchObject({ role: 'user', allowed: ['system'] });
  });

  it('refuses an event earlier than the last transition (the log never goes back)', () => {
    const t = door.transition(start, { type: 'OPEN', at: at(10), actor: user }, SESEQ_POLICY)._unsafeUnwrap();
    const v = door
      .transition(t.state, { type: 'CLOSE', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('EVENT_OUT_OF_ORDER');
  });

  it('runs the named guards and stamps effects with the machine name, subject, version and index', () => {
    const one = door
      .transition(start, { type: 'KNOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    expect(one.effects).toEqual([
      { type: 'BEEP', times: 1, machine: 'door', subject: 'D1', version: 2, index: 0 },
      { type: 'BEEP', times: 0, machine: 'door', subject: 'D1', version: 2, index: 1 },
    ]);
    const two = door
      .transition(one.state, { type: 'KNOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    const v = door
      .transition(two.state, { type: 'KNOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v).toEqual({ code: 'INVALID_INPUT', clause: 'X.1', details: { knocks: 2 } });
  });

  it('refuses a row whose apply reaches a target the table does not declare', () => {
    const v = door
      .transition(start, { type: 'BREAK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.code).toBe('INVALID_TRANSITION');
    expect(v.details?.reason).toMatch(/undeclared target locked/);
  });

  it('validates state and event and never throws on junk', () => {
    for (const junk of [
      null,
      1,
      'x',
      {},
      { ...start, status: 'ajar' },
      JSON.parse('{"__proto__":{"x":1}}'),
    ]) {
      const r = door.transition(junk, { type: 'OPEN', at: at(9), actor: user }, SESEQ_POLICY);
      expect(r._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
      const e = door.transition(start, junk, SESEQ_POLICY);
      expect(e._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    }
    const noOffset = door.transition(
      start,
      { type: 'OPEN', at: '2026-11-30T09:00:00', actor: user },
      SESEQ_POLICY,
    );
    expect(noOffset._unsafeUnwrapErr().details?.issues).toEqual(['at: custom']);
  });

  it('replays a log to the same state, and refuses a log that does not fit', () => {
    const a = door.transition(start, { type: 'OPEN', at: at(9), actor: user }, SESEQ_POLICY)._unsafeUnwrap();
    const b = door
      .transition(a.state, { type: 'CLOSE', at: at(10), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    const c = door
      .transition(b.state, { type: 'KNOCK', at: at(11), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrap();
    const log = JSON.parse(JSON.stringify([a.log, b.log, c.log]));
    expect(JSON.stringify(door.replay(start, log, SESEQ_POLICY)._unsafeUnwrap())).toBe(
      JSON.stringify(c.state),
    );
    expect(door.replay(start, [b.log], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe('INVALID_LOG');
    expect(door.replay(start, [{ ...a.log, to: 'locked' }], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe(
      'INVALID_LOG',
    );
    expect(door.replay(start, [{ ...a.log, subject: 'D2' }], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe(
      'INVALID_LOG',
    );
    expect(door.replay(start, [null], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe('INVALID_LOG');
  });

  it('treats a status or event named __proto__ as a miss', () => {
    const v = door.transition(start, { type: '__proto__', at: at(9), actor: user }, SESEQ_POLICY);
    expect(v._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });
});

describe('toMermaid and toMarkdownTable (diagrams derived from the table)', () => {
  it('draws one arrow per row, source and target, with roles and clauses', () => {
    expect(toMermaid(table)).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> closed : build',
        '  closed --> open : OPEN (user) §1',
        '  open --> closed : CLOSE (user, system) §2',
        '  closed --> closed : KNOCK (user) §3',
        '  closed --> locked : LOCK (system) §4',
        '  closed --> open : BREAK (user) §5',
        '  open --> open : BREAK (user) §5',
        '  locked --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('lists the rows with guards, effects and summaries in either language', () => {
    const en = toMarkdownTable(table, 'en');
    expect(en).toContain('| closed | `KNOCK` | user | closed | notTooManyKnocks | beep | 3 | knocks |');
    expect(toMarkdownTable(table, 'es-MX')).toContain('| toca |');
  });
});
