import { describe, expect, it } from 'vitest';
import { parseRequestLogEntry } from '../../src/request/index.js';
import { requestRuns } from '../effects/_runs.js';

const paths = (r: ReturnType<typeof parseRequestLogEntry>) =>
  r._unsafeUnwrapErr().map((v) => v.details?.path);

describe('parseRequestLogEntry (a stored bitácora entry read back, SPEC §1)', () => {
  it('loads back every entry of a request as it was, and its event type narrows', () => {
    for (const run of requestRuns()) {
      for (const entry of run.log) {
        const back = parseRequestLogEntry(JSON.parse(JSON.stringify(entry)))._unsafeUnwrap();
        expect(back).toEqual(entry);
        if (back.event.type === 'CREATE') expect(back.event.form.folio).toBe(back.subject);
      }
    }
  });

  it('reports every problem at once with its path, the event under event.* (SPEC §11)', () => {
    const [, approve] = requestRuns()[0]?.log ?? [];
    const broken = {
      ...approve,
      to: 'archived',
      version: 'two',
      event: { ...approve?.event, seatsInUse: -1 },
    };
    expect(paths(parseRequestLogEntry(broken))).toEqual(
      expect.arrayContaining(['version', 'to', 'event.seatsInUse']),
    );
  });

  it('lets only the CREATE entry come from null, at version 1 (8.1-3, SPEC §1)', () => {
    const [create, approve] = requestRuns()[0]?.log ?? [];
    expect(paths(parseRequestLogEntry({ ...create, from: 'submitted' }))).toEqual(['from']);
    expect(paths(parseRequestLogEntry({ ...create, version: 2 }))).toEqual(['version']);
    expect(paths(parseRequestLogEntry({ ...approve, from: null }))).toEqual(['from']);
    const messages = (x: unknown) =>
      parseRequestLogEntry(x)
        ._unsafeUnwrapErr()
        .map((v) => v.details?.message);
    expect(messages({ ...create, from: 'submitted' })).toEqual(['a CREATE entry comes from null']);
    expect(messages({ ...approve, from: null })).toEqual(['only a CREATE entry comes from null']);
  });
});
