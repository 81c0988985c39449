import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { issueDetails, issuesToViolation, issuesToViolations } from '../../src/_internal/zod.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues;
};

const sample = z.strictObject({
  a: z.array(z.strictObject({ b: z.string() })),
  e: z.enum(['x', 'y']),
  c: z
    .string()
    .check(
      z.refine(() => false, { message: 'no expiry', params: { code: 'MISSING_EXPIRY', clause: 'F01' } }),
    ),
  d: z.string().check(z.refine(() => false)),
});
const bad = { a: [{ b: 1 }], e: 'q', c: 'c', d: 'd', zz: 1, yy: 2 };

describe('zod issues as violations: a path, the issue, nothing of the input (SPEC §0)', () => {
  it('writes paths with indexes in brackets, nested keys with dots, the root as empty', () => {
    expect(issueDetails(issuesOf(sample, bad))).toEqual([
      { path: 'a[0].b', issue: 'invalid_type', expected: 'string' },
      { path: 'e', issue: 'invalid_value' },
      { path: 'c', issue: 'custom', message: 'no expiry' },
      { path: 'd', issue: 'custom' },
      { path: '', issue: 'unrecognized_keys', message: 'unknown keys: zz, yy' },
    ]);
    expect(issueDetails(issuesOf(z.array(z.array(z.string())), [['a', 1]]))).toEqual([
      { path: '[0][1]', issue: 'invalid_type', expected: 'string' },
    ]);
  });

  it('copies `expected` only when it is a string, and a custom message only when it says more', () => {
    const hand = [
      { code: 'invalid_type', expected: 5, path: ['n'], message: 'Invalid input' },
      { code: 'too_small', path: [], message: 'too small', origin: 'string', minimum: 1 },
    ] as unknown as z.core.$ZodIssue[];
    expect(issueDetails(hand)).toEqual([
      { path: 'n', issue: 'invalid_type' },
      { path: '', issue: 'too_small' },
    ]);
  });

  it('gives each issue its own violation, with the code and clause a refinement names', () => {
    expect(issuesToViolations(issuesOf(sample, bad))).toEqual([
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: {
          path: 'a[0].b',
          issue: 'invalid_type',
          expected: 'string',
          issues: 'a[0].b: invalid_type',
        },
      },
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: { path: 'e', issue: 'invalid_value', issues: 'e: invalid_value' },
      },
      {
        code: 'MISSING_EXPIRY',
        clause: 'F01',
        details: { path: 'c', issue: 'custom', message: 'no expiry', issues: 'c: custom' },
      },
      { code: 'INVALID_INPUT', clause: null, details: { path: 'd', issue: 'custom', issues: 'd: custom' } },
      {
        code: 'INVALID_INPUT',
        clause: null,
        details: {
          path: '',
          issue: 'unrecognized_keys',
          message: 'unknown keys: zz, yy',
          issues: '(root): unrecognized_keys',
        },
      },
    ]);
  });

  it('reads `params` only of a custom issue', () => {
    const hand = [
      {
        code: 'invalid_type',
        expected: 'string',
        path: [],
        message: 'x',
        params: { code: 'MISSING_EXPIRY' },
      },
    ] as unknown as z.core.$ZodIssue[];
    expect(issuesToViolations(hand)[0]).toMatchObject({ code: 'INVALID_INPUT', clause: null });
    const bare = [{ code: 'custom', path: ['k'], message: 'Invalid input' }] as unknown as z.core.$ZodIssue[];
    expect(issuesToViolations(bare)[0]).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: { path: 'k', issue: 'custom', issues: 'k: custom' },
    });
  });

  it('folds every issue into one INVALID_INPUT that lists them', () => {
    expect(issuesToViolation(issuesOf(sample, bad))).toEqual({
      code: 'INVALID_INPUT',
      clause: null,
      details: {
        issues: [
          'a[0].b: invalid_type',
          'e: invalid_value',
          'c: custom',
          'd: custom',
          '(root): unrecognized_keys',
        ],
        problems: issueDetails(issuesOf(sample, bad)),
      },
    });
  });
});
