import { test } from '@fast-check/vitest';
import { type Effect, effectKey, generateUsername } from 'seseq-correo';
import {
  checkAdapterConformance,
  checkBackupBeforeDelete,
  checkReplayEqualsState,
  type EffectExecutor,
  lifeArb,
  mexicanNameArb,
  requestHistoryArb,
} from 'seseq-correo/testing';
import { describe, expect, it } from 'vitest';

// The adapter under test: it carries effects out on a mail server (here a Map) and keeps the
// keys of those it has carried out, so an effect delivered again is not carried out twice.
function myExecutor(): EffectExecutor {
  const done = new Set<string>();
  const performed: Effect[] = [];
  const mailboxes = new Map<string, { backedUp: boolean; deleted: boolean }>();
  return {
    async execute(effect) {
      const key = effectKey(effect);
      if (done.has(key)) return;
      if (effect.type === 'CREATE_MAILBOX')
        mailboxes.set(effect.username, { backedUp: false, deleted: false });
      if (effect.type === 'BACKUP_MAILBOX') {
        const box = mailboxes.get(effect.username) ?? { backedUp: false, deleted: false };
        mailboxes.set(effect.username, { ...box, backedUp: true });
      }
      if (effect.type === 'DELETE_MAILBOX') {
        const box = mailboxes.get(effect.username);
        if (box === undefined || !box.backedUp) throw new Error(`no backup of ${effect.username}`);
        mailboxes.set(effect.username, { ...box, deleted: true });
      }
      done.add(key);
      performed.push(effect);
    },
    read: () => ({ performed }),
  };
}

describe('our use of seseq-correo', () => {
  test.prop([mexicanNameArb()])('every Mexican name gets a username of A–Z (5.4.3)', ({ parts }) => {
    const assigned = generateUsername(parts, new Set());
    expect(assigned.isOk() && /^[A-Z]+$/.test(assigned.value.username)).toBe(true);
  });

  test.prop([requestHistoryArb({ departments: ['Compras', 'Jurídico'] })])(
    'a stored request replays from its log (SPEC §1)',
    (history) => {
      expect(checkReplayEqualsState({ machine: 'request', state: history.state, log: history.log })).toEqual(
        [],
      );
    },
  );

  test.prop([lifeArb({ maxSteps: 20 })])('no mailbox is deleted without a backup (4.22)', (life) => {
    expect(checkBackupBeforeDelete(life.applied.flatMap((step) => step.effects))).toEqual([]);
  });

  it('our executor passes the adapter conformance property', async () => {
    const report = await checkAdapterConformance(myExecutor, { numRuns: 50 });
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
  });
});
