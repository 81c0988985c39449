import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseLogEntryWith } from '../../src/_internal/logEntry.js';

// A two-status machine of its own: OPEN starts a log, GO moves it on.
const door = {
  statuses: ['open', 'shut'] as [string, ...string[]],
  firstType: 'OPEN',
  first: z.strictObject({ type: z.literal('OPEN') }),
  event: z.strictObject({ type: z.literal('GO'), n: z.optional(z.number()) }),
};
const first = {
  at: '2026-11-30T09:15:00-06:00',
  actor: { role: 'it-head', id: 'JEFE01' },
  subject: 'A-1',
  version: 1,
  event: { type: 'OPEN' },
  from: null,
  to: 'open',
  clauses: ['4.1'],
};
const next = { ...first, version: 2, event: { type: 'GO' }, from: 'open', to: 'shut', clauses: [] };
const parse = (v: unknown) => parseLogEntryWith<unknown>(v, door);
const problems = (v: unknown) =>
  parse(v)
    ._unsafeUnwrapErr()
    .map((p) => [p.code, p.details?.path, p.details?.issue, p.details?.message]);

describe('a stored log entry read back (SPEC §10: the envelope, the event, from null only at the start)', () => {
  it('reads a first entry and a later one as they are', () => {
    expect(parse(first)._unsafeUnwrap()).toEqual(first);
    expect(parse(next)._unsafeUnwrap()).toEqual(next);
  });

  it('refuses the envelope’s bounds: version 1 to 10⁹ whole, 1 to 100 clauses of 1 to 50 characters, a subject of 1 to 200', () => {
    expect(parse({ ...next, version: 1_000_000_000 }).isOk()).toBe(true);
    expect(problems({ ...next, version: 1_000_000_001 })).toEqual([
      ['INVALID_INPUT', 'version', 'too_big', undefined],
    ]);
    expect(problems({ ...next, version: 0 })).toEqual([['INVALID_INPUT', 'version', 'too_small', undefined]]);
    expect(problems({ ...next, version: 2.5 })).toEqual([
      ['INVALID_INPUT', 'version', 'invalid_type', undefined],
    ]);
    expect(parse({ ...next, clauses: Array(100).fill('x'.repeat(50)) }).isOk()).toBe(true);
    expect(problems({ ...next, clauses: Array(101).fill('4.1') })).toEqual([
      ['INVALID_INPUT', 'clauses', 'too_big', undefined],
    ]);
    expect(problems({ ...next, clauses: ['x'.repeat(51), ''] })).toEqual([
      ['INVALID_INPUT', 'clauses[0]', 'too_big', undefined],
      ['INVALID_INPUT', 'clauses[1]', 'too_small', undefined],
    ]);
    expect(problems({ ...next, subject: '' })).toEqual([
      ['INVALID_INPUT', 'subject', 'too_small', undefined],
    ]);
    expect(parse({ ...next, subject: 'x'.repeat(200) }).isOk()).toBe(true);
    expect(problems({ ...next, subject: 'x'.repeat(201) })).toEqual([
      ['INVALID_INPUT', 'subject', 'too_big', undefined],
    ]);
  });

  it('refuses an unknown status, actor role, key, or an instant without offset', () => {
    expect(problems({ ...next, to: 'ajar', from: 'gone', extra: 1, at: '2026-11-30T09:15:00' })).toEqual([
      ['INVALID_INPUT', 'at', 'custom', 'expected an ISO 8601 instant with offset'],
      ['INVALID_INPUT', 'from', 'invalid_value', undefined],
      ['INVALID_INPUT', 'to', 'invalid_value', undefined],
      ['INVALID_INPUT', '', 'unrecognized_keys', 'unknown keys: extra'],
    ]);
    expect(problems({ ...next, actor: { role: 'janitor', id: '' } })).toEqual([
      ['INVALID_INPUT', 'actor.role', 'invalid_value', undefined],
      ['INVALID_INPUT', 'actor.id', 'too_small', undefined],
    ]);
  });

  it('reads the event by its own schema, its problems under `event`', () => {
    expect(problems({ ...next, event: { type: 'GO', n: 'one' } })).toEqual([
      ['INVALID_INPUT', 'event.n', 'invalid_type', undefined],
    ]);
    expect(problems({ ...first, event: { type: 'OPEN', n: 1 } })).toEqual([
      ['INVALID_INPUT', 'event', 'unrecognized_keys', 'unknown keys: n'],
    ]);
    expect(problems({ ...next, event: 'GO' })).toEqual([
      ['INVALID_INPUT', 'event', 'invalid_type', undefined],
    ]);
    expect(problems({ ...next, event: null })).toEqual([
      ['INVALID_INPUT', 'event', 'invalid_type', undefined],
    ]);
    // Every problem at once: the envelope's and the event's.
    expect(problems({ ...next, subject: '', event: { type: 'GO', n: 'one' } })).toEqual([
      ['INVALID_INPUT', 'subject', 'too_small', undefined],
      ['INVALID_INPUT', 'event.n', 'invalid_type', undefined],
    ]);
  });

  it('refuses an entry without an own event once, with its reason', () => {
    const { event: _, ...noEvent } = next;
    expect(parse(noEvent).isErr()).toBe(true);
    expect(problems(noEvent)).toEqual([['INVALID_INPUT', 'event', 'invalid_type', undefined]]);
    const inherited = Object.assign(Object.create({ event: { type: 'GO' } }), noEvent);
    expect(problems(inherited)).toEqual([['INVALID_INPUT', 'event', 'invalid_type', undefined]]);
  });

  it('the first event, and only it, comes from null at version 1', () => {
    expect(problems({ ...first, from: 'open' })).toEqual([
      ['INVALID_INPUT', 'from', 'custom', 'an OPEN entry comes from null'],
    ]);
    expect(problems({ ...next, from: null })).toEqual([
      ['INVALID_INPUT', 'from', 'custom', 'only an OPEN entry comes from null'],
    ]);
    expect(problems({ ...first, version: 2 })).toEqual([
      ['INVALID_INPUT', 'version', 'custom', 'an OPEN entry has version 1'],
    ]);
    const { from: _f, version: _v, ...bare } = first;
    expect(problems(bare)).toEqual([
      ['INVALID_INPUT', 'version', 'invalid_type', undefined],
      ['INVALID_INPUT', 'from', 'invalid_value', undefined],
    ]);
  });

  it('refuses what is not an object without reading into it', () => {
    for (const v of [null, undefined, 'entry', 42, []]) expect(parse(v).isErr()).toBe(true);
    expect(problems(null)).toEqual([['INVALID_INPUT', '', 'invalid_type', undefined]]);
  });
});
