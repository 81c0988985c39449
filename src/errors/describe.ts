import { guard } from '../_internal/guard.js';
import { MESSAGES_EN } from './messages.en.js';
import { MESSAGES_ES } from './messages.es.js';
import type { Violation } from './violation.js';

/**
 * The locales messages exist in; `es-MX` is the default.
 *
 * @example
 * const locale: Locale = 'en';
 * describe({ code: 'MISSING_SURNAME', clause: '5.4.3' }, locale)
 * //=> 'A surname is missing: a username is built from at least one surname (5.4.3).'
 */
export type Locale = 'es-MX' | 'en';

/**
 * Renders a violation as a sentence in Spanish (es-MX, the default) or English, naming the
 * clause and the offending value.
 *
 * @example
 * describe({ code: 'MISSING_SURNAME', clause: '5.4.3' })
 * //=> 'Falta el apellido: el nombre de usuario se forma con al menos un apellido (5.4.3).'
 */
// Stryker disable next-line StringLiteral: any locale but 'en' reads the Spanish table, so the default's spelling is not observable
export function describe(v: Violation, locale: Locale = 'es-MX'): string {
  return guard(
    [v, locale],
    () => describeUnguarded(v, locale),
    () => '',
  );
}

function describeUnguarded(v: Violation, locale: Locale): string {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: without this check a non-violation throws on `.code` or `.slice` below, and guard answers the same ''
  if (v === null || typeof v !== 'object' || typeof v.code !== 'string') return '';
  const table = locale === 'en' ? MESSAGES_EN : MESSAGES_ES;
  const build = Object.hasOwn(table, v.code) ? table[v.code] : undefined;
  if (build === undefined) return v.code.slice(0, 80);
  const details = v.details !== null && typeof v.details === 'object' ? v.details : {};
  const text = build(details);
  const clause =
    typeof v.clause === 'string' && !text.includes(`(${v.clause}`) ? ` [${v.clause.slice(0, 20)}]` : '';
  return `${text}${clause}`;
}
