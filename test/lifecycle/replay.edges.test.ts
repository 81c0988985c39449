import { describe, expect, it } from 'vitest';
import {
  type AccountState,
  advanceAccount,
  createAccount,
  nextDeadline,
  parseAccountEvent,
  parseAccountState,
  replayAccount,
  transitionAccount,
} from '../../src/lifecycle/index.js';
import { type Policy, SESEQ_POLICY } from '../../src/policy/index.js';
import { CYCLIC_REFUSAL, cyclic } from '../_hostile.js';
import { BOSS, ev, OFFICER } from './_helpers.js';

// replayAccount's two forms, nextDeadline and transitionAccount at their refusals (SPEC §0,
// §1): a policy that is not one, a first state or a log that is not one, an OPEN entry that
// does not match its account, the entry numbers of a refusal (mutation testing, issue 12).

const INPUT = { id: 'cta-1', username: 'PERLAHL', department: 'Compras', createdOn: '2026-01-15' };
const MARS = { ...SESEQ_POLICY, timeZone: 'Mars/Olympus_Mons' } as unknown as Policy;

function history() {
  const opened = createAccount(INPUT, OFFICER)._unsafeUnwrap();
  const baja = transitionAccount(
    opened.state,
    ev('OFFBOARD', '2026-12-21', { bajaOn: '2026-12-20', cause: 'separation' }, BOSS),
  )._unsafeUnwrap();
  const later = advanceAccount(baja.state, '2027-01-05')._unsafeUnwrap();
  return { opened, log: [opened.log, baja.log, ...later.log], final: later.state };
}

describe('replayAccount at its refusals (SPEC §1)', () => {
  it('replays both forms to the same state, with the policy in either place', () => {
    const h = history();
    expect(replayAccount(h.log)._unsafeUnwrap()).toEqual(h.final);
    expect(replayAccount(h.log, SESEQ_POLICY)._unsafeUnwrap()).toEqual(h.final);
    expect(replayAccount(h.opened.state, h.log.slice(1), SESEQ_POLICY)._unsafeUnwrap()).toEqual(h.final);
    expect(h.final.status).toBe('cancelled');
  });

  it('refuses a policy that is not one, in either form, before reading the log (INVALID_POLICY)', () => {
    const h = history();
    expect(replayAccount(h.log, MARS)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    expect(replayAccount(h.opened.state, h.log.slice(1), MARS)._unsafeUnwrapErr().code).toBe(
      'INVALID_POLICY',
    );
    expect(replayAccount([], MARS)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
  });

  it('names the first state as the input that is not one, and a log that is not a list (INVALID_LOG)', () => {
    const h = history();
    const bad = replayAccount({ ...h.opened.state, status: 'archived' } as unknown as AccountState, []);
    expect(bad._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_INPUT',
      details: { input: 'initial', issues: [expect.stringContaining('status')] },
    });
    expect(replayAccount(h.opened.state, 'log' as unknown as unknown[])._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_LOG',
      clause: null,
      details: { reason: 'not a list' },
    });
  });

  it('refuses an OPEN entry that is not one, that openAccount refuses, or that does not match its account (INVALID_LOG, entry 0)', () => {
    const h = history();
    const head = h.opened.log as unknown as Record<string, unknown>;
    const reasonOf = (log: unknown[]) => replayAccount(log)._unsafeUnwrapErr().details;
    expect(reasonOf([{ ...head, extra: 1 }])).toEqual({
      entry: 0,
      reason: 'a log starts with its OPEN entry',
    });
    expect(reasonOf([])).toEqual({ entry: 0, reason: 'a log starts with its OPEN entry' });
    const account = (head.event as { account: Record<string, unknown> }).account;
    expect(
      reasonOf([
        { ...head, event: { type: 'OPEN', account: { ...account, createdOn: 'never', department: '' } } },
      ]),
    ).toEqual({ entry: 0, reason: 'OPEN refused: INVALID_INPUT, INVALID_INPUT' });
    for (const forged of [
      { subject: 'cta-2' },
      { to: 'suspended' },
      { version: 2 },
      { at: '2026-01-15T10:00:00-06:00' },
    ]) {
      expect(reasonOf([{ ...head, ...forged }, ...h.log.slice(1)]), JSON.stringify(forged)).toEqual({
        entry: 0,
        reason: 'the OPEN entry does not match its account',
      });
    }
  });

  it('counts the entries of a refusal from the OPEN entry in the log form, from the first event in the older form', () => {
    const h = history();
    const forged: unknown[] = [...h.log];
    forged[2] = { ...(forged[2] as object), version: 9 };
    expect(replayAccount(forged)._unsafeUnwrapErr().details).toMatchObject({ entry: 2 });
    expect(replayAccount(h.opened.state, forged.slice(1))._unsafeUnwrapErr().details).toMatchObject({
      entry: 1,
    });
  });
});

