import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { defineMachine } from '../../src/machine/defineMachine.js';
import { effectKey } from '../../src/machine/effectKey.js';
import { toMarkdownTable, toMermaid } from '../../src/machine/toMermaid.js';
import type { AnyMachineTable } from '../../src/machine/types.js';
import { SESEQ_POLICY } from '../../src/policy/policy.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { at, type Door, type DoorEvent, door, doorSchema, eventSchema, start, table, user } from './_door.js';

// The edges of the machine kit: what each refusal says, the version ceiling, what replay says
// about each kind of bad entry, junk given to the kit itself. Written from the survivors of
// `MUTATE=machine npm run mutation` (docs/performance.md).

const open = (h = 9) => ({ type: 'OPEN' as const, at: at(h), actor: user });
const close = (h = 10) => ({ type: 'CLOSE' as const, at: at(h), actor: user });

describe('a transition says why it refuses (SPEC §9)', () => {
  it("FORBIDDEN_ROLE carries the row's first clause", () => {
    const v = door
      .transition(start, { type: 'LOCK', at: at(9), actor: user }, SESEQ_POLICY)
      ._unsafeUnwrapErr();
    expect(v.clause).toBe('4');
  });

  it('EVENT_OUT_OF_ORDER names the event instant and the last one; the same instant is in order', () => {
    const opened = door.transition(start, open(10), SESEQ_POLICY)._unsafeUnwrap().state;
    expect(door.transition(opened, close(9), SESEQ_POLICY)._unsafeUnwrapErr()).toEqual({
      code: 'EVENT_OUT_OF_ORDER',
      clause: null,
      details: { at: at(9), last: at(10) },
    });
    expect(door.transition(opened, close(10), SESEQ_POLICY).isOk()).toBe(true);
  });

  it('names which input is invalid: the state or the event', () => {
    const badState = door.transition({ ...start, status: 'ajar' }, open(), SESEQ_POLICY)._unsafeUnwrapErr();
    expect(badState).toMatchObject({ code: 'INVALID_INPUT', details: { input: 'state' } });
    const badEvent = door.transition(start, { ...open(), type: 'FLY' }, SESEQ_POLICY)._unsafeUnwrapErr();
    expect(badEvent).toMatchObject({ code: 'INVALID_INPUT', details: { input: 'event' } });
  });

  it('refuses a cyclic state or event before validating it (SPEC §0)', () => {
    for (const r of [
      door.transition({ ...start, self: cyclic() }, open(), SESEQ_POLICY),
      door.transition(start, { ...open(), self: cyclic() }, SESEQ_POLICY),
    ]) {
      expect(r._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    }
  });
});

describe('versions never step past what the schemas accept (issue 12)', () => {
  it('steps to version 10⁶ and refuses to step past it', () => {
    const last = door.transition({ ...start, version: 999_999 }, open(), SESEQ_POLICY)._unsafeUnwrap();
    expect(last.state.version).toBe(1_000_000);
    expect(door.transition(last.state, close(), SESEQ_POLICY)._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_TRANSITION',
      clause: null,
      details: { machine: 'door', reason: 'version limit reached' },
    });
  });
});

describe('replay says which entry is wrong, and how', () => {
  const a = () => door.transition(start, open(), SESEQ_POLICY)._unsafeUnwrap();
  const replayErr = (log: unknown[]) => door.replay(start, log, SESEQ_POLICY)._unsafeUnwrapErr();

  it('an entry that is not an object', () => {
    expect(replayErr([null])).toEqual({
      code: 'INVALID_LOG',
      clause: null,
      details: { entry: 0, reason: 'not an entry' },
    });
    expect(replayErr([a().log, 'x']).details).toStrictEqual({ entry: 1, reason: 'not an entry' });
  });

  it('an entry for another subject', () => {
    expect(replayErr([{ ...a().log, subject: 'D2' }]).details).toEqual({
      entry: 0,
      reason: 'another subject',
      field: 'subject',
    });
  });

  it('an entry from another status', () => {
    const { log } = door.transition({ ...start, status: 'open' }, close(), SESEQ_POLICY)._unsafeUnwrap();
    expect(replayErr([log]).details).toEqual({
      entry: 0,
      reason: 'from open but state is closed',
      field: 'from',
    });
  });

  it('an entry whose event the machine refuses', () => {
    const forbidden = { ...a().log, event: { type: 'LOCK', at: at(9), actor: user } };
    expect(replayErr([forbidden]).details).toStrictEqual({
      entry: 0,
      reason: 'event refused: FORBIDDEN_ROLE',
    });
  });

  it('an entry whose target or version differs', () => {
    expect(replayErr([{ ...a().log, to: 'locked' }]).details).toEqual({
      entry: 0,
      reason: 'gives open v2, log says locked v2',
      field: 'to',
    });
    expect(replayErr([{ ...a().log, version: 7 }]).details).toEqual({
      entry: 0,
      reason: 'gives open v2, log says open v7',
      field: 'version',
    });
  });

  it('an entry with another field edited', () => {
    expect(replayErr([{ ...a().log, actor: { role: 'user', id: 'eve' } }]).details).toEqual({
      entry: 0,
      reason: 'actor differs from the entry the transition writes',
      field: 'actor',
    });
  });

  it('a log that is not plain data (SPEC §0)', () => {
    expect(replayErr([cyclic()])).toEqual(CYCLIC_REFUSAL);
  });
});

