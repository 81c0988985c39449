// Events one instant apart, signed by the IT head unless another role is given: the steps the
// request machine's example tests (machine.test.ts, machine.edges.test.ts) take. Each file
// makes its own stepper, so that each has its own clock even when files share a worker.

import type { Violation } from '../../src/errors/index.js';
import {
  type RequestEvent,
  type RequestState,
  type RequestTransition,
  transitionRequest,
} from '../../src/request/index.js';
import { at, IT_HEAD } from '../arbitraries/request.js';

/** An event without its instant and actor, which the stepper adds. */
export type Body = RequestEvent extends infer E
  ? E extends RequestEvent
    ? Omit<E, 'at' | 'actor'>
    : never
  : never;

export function stepper(): {
  readonly ev: (body: Body, who?: RequestEvent['actor']) => RequestEvent;
  readonly step: (s: RequestState, body: Body, who?: RequestEvent['actor']) => RequestTransition;
  readonly refuse: (s: RequestState, body: Body, who?: RequestEvent['actor']) => Violation;
} {
  let clock = 0;
  const ev = (body: Body, who = IT_HEAD): RequestEvent =>
    ({ ...body, at: at(++clock), actor: who }) as RequestEvent;
  return {
    ev,
    step: (s, body, who) => transitionRequest(s, ev(body, who))._unsafeUnwrap(),
    refuse: (s, body, who) => transitionRequest(s, ev(body, who))._unsafeUnwrapErr(),
  };
}

/** Effects without what ties them to a transition (machine, subject, version, index). */
export const strip = (effects: readonly object[]): Record<string, unknown>[] =>
  effects.map((e) => {
    const { machine: _m, subject: _s, version: _v, index: _i, ...rest } = e as Record<string, unknown>;
    return rest;
  });
