import type * as z from 'zod/mini';
import type { ViolationCode } from '../errors/codes.js';
import { type Clause, type Violation, violation } from '../errors/violation.js';

/** One zod issue as a plain, JSON-safe detail: where, what, and what was expected. */
export type IssueDetail = { path: string; issue: string; expected?: string; message?: string };

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Plain details of zod issues (no input values: they may be large or secret). */
export function issueDetails(issues: readonly z.core.$ZodIssue[]): IssueDetail[] {
  return issues.map(detailOf);
}

function detailOf(i: z.core.$ZodIssue): IssueDetail {
  const d: IssueDetail = { path: pathOf(i.path), issue: i.code };
  const expected = (i as { expected?: unknown }).expected;
  if (typeof expected === 'string') d.expected = expected;
  if (i.code === 'custom' && i.message !== 'Invalid input') d.message = i.message;
  if (i.code === 'unrecognized_keys') d.message = `unknown keys: ${i.keys.join(', ')}`;
  return d;
}

/**
 * Every zod issue as its own violation with its path. A custom issue may carry its own
 * stable code and clause in `params` (`{ code, clause }`), so a refinement can report
 * `MISSING_EXPIRY` with clause `F01` rather than a generic `INVALID_INPUT`.
 */
export function issuesToViolations(issues: readonly z.core.$ZodIssue[]): Violation[] {
  return issues.map((i) => {
    const detail = detailOf(i);
    const params = i.code === 'custom' ? (i.params as Record<string, unknown> | undefined) : undefined;
    const code = (params?.code as ViolationCode | undefined) ?? 'INVALID_INPUT';
    const clause = (params?.clause as Clause | undefined) ?? null;
    return violation(code, clause, { ...detail, issues: `${detail.path || '(root)'}: ${detail.issue}` });
  });
}

/** All zod issues folded into one `INVALID_INPUT` violation that lists them. */
export function issuesToViolation(issues: readonly z.core.$ZodIssue[]): Violation {
  const details = issueDetails(issues);
  return violation('INVALID_INPUT', null, {
    issues: details.map((d) => `${d.path || '(root)'}: ${d.issue}`),
    problems: details,
  });
}
