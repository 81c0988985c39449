import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
import { createRequest, type RequestEvent, transitionRequest } from '../../src/request/index.js';
import { at, BOSS, FORM, IT_HEAD } from '../arbitraries/request.js';

// transitionRequest's own refusals (src/request/transitionRequest.ts): the policy, then the state,
// then the event.

const APPROVE: RequestEvent = { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD };
const created = () => createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;

describe('transitionRequest reads the policy, the state, then the event (SPEC §2, §11)', () => {
  it('refuses a policy that is not definePolicy’s before anything else (INVALID_POLICY, SPEC §2)', () => {
    const hand = { ...definePolicy({})._unsafeUnwrap() };
    expect(transitionRequest(created(), APPROVE, hand)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_POLICY',
    });
    expect(transitionRequest({} as never, {} as never, hand)._unsafeUnwrapErr().code).toBe('INVALID_POLICY');
  });

  it('applies the policy it is given (4.9)', () => {
    const none = definePolicy({ seatExceptions: { Informática: 0 } })._unsafeUnwrap();
    expect(transitionRequest(created(), APPROVE, none)._unsafeUnwrapErr().code).toBe(
      'MAILBOX_SEAT_LIMIT_REACHED',
    );
    expect(transitionRequest(created(), APPROVE)._unsafeUnwrap().state.status).toBe('internetReview');
  });

  it('names the event as the input at fault, with every issue (INVALID_INPUT)', () => {
    const v = transitionRequest(created(), {
      ...APPROVE,
      seatsInUse: -1,
      at: 'ayer',
    } as RequestEvent)._unsafeUnwrapErr();
    expect(v).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: {
        input: 'event',
        issues: ['at: custom', 'seatsInUse: too_small'],
        problems: [
          { path: 'at', issue: 'custom', message: 'expected an ISO 8601 instant with offset' },
          { path: 'seatsInUse', issue: 'too_small' },
        ],
      },
    });
  });
});
