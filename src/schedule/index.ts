export { cancellationSchedule } from './cancellationSchedule.js';
export { inactivityStatus } from './inactivityStatus.js';
export { isBossNoticeLate } from './isBossNoticeLate.js';
export { nextContingencyDrill } from './nextContingencyDrill.js';
export { nextInactivityReview } from './nextInactivityReview.js';
export { offboardingSchedule } from './offboardingSchedule.js';
export { toPlainDate } from './toPlainDate.js';
export type {
  BossNoticeCheck,
  CancellationSchedule,
  ContingencyDrillDate,
  InactivityReviewDate,
  InactivityStatus,
  OffboardingSchedule,
} from './types.js';
