export { capacityForPosition } from './capacity.js';
export { definePolicy } from './definePolicy.js';
export { type MailboxCapacityPolicy, type Months, type Policy, SESEQ_POLICY } from './policy.js';
export { readPolicy } from './readPolicy.js';
export { MAX_POLICY_LIST, policyOverridesSchema } from './schema.js';
