import { describe, expect, it } from 'vitest';
import { isDay, isRequestState } from '../../src/request/_isRequestState.js';
import type { RequestState } from '../../src/request/index.js';
import { at, form, IT_HEAD } from '../arbitraries/request.js';
import { expectAgreement } from './_agreement.js';
import { created, DENY, PROVISION, step } from './_evidenceEvents.js';

// The states the property test (isRequestState.prop) rarely draws: a request for internet alone
// that ends rejected, the reason of a rejected request, a username or a text field that is not a
// string but reads as one. For each, the fast check answers what the schema answers (written
// from the survivors of the mutation run of _isRequestState.ts).

/** The fast check and the schema agree, and the answer is `expected`. */
function expectBoth(x: unknown, expected: boolean): void {
  expectAgreement(x);
  expect(isRequestState(x)).toBe(expected);
}

const approve = (s: RequestState): RequestState =>
  step(s, { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD });
const internetOnly = form({ mailbox: false });

describe('isDay knows the leap years whatever their digits', () => {
  it('a 29 February is a day in leap years whose second digit is not 0, and not in others', () => {
    for (const d of ['2124-02-29', '1996-02-29', '2400-02-29', '1600-02-29', '9996-02-29']) {
      expect(isDay(d)).toBe(true);
    }
    for (const d of ['2125-02-29', '1997-02-29', '2300-02-29', '1700-02-29']) expect(isDay(d)).toBe(false);
  });
});

describe('isRequestState on a request for internet alone that ends rejected (4.11, 8.1-7.B)', () => {
  const review = approve(created(internetOnly));
  const deniedOnly = step(review, DENY);
  const rejectedAtOnce = step(created(internetOnly), {
    type: 'REJECT',
    reason: 'No procede',
    at: at(1),
    actor: IT_HEAD,
  });

  it('accepts it rejected with internet denied (DENY_INTERNET) or still pending (REJECT)', () => {
    expect([review.status, deniedOnly.status, rejectedAtOnce.status]).toEqual([
      'internetReview',
      'rejected',
      'rejected',
    ]);
    expect([deniedOnly.internet, rejectedAtOnce.internet]).toEqual(['denied', 'pending']);
    expectBoth(deniedOnly, true);
    expectBoth(rejectedAtOnce, true);
  });

  it('refuses it rejected with internet authorized, or not requested', () => {
    expectBoth({ ...deniedOnly, internet: 'authorized' }, false);
    expectBoth({ ...rejectedAtOnce, internet: 'authorized' }, false);
    expectBoth({ ...rejectedAtOnce, internet: 'notRequested' }, false);
  });

  it('refuses internet denied while the request is still under review', () => {
    expectBoth(review, true);
    expectBoth({ ...review, internet: 'denied' }, false);
  });

  it('refuses a mailbox request rejected at once with its internet edited to denied', () => {
    const rejected = step(created(), { type: 'REJECT', reason: 'No procede', at: at(1), actor: IT_HEAD });
    expectBoth(rejected, true);
    expectBoth({ ...rejected, internet: 'denied' }, false);
  });
});

describe('isRequestState reads each text as the schema does', () => {
  const rejected = step(created(), { type: 'REJECT', reason: 'No procede', at: at(1), actor: IT_HEAD });

  it("refuses a rejected request's reason that is blank, too long or not text", () => {
    for (const reason of ['', '   ', 'x'.repeat(5001), 5, ['No procede'], null]) {
      expectBoth({ ...rejected, reason }, false);
    }
    expectBoth({ ...rejected, reason: 'x'.repeat(5000) }, true);
  });

  it('refuses a text field given as an array, which has a length but is not text', () => {
    const transfer = created(
      form({ kind: 'transfer', previousArea: 'Dirección Administrativa', internet: { requested: false } }),
    );
    expectBoth(transfer, true);
    expectBoth(
      { ...transfer, form: { ...transfer.form, previousArea: ['Dirección Administrativa'] } },
      false,
    );
    expectBoth({ ...transfer, form: { ...transfer.form, previousArea: 'x'.repeat(201) } }, false);
  });

  it('refuses a username that is not a string, even one that reads as a valid username', () => {
    const ready = step(approve(created(form({ internet: { requested: false } }))), PROVISION);
    expect(ready.status).toBe('awaitingResguardo');
    expectBoth(ready, true);
    for (const username of [['PERLAHL'], { toString: () => 'PERLAHL' }, 5]) {
      expectBoth({ ...ready, username }, false);
    }
  });
});
