export { VIOLATION_CODES, type ViolationCode } from './codes.js';
export { describe, type Locale } from './describe.js';
export { type Failure, violationsOf } from './failure.js';
export { type Clause, type Violation, violation } from './violation.js';
