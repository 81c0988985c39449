// The account arbitraries live in seseq-correo/testing (src/testing/account.ts), for the
// adopters' property tests as well as ours; here they are taken with their defaults.
import * as t from '../../src/testing/account.js';

export {
  type Applied,
  DEPARTMENTS,
  type EventSpec,
  eventFor,
  type HumanEventType,
  type Life,
  live,
  type OpenInput,
  type Scenario,
  type Step,
  typeFor,
} from '../../src/testing/account.js';
export { dayBetween } from '../../src/testing/request.js';

export const openInputArb = t.openInputArb();
export const eventSpecArb = t.eventSpecArb();
export const stepArb = t.stepArb();
export const scenarioArb = t.scenarioArb();
export const lifeArb = t.lifeArb();
