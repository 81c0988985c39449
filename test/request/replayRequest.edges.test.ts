import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/machine/types.js';
import { definePolicy } from '../../src/policy/index.js';
import { createRequest, replayRequest, transitionRequest } from '../../src/request/index.js';
import type { RequestEvent, RequestState } from '../../src/request/types.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { at, BOSS, FORM, FREE, HELPDESK, IT_HEAD, OFFICER } from '../arbitraries/request.js';

// replayRequest's refusals (src/request/replayRequest.ts), each with the entry it names and why.

type Obj = Record<string, unknown>;
const PATH: RequestEvent[] = [
  { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD },
  { type: 'AUTHORIZE_INTERNET', exitsInUse: 0, at: at(2), actor: IT_HEAD },
  { type: 'PROVISION', username: 'PERLAHL', capacityMb: 2048, ...FREE, at: at(3), actor: OFFICER },
  { type: 'RESGUARDO_SIGNED', at: at(4), actor: HELPDESK },
];
function stored(): Obj[] {
  const c = createRequest(FORM, at(0), BOSS)._unsafeUnwrap();
  let state: RequestState = c.state;
  const log: LogEntry[] = [c.log];
  for (const e of PATH) {
    const t = transitionRequest(state, e)._unsafeUnwrap();
    state = t.state;
    log.push(t.log);
  }
  return JSON.parse(JSON.stringify(log)) as Obj[];
}
const refusal = (log: unknown) => {
  const v = replayRequest(log as unknown[])._unsafeUnwrapErr();
  return { code: v.code, clause: v.clause, details: v.details };
};
const invalid = (details: Obj) => ({ code: 'INVALID_LOG', clause: null, details });
const START = 'a log starts with its CREATE entry';

describe('replayRequest names the entry it refuses and why (INVALID_LOG, SPEC §1)', () => {
  it('a log starts with its CREATE entry: not an empty list, nor anything else', () => {
    for (const log of [[], {}, { length: 1, 0: stored()[0] }, 'x', null]) {
      expect(refusal(log)).toEqual(invalid({ entry: 0, reason: START }));
    }
    const log = stored();
    expect(refusal(log.slice(1))).toEqual(invalid({ entry: 0, reason: START }));
    expect(refusal([{ ...log[0], from: 'submitted' }, ...log.slice(1)])).toEqual(
      invalid({ entry: 0, reason: START }),
    );
    expect(refusal([{ ...log[0], event: { ...(log[0]?.event as Obj), extra: 1 } }])).toEqual(
      invalid({ entry: 0, reason: START }),
    );
  });

  it('each entry is a log entry: its index is named, the first one included', () => {
    const log = stored();
    expect(refusal([7, ...log.slice(1)])).toEqual(invalid({ entry: 0, reason: 'not a log entry' }));
    for (let i = 1; i < log.length; i++) {
      const broken = log.map((e, k) => (k === i ? { ...e, version: 'x' } : e));
      expect(refusal(broken)).toEqual(invalid({ entry: i, reason: 'not a log entry' }));
    }
    // Checked before the CREATE entry is read: the last entry broken, the first too.
    expect(refusal([{ ...log[0], from: 'submitted' }, ...log.slice(1, 4), null])).toEqual(
      invalid({ entry: 4, reason: 'not a log entry' }),
    );
  });

  it('the CREATE entry is the one createRequest writes: its refusal, or the first field that differs', () => {
    const log = stored();
    const unsigned = structuredClone(log[0]) as { event: { form: Obj } };
    unsigned.event.form.signatures = {};
    expect(refusal([unsigned])).toEqual(
      invalid({
        entry: 0,
        reason: 'CREATE refused: MISSING_SIGNATURE, MISSING_SIGNATURE, MISSING_SIGNATURE',
      }),
    );
    expect(refusal([{ ...log[0], clauses: [] }, ...log.slice(1)])).toEqual(
      invalid({ entry: 0, reason: 'the CREATE entry does not match its form', field: 'clauses' }),
    );
  });

  it('counts the entries after CREATE from 1, as the caller’s log does', () => {
    const log = stored();
    for (let i = 1; i < log.length; i++) {
      const v = replayRequest([...log.slice(0, i), log[i === log.length - 1 ? 1 : i + 1]] as unknown[]);
      expect(v._unsafeUnwrapErr()).toMatchObject({ code: 'INVALID_LOG', details: { entry: i } });
    }
  });

  it('replays under the policy given, and refuses one that is not a policy (INVALID_POLICY, SPEC §2)', () => {
    const log = stored();
    expect(replayRequest(log, { ...definePolicy({})._unsafeUnwrap() })._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    // A policy with no seat for Informática refuses the APPROVE the log holds.
    const strict = definePolicy({ seatExceptions: { Informática: 0 } })._unsafeUnwrap();
    expect(replayRequest(log, strict)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_LOG',
      details: { entry: 1 },
    });
    expect(replayRequest(log)._unsafeUnwrap().status).toBe('completed');
  });
});

describe('replayRequest refuses hostile input at once, never a throw (SPEC §0)', () => {
  it('refuses a cyclic log, a cyclic entry or a cyclic policy as such', () => {
    const log: unknown[] = stored();
    expect(replayRequest([...log, cyclic()])._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    log.push(log);
    expect(replayRequest(log)._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
    const policy = cyclic(definePolicy({})._unsafeUnwrap());
    expect(replayRequest(stored(), policy)._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
  });

  it('refuses an entry that cannot be read twice as unreadable input, naming no entry', () => {
    const log = stored();
    const event = { ...(log[1]?.event as Obj) };
    let reads = 0;
    Object.defineProperty(event, 'type', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return 'APPROVE';
      },
    });
    expect(replayRequest([log[0], { ...log[1], event }])._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): unreadable input'] },
    });
  });
});
