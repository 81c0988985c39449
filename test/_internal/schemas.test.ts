import { describe, expect, it } from 'vitest';
import {
  actorSchema,
  instantSchema,
  longText,
  plainDateSchema,
  ROLES,
  shortText,
} from '../../src/_internal/schemas.js';

const issue = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: unknown[] } } },
  v: unknown,
) => schema.safeParse(v).error?.issues ?? [];

describe('the shared schemas (SPEC §1: days, instants, roles, texts)', () => {
  it('names the eight roles of SPEC §1', () => {
    expect(ROLES).toEqual([
      'direct-boss',
      'it-head',
      'mail-officer',
      'helpdesk',
      'unit-it',
      'planning',
      'user',
      'system',
    ]);
  });

  it('takes a real day and an instant with offset, and says what it expected otherwise', () => {
    expect(plainDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(issue(plainDateSchema, '2026-02-29')).toMatchObject([
      { code: 'custom', message: 'expected YYYY-MM-DD' },
    ]);
    expect(instantSchema.safeParse('2026-11-30T09:15:00-06:00').success).toBe(true);
    expect(issue(instantSchema, '2026-11-30T09:15:00')).toMatchObject([
      { code: 'custom', message: 'expected an ISO 8601 instant with offset' },
    ]);
    expect(issue(plainDateSchema, 20260229)).toMatchObject([{ code: 'invalid_type' }]);
    expect(issue(instantSchema, 1)).toMatchObject([{ code: 'invalid_type' }]);
  });

  it('bounds short texts to 1–200 characters and long ones to 5000', () => {
    expect(shortText.safeParse('x').success).toBe(true);
    expect(shortText.safeParse('x'.repeat(200)).success).toBe(true);
    expect(shortText.safeParse('').success).toBe(false);
    expect(shortText.safeParse('x'.repeat(201)).success).toBe(false);
    expect(longText.safeParse('').success).toBe(true);
    expect(longText.safeParse('x'.repeat(5000)).success).toBe(true);
    expect(longText.safeParse('x'.repeat(5001)).success).toBe(false);
    expect(longText.safeParse(1).success).toBe(false);
  });

  it('takes an actor as exactly a known role and an id', () => {
    expect(actorSchema.safeParse({ role: 'system', id: 'clock' }).success).toBe(true);
    expect(actorSchema.safeParse({ role: 'janitor', id: 'x' }).success).toBe(false);
    expect(actorSchema.safeParse({ role: 'user', id: '' }).success).toBe(false);
    expect(actorSchema.safeParse({ role: 'user', id: 'x', name: 'X' }).success).toBe(false);
  });
});
