import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ACCOUNT_STATUSES, openAccount, parseAccountState } from '../../src/lifecycle/index.js';
import { checkUsernameConformance, generateUsername, parsePersonName } from '../../src/names/index.js';
import { createRequest, parseRequestState } from '../../src/request/index.js';
import {
  accountStateArb,
  checkBackupBeforeDelete,
  checkLogNeverGoesBack,
  checkReplayEqualsState,
  checkRetiredNeverProvisioned,
  lifeArb,
  mexicanNameArb,
  openInputArb,
  requestHistoryArb,
  validFormArb,
} from '../../src/testing/index.js';

// The arbitraries of seseq-correo/testing promise valid data; these properties hold them to it,
// and the invariant checks hold on everything the library itself produces.

describe('the arbitraries give what they promise', () => {
  test.prop([mexicanNameArb()])(
    'every Mexican name, as parts, is a name 5.4.3 gives a username (5.4.3)',
    ({ parts }) => {
      expect(parsePersonName(parts).isOk()).toBe(true);
      const u = generateUsername(parts, new Set());
      expect(u.isOk()).toBe(true);
      expect(checkUsernameConformance(parts, u._unsafeUnwrap().username)._unsafeUnwrap().conforms).toBe(true);
    },
  );

  test.prop([validFormArb({ from: '2026-01-01', to: '2030-12-31' })])(
    'every form is accepted by createRequest on its own day (F01, 8.1-3)',
    (form) => {
      expect(
        createRequest(form, `${form.requestedOn}T09:00:00-06:00`, { role: 'direct-boss', id: 'j' }).isOk(),
      ).toBe(true);
    },
  );

  test.prop([requestHistoryArb()])(
    'every step of a request history is accepted: a plan run to its end ends the request (8.1)',
    (h) => {
      expect(h.log).toHaveLength(h.events.length + 1);
      expect(h.states).toHaveLength(h.log.length);
      if (h.plan.steps === 5) expect(['completed', 'rejected', 'withdrawn']).toContain(h.state.status);
      expect(parseRequestState(JSON.parse(JSON.stringify(h.state))).isOk()).toBe(true);
    },
  );

  test.prop([openInputArb()])('every openAccount input is accepted (4.10, 4.29)', (input) => {
    expect(openAccount(input).isOk()).toBe(true);
  });

  test.prop([accountStateArb({ maxSteps: 10 })])(
    'every account state is a valid stored state (SPEC §11)',
    (s) => {
      expect(s.version).toBeGreaterThanOrEqual(1);
      expect(ACCOUNT_STATUSES).toContain(s.status);
      expect(parseAccountState(JSON.parse(JSON.stringify(s))).isOk()).toBe(true);
    },
  );
});

describe('the invariant checks hold on what the library produces', () => {
  test.prop([requestHistoryArb()])(
    'request histories: logs go forward and replay to the state (SPEC §1)',
    (h) => {
      expect(checkLogNeverGoesBack(h.log)).toEqual([]);
      expect(checkReplayEqualsState({ machine: 'request', state: h.state, log: h.log })).toEqual([]);
    },
  );

  test.prop([lifeArb()])(
    'account lives: backup before every deletion, no retired username again, logs forward, replay (4.19, 4.22)',
    (life) => {
      const effects = life.applied.flatMap((a) => a.effects);
      expect(checkBackupBeforeDelete(effects)).toEqual([]);
      expect(checkRetiredNeverProvisioned(effects)).toEqual([]);
      expect(checkLogNeverGoesBack(life.log)).toEqual([]);
      expect(
        checkReplayEqualsState({
          machine: 'account',
          initial: life.initial,
          state: life.final,
          log: life.log,
        }),
      ).toEqual([]);
    },
  );

  test.prop([lifeArb(), fc.nat()])(
    'a life with its log cut short does not replay to its state',
    (life, n) => {
      fc.pre(life.log.length > 0);
      const cut = life.log.slice(0, n % life.log.length);
      expect(
        checkReplayEqualsState({ machine: 'account', initial: life.initial, state: life.final, log: cut }),
      ).toHaveLength(1);
    },
  );
});
