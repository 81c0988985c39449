import { describe, expect, it } from 'vitest';
import { assignUsernames } from '../../src/names/index.js';
import { definePolicy } from '../../src/policy/index.js';

const names = (rs: ReturnType<typeof assignUsernames>) =>
  rs.map((r) => (r.isOk() ? r.value.username : r.error.code));

describe('assignUsernames (5.4.3)', () => {
  it('counts each assignment as taken for the people after it (5.4.3)', () => {
    const people = [
      'Juan Pérez López',
      'Juan Pablo Pérez López',
      { givenNames: 'Juan', paternalSurname: 'Pérez', maternalSurname: 'Luna' },
    ];
    expect(names(assignUsernames(people, new Set()))).toEqual(['JUANPL', 'JPEREZL', 'JUANPL2']);
  });

  it('reads compound surnames as generateUsername does, and flags the ambiguous ones (5.4.3, §12)', () => {
    const rs = assignUsernames(
      ['Ximena Ponce de León Díaz', 'Xavier Ponce de León Díaz', 'Juan Pérez de Soto Ruiz'],
      new Set(),
    );
    expect(rs.map((r) => r._unsafeUnwrap()).map((a) => [a.username, a.needsReview])).toEqual([
      ['XIMENAPD', false],
      ['XAVIERPD', false],
      ['JUANSR', true],
    ]);
  });

  it('keeps going past a refused name, one result per person in order', () => {
    const rs = assignUsernames(
      ['Ma. Luisa Pérez', 'Perla Adriana Hernández Leal', 42 as never],
      new Set(['perlahl']),
    );
    expect(names(rs)).toEqual(['ABBREVIATED_NAME', 'PHERNANDEZL', 'INVALID_INPUT']);
  });

  it('numbers duplicates without ever reusing a number, up to 99, then has nothing left (5.4.3)', () => {
    const rs = names(
      assignUsernames(
        Array.from({ length: 102 }, () => 'Juan Pérez López'),
        new Set(),
      ),
    );
    expect(rs.slice(0, 4)).toEqual(['JUANPL', 'JPEREZL', 'JUANPL2', 'JUANPL3']);
    expect(rs[99]).toBe('JUANPL99');
    expect(rs.slice(100)).toEqual(['NO_USERNAME_AVAILABLE', 'NO_USERNAME_AVAILABLE']);
    expect(new Set(rs.slice(0, 100)).size).toBe(100);
  });

  it('skips numbers the consumer already holds, whatever their case (5.4.3)', () => {
    const rs = assignUsernames(
      ['Juan Pérez López', 'Juan Pérez López'],
      new Set(['juanpl', 'JPerezL', 'JUANPL2']),
    );
    expect(names(rs)).toEqual(['JUANPL3', 'JUANPL4']);
  });

  it('remembers across the batch why a first candidate was skipped, reserved or retired, and numbers on from it (5.4.3, 4.16, 4.19)', () => {
    const three = ['Juan Pérez López', 'Juan Pérez López', 'Juan Pérez López'];
    const reserved = definePolicy({ reservedUsernames: ['JUANPL'] })._unsafeUnwrap();
    const cases = [
      ['reserved', assignUsernames(three, new Set(), reserved)],
      ['retired', assignUsernames(three, new Set(), undefined, { retired: new Set(['JUANPL']) })],
    ] as const;
    for (const [reason, rs] of cases) {
      expect(
        rs.map((r) => {
          const a = r._unsafeUnwrap();
          return [a.username, (a.skipped ?? []).map((s) => `${s.username} ${s.reason}`)];
        }),
        reason,
      ).toEqual([
        ['JPEREZL', [`JUANPL ${reason}`]],
        ['JUANPL2', [`JUANPL ${reason}`, 'JPEREZL taken']],
        ['JUANPL3', [`JUANPL ${reason}`, 'JPEREZL taken']],
      ]);
    }
  });

  it('never hands out a retired username (4.19)', () => {
    const rs = assignUsernames(['Juan Pérez López', 'Juan Pérez López'], new Set(), undefined, {
      retired: new Set(['JUANPL3', 'JUANPL']),
    });
    expect(names(rs)).toEqual(['JPEREZL', 'JUANPL2']);
  });

  it('returns a predicate that throws as INVALID_INPUT for that person only (Decision)', () => {
    let calls = 0;
    const rs = assignUsernames(['Ana Luna López', 'Eva Luna López'], () => {
      calls++;
      if (calls === 1) throw new Error('flaky');
      return false;
    });
    expect(names(rs)).toEqual(['INVALID_INPUT', 'EVALL']);
  });

  it('answers one INVALID_INPUT when people is not an array, and one per person for a bad taken', () => {
    expect(names(assignUsernames('Ana Luna López' as never, new Set()))).toEqual(['INVALID_INPUT']);
    expect(names(assignUsernames(['Ana Luna López', 'Eva Luna'], 7 as never))).toEqual([
      'INVALID_INPUT',
      'INVALID_INPUT',
    ]);
    expect(assignUsernames([], new Set())).toEqual([]);
  });

  it('says why: the batch that is not a list, and the same taken refusal for every person (SPEC §0)', () => {
    expect(assignUsernames('Ana Luna López' as never, new Set()).map((r) => r._unsafeUnwrapErr())).toEqual([
      { code: 'INVALID_INPUT', clause: null, details: { issues: ['(root): expected an array of names'] } },
    ]);
    const refusals = assignUsernames(['Ana Luna López', 'Eva Luna', 'Juan Pérez'], 7 as never).map((r) =>
      r._unsafeUnwrapErr(),
    );
    expect(refusals).toHaveLength(3);
    for (const v of refusals) {
      expect(v).toMatchObject({ code: 'INVALID_INPUT', clause: null });
      expect((v.details as { issues: string[] }).issues[0]).toMatch(/^taken: expected a Set/);
    }
  });

  it('refuses a sparse array or a throwing element at once, the whole batch (INVALID_INPUT, SPEC §0)', () => {
    const people: (string | undefined)[] = ['Ana Luna López'];
    people[2] = 'Eva Luna López';
    const hostile = ['Ana Luna López'];
    Object.defineProperty(hostile, 1, {
      get: () => {
        throw new Error('no');
      },
      enumerable: true,
    });
    expect(names(assignUsernames(people as string[], new Set()))).toEqual(['INVALID_INPUT']);
    expect(assignUsernames(people as string[], new Set())[0]?._unsafeUnwrapErr().details).toEqual({
      issues: ['(root): an array with holes'],
    });
    expect(names(assignUsernames(hostile, new Set()))).toEqual(['INVALID_INPUT']);
  });
});
