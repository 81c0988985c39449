import { describe, expect, it } from 'vitest';
import { openAccount } from '../../src/lifecycle/index.js';
import { accountStateSchema } from '../../src/lifecycle/schema.js';
import { reviewSnapshotSchema } from '../../src/review/index.js';
import { entrySchema, isReviewEntry, isReviewSnapshot } from '../../src/review/schema.js';

const account = openAccount({
  id: 'cta-1',
  username: 'PERLAHL',
  department: 'Compras',
  createdOn: '2026-01-15',
})._unsafeUnwrap();

/** The fast check and the schema, which must agree, on one snapshot. */
const accepted = (snapshot: unknown): boolean => {
  const fast = isReviewSnapshot(snapshot);
  expect(fast).toBe(reviewSnapshotSchema.safeParse(snapshot).success);
  return fast;
};

describe('the review snapshot: its fast check and its schema accept the same (8.3-1)', () => {
  it('bounds the mailbox: used from 0, capacity above 0, both up to 10¹² MB, no other key', () => {
    expect(accepted({ account, mailbox: { usedMb: 0, capacityMb: 1 } })).toBe(true);
    expect(accepted({ account, mailbox: { usedMb: 1e12, capacityMb: 1e12 } })).toBe(true);
    expect(accepted({ account, mailbox: { usedMb: -1, capacityMb: 1 } })).toBe(false);
    expect(accepted({ account, mailbox: { usedMb: 0, capacityMb: 0 } })).toBe(false);
    expect(accepted({ account, mailbox: { usedMb: 1e12 + 1, capacityMb: 1 } })).toBe(false);
    expect(accepted({ account, mailbox: { usedMb: 0, capacityMb: 1e12 + 1 } })).toBe(false);
    expect(accepted({ account, mailbox: { usedMb: Number.NaN, capacityMb: 1 } })).toBe(false);
    expect(accepted({ account, mailbox: { usedMb: 0, capacityMb: Number.NaN } })).toBe(false);
    expect(accepted({ account, mailbox: { usedMb: '1', capacityMb: 1 } })).toBe(false);
    expect(accepted({ account, mailbox: { usedMb: 1, capacityMb: 1, extra: 1 } })).toBe(false);
    expect(accepted({ account, mailbox: [] })).toBe(false);
    expect(accepted({ account, mailbox: null })).toBe(false);
  });

  it('bounds the name: free text of 1 to 500 characters, or its parts of up to 300 each', () => {
    expect(accepted({ account, name: 'x' })).toBe(true);
    expect(accepted({ account, name: 'x'.repeat(500) })).toBe(true);
    expect(accepted({ account, name: '' })).toBe(false);
    expect(accepted({ account, name: 'x'.repeat(501) })).toBe(false);
    expect(accepted({ account, name: { givenNames: 'x'.repeat(300) } })).toBe(true);
    expect(accepted({ account, name: { givenNames: 'x'.repeat(301) } })).toBe(false);
    expect(
      accepted({ account, name: { givenNames: 'Perla', paternalSurname: null, maternalSurname: null } }),
    ).toBe(true);
    expect(accepted({ account, name: { givenNames: 'Perla', paternalSurname: 'x'.repeat(300) } })).toBe(true);
    expect(accepted({ account, name: { givenNames: 'Perla', paternalSurname: 'x'.repeat(301) } })).toBe(
      false,
    );
    expect(accepted({ account, name: { givenNames: 'Perla', maternalSurname: 'x'.repeat(301) } })).toBe(
      false,
    );
    expect(accepted({ account, name: { givenNames: 'Perla', maternalSurname: 1 } })).toBe(false);
    expect(accepted({ account, name: { paternalSurname: 'Leal' } })).toBe(false);
    expect(accepted({ account, name: { givenNames: 'Perla', title: 'Lic.' } })).toBe(false);
    expect(accepted({ account, name: ['Perla'] })).toBe(false);
    expect(accepted({ account, name: 1 })).toBe(false);
  });

  it('refuses an unknown key, a missing or invalid account, and what is no object', () => {
    expect(accepted({ account })).toBe(true);
    expect(accepted({ account, quota: 1 })).toBe(false);
    expect(accepted({ account: { ...account, status: 'nope' } })).toBe(false);
    expect(accepted({})).toBe(false);
    expect(accepted(null)).toBe(false);
    expect(accepted([account])).toBe(false);
    expect(accepted('x')).toBe(false);
  });

  it('reads an entry without `account` as a bare account state, explained by the state schema (SPEC §8)', () => {
    expect(isReviewEntry(account)).toBe(true);
    expect(isReviewEntry({ account })).toBe(true);
    expect(isReviewEntry({ ...account, status: 'nope' })).toBe(false);
    expect(isReviewEntry({ account, quota: 1 })).toBe(false);
    expect(isReviewEntry(null)).toBe(false);
    expect(isReviewEntry('account')).toBe(false);
    expect(isReviewEntry(1)).toBe(false);
    expect(entrySchema(account)).toBe(accountStateSchema);
    expect(entrySchema({ account })).toBe(reviewSnapshotSchema);
    expect(entrySchema(null)).toBe(reviewSnapshotSchema);
    expect(entrySchema([account])).toBe(reviewSnapshotSchema);
  });
});
