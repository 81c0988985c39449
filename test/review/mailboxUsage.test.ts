import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { acceptsIncoming, mailboxUsage } from '../../src/review/index.js';
import { cyclic } from '../_hostile.js';

describe('mailbox quota (4.18, 5.4.8)', () => {
  it('warns only above 90 %: exactly 90 % is still ok (5.4.8 "superior al 90%")', () => {
    expect(mailboxUsage(900, 1000)).toBe('ok');
    expect(mailboxUsage(900.5, 1000)).toBe('warning');
    expect(mailboxUsage(999, 1000)).toBe('warning');
  });

  it('is full at its capacity and beyond, the capacity being a maximum: incoming mail is rejected (4.18, 5.4.7)', () => {
    expect(mailboxUsage(1000, 1000)).toBe('full');
    expect(mailboxUsage(1200, 1000)).toBe('full');
  });

  it('follows the policy ratio', () => {
    const p = definePolicy({ quotaWarningRatio: 0.5 })._unsafeUnwrap();
    expect(mailboxUsage(501, 1000, p)).toBe('warning');
    expect(mailboxUsage(500, 1000, p)).toBe('ok');
  });

  it('reads amounts it cannot judge as full, never throwing', () => {
    for (const [u, c] of [
      [Number.NaN, 1000],
      [-1, 1000],
      [10, 0],
      ['10', 1000],
      [10, Number.POSITIVE_INFINITY],
      [null, undefined],
    ]) {
      expect(mailboxUsage(u, c)).toBe('full');
    }
  });

  it('accepts a message that fits, even one that fills the mailbox exactly, and rejects one that does not (4.18)', () => {
    expect(acceptsIncoming({ usedMb: 990, capacityMb: 1000 }, 10)).toBe(true);
    expect(acceptsIncoming({ usedMb: 990, capacityMb: 1000 }, 10.5)).toBe(false);
    expect(acceptsIncoming({ usedMb: 1000, capacityMb: 1000 }, 0)).toBe(true);
    expect(acceptsIncoming({ usedMb: 1001, capacityMb: 1000 }, 0)).toBe(false);
  });

  it('rejects what it cannot judge', () => {
    expect(acceptsIncoming(null as never, 1)).toBe(false);
    expect(acceptsIncoming({ usedMb: 1, capacityMb: 10 }, -1)).toBe(false);
    expect(acceptsIncoming({ usedMb: 1 } as never, 1)).toBe(false);
  });
});

describe('mailbox quota at the edges (4.18, 5.4.8)', () => {
  const throwing = Object.defineProperty({}, 'usedMb', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });

  it('reads an empty mailbox as ok and a message into it as accepted (4.18)', () => {
    expect(mailboxUsage(0, 1000)).toBe('ok');
    expect(acceptsIncoming({ usedMb: 0, capacityMb: 1000 }, 0)).toBe(true);
    expect(acceptsIncoming({ usedMb: 0, capacityMb: 0 }, 0)).toBe(true);
    expect(acceptsIncoming({ usedMb: 0, capacityMb: 1000 }, 1000)).toBe(true);
  });

  it('judges a policy it cannot read by the procedure’s own 90 % (5.4.8)', () => {
    expect(mailboxUsage(950, 1000, {} as never)).toBe('warning');
    expect(mailboxUsage(900, 1000, {} as never)).toBe('ok');
  });

  it('reads hostile input as full, and an incoming message as rejected, never throwing (4.18)', () => {
    expect(mailboxUsage(10, 1000, throwing as never)).toBe('full');
    expect(acceptsIncoming(throwing as never, 1)).toBe(false);
    expect(acceptsIncoming(cyclic({ usedMb: 1, capacityMb: 10 }), 1)).toBe(false);
  });

  it('rejects each amount it cannot judge, one at a time (4.18)', () => {
    const ok = { usedMb: 1, capacityMb: 10 };
    expect(acceptsIncoming(ok, 1)).toBe(true);
    expect(acceptsIncoming({ ...ok, usedMb: -1 }, 1)).toBe(false);
    expect(acceptsIncoming({ ...ok, usedMb: Number.NaN }, 1)).toBe(false);
    expect(acceptsIncoming({ ...ok, capacityMb: -1 }, 1)).toBe(false);
    expect(acceptsIncoming({ ...ok, capacityMb: '10' } as never, 1)).toBe(false);
    expect(acceptsIncoming({ ...ok, capacityMb: Number.POSITIVE_INFINITY }, 1)).toBe(false);
    expect(acceptsIncoming(ok, Number.NaN)).toBe(false);
    expect(acceptsIncoming(ok, '1')).toBe(false);
    expect(acceptsIncoming('x' as never, 1)).toBe(false);
    expect(mailboxUsage(-1, 1000)).toBe('full');
    expect(mailboxUsage(10, -1)).toBe('full');
    expect(mailboxUsage(10, '1000')).toBe('full');
  });
});
