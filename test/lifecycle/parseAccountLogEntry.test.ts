import { describe, expect, it } from 'vitest';
import { createAccount, parseAccountLogEntry } from '../../src/lifecycle/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { accountRuns } from '../effects/_runs.js';

const paths = (r: ReturnType<typeof parseAccountLogEntry>) =>
  r._unsafeUnwrapErr().map((v) => v.details?.path);

describe('parseAccountLogEntry (a stored bitácora entry read back, SPEC §1)', () => {
  it('loads back every entry of an account, the time-caused ones included, as it was', () => {
    const entries = accountRuns().flatMap((r) => r.log);
    expect(entries.some((e) => e.event.type === 'GRACE_ENDED')).toBe(true);
    for (const entry of entries) {
      expect(parseAccountLogEntry(JSON.parse(JSON.stringify(entry)))._unsafeUnwrap()).toEqual(entry);
    }
  });

  it('reports every problem at once with its path, the event under event.* (SPEC §11)', () => {
    const [entry] = accountRuns()[1]?.log ?? [];
    const broken = {
      ...entry,
      at: 'yesterday',
      clauses: [7],
      event: { ...entry?.event, bajaOn: '2026-02-30' },
    };
    expect(paths(parseAccountLogEntry(broken))).toEqual(
      expect.arrayContaining(['at', 'clauses[0]', 'event.bajaOn']),
    );
  });

  it('lets only an OPEN entry come from null (8.1-9, SPEC §1)', () => {
    const [entry] = accountRuns()[1]?.log ?? [];
    expect(paths(parseAccountLogEntry({ ...entry, from: null }))).toEqual(['from']);
  });

  it('reads an OPEN entry back by its own schema, from null at version 1, and says why when it is not (8.1-9)', () => {
    const open = createAccount(
      { id: 'cta-1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' },
      { role: 'mail-officer', id: 'mov-2' },
    )._unsafeUnwrap().log;
    expect(parseAccountLogEntry(JSON.parse(JSON.stringify(open)))._unsafeUnwrap()).toEqual(open);
    const messages = (x: unknown) =>
      parseAccountLogEntry(x)
        ._unsafeUnwrapErr()
        .map((v) => `${v.details?.path}: ${v.details?.message}`);
    expect(messages({ ...open, from: 'active' })).toEqual(['from: an OPEN entry comes from null']);
    const [entry] = accountRuns()[1]?.log ?? [];
    expect(messages({ ...entry, from: null })).toEqual(['from: only an OPEN entry comes from null']);
  });

  it('walks the entry before reading it: a cyclic one is refused as such (SPEC §0)', () => {
    const [entry] = accountRuns()[1]?.log ?? [];
    expect(parseAccountLogEntry(cyclic(entry))._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });
});
