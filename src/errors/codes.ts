/**
 * The stable violation codes (SPEC §9). A code that has shipped is never renamed; new codes
 * are appended. Every code has a message in `messages.es.ts` and `messages.en.ts` (a test
 * enumerates this list).
 *
 * @example
 * VIOLATION_CODES[0]
 * //=> 'INVALID_INPUT'
 * VIOLATION_CODES.includes('MAILBOX_FULL')
 * //=> true
 */
export const VIOLATION_CODES = [
  'INVALID_INPUT',
  'ABBREVIATED_NAME',
  'UNSUPPORTED_CHARACTERS',
  'NAME_TOO_LONG',
  'MISSING_SURNAME',
  'NO_USERNAME_AVAILABLE',
  'MISSING_SIGNATURE',
  'MISSING_PREVIOUS_AREA',
  'MISSING_EXPIRY',
  'EXPIRY_NOT_AFTER_REQUEST',
  'EXTERNAL_MUST_BE_TEMPORARY',
  'CONTRACTOR_NEEDS_AUTHORIZATION',
  'MISSING_INTERNET_JUSTIFICATION',
  'MAILBOX_SEAT_LIMIT_REACHED',
  'INTERNET_EXIT_LIMIT_REACHED',
  'FORBIDDEN_ROLE',
  'INVALID_TRANSITION',
  'MAILBOX_FULL',
  'USERNAME_RETIRED',
  // Added beyond SPEC §9 (never rename once shipped).
  'INVALID_DATE',
  'INVALID_INSTANT',
  'INVALID_POLICY',
  'RESERVED_USERNAME',
  'USERNAME_TAKEN',
  'INVALID_LOG',
  'NOTHING_TO_RELEASE',
  'WEAK_JUSTIFICATION',
  'USERNAME_NEEDS_REVIEW',
  'CAPACITY_INCREASE_NEEDS_JUSTIFICATION',
  'LATE_BOSS_NOTICE',
  'EVENT_OUT_OF_ORDER',
  'ALLOWANCE_HELD_ELSEWHERE',
  'ACCOUNT_NOT_INACTIVE',
  'NOT_YET_DUE',
  'SAME_DEPARTMENT',
  'MISSING_GIVEN_NAME',
  'TRANSFER_DEPARTMENT_MISMATCH',
] as const;

/**
 * One of the stable codes of {@link VIOLATION_CODES}.
 *
 * @example
 * const code: ViolationCode = 'MISSING_SURNAME';
 */
export type ViolationCode = (typeof VIOLATION_CODES)[number];