describe('nextDeadline, transitionAccount and the parsers at their refusals (SPEC §0)', () => {
  it('nextDeadline is null for a policy or a state that is not one, and for a cyclic state', () => {
    const h = history();
    const grace = replayAccount(h.log.slice(0, 2))._unsafeUnwrap();
    expect(nextDeadline(grace)).toBe('2027-01-05');
    expect(nextDeadline(grace, SESEQ_POLICY)).toBe('2027-01-05');
    expect(nextDeadline(grace, MARS)).toBeNull();
    expect(nextDeadline({ ...grace, status: 'archived' } as unknown as AccountState)).toBeNull();
    expect(nextDeadline(cyclic(grace))).toBeNull();
    expect(nextDeadline(h.final)).toBeNull();
  });

  it('transitionAccount refuses a policy that is not one (INVALID_POLICY) and a cyclic event (INVALID_INPUT)', () => {
    const h = history();
    const e = ev('END_LEAVE', '2026-03-01', {}, BOSS);
    expect(transitionAccount(h.opened.state, e, MARS)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
    expect(transitionAccount(h.opened.state, cyclic(e) as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: ['(root): cyclic'] },
    });
    expect(
      transitionAccount(h.opened.state, e, cyclic(SESEQ_POLICY) as never)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: ['(root): cyclic'] },
    });
  });

  it('the parsers give back what they accept, and every problem of what they refuse', () => {
    const h = history();
    expect(parseAccountState(h.final)._unsafeUnwrap()).toEqual(h.final);
    const e = ev('END_LEAVE', '2026-03-01', {}, BOSS);
    expect(parseAccountEvent(e)._unsafeUnwrap()).toEqual(e);
    expect(
      parseAccountState({ ...h.final, id: '', version: 0 })
        ._unsafeUnwrapErr()
        .map((v) => v.details?.path),
    ).toEqual(['id', 'version']);
    expect(
      parseAccountEvent({ ...e, at: 'x', actor: null })
        ._unsafeUnwrapErr()
        .map((v) => v.details?.path),
    ).toEqual(['at', 'actor']);
    const c = cyclic();
    expect(parseAccountState(c)._unsafeUnwrapErr()[0]?.code).toBe('INVALID_INPUT');
    expect(parseAccountEvent(c)._unsafeUnwrapErr()[0]?.code).toBe('INVALID_INPUT');
  });
});

describe('replayAccount on a hostile log (SPEC §0: never throws)', () => {
  it('walks the log before reading it: a cyclic entry is refused as such', () => {
    const h = history();
    expect(replayAccount([cyclic(h.log[0]), h.log[1]])._unsafeUnwrapErr()).toEqual(CYCLIC_REFUSAL);
  });

  it('an entry that cannot be read a second time is unreadable input, with no entry number made up', () => {
    const h = history();
    let reads = 0;
    const entry = { ...h.log[1] } as Record<string, unknown>;
    const event = entry.event;
    Object.defineProperty(entry, 'event', {
      enumerable: true,
      get() {
        if (++reads > 1) throw new Error('gone');
        return event;
      },
    });
    expect(replayAccount([h.log[0], entry])._unsafeUnwrapErr()).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { issues: ['(root): unreadable input'] },
    });
  });
});

describe('parseAccountState and parseAccountEvent walk their input first (SPEC §0)', () => {
  it('refuse a cyclic input as such, before the schema reads it', () => {
    const state = cyclic(history().final);
    const event = cyclic({ type: 'RECORD_ACCESS', at: '2026-03-01T10:00:00-06:00' });
    expect(parseAccountState(state)._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
    expect(parseAccountEvent(event)._unsafeUnwrapErr()).toEqual([CYCLIC_REFUSAL]);
  });
});
