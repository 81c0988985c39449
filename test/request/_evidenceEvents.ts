// The request events the evidence tests (evidence.test.ts, evidence.edges.test.ts) step through,
// one instant apart, each signed by its row's role.
import {
  createRequest,
  type RequestEvent,
  type RequestState,
  transitionRequest,
} from '../../src/request/index.js';
import { at, BOSS, FORM, FREE, HELPDESK, IT_HEAD, OFFICER } from '../arbitraries/request.js';

export const created = (f = FORM): RequestState => createRequest(f, at(0), BOSS)._unsafeUnwrap().state;
export const step = (s: RequestState, e: RequestEvent): RequestState =>
  transitionRequest(s, e)._unsafeUnwrap().state;
export const AUTHORIZE: RequestEvent = {
  type: 'AUTHORIZE_INTERNET',
  exitsInUse: 1,
  at: at(2),
  actor: IT_HEAD,
};
export const DENY: RequestEvent = {
  type: 'DENY_INTERNET',
  observation: 'no se justifica',
  at: at(2),
  actor: IT_HEAD,
};
export const PROVISION: RequestEvent = {
  type: 'PROVISION',
  username: 'PERLAHL',
  capacityMb: 2048,
  ...FREE,
  at: at(3),
  actor: OFFICER,
};
export const SIGNED: RequestEvent = { type: 'RESGUARDO_SIGNED', at: at(4), actor: HELPDESK };
