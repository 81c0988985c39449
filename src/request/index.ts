export { CREATE_REQUEST_CLAUSES, CREATE_REQUEST_ROLES, createRequest } from './createRequest.js';
export type {
  ArchiveResguardoEffect,
  CreateMailboxEffect,
  RecordSeatExceptionEffect,
  RequestEffect,
  ResetPasswordEffect,
  ScheduleExpiryEffect,
  SetCapacityEffect,
  StampedRequestEffect,
} from './effects.js';
export { weakJustification } from './justification.js';
export type { RequestCreateEvent, RequestLogEntry } from './log.js';
export { REQUEST_MACHINE } from './machine.js';
export { parseAccountRequest } from './parseAccountRequest.js';
export { parseRequestLogEntry } from './parseRequestLogEntry.js';
export { parseRequestState } from './parseRequestState.js';
export { replayRequest } from './replayRequest.js';
export {
  type AccountRequestReview,
  type RequestReviewContext,
  reviewAccountRequest,
} from './reviewAccountRequest.js';
export { accountRequestSchema, requestEventSchema, requestStateSchema } from './schema.js';
export { REQUEST_STATUSES } from './statuses.js';
export { type RequestTransition, transitionRequest } from './transitionRequest.js';
export type {
  AccountRequestForm,
  Contact,
  RequestEvent,
  RequestEventType,
  RequestFinding,
  RequestState,
  RequestStatus,
} from './types.js';
