import { describe, expect, it } from 'vitest';
import {
  createRequest,
  parseRequestState,
  type RequestState,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, FORM, IT_HEAD } from '../arbitraries/request.js';

const approve = { type: 'APPROVE', seatsInUse: 0, at: at(1), actor: IT_HEAD } as const;

describe('states returned by the request module (a validation memo, never a different result)', () => {
  it('freezes the form inside a state, so it cannot change behind the memo', () => {
    const s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;
    expect(Object.isFrozen(s.form)).toBe(true);
    expect(Object.isFrozen(s.form.user)).toBe(true);
    expect(() => {
      (s.form.user as { department: string }).department = 'Otra';
    }).toThrow(TypeError);
  });

  it('validates again a returned state whose fields were changed afterwards', () => {
    const s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state as RequestState &
      Record<string, unknown>;
    const tampered = s as { status: string };
    tampered.status = 'completed';
    expect(transitionRequest(s, approve)._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_INPUT',
      details: { input: 'state' },
    });
  });

  it('validates again a returned state with a field swapped for another of the same value', () => {
    const s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state as unknown as Record<string, unknown>;
    const updatedAt = s.updatedAt;
    delete s.updatedAt;
    s.sneaky = updatedAt;
    expect(transitionRequest(s as never, approve)._unsafeUnwrapErr().code).toBe('INVALID_INPUT');
  });

  it('gives the same result for a returned state and for its JSON copy', () => {
    const s = createRequest(FORM, at(0), BOSS)._unsafeUnwrap().state;
    const copy = JSON.parse(JSON.stringify(s));
    const a = transitionRequest(s, approve)._unsafeUnwrap();
    const b = transitionRequest(copy, approve)._unsafeUnwrap();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const parsed = parseRequestState(copy)._unsafeUnwrap();
    expect(JSON.stringify(transitionRequest(parsed, approve)._unsafeUnwrap())).toBe(JSON.stringify(a));
  });
});
