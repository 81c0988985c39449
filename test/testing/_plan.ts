// The plan the request arbitraries' tests step through: approve, authorize internet, provision
// 1 GB, five minutes apart, every step taken; `over` changes any of it.
import type { AccountRequestForm } from '../../src/request/types.js';
import type { RequestPlan } from '../../src/testing/index.js';

export const planFor = (form: AccountRequestForm, over: Partial<RequestPlan> = {}): RequestPlan => ({
  form,
  decision: 'approve',
  internet: 'authorize',
  exception: null,
  capacityMb: 1024,
  gaps: [5, 5, 5, 5, 5, 5],
  steps: 5,
  ...over,
});
