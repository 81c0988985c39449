import * as z from 'zod/mini';
import { isInstant } from './instant.js';
import { isPlainDate } from './plainDate.js';

/** The roles of SPEC §1, who may do what. */
export const ROLES = [
  'direct-boss',
  'it-head',
  'mail-officer',
  'helpdesk',
  'unit-it',
  'planning',
  'user',
  'system',
] as const;

/** `YYYY-MM-DD`, a real calendar day. */
export const plainDateSchema = z.string().check(z.refine(isPlainDate, { message: 'expected YYYY-MM-DD' }));
/** An ISO 8601 instant with offset. */
export const instantSchema = z
  .string()
  .check(z.refine(isInstant, { message: 'expected an ISO 8601 instant with offset' }));
/** A short non-empty text (ids, names, departments). */
export const shortText = z.string().check(z.minLength(1), z.maxLength(200));
/** A longer free text (functions, justifications, reasons). */
export const longText = z.string().check(z.maxLength(5000));
/** `{ role, id }`: who caused an event. */
export const actorSchema = z.strictObject({ role: z.enum(ROLES), id: shortText });
