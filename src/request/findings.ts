import type { Violation } from '../errors/violation.js';
import { weakJustification } from './justification.js';
import { formRuleBreaches } from './rules.js';
import type { AccountRequestForm, RequestFinding } from './types.js';

const SIGNERS = ['director', 'requestingBoss', 'user'] as const;

/** @internal A finding from a violation, with its severity and the field it is about. */
export function finding(v: Violation, severity: RequestFinding['severity'], path: string): RequestFinding {
  const f: RequestFinding = { code: v.code, clause: v.clause, severity, path };
  if (v.details !== undefined) f.details = v.details;
  return f;
}

/**
 * @internal The signatures of act 3 missing from a form (8.1-3), read defensively so that a
 * form malformed elsewhere still reports them: a `signatures` that is not an object is the
 * shape's to report, and a signature present but malformed is not missing.
 */
export function missingSignatures(form: unknown): RequestFinding[] {
  if (form === null || typeof form !== 'object') return [];
  const signatures = Object.hasOwn(form, 'signatures')
    ? (form as { signatures: unknown }).signatures
    : undefined;
  if (signatures === null || typeof signatures !== 'object' || Array.isArray(signatures)) return [];
  const out: RequestFinding[] = [];
  for (const signer of SIGNERS) {
    if (!Object.hasOwn(signatures, signer) || (signatures as Record<string, unknown>)[signer] === undefined) {
      out.push({
        code: 'MISSING_SIGNATURE',
        clause: '8.1-3',
        severity: 'blocking',
        path: `signatures.${signer}`,
        details: { signer },
      });
    }
  }
  return out;
}

/**
 * @internal The findings that depend on the form alone, in a fixed order: the F01 rules, the
 * signatures (8.1-3), outsiders and contractors (4.10, 4.29), and what 4.9 says does not
 * justify an account (advisory). The name and the counts are checked by the caller.
 */
export function formFindings(form: AccountRequestForm): RequestFinding[] {
  // Stryker disable next-line ArrayDeclaration: both callers keep only the findings that are blocking or advisory
  const out: RequestFinding[] = [];
  for (const b of formRuleBreaches(form)) {
    out.push({ code: b.code, clause: b.clause, severity: 'blocking', path: b.path.join('.') });
  }
  out.push(...missingSignatures(form));
  const { holder } = form.user;
  if (holder !== 'staff' && form.condition !== 'temporary') {
    out.push({
      code: 'EXTERNAL_MUST_BE_TEMPORARY',
      clause: holder === 'external' ? '4.10' : '4.29',
      severity: 'blocking',
      path: 'condition',
      details: { holder },
    });
  }
  if (holder === 'contractor' && form.contractorAuthorization === undefined) {
    out.push({
      code: 'CONTRACTOR_NEEDS_AUTHORIZATION',
      clause: '4.29',
      severity: 'blocking',
      path: 'contractorAuthorization',
    });
  }
  // 4.29 "debiendo ser autorizada previamente": the authorization comes first (the same day counts).
  const authorization = form.contractorAuthorization;
  if (holder === 'contractor' && authorization !== undefined && authorization.on > form.requestedOn) {
    out.push({
      code: 'AUTHORIZATION_AFTER_REQUEST',
      clause: '4.29',
      severity: 'blocking',
      path: 'contractorAuthorization.on',
      details: { authorizedOn: authorization.on, requestedOn: form.requestedOn },
    });
  }
  const weakFunctions = weakJustification(form.user.functions);
  if (weakFunctions.length > 0) {
    out.push({
      code: 'WEAK_JUSTIFICATION',
      clause: '4.9',
      severity: 'advisory',
      path: 'user.functions',
      details: { cites: weakFunctions },
    });
  }
  const justification = form.internet.requested ? form.internet.justification : undefined;
  // Stryker disable next-line ConditionalExpression: weakJustification answers [] for undefined too
  const weakInternet = justification === undefined ? [] : weakJustification(justification);
  if (weakInternet.length > 0) {
    out.push({
      code: 'WEAK_JUSTIFICATION',
      clause: '4.9',
      severity: 'advisory',
      path: 'internet.justification',
      details: { cites: weakInternet },
    });
  }
  return out;
}

/** @internal Whether a names-module refusal is a defect of the name on the form, not of the context. */
export function isNameDefect(v: Violation): boolean {
  return v.code !== 'NO_USERNAME_AVAILABLE';
}
