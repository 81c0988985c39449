import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareInstants } from '../../src/_internal/instant.js';
import { addDays } from '../../src/_internal/plainDate.js';
import { isAccountState } from '../../src/lifecycle/_isAccountState.js';
import {
  accountStateSchema,
  advanceAccount,
  nextDeadline,
  openAccount,
  parseAccountEvent,
  parseAccountState,
  replayAccount,
  transitionAccount,
} from '../../src/lifecycle/index.js';
import { type Life, lifeArb } from '../arbitraries/account.js';

const offset = fc.integer({ min: -40, max: 500 });

/** Every state a life went through. */
const statesOf = (life: Life) => [life.initial, ...life.applied.map((a) => a.after)];

describe('the account lifecycle: always and never (SPEC §1, §6)', () => {
  test.prop([lifeArb])('replaying the log from the first state reproduces the last one (SPEC §1)', (life) => {
    expect(replayAccount(life.initial, life.log)._unsafeUnwrap()).toEqual(life.final);
  });

  test.prop([lifeArb, offset])(
    'advancing twice to the same day changes nothing the second time',
    (life, n) => {
      const day = addDays(life.day, n);
      const once = advanceAccount(life.final, day)._unsafeUnwrap();
      const twice = advanceAccount(once.state, day)._unsafeUnwrap();
      expect(twice).toEqual({ state: once.state, effects: [], log: [] });
    },
  );

  test.prop([lifeArb, offset, fc.nat({ max: 400 })])(
    'advancing to d1 then d2 gives what advancing to d2 gives (path independence)',
    (life, n, gap) => {
      const d1 = addDays(life.day, n);
      const d2 = addDays(d1, gap);
      const direct = advanceAccount(life.final, d2)._unsafeUnwrap();
      const first = advanceAccount(life.final, d1)._unsafeUnwrap();
      const second = advanceAccount(first.state, d2)._unsafeUnwrap();
      expect(second.state).toEqual(direct.state);
      expect([...first.log, ...second.log]).toEqual(direct.log);
      expect([...first.effects, ...second.effects]).toEqual(direct.effects);
    },
  );

  test.prop([lifeArb, fc.integer({ min: 1, max: 60 })])(
    'nothing changes before nextDeadline and something does on it',
    (life, before) => {
      const d = nextDeadline(life.final);
      if (d === null) {
        expect(advanceAccount(life.final, addDays(life.day, 3650))._unsafeUnwrap().log).toEqual([]);
        return;
      }
      expect(advanceAccount(life.final, addDays(d, -before))._unsafeUnwrap().log).toEqual([]);
      const on = advanceAccount(life.final, d)._unsafeUnwrap();
      expect(on.log.length).toBeGreaterThan(0);
      expect(on.state.version).toBe(life.final.version + on.log.length);
    },
  );

  test.prop([lifeArb, offset])('dates in the log never go backwards', (life, n) => {
    const rest = advanceAccount(life.final, addDays(life.day, n))._unsafeUnwrap().log;
    const log = [...life.log, ...rest];
    for (let i = 1; i < log.length; i++) {
      expect(
        compareInstants((log[i - 1] as { at: string }).at, (log[i] as { at: string }).at),
      ).toBeLessThanOrEqual(0);
    }
    const first = log[0];
    if (first !== undefined && life.initial.updatedAt !== undefined) {
      expect(compareInstants(life.initial.updatedAt, first.at)).toBeLessThanOrEqual(0);
    }
  });

  test.prop([lifeArb])('an account on leave is never cancelled for inactivity (4.21.3, 8.3-5.A)', (life) => {
    for (const a of life.applied) {
      if (a.before.status !== 'onLeave') continue;
      expect(a.after.closing?.cause).not.toBe('inactivity');
      expect(a.after.cancellation?.cause).not.toBe('inactivity');
    }
    // And a cancellation for inactivity always went through an inquiry with the boss (8.3-4).
    if (life.final.cancellation?.cause === 'inactivity') {
      expect(
        life.applied.some(
          (a) => a.before.status === 'inactivityInquiry' && a.after.status === 'cancellationNotice',
        ),
      ).toBe(true);
    }
  });

  test.prop([lifeArb, offset])(
    'every path to cancelled backs the mailbox up before deleting it (SPEC §11)',
    (life, n) => {
      const rest = advanceAccount(life.final, addDays(life.day, n))._unsafeUnwrap();
      const transitions = [...life.applied.map((a) => ({ to: a.after.status, effects: a.effects }))];
      const byVersion = new Map<number, { type: string }[]>();
      for (const e of rest.effects) byVersion.set(e.version, [...(byVersion.get(e.version) ?? []), e]);
      for (const l of rest.log)
        transitions.push({ to: l.to as never, effects: (byVersion.get(l.version) ?? []) as never });
      for (const t of transitions) {
        const types = t.effects.map((e) => e.type);
        const del = types.indexOf('DELETE_MAILBOX');
        if (t.to === 'cancelled') expect(del).toBeGreaterThan(-1);
        if (del > -1) expect(types.slice(0, del)).toContain('BACKUP_MAILBOX');
        if (del > -1) expect(types).toContain('RELEASE_SEAT');
      }
    },
  );

  test.prop([lifeArb])(
    'a baja announced ahead changes nothing before its date: same status, no backup, no deletion (4.22, SPEC §12)',
    (life) => {
      for (const a of life.applied) {
        const e = a.log.event as { type: string; bajaOn?: string; at: string };
        if (e.type !== 'OFFBOARD' || a.after.status === 'gracePeriod') continue;
        expect(a.after.status).toBe(a.before.status);
        expect(a.after.scheduledBaja?.on).toBe(e.bajaOn);
        expect(a.after.scheduledBaja?.reportedOn.localeCompare(e.bajaOn as string)).toBe(-1);
        expect(a.effects).toEqual([]);
      }
    },
  );

  test.prop([lifeArb, offset])(
    'an announced baja starts the grace on its date, never before, and its backup comes then (4.22, SPEC §12)',
    (life, n) => {
      const rest = advanceAccount(life.final, addDays(life.day, n))._unsafeUnwrap();
      const steps = [
        ...life.applied.map((a) => ({ before: a.before, after: a.after, log: a.log, effects: a.effects })),
      ];
      let s = life.final;
      for (const l of rest.log) {
        const t = transitionAccount(s, l.event as never)._unsafeUnwrap();
        steps.push({ before: s, after: t.state, log: l, effects: t.effects });
        s = t.state;
      }
      for (const st of steps) {
        const baja = st.before.scheduledBaja;
        const day = st.log.at.slice(0, 10);
        if ((st.log.event as { type: string }).type === 'BAJA_REACHED') {
          expect(baja).toBeDefined();
          expect(day >= (baja?.on as string)).toBe(true);
          expect(st.after.closing?.bajaOn).toBe(baja?.on);
          expect(st.effects[0]?.type).toBe('BACKUP_MAILBOX');
        } else if (baja !== undefined && day < baja.on && st.after.status === st.before.status) {
          // Before its date nothing of the baja happens: no backup, no deletion.
          expect(st.effects.map((e) => e.type)).not.toContain('BACKUP_MAILBOX');
        }
      }
    },
  );

  test.prop([lifeArb])(
    'an account in its grace period is cancelled on its day, suspended or not (4.22, 4.21.4, SPEC §12)',
    (life) => {
      const s = life.final;
      if (s.status !== 'gracePeriod' || s.cancelOn === null) return;
      const on = [s.cancelOn, life.day].sort()[1] as string;
      expect(advanceAccount(s, on)._unsafeUnwrap().state.status).toBe('cancelled');
      expect(advanceAccount(s, addDays(on, -1))._unsafeUnwrap().state.status).not.toBe('cancelled');
    },
  );

  test.prop([lifeArb])(
    'a transfer report is flagged late exactly when it comes 15 or more days after the change (4.23)',
    (life) => {
      for (const a of life.applied) {
        const e = a.log.event as { type: string; effectiveOn?: string; at: string };
        if (e.type !== 'REPORT_TRANSFER') continue;
        const days =
          e.effectiveOn === undefined
            ? null
            : Math.round((Date.parse(e.at.slice(0, 10)) - Date.parse(e.effectiveOn)) / 86_400_000);
        const late = days !== null && days >= 15;
        expect(a.after.transfer?.lateNotice).toEqual(late ? { days } : undefined);
        const flagged = a.effects.filter((x) => x.type === 'NOTIFY' && x.template === 'late-transfer-notice');
        expect(flagged.length).toBe(late ? 1 : 0);
      }
    },
  );

  test.prop([lifeArb])(
    'each transition adds one to the version and stamps its effects with subject, version and index',
    (life) => {
      for (const a of life.applied) {
        expect(a.after.version).toBe(a.before.version + 1);
        expect(a.log.version).toBe(a.after.version);
        a.effects.forEach((e, i) => {
          expect(e).toMatchObject({ subject: a.before.id, version: a.after.version, index: i });
          expect('clause' in e && typeof e.clause === 'string').toBe(true);
        });
        expect(JSON.stringify(a.effects)).not.toMatch(/password|contrase/i);
      }
    },
  );

  test.prop([lifeArb])(
    'every state round-trips through JSON and its schema, and the fast check agrees',
    (life) => {
      for (const s of statesOf(life)) {
        expect(parseAccountState(JSON.parse(JSON.stringify(s)))._unsafeUnwrap()).toEqual(s);
        expect(isAccountState(s)).toBe(true);
      }
    },
  );

  test.prop([
    lifeArb,
    fc.constantFrom(
      'id',
      'version',
      'status',
      'username',
      'createdOn',
      'lastAccessOn',
      'expiresOn',
      'cancelOn',
      'usableThrough',
      'cancellation',
      'updatedAt',
      'leave',
      'suspension',
      'inquiry',
      'transfer',
      'closing',
      'resumedOn',
      'scheduledBaja',
      'extra',
    ),
    fc.oneof(
      fc.anything(),
      fc.constantFrom(null, undefined, '2026-02-29', '2026-03-01', 'active', 'gracePeriod', 0, 1, 'X'),
      fc.constant('__delete__'),
    ),
  ])('the fast state check accepts exactly what the schema accepts', (life, key, value) => {
    const states = statesOf(life);
    const s = states[states.length - 1] as Record<string, unknown>;
    const mutated: Record<string, unknown> = { ...s };
    if (value === '__delete__') delete mutated[key];
    else mutated[key] = value;
    expect(isAccountState(mutated)).toBe(accountStateSchema.safeParse(mutated).success);
    for (const nested of [
      'leave',
      'suspension',
      'closing',
      'inquiry',
      'transfer',
      'cancellation',
      'scheduledBaja',
    ]) {
      const inner = s[nested];
      if (inner === null || typeof inner !== 'object') continue;
      const m2 = { ...s, [nested]: { ...inner, [key === 'extra' ? 'extra' : 'until']: value } };
      expect(isAccountState(m2)).toBe(accountStateSchema.safeParse(m2).success);
    }
  });

  test.prop([fc.anything(), fc.anything(), fc.anything()])(
    'no public function throws on any input',
    (a, b, c) => {
      const p = c as never;
      for (const run of [
        () => openAccount(a),
        () => openAccount(a, p),
        () => transitionAccount(a as never, b as never),
        () => transitionAccount(a as never, b as never, p),
        () => advanceAccount(a as never, b as never),
        () => advanceAccount(a as never, b as never, p),
        () => nextDeadline(a as never),
        () => nextDeadline(a as never, p),
        () => replayAccount(a as never, b as never),
        () => replayAccount(a as never, [b] as never),
        () => parseAccountState(a),
        () => parseAccountEvent(a),
      ]) {
        expect(run).not.toThrow();
      }
    },
  );

  test.prop([lifeArb, fc.anything()])(
    'no public function throws on a real state with any event or day',
    (life, x) => {
      expect(() => transitionAccount(life.final, x as never)).not.toThrow();
      expect(() => advanceAccount(life.final, x as never)).not.toThrow();
      expect(() => replayAccount(life.initial, [x] as never)).not.toThrow();
    },
  );
});
