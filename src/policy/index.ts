export { capacityForPosition } from './capacity.js';
export { definePolicy } from './definePolicy.js';
export { type MailboxCapacityPolicy, type Months, type Policy, SESEQ_POLICY } from './policy.js';
export { policyOverridesSchema } from './schema.js';
