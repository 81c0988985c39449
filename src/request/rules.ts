import { isPlainDate } from '../_internal/plainDate.js';
import type { ViolationCode } from '../errors/codes.js';
import type { Clause } from '../errors/violation.js';

/** @internal One broken F01 rule: which, by which clause, on which field. */
export type FormRuleBreach = {
  code: ViolationCode;
  clause: Clause;
  path: (string | number)[];
  message: string;
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const blank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/**
 * @internal The rules of form F01 that tie one field to another. Read defensively: the form may
 * be malformed elsewhere (the shape reports that), and these rules are reported all the same.
 * A field of the wrong type is left to the shape's own issue, with one exception: `null` where a
 * rule needs a value (a transfer's `previousArea`, a temporary account's `expiresOn`) is both of
 * the wrong type and missing, so the shape's `invalid_type` and the rule's code both come back
 * (a portal that sends `null` for an empty field still gets `MISSING_PREVIOUS_AREA`).
 */
export function formRuleBreaches(form: unknown): FormRuleBreach[] {
  if (!isObject(form)) return [];
  const out: FormRuleBreach[] = [];
  const kind = own(form, 'kind');
  const previousArea = own(form, 'previousArea');
  if (kind === 'transfer' && blank(previousArea)) {
    out.push({
      code: 'MISSING_PREVIOUS_AREA',
      clause: 'F01',
      path: ['previousArea'],
      message: 'a transfer names the previous area',
    });
  }
  const condition = own(form, 'condition');
  const expiresOn = own(form, 'expiresOn');
  const requestedOn = own(form, 'requestedOn');
  if (condition === 'temporary' && blank(expiresOn)) {
    out.push({
      code: 'MISSING_EXPIRY',
      clause: 'F01',
      path: ['expiresOn'],
      message: 'a temporary account gives its expiry date',
    });
  } else if (
    condition === 'temporary' &&
    isPlainDate(expiresOn) &&
    isPlainDate(requestedOn) &&
    expiresOn <= requestedOn
  ) {
    out.push({
      code: 'EXPIRY_NOT_AFTER_REQUEST',
      clause: 'F01',
      path: ['expiresOn'],
      message: 'the expiry date comes after the request date',
    });
  } else if (condition === 'fixed' && expiresOn !== undefined && expiresOn !== null) {
    // Decision: a fixed account with an expiry date contradicts itself; refused rather than guessed.
    // `null` gives no date, so only the shape refuses it (its type).
    out.push({
      code: 'INVALID_INPUT',
      clause: 'F01',
      path: ['expiresOn'],
      message: 'a fixed account has no expiry date',
    });
  }
  const internet = own(form, 'internet');
  if (own(form, 'mailbox') === false) {
    // 4.11: internet "de forma independiente" is for a person who already has an account.
    if (isObject(internet) && own(internet, 'requested') === false) {
      out.push({
        code: 'INVALID_INPUT',
        clause: '4.11',
        path: ['mailbox'],
        message: 'a request asks for a mailbox, internet or both',
      });
    }
    if (kind === 'transfer') {
      out.push({
        code: 'INVALID_INPUT',
        clause: '4.11',
        path: ['mailbox'],
        message: 'a transfer moves a mailbox: it cannot be for internet alone',
      });
    }
  }
  if (isObject(internet) && own(internet, 'requested') === true) {
    const justification = own(internet, 'justification');
    if (justification === undefined || (typeof justification === 'string' && justification.trim() === '')) {
      out.push({
        code: 'MISSING_INTERNET_JUSTIFICATION',
        clause: '4.11',
        path: ['internet', 'justification'],
        message: 'an internet request is fully justified',
      });
    }
  }
  return out;
}
