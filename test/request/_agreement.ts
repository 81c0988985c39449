import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { isRequestState } from '../../src/request/_isRequestState.js';
import { requestStateSchema } from '../../src/request/index.js';

/**
 * The fast check stands in for the schema on transitionRequest's hot path, so it must accept
 * exactly the states the schema accepts and returns as they are: then skipping zod changes
 * nothing. (The schema also accepts a few inputs it changes — a lower-case username it
 * upper-cases, an object with another prototype it copies into a plain one; those the fast
 * check leaves to the schema.)
 */
export function expectAgreement(x: unknown): void {
  const parsed = requestStateSchema.safeParse(x);
  const asIs = parsed.success && isDeepStrictEqual(parsed.data, x);
  expect(isRequestState(x)).toBe(asIs);
}
