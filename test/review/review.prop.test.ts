import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../../src/_internal/plainDate.js';
import { advanceAccount, nextDeadline, transitionAccount } from '../../src/lifecycle/index.js';
import { reviewAccounts, reviewSnapshotSchema } from '../../src/review/index.js';
import { isReviewSnapshot } from '../../src/review/schema.js';
import { toPlainDate } from '../../src/schedule/index.js';
import { lifeArb } from '../arbitraries/account.js';

const mailboxArb = fc.option(
  fc.record({ usedMb: fc.integer({ min: 0, max: 1200 }), capacityMb: fc.constantFrom(1000, 1024) }),
  { nil: undefined },
);

describe('reviewAccounts: always and never (8.3-1…3)', () => {
  test.prop([fc.array(lifeArb, { minLength: 1, maxLength: 5 }), fc.integer({ min: -30, max: 400 })])(
    'a bare account state reads as the snapshot { account } (SPEC §8)',
    (lives, n) => {
      const asOf = addDays(lives[0]?.day ?? '2026-01-01', n);
      const states = lives.map((l, i) => ({ ...l.final, id: `cta-${i}` }));
      expect(reviewAccounts(states, asOf)).toEqual(
        reviewAccounts(
          states.map((account) => ({ account })),
          asOf,
        ),
      );
    },
  );

  test.prop([
    fc.array(fc.tuple(lifeArb, mailboxArb), { minLength: 1, maxLength: 6 }),
    fc.integer({ min: -30, max: 400 }),
  ])(
    'agrees with advanceAccount on every account: what is due, what comes next, who is inactive',
    (lives, n) => {
      const asOf = addDays(lives[0]?.[0].day ?? '2026-01-01', n);
      const snapshots = lives.map(([life, mailbox], i) => {
        const account = { ...life.final, id: `cta-${i}` };
        return mailbox === undefined ? { account } : { account, mailbox };
      });
      const report = reviewAccounts(snapshots, asOf)._unsafeUnwrap();
      for (const { account } of snapshots) {
        const items = report.items.filter((i) => i.accountId === account.id);
        if (account.status === 'cancelled') {
          expect(items).toEqual([]);
          continue;
        }
        const advanced = advanceAccount(account, asOf)._unsafeUnwrap();
        // Due: exactly the steps advanceAccount applies, on the days it applies them.
        expect(items.filter((i) => i.finding === 'due').map((i) => [i.action, i.on])).toEqual(
          advanced.log.map((l) => [(l.event as { type: string }).type, toPlainDate(l.at)._unsafeUnwrap()]),
        );
        if (advanced.state.status === 'cancelled') {
          expect(items.filter((i) => i.finding !== 'due')).toEqual([]);
          continue;
        }
        // Upcoming: the next deadline, when it comes before the next review.
        const next = nextDeadline(advanced.state);
        const upcoming = items.filter((i) => i.finding === 'upcoming');
        if (next !== null && next <= report.nextReviewOn) {
          expect(upcoming.map((i) => i.on)).toEqual([next]);
          expect(advanceAccount(advanced.state, next)._unsafeUnwrap().log[0]?.event).toMatchObject({
            type: upcoming[0]?.action,
          });
        } else expect(upcoming).toEqual([]);
        // Inactive: exactly when the machine would accept the inquiry that day (8.3-3, 8.3-4).
        const inactive = items.some((i) => i.finding === 'inactive');
        const inquiry = transitionAccount(advanced.state, {
          type: 'OPEN_INACTIVITY_INQUIRY',
          at: `${asOf}T23:59:00-06:00`,
          actor: { role: 'mail-officer', id: 'm' },
        });
        if (inquiry.isOk()) expect(inactive).toBe(true);
        else if (['ACCOUNT_NOT_INACTIVE', 'INVALID_TRANSITION'].includes(inquiry.error.code))
          expect(inactive).toBe(false);
        // Exempt: only accounts on leave.
        if (items.some((i) => i.finding === 'exemptOnLeave')) expect(advanced.state.status).toBe('onLeave');
      }
      const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(report.items.length);
    },
  );

  test.prop([
    lifeArb,
    fc.constantFrom('account', 'mailbox', 'name', 'extra'),
    fc.oneof(
      fc.anything(),
      fc.constantFrom(null, undefined, 'Perla Adriana Hernández Leal', '', { usedMb: 1, capacityMb: 0 }),
      fc.record({ usedMb: fc.double(), capacityMb: fc.double() }),
      fc.record({ givenNames: fc.string(), paternalSurname: fc.option(fc.string()) }),
    ),
  ])('the fast snapshot check accepts exactly what the schema accepts', (life, key, value) => {
    const snapshot: Record<string, unknown> = { account: life.final, [key]: value };
    expect(isReviewSnapshot(snapshot)).toBe(reviewSnapshotSchema.safeParse(snapshot).success);
  });

  test.prop([fc.anything(), fc.anything(), fc.anything()])('never throws on any input', (a, b, p) => {
    expect(() => reviewAccounts(a, b)).not.toThrow();
    expect(() => reviewAccounts(a, b, p as never)).not.toThrow();
    expect(() => reviewAccounts([a], '2027-03-01')).not.toThrow();
    expect(() => reviewAccounts([{ account: a }], '2027-03-01')).not.toThrow();
  });
});
