import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { isPlainDate } from '../_internal/plainDate.js';
import type { Locale } from '../errors/index.js';
import { type Violation, violation } from '../errors/violation.js';
import type { NotifyEffect } from '../machine/effects.js';
import { TEXTS_EN, TEXTS_ES, type TextData } from './texts.js';

/**
 * A rendered `NOTIFY`: a one-line subject and a plain-text body.
 *
 * @example
 * const n: Notification = renderNotification({ template: 'grace-period', clause: '4.22',
 *   data: { username: 'PERLAHL', usableThrough: '2027-01-04', cancelOn: '2027-01-05' } })._unsafeUnwrap();
 * n.subject
 * //=> 'Su cuenta PERLAHL podrá usarse hasta el 4 de enero de 2027'
 */
export type Notification = { readonly subject: string; readonly body: string };

/**
 * The longest a data value is shown; longer ones are cut with `…`.
 *
 * @example
 * NOTIFICATION_VALUE_MAX
 * //=> 120
 */
export const NOTIFICATION_VALUE_MAX = 120;

const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Control and format characters (newlines, tabs, bidi overrides, zero-width), and the Unicode
// line and paragraph separators: a data value can never start a new line or header.
const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;
const SPACES = /\s+/g;

// null, undefined and anything not a plain value are written as nothing.
function safe(value: unknown, locale: Locale): string {
  if (typeof value === 'boolean') return locale === 'en' ? (value ? 'yes' : 'no') : value ? 'sí' : 'no';
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value).replace(UNSAFE, ' ').replace(SPACES, ' ').trim();
  const date: string = text;
  if (isPlainDate(date)) return longDate(date, locale);
  return text.length > NOTIFICATION_VALUE_MAX ? `${text.slice(0, NOTIFICATION_VALUE_MAX - 1)}…` : text;
}

function longDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${MONTHS_EN[m - 1]} ${d}, ${y}` : `${d} de ${MONTHS_ES[m - 1]} de ${y}`;
}

/**
 * Renders a `NOTIFY` effect into the message to send: a subject and a plain-text body, in es-MX
 * (the default, formal as the institution writes) or en, naming the dates written out and, at
 * the end of the body, the clause of U430-DP-P09 behind it. Every template the machines use
 * has both texts (a test enumerates them). Nothing in `data` can inject: each value is made
 * one line (control and format characters, line separators removed), capped at
 * {@link NOTIFICATION_VALUE_MAX} characters, and only the template's own fields are read.
 *
 * @param effect - a `NOTIFY` effect (`{ template, clause, data? }`; the stamp is not read)
 * @param locale - `'es-MX'` (default) or `'en'`
 * @returns `{ subject, body }`, or `INVALID_INPUT` (path `template`) for a template it does not know
 *
 * @example
 * renderNotification({ type: 'NOTIFY', to: 'user', template: 'grace-period', clause: '4.22',
 *   data: { username: 'PERLAHL', usableThrough: '2027-01-04', cancelOn: '2027-01-05' } })._unsafeUnwrap().subject
 * //=> 'Su cuenta PERLAHL podrá usarse hasta el 4 de enero de 2027'
 */
export function renderNotification(
  effect: Pick<NotifyEffect, 'template' | 'clause' | 'data'>,
  // Stryker disable next-line StringLiteral: every locale but 'en' is Spanish, so '' renders the same
  locale: Locale = 'es-MX',
): Result<Notification, Violation> {
  return guard([effect, locale], () => renderNotificationUnguarded(effect, locale), refuse);
}

function renderNotificationUnguarded(
  effect: Pick<NotifyEffect, 'template' | 'clause' | 'data'>,
  locale: Locale,
): Result<Notification, Violation> {
  const table = locale === 'en' ? TEXTS_EN : TEXTS_ES;
  const template = typeof effect?.template === 'string' ? effect.template : '';
  const text = Object.hasOwn(table, template) ? table[template] : undefined;
  if (text === undefined) {
    return err(
      violation('INVALID_INPUT', null, {
        path: 'template',
        issue: 'invalid_value',
        message: `no text for template ${safe(template, 'en')}`,
      }),
    );
  }
  const data: Record<string, string> = Object.create(null);
  const raw = effect.data ?? {};
  for (const key of Object.keys(raw)) data[key] = safe(raw[key], locale);
  // A field the data lacks reads as '' (data has no prototype: nothing is inherited).
  const view: TextData = new Proxy(data, { get: (t, k) => Reflect.get(t, k) ?? '' });
  const { subject, body } = text(view);
  const clause = safe(effect.clause, locale);
  const basis =
    locale === 'en'
      ? `Basis: procedure U430-DP-P09, clause ${clause}.`
      : `Fundamento: procedimiento U430-DP-P09, numeral ${clause}.`;
  return ok({ subject: subject.replace(SPACES, ' ').trim(), body: `${body}\n\n${basis}` });
}