describe('defineMachine given schemas it cannot use builds a machine that refuses everything (SPEC §0)', () => {
  it('transition, step and replay refuse with INVALID_INPUT; the table is kept', () => {
    for (const schemas of [
      {},
      { state: doorSchema },
      { event: eventSchema },
      { state: {}, event: eventSchema },
      null,
    ]) {
      const m = defineMachine(table, schemas as never);
      expect(m.table).toBe(table);
      expect(m.transition(start, open(), SESEQ_POLICY)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
      expect(m.step(start, open(), SESEQ_POLICY)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
      expect(m.replay(start, [], SESEQ_POLICY)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
    }
    const ok = defineMachine(table, {
      state: doorSchema as unknown as z.ZodMiniType<Door>,
      event: eventSchema as unknown as z.ZodMiniType<DoorEvent>,
    });
    expect(ok.step(start, open(), SESEQ_POLICY).isOk()).toBe(true);
  });
});

describe('the diagrams of a table (docs)', () => {
  it('toMarkdownTable writes the whole table, a dash for no guard or effect (en)', () => {
    expect(toMarkdownTable(table)).toBe(
      [
        '| from | event | roles | to | guards | effects | clauses | what happens |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| closed | `OPEN` | user | open | — | — | 1 | opens |',
        '| open | `CLOSE` | user, system | closed | — | — | 2 | closes |',
        '| closed | `KNOCK` | user | closed | notTooManyKnocks | beep | 3 | knocks |',
        '| closed | `LOCK` | system | locked | — | — | 4 | locks |',
        '| closed, open | `BREAK` | user | open | — | — | 5 | breaks |',
        '',
      ].join('\n'),
    );
  });

  it('toMarkdownTable heads the table in Spanish for es-MX, and lists several of anything', () => {
    const many = {
      ...table,
      rows: [
        {
          ...table.rows[0],
          from: ['a', 'b'],
          to: ['c', 'd'],
          guards: ['g', 'h'],
          effects: ['e', 'f'],
          clauses: ['1', '2'],
        },
      ],
    } as unknown as AnyMachineTable;
    expect(toMarkdownTable(many, 'es-MX')).toBe(
      [
        '| desde | evento | roles | hacia | condiciones | efectos | cláusulas | qué ocurre |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| a, b | `OPEN` | user | c, d | g, h | e, f | 1, 2 | abre |',
        '',
      ].join('\n'),
    );
    expect(toMermaid(many)).toContain('  a --> c : OPEN (user) §1 §2\n');
  });

  it('give an empty text for what is not a table, a cyclic one included (SPEC §0)', () => {
    for (const junk of [{}, null, 'table', { ...table, self: cyclic() }]) {
      expect(toMermaid(junk as never)).toBe('');
      expect(toMarkdownTable(junk as never)).toBe('');
    }
    expect(toMarkdownTable({ ...table, rows: [cyclic()] } as never, 'en')).toBe('');
  });
});

describe('effectKey', () => {
  it('gives an empty key for what is not an effect (SPEC §10)', () => {
    expect(effectKey(null as never)).toBe('');
    expect(effectKey({ machine: 'door', subject: 'D1', version: 2, index: 0 })).toBe('door/D1/2/0');
  });
});
