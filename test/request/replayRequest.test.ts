import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/machine/types.js';
import {
  createRequest,
  parseRequestState,
  replayRequest,
  transitionRequest,
} from '../../src/request/index.js';
import type { RequestEvent, RequestState } from '../../src/request/types.js';
import { at, BOSS, FORM, FREE, form, HELPDESK, IT_HEAD, OFFICER } from '../arbitraries/request.js';

function run(events: RequestEvent[], f = FORM): { state: RequestState; log: LogEntry[] } {
  const c = createRequest(f, at(0), BOSS)._unsafeUnwrap();
  let state = c.state;
  const log: LogEntry[] = [c.log];
  for (const e of events) {
    const t = transitionRequest(state, e)._unsafeUnwrap();
    state = t.state;
    log.push(t.log);
  }
  return { state, log };
}

const PATH: RequestEvent[] = [
  { type: 'APPROVE', seatsInUse: 2, exception: { reason: 'urgencias' }, at: at(1), actor: IT_HEAD },
  { type: 'DENY_INTERNET', observation: 'no se justifica', at: at(2), actor: IT_HEAD },
  { type: 'PROVISION', username: 'perlahl', capacityMb: 1024, ...FREE, at: at(3), actor: OFFICER },
  { type: 'RESGUARDO_SIGNED', at: at(4), actor: HELPDESK },
];

describe('replayRequest (the bitácora reproduces the state, SPEC §1)', () => {
  it('refuses an entry edited in any field, naming its index and the field (INVALID_LOG, SPEC §1)', () => {
    const { log } = run(PATH);
    const stored: Record<string, unknown>[] = JSON.parse(JSON.stringify(log));
    const edits: [string, (e: Record<string, unknown>) => Record<string, unknown>][] = [
      ['actor', (e) => ({ ...e, actor: { role: 'it-head', id: 'someone-else' } })],
      ['at', (e) => ({ ...e, at: '2026-12-31T23:59:00-06:00' })],
      ['clauses', (e) => ({ ...e, clauses: ['8.1-4'] })],
      ['clauses', (e) => ({ ...e, clauses: [] })],
      ['subject', (e) => ({ ...e, subject: 'F-999' })],
      ['event', (e) => ({ ...e, event: { ...(e.event as object), note: 'x' } })],
      ['(extra field)', (e) => ({ ...e, approvedBy: 'nobody' })],
    ];
    for (let i = 0; i < stored.length; i++) {
      for (const [field, edit] of edits) {
        // The CREATE entry's instant and actor are its own input: nothing earlier checks them
        // (an actor who may not create is refused; a later instant breaks the next entry).
        if (i === 0 && (field === 'at' || field === 'actor')) continue;
        const edited = stored.map((e, k) => (k === i ? edit(e) : e));
        const v = replayRequest(edited)._unsafeUnwrapErr();
        expect(v.code, `${field} of entry ${i}`).toBe('INVALID_LOG');
        expect(v.details?.entry, `${field} of entry ${i}`).toBe(i);
        if (['actor', 'at', 'clauses'].includes(field) || (field === 'subject' && i > 0)) {
          expect(v.details?.field, `${field} of entry ${i}`).toBe(field);
        }
      }
    }
    expect(
      replayRequest([edits[0]![1](stored[0]!), ...stored.slice(1)])._unsafeUnwrapErr().details,
    ).toMatchObject({
      entry: 0,
    });
  });

  it('rebuilds the state from the CREATE entry byte for byte, also after a JSON round trip of the log (8.1)', () => {
    const { state, log } = run(PATH);
    expect(state.status).toBe('completed');
    expect(JSON.stringify(replayRequest(log)._unsafeUnwrap())).toBe(JSON.stringify(state));
    const stored = JSON.parse(JSON.stringify(log));
    expect(JSON.stringify(replayRequest(stored)._unsafeUnwrap())).toBe(JSON.stringify(state));
    for (let n = 1; n <= log.length; n++) {
      expect(replayRequest(stored.slice(0, n)).isOk()).toBe(true);
    }
  });

  it('round-trips every state of the path through its schema', () => {
    const c = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();
    let s = c.state;
    for (const e of PATH) {
      expect(JSON.stringify(parseRequestState(JSON.parse(JSON.stringify(s)))._unsafeUnwrap())).toBe(
        JSON.stringify(s),
      );
      s = transitionRequest(s, e)._unsafeUnwrap().state;
    }
  });

  it('refuses a log that does not start with its CREATE entry, or that does not fit (INVALID_LOG)', () => {
    const { log } = run(PATH);
    const code = (l: unknown[]) => replayRequest(l)._unsafeUnwrapErr();
    expect(code([]).code).toBe('INVALID_LOG');
    expect(code(log.slice(1))).toMatchObject({ code: 'INVALID_LOG', details: { entry: 0 } });
    expect(code([log[0], log[2]])).toMatchObject({ code: 'INVALID_LOG', details: { entry: 1 } });
    expect(code([log[0], { ...log[1], version: 7 }]).code).toBe('INVALID_LOG');
    expect(code([log[0], { ...log[1], subject: 'otro' }]).code).toBe('INVALID_LOG');
    expect(code([{ ...log[0], subject: 'otro' }]).code).toBe('INVALID_LOG');
    const forged = {
      ...log[1],
      event: { ...(log[1]?.event as object), seatsInUse: 2, exception: undefined },
    };
    expect(code([log[0], JSON.parse(JSON.stringify(forged))]).code).toBe('INVALID_LOG');
    const unsigned = JSON.parse(JSON.stringify(log[0]));
    unsigned.event.form.signatures = {};
    expect(code([unsigned]).details?.reason).toMatch(/MISSING_SIGNATURE/);
    expect(code([{ ...log[0], actor: IT_HEAD }]).details?.reason).toMatch(/FORBIDDEN_ROLE/);
    for (const junk of [null, 1, 'x', {}, [null], [1], { length: 1 }]) {
      expect(replayRequest(junk as never).isErr()).toBe(true);
    }
  });

  it('replays under the policy the log was written with (4.9)', () => {
    const f = form({ internet: { requested: false } });
    const { log } = run([{ type: 'APPROVE', seatsInUse: 1, at: at(1), actor: IT_HEAD }], f);
    expect(replayRequest(log).isOk()).toBe(true);
  });
});
