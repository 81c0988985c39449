import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/effects/index.js';
import { effectKey } from '../../src/machine/index.js';
import {
  checkAdapterConformance,
  type EffectExecutor,
  type ExecutorRecord,
  memoryExecutor,
} from '../../src/testing/index.js';

// The conformance property must pass the reference executor and FIND the two classic faults of
// an adapter: deleting before backing up (4.22), and carrying out a re-delivered effect twice.

/** An executor that carries out a backup only after the next effect: a deletion right after it comes first. */
function lateBackups(): EffectExecutor {
  const inner = memoryExecutor();
  const performed: Effect[] = [];
  const done = new Set<string>();
  let held: Effect | null = null;
  const run = (e: Effect) => {
    const key = effectKey(e);
    if (done.has(key)) return;
    done.add(key);
    performed.push(e);
  };
  return {
    store: (s) => inner.store?.(s),
    execute: (e) => {
      if (done.has(effectKey(e))) return;
      if (e.type === 'BACKUP_MAILBOX' && held === null) {
        held = e;
        return;
      }
      run(e);
      if (held !== null) {
        const h = held;
        held = null;
        run(h);
      }
    },
    read: (): ExecutorRecord => ({ performed: held === null ? performed : [...performed, held] }),
  };
}

/** An executor that is not idempotent: every delivery is carried out. */
function everyDelivery(): EffectExecutor {
  const performed: Effect[] = [];
  return {
    execute: async (e) => {
      await Promise.resolve();
      performed.push(e);
    },
    read: async () => ({ performed }),
  };
}

describe('the adapter conformance property (docs/testing.md)', () => {
  it('passes the in-memory reference executor, which stores states and logs', async () => {
    const report = await checkAdapterConformance(() => memoryExecutor(), { numRuns: 60 });
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('finds an executor that deletes a mailbox before backing it up (4.22)', async () => {
    const report = await checkAdapterConformance(lateBackups, { numRuns: 200 });
    expect(report.passed).toBe(false);
    expect(report.findings.map((f) => f.invariant)).toContain('backupBeforeDelete');
    expect(report.world).not.toBeNull();
  });

  it('finds an executor that carries out a re-delivered effect twice (async)', async () => {
    const report = await checkAdapterConformance(everyDelivery, { numRuns: 100 });
    expect(report.passed).toBe(false);
    expect(report.findings.map((f) => f.invariant)).toContain('effectPerformedOnce');
  });

  it('finds an executor that drops effects, and one whose stored log does not replay', async () => {
    const dropping = await checkAdapterConformance(
      () => ({ execute: () => {}, read: () => ({ performed: [] }) }),
      {
        numRuns: 5,
      },
    );
    expect(dropping.findings.map((f) => f.invariant)).toContain('effectPerformed');
    const forgetful = await checkAdapterConformance(
      () => {
        const inner = memoryExecutor();
        return {
          ...inner,
          read: () => {
            const r = inner.read();
            return { ...r, subjects: (r.subjects ?? []).map((s) => ({ ...s, log: s.log.slice(0, 1) })) };
          },
        };
      },
      { numRuns: 50 },
    );
    expect(forgetful.findings.map((f) => f.invariant)).toContain('replayEqualsState');
  });

  it('reports an executor that throws instead of throwing itself', async () => {
    const report = await checkAdapterConformance(
      () => ({
        execute: () => {
          throw new Error('mail server down');
        },
        read: () => ({ performed: [] }),
      }),
      { numRuns: 3 },
    );
    expect(report.passed).toBe(false);
    expect(report.error).toContain('mail server down');
  });
});
