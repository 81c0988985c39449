import { describe, expect, it } from 'vitest';
import {
  dispatchEffect,
  dispatchEffects,
  dispatchEffectsAsync,
  type Effect,
  type EffectHandlers,
} from '../../src/effects/index.js';
import { effectKey } from '../../src/machine/index.js';
import type { StampedRequestEffect } from '../../src/request/index.js';
import { accountRuns, requestRuns } from './_runs.js';

const all = (): Effect[] => [...requestRuns(), ...accountRuns()].flatMap((r) => r.effects);

// One handler per type; each sees its own member of the union (e.g. `e.template`, `e.deliverTo`).
const describeEach: EffectHandlers<string> = {
  NOTIFY: (e) => `${e.machine} NOTIFY ${e.to} ${e.template}`,
  RECORD_SEAT_EXCEPTION: (e) => `RECORD_SEAT_EXCEPTION ${e.seatsInUse}/${e.cap}`,
  GRANT_SEAT: (e) => `GRANT_SEAT ${e.department}`,
  CREATE_MAILBOX: (e) => `CREATE_MAILBOX ${e.email}`,
  BACKUP_MAILBOX: (e) => `BACKUP_MAILBOX ${e.deliverTo}`,
  MOVE_MAILBOX: (e) => `MOVE_MAILBOX ${e.toDepartment}`,
  RESET_PASSWORD: (e) => `RESET_PASSWORD ${e.reason}`,
  GRANT_INTERNET_EXIT: (e) => `GRANT_INTERNET_EXIT ${e.department}`,
  SET_CAPACITY: (e) => `SET_CAPACITY ${e.capacityMb}`,
  ISSUE_RESGUARDO: (e) => `ISSUE_RESGUARDO ${e.via}`,
  ARCHIVE_RESGUARDO: (e) => `ARCHIVE_RESGUARDO ${e.folio}`,
  SCHEDULE_EXPIRY: (e) => `SCHEDULE_EXPIRY ${e.on}`,
  DELETE_MAILBOX: (e) => `DELETE_MAILBOX ${e.username}`,
  RETIRE_USERNAME: (e) => `RETIRE_USERNAME ${e.username}`,
  RELEASE_SEAT: (e) => `RELEASE_SEAT ${e.department}`,
  RELEASE_INTERNET_EXIT: (e) => `RELEASE_INTERNET_EXIT ${e.department}`,
  UPDATE_ACCOUNT_LISTING: (e) => `UPDATE_ACCOUNT_LISTING ${e.change}`,
  SUSPEND_NETWORK_ACCESS: (e) => `SUSPEND_NETWORK_ACCESS ${e.username}`,
  RESTORE_NETWORK_ACCESS: (e) => `RESTORE_NETWORK_ACCESS ${e.username}`,
  DISABLE_MAILBOX: (e) => `DISABLE_MAILBOX ${e.username}`,
  ENABLE_MAILBOX: (e) => `ENABLE_MAILBOX ${e.username}`,
};

describe('dispatchEffects (one handler per effect type, SPEC §11)', () => {
  it('calls each effect’s own handler, in order, and returns the results in order', () => {
    const effects = all();
    const out = dispatchEffects(effects, describeEach);
    expect(out).toHaveLength(effects.length);
    out.forEach((line, i) => {
      expect(line).toContain(effects[i]?.type);
    });
    const [first] = effects;
    if (first) expect(dispatchEffect(first, describeEach)).toBe(out[0]);
  });

  it('asks only for the request’s handlers when given the request’s effects', () => {
    const [run] = requestRuns();
    const effects = (run?.effects ?? []).filter((e): e is StampedRequestEffect => e.machine === 'request');
    const keys = dispatchEffects(effects, {
      NOTIFY: effectKey,
      RECORD_SEAT_EXCEPTION: effectKey,
      GRANT_SEAT: effectKey,
      CREATE_MAILBOX: effectKey,
      BACKUP_MAILBOX: effectKey,
      MOVE_MAILBOX: effectKey,
      RESET_PASSWORD: effectKey,
      GRANT_INTERNET_EXIT: effectKey,
      SET_CAPACITY: effectKey,
      ISSUE_RESGUARDO: effectKey,
      ARCHIVE_RESGUARDO: effectKey,
      SCHEDULE_EXPIRY: effectKey,
    });
    expect(keys).toEqual(effects.map(effectKey));
  });

  it('is exhaustive: a missing handler does not compile', () => {
    const { NOTIFY: _dropped, ...rest } = describeEach;
    // @ts-expect-error NOTIFY has no handler
    const incomplete: EffectHandlers<string> = rest;
    expect(Object.keys(incomplete)).not.toContain('NOTIFY');
  });

  it('awaits each async handler before the next, results in order', async () => {
    const effects = all().slice(0, 6);
    const started: number[] = [];
    let running = 0;
    const handler = async (e: Effect) => {
      running++;
      started.push(running);
      await new Promise((r) => setTimeout(r, 1));
      running--;
      return effectKey(e);
    };
    const handlers = Object.fromEntries(Object.keys(describeEach).map((k) => [k, handler])) as never;
    expect(await dispatchEffectsAsync(effects, handlers)).toEqual(effects.map(effectKey));
    expect(started.every((n) => n === 1)).toBe(true);
  });
});
