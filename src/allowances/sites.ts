import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';

const isHostChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/**
 * @internal The host a site names, lower-cased: a bare host (`salud.gob.mx`), a `www.` one or
 * a URL (`https://www.salud.gob.mx/tramites`), without scheme, user, port, path or a trailing
 * dot, and without a leading `www.`. `null` when it is not a host with at least one dot.
 */
export function hostOf(site: string): string | null {
  let s = site.trim().toLowerCase();
  const scheme = s.indexOf('://');
  if (scheme >= 0 && scheme <= 10) s = s.slice(scheme + 3);
  let end = s.length;
  // Stryker disable next-line EqualityOperator: one step more reads NaN, which matches no separator
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  // The authority: `user:password@` before the host, `:port` after it (RFC 3986 §3.2).
  s = s.slice(0, end);
  const at = s.lastIndexOf('@');
  // Stryker disable next-line ConditionalExpression: without an `@`, slice(-1 + 1) is the whole text
  if (at >= 0) s = s.slice(at + 1);
  const port = s.indexOf(':');
  if (port >= 0) s = s.slice(0, port);
  while (s.endsWith('.')) s = s.slice(0, -1);
  if (s.startsWith('www.')) s = s.slice(4);
  if (s.length > 253 || !s.includes('.') || s.startsWith('.') || s.includes('..')) return null;
  for (let i = 0; i < s.length; i++) if (!isHostChar(s.charCodeAt(i))) return null;
  return s;
}

/**
 * Whether a site is one every area may reach without an internet exit (4.13: "el acceso a
 * páginas en específico como son www.seseq.gob.mx, www.salud.gob.mx"): its host is one of
 * `policy.alwaysAllowedSites` or a subdomain of one. A URL, a `www.` host or a bare one is
 * read alike; text that names no host is not always allowed.
 * @see 4.13
 *
 * @param site - a host or URL
 * @param policy - its `alwaysAllowedSites` (SESEQ: `seseq.gob.mx`, `salud.gob.mx`)
 * @returns `true` when the site is always allowed
 *
 * @example
 * isAlwaysAllowedSite('https://www.salud.gob.mx/normatividad')
 * //=> true
 * isAlwaysAllowedSite('www.sat.gob.mx')
 * //=> false
 */
export function isAlwaysAllowedSite(site: unknown, policy: Policy = SESEQ_POLICY): boolean {
  if (typeof site !== 'string' || site.length > 2048) return false;
  const host = hostOf(site);
  if (host === null) return false;
  const gate = readPolicy(policy);
  // A refused policy answers "not always allowed": an exit is then asked for, never skipped.
  if (gate.isErr()) return false;
  const allowed = gate.value.alwaysAllowedSites;
  for (const a of allowed) {
    if (typeof a !== 'string') continue;
    const base = hostOf(a);
    if (base !== null && (host === base || host.endsWith(`.${base}`))) return true;
  }
  return false;
}

/**
 * Whether reaching a site needs one of the department's internet exits (4.13, 8.1-5…7): every
 * site but the always-allowed ones ({@link isAlwaysAllowedSite}). Anything that is not a site
 * needs one, so a doubt never skips the review.
 * @see 4.13
 *
 * @param site - a host or URL
 * @param policy - its `alwaysAllowedSites`
 * @returns `false` only for an always-allowed site
 *
 * @example
 * needsInternetExit('www.seseq.gob.mx')
 * //=> false
 * needsInternetExit('compranet.hacienda.gob.mx')
 * //=> true
 */
export function needsInternetExit(site: unknown, policy: Policy = SESEQ_POLICY): boolean {
  return !isAlwaysAllowedSite(site, policy);
}

const SEPARATORS = ' \t\n\r,;()<>[]{}"\'«»“”';

/**
 * @internal The hosts a free text names (`www.salud.gob.mx`, `https://sat.gob.mx/x`), in order,
 * once each. A word counts when it reads as a host whose last label has letters only, so
 * "1.5" or "Lic." are not sites. One linear pass.
 */
export function sitesIn(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    let end = word.length;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: word[-1] is undefined, neither '.' nor ':'
    while (end > 0 && (word[end - 1] === '.' || word[end - 1] === ':')) end--;
    const w = word.slice(0, end);
    word = '';
    const host = hostOf(w);
    if (host === null) return;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (tld.length < 2) return;
    // Stryker disable next-line EqualityOperator: one step more reads NaN, which fails both comparisons
    for (let i = 0; i < tld.length; i++) {
      const c = tld.charCodeAt(i);
      // Stryker disable next-line ConditionalExpression: hostOf lets no character above `z` through (`c < 97` → false would be killed, but shares the line)
      if (c < 97 || c > 122) return;
    }
    if (!out.includes(host)) out.push(host);
  };
  for (const ch of text.slice(0, 20_000)) {
    if (SEPARATORS.includes(ch)) flush();
    else word += ch;
  }
  flush();
  return out;
}
