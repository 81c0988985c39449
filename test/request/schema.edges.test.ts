import { describe, expect, it } from 'vitest';
import { isRequestState } from '../../src/request/_isRequestState.js';
import {
  parseRequestState,
  type RequestEvent,
  type RequestState,
  transitionRequest,
} from '../../src/request/index.js';
import { at, form, IT_HEAD } from '../arbitraries/request.js';
import { AUTHORIZE, created, DENY, PROVISION, step } from './_evidenceEvents.js';

// The rules requestStateSchema adds to the evidence rules (src/request/schema.ts): the id, the
// signatures, the username and the internet status, each breach named by its path and reason.

const APPROVE: RequestEvent = { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD };
const REJECT: RequestEvent = { type: 'REJECT', reason: 'No procede', at: at(1), actor: IT_HEAD };
const internetOnly = (): RequestState => created(form({ mailbox: false }));

/** What parseRequestState says of `x` (`path: why`, [] when accepted); the twin must agree. */
function issues(x: unknown): string[] {
  const r = parseRequestState(JSON.parse(JSON.stringify(x)));
  expect(isRequestState(JSON.parse(JSON.stringify(x)))).toBe(r.isOk());
  return r.match(
    () => [],
    (vs) => vs.map((v) => `${v.details?.path}: ${v.details?.message}`),
  );
}

describe('a request state: id, signatures, username and internet (8.1-3, 8.1-7, 8.1-9)', () => {
  it('its id is the form folio, reported in full (F01)', () => {
    expect(
      parseRequestState(JSON.parse(JSON.stringify({ ...created(), id: 'F01-2026-0002' })))._unsafeUnwrapErr(),
    ).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: { path: 'id', issue: 'custom', message: 'id is the form folio', issues: 'id: custom' },
      },
    ]);
    expect(isRequestState({ ...created(), id: 'F01-2026-0002' })).toBe(false);
  });

  it('a request is created signed by the three of act 3 (8.1-3)', () => {
    const c = created();
    const { user: _user, ...two } = c.form.signatures;
    expect(issues({ ...c, form: { ...c.form, signatures: two } })).toEqual([
      'form.signatures.user: a request is created signed (8.1-3)',
    ]);
  });

  it('the username is set exactly once provisioned (8.1-9)', () => {
    expect(issues({ ...created(), username: 'PERLAHL' })).toEqual([
      'username: username is set exactly when provisioned, not in submitted',
    ]);
    const provisioned = step(step(step(created(), APPROVE), AUTHORIZE), PROVISION);
    expect(issues(provisioned)).toEqual([]);
    expect(issues({ ...provisioned, username: null })).toEqual([
      'username: username is set exactly when provisioned, not in awaitingResguardo',
    ]);
  });

  it('internet is pending until decided, in a request with a mailbox too (8.1-7)', () => {
    expect(issues({ ...created(), internet: 'denied' })).toEqual([
      'internetDecision: exactly when internet is decided',
      'observation: exactly when denied (8.1-7.B)',
      'internet: internet is pending in submitted',
    ]);
    // A request with a mailbox rejected (8.1-4.A) leaves its internet pending, never denied.
    const rejected = step(created(), REJECT);
    expect(issues(rejected)).toEqual([]);
    expect(issues({ ...rejected, internet: 'denied' })).toEqual([
      'internetDecision: exactly when internet is decided',
      'observation: exactly when denied (8.1-7.B)',
      'reason: a rejection’s (8.1-4.A)',
      'internet: internet is pending in rejected',
    ]);
  });

  it('internet alone is pending until decided, then pending or denied once rejected (4.11, 8.1-7.B)', () => {
    expect(issues({ ...internetOnly(), internet: 'denied' })).toEqual([
      'internetDecision: exactly when internet is decided',
      'observation: exactly when denied (8.1-7.B)',
      'internet: internet is pending in submitted',
    ]);
    // Rejected before any decision (8.1-4.A): still pending.
    const rejected = transitionRequest(internetOnly(), REJECT)._unsafeUnwrap().state;
    expect(rejected).toMatchObject({ status: 'rejected', internet: 'pending' });
    expect(issues(rejected)).toEqual([]);
    // Rejected by the denial (8.1-7.B): denied; never authorized.
    const denied = step(step(internetOnly(), APPROVE), DENY);
    expect(issues(denied)).toEqual([]);
    expect(issues({ ...denied, internet: 'authorized' })).toEqual([
      'internetDecision: an authorization has its counts (4.13)',
      'observation: exactly when denied (8.1-7.B)',
      'reason: a rejection’s (8.1-4.A)',
      'internet: internet is pending or denied in rejected',
    ]);
  });
});
